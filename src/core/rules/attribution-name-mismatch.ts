import type { Rule } from './rule';
import { meta } from './util';
import { firstStartingAtOrAfter } from '../lines';

// A correction quotes the wrong spelling on purpose: `It is Szymanski, not Szymansky.`
const CORRECTION_RE = /\b(?:misspell(?:ed|ing|s)?|misidentif(?:ied|ies|y)|erroneously|incorrectly|mistakenly|(?:earlier|previous) version|correction)\b/i;

export const attributionNameMismatch: Rule = {
  meta: meta('attribution-name-mismatch', 'warning', 'A surname spelled differently from the person introduced (a near miss).', true),
  check({ story, report }) {
    const inCorrection = (offset: number): boolean => {
      // The last block starting at or before the offset (a binary search: a pathological story
      // may hold thousands of misspellings).
      const block = story.blocks[firstStartingAtOrAfter(story.blocks, offset + 1) - 1];
      return !!block && offset < block.end && block.end - block.start < 2000 && CORRECTION_RE.test(story.text.slice(block.start, block.end));
    };
    for (const p of story.people) {
      for (const v of p.variants) {
        if (inCorrection(v.start)) continue;
        // `Al-Noor said` for `al-Nour` opens a sentence: the fix keeps the capital it was written with.
        const expected = /^\p{Lu}/u.test(v.written) ? v.expected.charAt(0).toUpperCase() + v.expected.slice(1) : v.expected;
        report({
          start: v.start,
          end: v.end,
          message: `“${v.written}” looks like a misspelling of “${expected}” (${p.name}, introduced on line {line})`,
          refersTo: p.firstReference,
          fix: { title: `Change to “${expected}”`, edits: [{ start: v.start, end: v.end, text: expected }] },
        });
      }
    }
  },
};
