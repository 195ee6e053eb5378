import type { Rule } from './rule';
import { headSpan, isSpeech, meta, preview } from './util';
import { isBodyBlock } from '../quotes';
import { firstStartingAtOrAfter } from '../lines';
import type { Quotation, Story } from '../types';

export const attributionMissing: Rule = {
  meta: meta('attribution-missing', 'error', 'A full quotation with no speaker in its paragraph that does not continue a running quote.', false),
  check({ story, report }) {
    for (const q of story.quotations) {
      if (!isSpeech(q) || q.partial || q.continues || q.attribution) continue;
      if (!isBodyBlock(story.blocks[q.blockIndex])) continue;
      // Right after another speaker's closed quotation, the likely intent is a running quote.
      const before = lastQuotationOfBlock(story, q.blockIndex - 1);
      const runOn = before && before.close && before.speaker >= 0 && q.open.start === story.blocks[q.blockIndex].start ? story.people[before.speaker] : undefined;
      const hint = runOn ? `; if ${runOn.name} is still speaking, drop the closing mark at the end of the paragraph before (a running quote) or attribute this one` : '; AP attributes every quotation';
      report({ ...headSpan(story, q), message: `${preview(q)} has no speaker in its paragraph${hint}` });
    }
  },
};

/** The last depth-0 quotation of block `b`, if any (quotations are in text order: binary search, so a file of thousands stays linear). */
function lastQuotationOfBlock(story: Story, b: number): Quotation | undefined {
  if (b < 0) return undefined;
  const qs = story.quotations;
  for (let k = firstStartingAtOrAfter(qs, story.blocks[b].end) - 1; k >= 0 && qs[k].blockIndex === b; k--) if (qs[k].depth === 0) return qs[k];
  return undefined;
}
