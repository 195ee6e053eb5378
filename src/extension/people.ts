// Pure logic behind hover, go to definition, references, rename and the
// `speaker` semantic tokens. No `vscode` here.
import type { Mention, Person, Quotation, Span, Story, TextEdit } from '../core/types';
import { engine } from './engine';

export type PeopleStory = Pick<Story, 'text' | 'people' | 'quotations'>;

// A given name alone (`Irene`) names the person too: hover, references, and rename (which
// gives it the new name's first word).
const NAMING_FORMS: ReadonlySet<Mention['form']> = new Set(['full', 'surname', 'titleSurname', 'possessive', 'given']);

/** The person named at `offset` and the mention under it (pronouns and roles are not names). */
export function nameAt(story: PeopleStory, offset: number): { person: Person; mention: Mention } | undefined {
  const person = engine().personAt(story as Story, offset);
  if (!person) return undefined;
  const mention = person.mentions.find((m) => NAMING_FORMS.has(m.form) && m.start <= offset && offset <= m.end);
  return mention ? { person, mention } : undefined;
}

/** Every mention of the person and every quotation attributed to them, in text order. */
export function referenceSpans(story: PeopleStory, person: Person): Span[] {
  const spans: Span[] = [
    ...person.mentions.map((m) => ({ start: m.start, end: m.end })),
    ...person.quotations.map((i) => story.quotations[i]).filter((q): q is Quotation => !!q).map((q) => ({ start: q.start, end: q.end })),
  ];
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1].start || s.end !== spans[i - 1].end);
}

export interface HoverInfo {
  name: string;
  title?: string;
  kind: Person['kind'];
  /** 0-based line of the first reference and the words around it. */
  firstReferenceLine: number;
  firstReferenceExcerpt: string;
  quotationCount: number;
}

export function hoverInfo(story: PeopleStory, person: Person, lineStarts = engine().computeLineStarts(story.text)): HoverInfo {
  const { line } = engine().offsetToLineCol(lineStarts, person.firstReference.start);
  return {
    name: person.name,
    ...(person.title ? { title: person.title } : {}),
    kind: person.kind,
    firstReferenceLine: line,
    firstReferenceExcerpt: excerptAround(story.text, person.firstReference, 50),
    quotationCount: person.quotations.length,
  };
}

export function hoverMarkdown(info: HoverInfo): string {
  const lines = [`**${escapeMarkdown(info.name)}**${info.title ? `, ${escapeMarkdown(info.title)}` : ''}`];
  lines.push(`First reference, line ${info.firstReferenceLine + 1}: ${escapeMarkdown(info.firstReferenceExcerpt)}`);
  lines.push(info.quotationCount === 1 ? '1 quotation' : `${info.quotationCount} quotations`);
  return lines.join('\n\n');
}

/** The words around `span` on its own line, with `…` where the line was cut. */
export function excerptAround(text: string, span: Span, context: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  const nl = text.indexOf('\n', span.end);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = Math.max(lineStart, span.start - context);
  let to = Math.min(lineEnd, span.end + context);
  // Cut at word boundaries.
  if (from > lineStart) from = text.indexOf(' ', from) + 1 || span.start;
  if (from > span.start) from = span.start;
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    to = space > span.end ? space : span.end;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!|<>]/g, '\\$&');
}

// --- Rename ----------------------------------------------------------------

export type RenameCheck = { ok: true; span: Span; placeholder: string } | { ok: false; reason: string };

/** What VS Code's prepareRename should offer at `offset`: the name under the cursor, or why not. */
export function prepareRename(story: PeopleStory, offset: number): RenameCheck {
  const found = nameAt(story, offset);
  if (!found) return { ok: false, reason: 'Only the name of a person in the story can be renamed.' };
  return { ok: true, span: { start: found.mention.start, end: found.mention.end }, placeholder: found.person.name };
}

/**
 * Edits that rename `person` to `newName` everywhere: a full-name mention takes
 * the whole new name, a surname-only mention (with or without title, or
 * possessive) takes the new surname. A single word renames only the surname of
 * a person with a first name (`Marsch` turns `Ellen Marsh` into `Ellen Marsch`).
 */
export function renameEdits(story: PeopleStory, person: Person, newName: string): TextEdit[] | { error: string } {
  const cleaned = newName.replace(/\s+/g, ' ').trim();
  if (!cleaned) return { error: 'The new name is empty.' };
  if (/["“”]/.test(cleaned)) return { error: 'A name cannot contain quotation marks.' };
  const oldWords = person.name.split(' ');
  const newWords = cleaned.split(' ');
  const isOrganization = person.kind === 'organization';
  const fullName = !isOrganization && newWords.length === 1 && oldWords.length > 1 ? [...oldWords.slice(0, -1), cleaned].join(' ') : cleaned;
  const newSurname = isOrganization ? fullName : fullName.split(' ').slice(-1)[0];

  const edits: TextEdit[] = [];
  for (const m of person.mentions) {
    if (!NAMING_FORMS.has(m.form)) continue;
    const written = story.text.slice(m.start, m.end);
    if (m.form === 'full' || isOrganization) {
      edits.push(...replaceWords(m.start, written, fullName));
      continue;
    }
    if (m.form === 'given') {
      edits.push({ start: m.start, end: m.end, text: fullName.split(' ')[0] });
      continue;
    }
    // Surname only: find it inside the mention (after a title, before a possessive `’s`).
    const at = m.form === 'possessive' ? written.indexOf(person.surname) : written.lastIndexOf(person.surname);
    if (at < 0) continue;
    edits.push({ start: m.start + at, end: m.start + at + person.surname.length, text: newSurname });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const unique = edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
  return unique.filter((e) => story.text.slice(e.start, e.end) !== e.text);
}

/**
 * Replace a written name word for word when the word counts match, keeping the
 * line breaks of hard-wrapped copy between the words; otherwise replace it whole.
 */
function replaceWords(start: number, written: string, newName: string): TextEdit[] {
  const words = [...written.matchAll(/\S+/g)];
  const newWords = newName.split(' ');
  if (words.length !== newWords.length) return [{ start, end: start + written.length, text: newName }];
  return words.map((w, i) => ({ start: start + w.index!, end: start + w.index! + w[0].length, text: newWords[i] }));
}

// --- Semantic tokens -------------------------------------------------------

export interface LineToken {
  line: number;
  character: number;
  length: number;
}

/** Every naming mention of a person who speaks, split at line breaks, in document order. */
export function speakerTokens(story: PeopleStory, lineStarts = engine().computeLineStarts(story.text)): LineToken[] {
  const spans: Span[] = [];
  for (const p of story.people) {
    if (!p.speaks) continue;
    for (const m of p.mentions) if (NAMING_FORMS.has(m.form) && m.end > m.start) spans.push(m);
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: LineToken[] = [];
  let covered = -1;
  for (const s of spans) {
    const start = Math.max(s.start, covered);
    if (start >= s.end) continue; // tokens may not overlap
    covered = s.end;
    let { line, column } = engine().offsetToLineCol(lineStarts, start);
    let from = start;
    while (from < s.end) {
      const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : story.text.length;
      let to = Math.min(s.end, lineEnd);
      // Leave the line break itself out of the token.
      while (to > from && (story.text[to - 1] === '\n' || story.text[to - 1] === '\r')) to--;
      if (to > from) tokens.push({ line, character: column, length: to - from });
      from = lineEnd;
      line++;
      column = 0;
    }
  }
  return tokens;
}
