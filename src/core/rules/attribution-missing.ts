import type { Rule } from './rule';
import { headSpan, isSpeech, meta, preview } from './util';
import { isBodyBlock } from '../quotes';

export const attributionMissing: Rule = {
  meta: meta('attribution-missing', 'error', 'A full quotation with no speaker in its paragraph that does not continue a running quote.', false),
  check({ story, report }) {
    for (const q of story.quotations) {
      if (!isSpeech(q) || q.partial || q.continues || q.attribution) continue;
      if (!isBodyBlock(story.blocks[q.blockIndex])) continue;
      report({ ...headSpan(story, q), message: `${preview(q)} has no speaker in its paragraph; AP attributes every quotation` });
    }
  },
};
