import type { Story } from '../types';
import type { Rule } from './rule';
import { meta } from './util';
import { classify } from '../quotes';

/**
 * The curly form each straight mark in `story` should take: from the pairing
 * where the mark opens or closes a quotation, else from its shape.
 */
export function curlyReplacements(story: Story): { start: number; text: string }[] {
  const role = new Map<number, string>();
  for (const q of story.quotations) {
    role.set(q.open.start, q.marks === 'double' ? '“' : '‘');
    if (q.close) role.set(q.close.start, q.marks === 'double' ? '”' : '’');
  }
  const out: { start: number; text: string }[] = [];
  const { text } = story;
  const straight = /["']/g;
  for (const b of story.blocks) {
    if (b.kind === 'slug') continue;
    for (const s of b.lineSpans) {
      for (let i = s.start; i < s.end; i++) {
        straight.lastIndex = i;
        const m = straight.exec(text);
        if (!m || m.index >= s.end) break;
        i = m.index;
        const ch = text[i];
        // Feet and inches (`6'2"`) are measurements, not quotation marks.
        if (/\d/.test(text[i - 1] ?? '')) continue;
        let curly = role.get(i);
        if (!curly) {
          const before = classify(i > s.start ? text[i - 1] : undefined);
          if (ch === "'") curly = '’';
          else curly = before === 'space' || before === 'open' ? '“' : '”';
        }
        out.push({ start: i, text: curly });
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
    for (const r of curlyReplacements(story)) {
      const mark = story.text[r.start];
      const what = mark === "'" && r.text === '’' ? 'apostrophe' : 'mark';
      report({
        start: r.start,
        end: r.start + 1,
        message: `Straight ${what} ${mark} in a story that uses curly marks; use ${r.text}`,
        fix: { title: `Replace ${mark} with ${r.text}`, edits: [{ start: r.start, end: r.start + 1, text: r.text }] },
      });
    }
  },
};
