import type { Rule } from './rule';
import { meta } from './util';

export const quoteUnopened: Rule = {
  meta: meta('quote-unopened', 'error', 'A closing quotation mark with no opening mark.', false),
  check({ story, report }) {
    for (const p of story.quoteProblems) {
      if (p.kind !== 'unopened') continue;
      const mark = story.text.slice(p.start, p.end);
      report({ start: p.start, end: p.end, message: `Closing mark ${mark} has no opening mark before it in this paragraph` });
    }
  },
};
