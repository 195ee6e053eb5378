import type { Story, TextEdit } from '../types';
import type { Rule } from './rule';
import { meta } from './util';
import { classify } from '../quotes';

/**
 * Edits that turn every straight mark of the story into its curly form: from
 * the pairing where the mark opens or closes a quotation (7-bit ``…'' pairs
 * included), else from its shape (an apostrophe is always ’). The slug line and
 * feet-and-inches marks (`6'2"`) are left alone.
 */
export function curlyQuoteEdits(story: Story): TextEdit[] {
  const role = new Map<number, { end: number; text: string }>();
  for (const q of story.quotations) {
    role.set(q.open.start, { end: q.open.end, text: q.marks === 'double' ? '“' : '‘' });
    if (q.close) role.set(q.close.start, { end: q.close.end, text: q.marks === 'double' ? '”' : '’' });
  }
  const out: TextEdit[] = [];
  const { text } = story;
  const straight = /["'`]/g;
  for (const b of story.blocks) {
    if (b.kind === 'slug') continue;
    for (const s of b.lineSpans) {
      for (let i = s.start; i < s.end; i++) {
        straight.lastIndex = i;
        const m = straight.exec(text);
        if (!m || m.index >= s.end) break;
        i = m.index;
        const paired = role.get(i);
        if (paired && paired.end > i + 1) {
          out.push({ start: i, end: paired.end, text: paired.text });
          i = paired.end - 1;
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

/** Does the copy (outside the slug) use any curly mark or apostrophe? */
function hasCurly(story: Story): boolean {
  const { text } = story;
  for (const b of story.blocks) {
    if (b.kind === 'slug') continue;
    for (let i = b.start; i < b.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) return true;
    }
  }
  return false;
}

export const quoteStyleMixed: Rule = {
  meta: meta('quote-style-mixed', 'warning', 'Straight and curly quotation marks mixed in one story.', true),
  check({ story, report }) {
    if (!hasCurly(story)) return;
    for (const e of curlyQuoteEdits(story)) {
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
