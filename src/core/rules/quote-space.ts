import type { Rule } from './rule';
import { meta, preview } from './util';

/** A letter or digit: a word running into a mark from outside (`,”Marsh`, `said,“We`). */
function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

export const quoteSpace: Rule = {
  meta: meta('quote-space', 'warning', 'A space just inside a quotation mark, or none outside it.', true),
  check({ story, report }) {
    const { text } = story;
    for (const q of story.quotations) {
      // Outside the marks: `said,“We are ready.”` and `“We are ready,”Marsh said` want a space.
      const before = text[q.open.start - 1];
      if (isWordChar(before) || (before !== undefined && ',.;:!?'.includes(before))) {
        report({ start: q.open.start, end: q.open.end, message: `No space before the opening mark of ${preview(q)}`, fix: { title: 'Add a space', edits: [{ start: q.open.start, end: q.open.start, text: ' ' }] } });
      }
      if (q.close && isWordChar(text[q.close.end])) {
        report({ start: q.close.start, end: q.close.end, message: `No space after the closing mark of ${preview(q)}`, fix: { title: 'Add a space', edits: [{ start: q.close.end, end: q.close.end, text: ' ' }] } });
      }
      // (A quotation that runs on into the next paragraph has no closing mark: its words end it.)
      const last = q.close ? q.close.start : q.end;
      let e = q.open.end;
      while (e < last && (text[e] === ' ' || text[e] === '\t')) e++;
      if (e > q.open.end && e < last) {
        report({ start: q.open.end, end: e, message: `Space after the opening mark of ${preview(q)}`, fix: { title: 'Remove the space', edits: [{ start: q.open.end, end: e, text: '' }] } });
      }
      if (!q.close) continue;
      let s = q.close.start;
      while (s > e && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
      if (s < q.close.start && s > q.open.end) {
        report({ start: s, end: q.close.start, message: `Space before the closing mark of ${preview(q)}`, fix: { title: 'Remove the space', edits: [{ start: s, end: q.close.start, text: '' }] } });
        continue;
      }
      // `the whole problem .”`, `ready ,”`: a space between the last word and the punctuation
      // that ends the quotation. An ellipsis keeps its space (`I wonder ...”`, `. . .”`): the
      // character before the space must be a word's.
      const stop = text[s - 1];
      if (s - 1 > e && (stop === '.' || stop === ',' || stop === '?' || stop === '!')) {
        let w = s - 1;
        while (w > e && (text[w - 1] === ' ' || text[w - 1] === '\t')) w--;
        if (w < s - 1 && isWordChar(text[w - 1])) {
          report({ start: w, end: s - 1, message: `Space before the “${stop}” that ends ${preview(q)}`, fix: { title: 'Remove the space', edits: [{ start: w, end: s - 1, text: '' }] } });
        }
      }
    }
  },
};
