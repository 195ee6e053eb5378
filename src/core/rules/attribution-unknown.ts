import type { Rule } from './rule';
import { meta } from './util';

export const attributionUnknown: Rule = {
  meta: meta('attribution-unknown', 'warning', 'A speaker referred to by surname who was never introduced by full name.', false),
  check({ story, report }) {
    for (const p of story.people) {
      if (p.kind !== 'person' || p.introduced || !p.speaks) continue;
      const first = p.mentions[0];
      if (!first) continue;
      // (A surname broken over two lines, `Okon-` / `kwo`, is named as the one word it is.)
      const raw = story.text.slice(first.start, first.end);
      const written = /[\r\n]/.test(raw) ? p.surname : raw;
      const full = p.name !== p.surname ? ` (“${p.name}” comes only later)` : '';
      report({
        start: first.start,
        end: first.end,
        message: `“${written}” speaks but was not introduced by full name before this reference${full}; AP gives the full name at first reference`,
      });
    }
  },
};
