// Story → outline tree data, shared by the document symbols (Outline view,
// breadcrumbs) and the "Wire Story" Explorer view. No `vscode` here.
import type { Block, BlockKind, Person, Quotation, Span, Story } from '../core/types';
import { engine } from './engine';

export type OutlineKind = 'storyGroup' | 'sectionsGroup' | 'speakersGroup' | BlockKind | 'speaker' | 'quotation';

export interface OutlineNode {
  label: string;
  detail: string;
  kind: OutlineKind;
  /** Everything the node covers (the Outline view follows the cursor with it). */
  range: Span;
  /** What to select and reveal when the node is picked; inside `range`. */
  selection: Span;
  children: OutlineNode[];
  /** For speakers: index into Story.people. */
  personIndex?: number;
}

export type OutlineStory = Pick<Story, 'sections' | 'people' | 'quotations'> & {
  blocks: ReadonlyArray<Pick<Block, 'paragraphIndex'> & Partial<Pick<Block, 'storyIndex' | 'start' | 'end'>>>;
};

// Looked up by the kind's string: quoted keys, which the production build leaves alone (see outlineView.ts).
const SECTION_KIND_LABEL: Partial<Record<BlockKind, string>> = {
  'slug': 'slug',
  'headline': 'headline',
  'editorsNote': "editor's note",
  'byline': 'byline',
  'dateline': 'lead',
  'paragraph': 'paragraph',
  'subhead': 'subhead',
  'caption': 'caption',
  'endMark': 'end mark',
  'contributor': 'contributor line',
  'copyright': 'copyright',
  'endMatter': 'end matter',
  'residue': 'page residue',
};

/**
 * The top-level groups: Sections, then Speakers; a group with nothing in it is left out.
 * A day file of several stories gets one node per story (its slug or headline), each
 * holding that story's Sections and Speakers, so a desk can move from story to story.
 */
export function buildOutline(story: OutlineStory): OutlineNode[] {
  const stories = storyRanges(story);
  if (stories.length <= 1) return storyGroups(sectionNodes(story), speakerNodes(story));
  const sections = sectionNodes(story);
  const speakers = speakerNodes(story);
  const out: OutlineNode[] = [];
  let si = 0;
  let pi = 0;
  for (const [n, range] of stories.entries()) {
    const mine: OutlineNode[] = [];
    while (si < sections.length && sections[si].selection.start < range.end) mine.push(sections[si++]);
    const theirs: OutlineNode[] = [];
    while (pi < speakers.length && speakers[pi].selection.start < range.end) theirs.push(speakers[pi++]);
    const children = storyGroups(mine, theirs);
    const slug = mine.find((s) => s.kind === 'slug');
    const headline = mine.find((s) => s.kind === 'headline');
    const label = slug?.label ?? headline?.label ?? `Story ${n + 1}`;
    const details = [slug && headline ? headline.label : '', `${theirs.length} ${plural(theirs.length, 'speaker')}`].filter(Boolean);
    out.push({ label, detail: details.join(' · '), kind: 'storyGroup', range, selection: (slug ?? headline ?? mine[0])?.selection ?? { start: range.start, end: range.start }, children });
  }
  return out;
}

function storyGroups(sections: OutlineNode[], speakers: OutlineNode[]): OutlineNode[] {
  const groups: OutlineNode[] = [];
  if (sections.length > 0) groups.push(group('Sections', 'sectionsGroup', sections));
  if (speakers.length > 0) groups.push(group('Speakers', 'speakersGroup', speakers, `${speakers.length} ${plural(speakers.length, 'speaker')}`));
  return groups;
}

/** Each story's extent, in order (one per storyIndex); empty when blocks carry no story index. */
function storyRanges(story: OutlineStory): Span[] {
  const ranges: Span[] = [];
  for (const b of story.blocks) {
    if (b.storyIndex === undefined || b.start === undefined || b.end === undefined) return [];
    const r = ranges[b.storyIndex];
    if (r) r.end = Math.max(r.end, b.end);
    else ranges[b.storyIndex] = { start: b.start, end: b.end };
  }
  // Each story runs to where the next begins, so every offset belongs to one.
  for (let k = 0; k + 1 < ranges.length; k++) if (ranges[k] && ranges[k + 1]) ranges[k].end = ranges[k + 1].start;
  return ranges.filter(Boolean);
}

