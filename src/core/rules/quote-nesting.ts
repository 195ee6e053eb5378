import type { Rule } from './rule';
import { meta, preview, quotationOpenedAt } from './util';

export const quoteNesting: Rule = {
  meta: meta('quote-nesting', 'error', 'A quote inside a quote written with double marks, or a single mark left open inside a double quotation.', true),
  check({ story, report }) {
    for (const p of story.quoteProblems) {
      if (p.kind === 'nestedDouble') {
        const q = quotationOpenedAt(story, p.start);
        // Not when the inner words are an attribution (`… first , "Lindqvist said." It …`): the
        // marks are shifted (pasted or scanned copy), and single marks would quote the attribution.
        const fix = q?.close && !/^(?:[A-Z][\p{L}’'.-]*\s+){1,3}(?:said|says|added|told|asked)\b/u.test(q.text)
          ? { title: 'Use single marks for the inner quote', edits: [{ start: q.open.start, end: q.open.end, text: '‘' }, { start: q.close.start, end: q.close.end, text: '’' }] }
          : undefined;
        report({
          start: p.start,
          end: q?.close ? q.close.end : p.end,
          message: `${q ? preview(q) : 'This quote'} is a quote inside a quote and should use single marks ‘ ’`,
          ...(fix ? { fix } : {}),
        });
      } else if (p.kind === 'singleUnclosed') {
        const q = quotationOpenedAt(story, p.start);
        report({ start: p.start, end: p.end, message: `Single mark opening ${q ? preview(q) : 'an inner quote'} is never closed inside its quotation` });
      }
    }
  },
};
