import type { Rule } from './rule';
import { meta } from './util';

export const attributionNameMismatch: Rule = {
  meta: meta('attribution-name-mismatch', 'warning', 'A surname spelled differently from the person introduced (a near miss).', true),
  check({ story, report }) {
    for (const p of story.people) {
      for (const v of p.variants) {
        report({
          start: v.start,
          end: v.end,
          message: `“${v.written}” looks like a misspelling of “${v.expected}” (${p.name}, introduced on line ${lineOf(story.lineStarts, p.firstReference.start)})`,
          fix: { title: `Change to “${v.expected}”`, edits: [{ start: v.start, end: v.end, text: v.expected }] },
        });
      }
    }
  },
};

function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
