import type { Rule } from './rule';
import { isBodyBlock } from '../quotes';
import { meta, preview } from './util';

/**
 * `‘We are not going back,’ said Mick Dowling.`: a quotation in single marks in body copy,
 * as British style writes it. AP keeps single marks for headlines and quotes within quotes.
 */
export const quoteSingleMarks: Rule = {
  meta: meta('quote-single-marks', 'warning', 'A quotation in single marks in body copy, where AP uses double marks.', true),
  check({ story, report }) {
    const { text, blocks } = story;
    for (const q of story.quotations) {
      if (q.marks !== 'single' || q.depth !== 0 || !q.close || !isBodyBlock(blocks[q.blockIndex])) continue;
      // Straight single marks outside a double quotation are read as apostrophes, never as a
      // quotation, so only curly ones get here; a mixed pair keeps the story's style anyway.
      const straight = text[q.open.start] === "'";
      report({
        start: q.open.start,
        end: q.close.end,
        message: `${preview(q)} is in single marks; outside headlines and quotes within quotes, AP uses double marks`,
        fix: {
          title: 'Use double marks',
          edits: [
            { start: q.open.start, end: q.open.end, text: straight ? '"' : '“' },
            { start: q.close.start, end: q.close.end, text: straight ? '"' : '”' },
          ],
        },
      });
    }
  },
};
