import type { Rule } from './rule';
import { meta, preview } from './util';

export const quoteSpace: Rule = {
  meta: meta('quote-space', 'warning', 'A space just inside a quotation mark.', true),
  check({ story, report }) {
    const { text } = story;
    for (const q of story.quotations) {
      if (!q.close) continue;
      let e = q.open.end;
      while (e < q.close.start && (text[e] === ' ' || text[e] === '\t')) e++;
      if (e > q.open.end && e < q.close.start) {
        report({ start: q.open.end, end: e, message: `Space after the opening mark of ${preview(q)}`, fix: { title: 'Remove the space', edits: [{ start: q.open.end, end: e, text: '' }] } });
      }
      let s = q.close.start;
      while (s > e && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
      if (s < q.close.start && s > q.open.end) {
        report({ start: s, end: q.close.start, message: `Space before the closing mark of ${preview(q)}`, fix: { title: 'Remove the space', edits: [{ start: s, end: q.close.start, text: '' }] } });
      }
    }
  },
};