export function sectionNodes(story: OutlineStory): OutlineNode[] {
  return story.sections.map((section) => ({
    label: section.title.trim() || SECTION_KIND_LABEL[section.kind] || section.kind,
    detail: SECTION_KIND_LABEL[section.kind] ?? section.kind,
    kind: section.kind,
    range: union([section.span, section.extent]),
    selection: section.span,
    children: [],
  }));
}

/** People who speak, in order of first appearance, each with their attributed quotations. */
export function speakerNodes(story: OutlineStory): OutlineNode[] {
  return story.people
    .filter((p) => p.speaks)
    .sort((a, b) => a.firstReference.start - b.firstReference.start)
    .map((person) => {
      const quotations = engine().sortByStart(person.quotations.map((i) => story.quotations[i]).filter((q): q is Quotation => !!q));
      return {
        label: person.name,
        detail: speakerDetail(person, quotations.length),
        kind: 'speaker' as const,
        range: union([person.firstReference, ...person.mentions, ...quotations]),
        selection: person.firstReference,
        personIndex: person.index,
        children: quotations.map((q) => quotationNode(story, q)),
      };
    });
}

export function speakerDetail(person: Pick<Person, 'title'>, quotationCount: number): string {
  const count = `${quotationCount} ${plural(quotationCount, 'quotation')}`;
  return person.title ? `${person.title}, ${count}` : count;
}

function quotationNode(story: OutlineStory, q: Quotation): OutlineNode {
  const paragraph = story.blocks[q.blockIndex]?.paragraphIndex ?? -1;
  return {
    label: quotationLabel(q),
    detail: paragraph >= 0 ? `¶${paragraph + 1}` : '',
    kind: 'quotation',
    range: { start: q.start, end: q.end },
    selection: { start: q.start, end: q.end },
    children: [],
  };
}

/** The quoted words in their marks, cut at a word boundary: `“We will rebuild the pier …”`. */
export function quotationLabel(q: Pick<Quotation, 'text' | 'marks'>, maxLength = 60): string {
  const [open, close] = q.marks === 'single' ? ['‘', '’'] : ['“', '”'];
  // Only the first words are shown: a long quotation is normalised from a prefix that
  // still yields more than `maxLength` characters, so the label costs the same for any length.
  const prefixLength = 4 * maxLength;
  let text = engine().collapseWhiteSpace(q.text.length > prefixLength ? q.text.slice(0, prefixLength) : q.text);
  if (q.text.length > prefixLength && text.length <= maxLength) text = engine().collapseWhiteSpace(q.text);
  if (!text) return '(empty quotation)';
  if (text.length <= maxLength) return `${open}${text}${close}`;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${open}${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()} …${close}`;
}

function group(label: string, kind: OutlineKind, children: OutlineNode[], detail = ''): OutlineNode {
  const range = union(children.map((c) => c.range));
  return { label, detail, kind, range, selection: children[0].selection, children };
}

function union(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/**
 * Folding regions, 0-based lines: each subhead's section (to the next subhead
 * or the end matter), the dateline lead up to the first subhead, and paragraphs
 * that run over several lines (hard-wrapped copy).
 */
export function foldingRegions(story: Pick<Story, 'sections' | 'blocks' | 'lineStarts'>): { start: number; end: number }[] {
  const regions: { start: number; end: number }[] = [];
  const lineOf = (offset: number) => engine().offsetToLineCol(story.lineStarts, offset).line;
  for (const s of story.sections) {
    if (s.kind !== 'subhead' && s.kind !== 'dateline') continue;
    const start = lineOf(s.extent.start);
    const end = lineOf(s.extent.end);
    if (end > start) regions.push({ start, end });
  }
  const starts = new Set(regions.map((r) => r.start));
  for (const b of story.blocks) {
    if ((b.kind === 'paragraph' || b.kind === 'dateline') && b.endLine > b.startLine && !starts.has(b.startLine)) regions.push({ start: b.startLine, end: b.endLine });
  }
  return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}
