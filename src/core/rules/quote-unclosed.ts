import type { Rule } from './rule';
import { headSpan, meta, preview, quotationOpenedAt } from './util';
import { isBodyBlock } from '../quotes';

/** An opening mark never closed, allowing AP running quotes. */
export const quoteUnclosed: Rule = {
  meta: meta('quote-unclosed', 'error', 'An opening quotation mark that is never closed (AP running quotes are allowed).', false),
  check({ story, report }) {
    for (const p of story.quoteProblems) {
      if (p.kind !== 'unclosed' && p.kind !== 'partialRunning') continue;
      const q = quotationOpenedAt(story, p.start);
      if (!q) continue;
      const name = preview(q);
      let message: string;
      if (p.kind === 'partialRunning') {
        message = `${name} is a partial quote left open at the end of its paragraph; AP closes a partial quote before the paragraph ends, even when the quote goes on`;
      } else if (!isBodyBlock(story.blocks[q.blockIndex])) {
        message = `${name} is never closed`;
      } else {
        let nb = q.blockIndex + 1;
        while (nb < story.blocks.length && story.blocks[nb].kind === 'residue') nb++;
        const next = story.blocks[nb];
        const closedLater = q.close === undefined && q.end < story.blocks[q.blockIndex].end;
        if (closedLater) message = `${name} is never closed before the next quotation opens`;
        else if (!next || !isBodyBlock(next)) message = `${name} is never closed; the story ends inside it`;
        else message = `${name} is never closed; the next paragraph does not continue it`;
      }
      report({ ...headSpan(story, q), message });
    }
  },
};
