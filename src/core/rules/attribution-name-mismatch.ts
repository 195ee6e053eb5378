import type { Rule } from './rule';
import { meta } from './util';
import { offsetToLineCol } from '../lines';

export const attributionNameMismatch: Rule = {
  meta: meta('attribution-name-mismatch', 'warning', 'A surname spelled differently from the person introduced (a near miss).', true),
  check({ story, report }) {
    for (const p of story.people) {
      for (const v of p.variants) {
        report({
          start: v.start,
          end: v.end,
          message: `“${v.written}” looks like a misspelling of “${v.expected}” (${p.name}, introduced on line ${offsetToLineCol(story.lineStarts, p.firstReference.start).line + 1})`,
          fix: { title: `Change to “${v.expected}”`, edits: [{ start: v.start, end: v.end, text: v.expected }] },
        });
      }
    }
  },
};
