import type { Rule } from './rule';
import { headSpan, isSpeech, meta, preview } from './util';
import { isBodyBlock } from '../quotes';
import { firstStartingAtOrAfter } from '../lines';
import type { Quotation, Story } from '../types';

export const attributionMissing: Rule = {
  meta: meta('attribution-missing', 'error', 'A full quotation with no speaker in its paragraph that does not continue a running quote, or attributed to a pronoun that refers to no one.', false),
  check({ story, report }) {
    for (const q of story.quotations) {
      if (!isSpeech(q) || q.partial || q.continues) continue;
      if (!isBodyBlock(story.blocks[q.blockIndex])) continue;
      // `“…,” he said` where no man the story has named (or anyone it has not given a gender)
      // could be meant: attributed in form, to no one.
      const a = q.attribution;
      if (a && a.via === 'pronoun' && q.speaker < 0 && a.subject && (a.subjectText === 'he' || a.subjectText === 'she')) {
        report({ start: a.subject.start, end: a.subject.end, message: `“${a.subjectText}” in the attribution of ${preview(q)} refers to no one the story has named; name the speaker` });
        continue;
      }
      if (a) continue;
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
