import type { Rule } from './rule';
import { meta } from './util';

const NAMES: Record<string, string> = { '“': 'an opening double mark', '”': 'a closing double mark', '‘': 'an opening single mark', '’': 'an apostrophe or closing single mark' };

export const quoteDirection: Rule = {
  meta: meta('quote-direction', 'error', 'A curly quotation mark facing the wrong way.', true),
  check({ story, report }) {
    for (const p of story.quoteProblems) {
      if (p.kind !== 'direction' || !p.replacement) continue;
      const mark = story.text.slice(p.start, p.end);
      report({
        start: p.start,
        end: p.end,
        message: `${mark} faces the wrong way here; this should be ${NAMES[p.replacement] ?? p.replacement} ${p.replacement}`,
        fix: { title: `Replace ${mark} with ${p.replacement}`, edits: [{ start: p.start, end: p.end, text: p.replacement }] },
      });
    }
  },
};
