import type { Rule } from './rule';
import { meta, preview } from './util';
import { LOADED_VERBS } from '../data/words';

const LOADED = new Set(LOADED_VERBS);

export const attributionVerb: Rule = {
  meta: meta('attribution-verb', 'info', 'A loaded attribution verb where AP prefers “said”, or “according to” for a person.', true),
  check({ story, report }) {
    for (const q of story.quotations) {
      const a = q.attribution;
      if (!a || !a.verb || !a.verbText) continue;
      const verb = a.verbText.toLowerCase();
      if (LOADED.has(verb)) {
        // A feature in the present tense (`admits`) takes `says`, the rest `said`.
        const neutral = verb.endsWith('s') ? 'says' : 'said';
        report({
          start: a.verb.start,
          end: a.verb.end,
          message: `“${a.verbText}” adds a judgment to ${preview(q)}; AP prefers the neutral “${neutral}”`,
          fix: { title: `Use “${neutral}”`, edits: [{ start: a.verb.start, end: a.verb.end, text: a.verbText[0] === a.verbText[0].toUpperCase() ? neutral[0].toUpperCase() + neutral.slice(1) : neutral }] },
        });
      } else if (verb === 'according' && q.speaker >= 0 && story.people[q.speaker].kind === 'person') {
        report({ start: a.verb.start, end: a.verb.end, message: `“according to” attributes ${preview(q)} to a person; AP keeps “according to” for documents and uses “said” for people` });
      }
    }
  },
};
