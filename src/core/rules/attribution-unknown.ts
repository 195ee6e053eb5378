import type { Rule } from './rule';
import { meta, quotationOpenedAt } from './util';
import type { Person, Story } from '../types';
import { lowerBoundOf } from '../lines';

export const attributionUnknown: Rule = {
  meta: meta('attribution-unknown', 'warning', 'A speaker referred to by surname who was never introduced by full name.', false),
  check({ story, report }) {
    let unclosed: number[] | undefined;
    for (const p of story.people) {
      if (p.kind !== 'person' || p.introduced || !p.speaks) continue;
      const first = p.mentions[0];
      if (!first) continue;
      unclosed ??= story.quoteProblems.filter((q) => q.kind === 'unclosed').map((q) => q.start).sort((a, b) => a - b);
      if (introducedInsideUnclosed(story, unclosed, p, first.start)) continue;
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

/**
 * `“Nobody called us,” she said. “I found out from a Facebook post.` ⏎ `Board member Victor
 * Salas cast the lone vote …`: the full name is there, swallowed by a quotation that was never
 * closed (quote-unclosed reports it); once that is closed, the introduction stands. Only the
 * last such quotation before the mention (`unclosed`: where they open, in order).
 */
function introducedInsideUnclosed(story: Story, unclosed: readonly number[], p: Person, before: number): boolean {
  const k = lowerBoundOf(unclosed, before);
  const q = k > 0 ? quotationOpenedAt(story, unclosed[k - 1]) : undefined;
  if (!q) return false;
  const surname = p.surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const fullName = new RegExp(`\\p{Lu}[\\p{L}’'-]+\\s+(?:\\p{Lu}\\.\\s+)?${surname}(?![\\p{L}’'-])`, 'u');
  // (The few paragraphs before the mention: no scan of a pathological quotation megabytes long.)
  return fullName.test(story.text.slice(Math.max(q.content.start, before - 4000), Math.min(q.content.end, before)));
}
