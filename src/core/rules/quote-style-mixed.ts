import type { Block, Story, TextEdit } from '../types';
import type { Rule } from './rule';
import { meta } from './util';
import { classify, lowerBoundOf } from '../quotes';

/**
 * Edits that turn every straight mark of the story into its curly form: from
 * the pairing where the mark opens or closes a quotation (7-bit ``…'' pairs
 * included), else from its shape (an apostrophe is always ’). The slug line and
 * feet-and-inches marks (`6'2"`) are left alone.
 */
export function curlyQuoteEdits(story: Story, include: (block: Block) => boolean = () => true): TextEdit[] {
  const role = new Map<number, { end: number; text: string }>();
  for (const q of story.quotations) {
    role.set(q.open.start, { end: q.open.end, text: q.marks === 'double' ? '“' : '‘' });
    if (q.close) role.set(q.close.start, { end: q.close.end, text: q.marks === 'double' ? '”' : '’' });
  }
  const out: TextEdit[] = [];
  const { text } = story;
  // Every straight mark in the text, found in one native scan; then visited line by line.
  const straight: number[] = [];
  const re = /["'`]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) straight.push(m.index);
  if (!straight.length) return out;
  for (const b of story.blocks) {
    if (b.kind === 'slug' || !include(b)) continue;
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
  return out;
}

/**
 * The stories (by storyIndex) whose copy, outside the slug, uses a curly mark or
 * apostrophe. Each story of a day file has its own writer and its own style: a story
 * all in straight marks is consistent, whatever the stories around it use.
 */
function storiesWithCurly(story: Story): Set<number> {
  const { text } = story;
  const found = new Set<number>();
  for (const b of story.blocks) {
    if (b.kind === 'slug' || found.has(b.storyIndex)) continue;
    for (let i = b.start; i < b.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) {
        found.add(b.storyIndex);
        break;
      }
    }
  }
  return found;
}

export const quoteStyleMixed: Rule = {
  meta: meta('quote-style-mixed', 'warning', 'Straight and curly quotation marks mixed in one story.', true),
  check({ story, report }) {
    const curly = storiesWithCurly(story);
    if (!curly.size) return;
    for (const e of curlyQuoteEdits(story, (b) => curly.has(b.storyIndex))) {
      const mark = story.text.slice(e.start, e.end);
      const what = mark === "'" && e.text === '’' ? 'apostrophe' : 'mark';
      report({
        start: e.start,
        end: e.end,
        message: `Straight ${what} ${mark} in a story that uses curly marks; use ${e.text}`,
        fix: { title: `Replace ${mark} with ${e.text}`, edits: [e] },
      });
    }
  },
};
