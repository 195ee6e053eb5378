import type { Rule } from './rule';
import { headSpan, meta, preview, quotationOpenedAt } from './util';
import type { UnclosedReason } from '../types';

const REASONS: Record<UnclosedReason, string> = {
  nextQuote: 'another quotation opens after it',
  nextParagraph: 'the next paragraph does not continue it',
  storyEnd: 'the story ends inside it',
  attributionInside: 'the closing mark before the attribution is missing',
  otherSpeaker: 'the next paragraph’s quotation is attributed to someone else, so it does not continue this one',
  speakerInside: 'the writer’s own words about its speaker follow inside it (“… said”), so the closing mark is missing',
};

/** An opening mark never closed, allowing AP running quotes. */
export const quoteUnclosed: Rule = {
  meta: meta('quote-unclosed', 'error', 'An opening quotation mark that is never closed (AP running quotes are allowed).', true),
  check({ story, report }) {
    for (const p of story.quoteProblems) {
      if (p.kind !== 'unclosed' && p.kind !== 'partialRunning') continue;
      const q = quotationOpenedAt(story, p.start);
      if (!q) continue;
      const name = preview(q);
      let message: string;
      if (p.kind === 'partialRunning') {
        message = `${name} is a partial quote left open at the end of its paragraph; AP closes a partial quote before the paragraph ends, even when the quote goes on`;
      } else {
        message = `${name} is never closed; ${REASONS[p.reason ?? 'storyEnd']}`;
      }
      // `“We are ready, Marsh said.`: the mark belongs right after the comma.
      const closing = story.text[q.open.start] === '"' ? '"' : '”';
      // Only when no other quotation sits inside it: then the comma before the attribution is certain.
      const after = story.quotations[q.index + 1];
      const nested = !!after && after.start < q.end;
      // Nor where a sentence ends at a line's end inside it: in hard-wrapped copy that may be a
      // paragraph's end the layout could not show, and the attribution another paragraph's.
      const lostBreak = /[.?!]["”’]?[ \t]*\r?\n/.test(story.text.slice(q.content.start, q.end));
      const fix = p.reason === 'attributionInside' && !nested && !lostBreak ? { title: `Close the quotation before the attribution`, edits: [{ start: q.end, end: q.end, text: closing }] } : undefined;
      report({ ...headSpan(story, q), message, ...(fix ? { fix } : {}) });
    }
  },
};
