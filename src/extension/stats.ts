// Numbers for the status bar: quotations, speakers, body words, problems, and
// the word count written at the end of the slug line. No `vscode` here.
import type { Block, Finding, Story } from '../core/types';
import { countProblems, type ProblemCounts } from './diagnosticData';

/**
 * The word count at the end of a slug line: `BC-US--Harbor-Ferry/850`,
 * `BC-BKN--Heat-Hawks, 1st Ld-Writethru,416`, `…, 850 words`. Undefined when
 * the line does not end with one (`PM-Air Fares, 1st Ld-1st Add`).
 */
export function slugWordCount(slugLine: string): number | undefined {
  const m = /[,/]\s*(\d{1,5})(?:\s+words?)?\s*$/i.exec(slugLine.trim());
  return m ? Number(m[1]) : undefined;
}

/** Words: runs of non-space characters holding a letter or digit (a lone dash is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

const BODY_KINDS: ReadonlySet<Block['kind']> = new Set(['dateline', 'paragraph', 'subhead']);

/** Words in the body: the lead after its dateline, the paragraphs and the subheads. */
export function bodyWordCount(story: Pick<StatsStory, 'text' | 'blocks' | 'dateline'>): number {
  let n = 0;
  for (const block of story.blocks) {
    if (!BODY_KINDS.has(block.kind)) continue;
    let start = block.start;
    if (block.kind === 'dateline' && story.dateline && story.dateline.end > start && story.dateline.end <= block.end) {
      start = story.dateline.end;
    }
    n += countWords(story.text.slice(start, block.end));
  }
  return n;
}

export interface StoryStats {
  quotations: number;
  speakers: number;
  words: number;
  /** The count the slug line claims, when it has one. */
  slugWords?: number;
  problems: ProblemCounts;
}

export type StatsStory = Pick<Story, 'text' | 'dateline' | 'quotations' | 'people'> & {
  blocks: ReadonlyArray<Pick<Block, 'kind' | 'start' | 'end'>>;
};

export function storyStats(story: StatsStory, findings: readonly Pick<Finding, 'severity'>[]): StoryStats {
  const slug = story.blocks.find((b) => b.kind === 'slug');
  const slugWords = slug ? slugWordCount(story.text.slice(slug.start, slug.end)) : undefined;
  return {
    // Spoken quotations at the top level; quoted titles and quotes-within-quotes are not counted.
    quotations: story.quotations.filter((q) => q.depth === 0 && !q.isTitle && !q.continues).length,
    speakers: story.people.filter((p) => p.speaks).length,
    words: bodyWordCount(story),
    ...(slugWords !== undefined ? { slugWords } : {}),
    problems: countProblems(findings),
  };
}

/** Status bar text, with codicons: `$(quote) 3  $(person) 2  61 words (slug 58, +3)  $(warning) 1`. */
export function statusText(stats: StoryStats): string {
  const parts = [`$(quote) ${stats.quotations}`, `$(person) ${stats.speakers}`, `${stats.words} ${stats.words === 1 ? 'word' : 'words'}${slugDifference(stats)}`];
  const p = stats.problems;
  parts.push(p.total === 0 ? '$(check) 0' : p.error > 0 ? `$(error) ${p.total}` : `$(warning) ${p.total}`);
  return parts.join('  ');
}

export function statusTooltip(stats: StoryStats): string {
  const lines = [
    `${stats.quotations} ${stats.quotations === 1 ? 'quotation' : 'quotations'}`,
    `${stats.speakers} ${stats.speakers === 1 ? 'speaker' : 'speakers'}`,
    `${stats.words} words in the body`,
  ];
  if (stats.slugWords !== undefined) {
    const diff = stats.words - stats.slugWords;
    lines.push(`The slug line says ${stats.slugWords} words${diff === 0 ? ': it matches.' : ` (${diff > 0 ? `${diff} over` : `${-diff} under`}).`}`);
  }
  const p = stats.problems;
  lines.push(`Problems: ${p.error} ${p.error === 1 ? 'error' : 'errors'}, ${p.warning} ${p.warning === 1 ? 'warning' : 'warnings'}, ${p.info} info. Click to open the Problems view.`);
  return lines.join('\n');
}

function slugDifference(stats: StoryStats): string {
  if (stats.slugWords === undefined) return '';
  const diff = stats.words - stats.slugWords;
  return ` (slug ${stats.slugWords}, ${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff)})`;
}
