import type { Block, Story, TextEdit } from '../types';
import type { Rule } from './rule';
import { meta } from './util';
import { classify } from '../quotes';
import { lowerBoundOf } from '../lines';

/** An `Eds:` note: a message to editors, not copy (an `EDITOR’S NOTE —` paragraph is published). */
function isDeskNote(b: Block): boolean {
  return b.kind === 'editorsNote' && /^Eds\b/i.test(b.text);
}

function isStraightMark(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/**
 * Edits that turn every straight mark of the story into its curly form: from
 * the pairing where the mark opens or closes a quotation (7-bit ``…'' pairs
 * included), else from its shape (an apostrophe is always ’). The slug line, the
 * `Eds:` note (a message to the desk, in 7-bit marks; not `EDITOR’S NOTE —`, which
 * is published) and feet-and-inches marks (`6'2"`) are left alone.
 */
export function curlyQuoteEdits(story: Story, include: (block: Block) => boolean = () => true): TextEdit[] {
  const out: TextEdit[] = [];
  const { text } = story;
  // Only quotations opened or closed with a straight mark (or a 7-bit `` pair) need a role: in
  // curly copy that is a handful of the thousands a day file holds.
  const role = new Map<number, { end: number; text: string }>();
  for (const q of story.quotations) {
    if (isStraightMark(text.charCodeAt(q.open.start))) role.set(q.open.start, { end: q.open.end, text: q.marks === 'double' ? '“' : '‘' });
    if (q.close && isStraightMark(text.charCodeAt(q.close.start))) role.set(q.close.start, { end: q.close.end, text: q.marks === 'double' ? '”' : '’' });
  }
  // `‘‘…’’`: doubled curly single marks standing for double ones (7-bit copy after a smart-quote
  // pass), each pair made one double mark.
  const doubled: TextEdit[] = [];
  for (const q of story.quotations) {
    if (q.marks !== 'double' || !include(story.blocks[q.blockIndex])) continue;
    if (q.open.end - q.open.start === 2 && text.charCodeAt(q.open.start) === 0x2018) doubled.push({ start: q.open.start, end: q.open.end, text: '“' });
    if (q.close && q.close.end - q.close.start === 2 && text.charCodeAt(q.close.start) === 0x2019) doubled.push({ start: q.close.start, end: q.close.end, text: '”' });
  }
  // Every straight mark in the text, found in one native scan; then visited line by line.
  const straight: number[] = [];
  const re = /["'`]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) straight.push(m.index);
  const withDoubled = () => (doubled.length ? [...out, ...doubled].sort((a, b) => a.start - b.start) : out);
  if (!straight.length) return withDoubled();
  for (const b of story.blocks) {
    if (b.kind === 'slug' || isDeskNote(b) || !include(b)) continue;
    for (const s of b.lineSpans) {
      let next = s.start;
      for (let mi = lowerBoundOf(straight, s.start); mi < straight.length && straight[mi] < s.end; mi++) {
        const i = straight[mi];
        if (i < next) continue;
        next = i + 1;
        const paired = role.get(i);
        if (paired && paired.end > i + 1) {
          out.push({ start: i, end: paired.end, text: paired.text });
          next = paired.end;
          continue;
        }
        const ch = text[i];
        if (ch === '`') continue;
        if (/\d/.test(text[i - 1] ?? '')) continue;
        let curly = paired?.text;
        if (!curly) {
          const before = classify(i > s.start ? text[i - 1] : undefined);
          curly = ch === "'" ? '’' : before === 'space' || before === 'open' ? '“' : '”';
        }
        out.push({ start: i, end: i + 1, text: curly });
      }
    }
  }
  return withDoubled();
}

/** Offsets of every curly mark and apostrophe in the text, ascending (one native regex scan: far faster than a loop per character or indexOf of each mark). */
function curlyMarkOffsets(text: string): number[] {
  const found: number[] = [];
  const re = /[\u201c\u201d\u2018\u2019]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index);
  return found;
}

/** The curly marks outside the slug and the `Eds:` note, as offsets with their story (by storyIndex), in text order. */
function curlyMarksByStory(story: Story): { offset: number; storyIndex: number }[] {
  const out: { offset: number; storyIndex: number }[] = [];
  const { blocks } = story;
  let bi = 0;
  for (const offset of curlyMarkOffsets(story.text)) {
    while (bi < blocks.length && blocks[bi].end <= offset) bi++;
    if (bi === blocks.length) break;
    const b = blocks[bi];
    if (offset >= b.start && b.kind !== 'slug' && !isDeskNote(b)) out.push({ offset, storyIndex: b.storyIndex });
  }
  return out;
}

/** The story (storyIndex) of the block holding `offset`, for offsets visited in text order from `from.bi`. */
function storyOf(story: Story, offset: number, from: { bi: number }): number {
  while (from.bi < story.blocks.length - 1 && story.blocks[from.bi].end <= offset) from.bi++;
  return story.blocks[from.bi].storyIndex;
}

export const quoteStyleMixed: Rule = {
  meta: meta('quote-style-mixed', 'warning', 'Straight and curly quotation marks mixed in one story.', true),
  check({ story, report, options }) {
    const style = options.quoteStyle;
    // Each story of a day file has its own writer and its own style. With `consistent`, a story
    // mixing the two is taken to use curly marks (what AP publishes) unless more than two
    // thirds of its marks are straight: then the few curly ones are the odd ones out.
    const curly = curlyMarksByStory(story);
    const curlyCount = new Map<number, number>();
    for (const m of curly) curlyCount.set(m.storyIndex, (curlyCount.get(m.storyIndex) ?? 0) + 1);
    if (style === 'consistent' && !curlyCount.size) return;
    const toCurly = style === 'straight' ? [] : curlyQuoteEdits(story, (b) => style === 'curly' || curlyCount.has(b.storyIndex));
    // Each straight mark's story, found once: it is counted, then judged.
    const at = { bi: 0 };
    const storyOfEdit = toCurly.map((e) => storyOf(story, e.start, at));
    const straightCount = new Map<number, number>();
    for (const s of storyOfEdit) straightCount.set(s, (straightCount.get(s) ?? 0) + 1);
    const mostlyStraight = (s: number) => (straightCount.get(s) ?? 0) > 2 * (curlyCount.get(s) ?? 0);
    const replace = (e: TextEdit, message: string) => report({ start: e.start, end: e.end, message, fix: { title: `Replace ${story.text.slice(e.start, e.end)} with ${e.text}`, edits: [e] } });

    toCurly.forEach((e, i) => {
      if (style === 'consistent' && mostlyStraight(storyOfEdit[i])) return;
      const mark = story.text.slice(e.start, e.end);
      if (mark === '‘‘' || mark === '’’') return replace(e, `Doubled single marks ${mark} stand for a double quotation mark; use ${e.text}`);
      const what = mark === "'" && e.text === '’' ? 'apostrophe' : 'mark';
      replace(e, style === 'consistent' ? `Straight ${what} ${mark} in a story that uses curly marks; use ${e.text}` : `Straight ${what} ${mark}; this desk uses curly marks (quoteStyle "curly"); use ${e.text}`);
    });
    for (const { offset, storyIndex } of curly) {
      if (style !== 'straight' && !(style === 'consistent' && mostlyStraight(storyIndex))) continue;
      const mark = story.text[offset];
      const e = { start: offset, end: offset + 1, text: mark === '“' || mark === '”' ? '"' : "'" };
      const what = mark === '’' ? 'apostrophe' : 'mark';
      replace(e, style === 'consistent' ? `Curly ${what} ${mark} in a story that mostly uses straight marks; use ${e.text}` : `Curly ${what} ${mark}; this desk uses straight marks (quoteStyle "straight"); use ${e.text}`);
    }
  },
};
