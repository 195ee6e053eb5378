import type { Rule } from './rule';
import { quoteUnclosed } from './quote-unclosed';
import { quoteUnopened } from './quote-unopened';
import { quoteDirection } from './quote-direction';
import { quoteNesting } from './quote-nesting';
import { quoteSingleMarks } from './quote-single-marks';
import { attributionMissing } from './attribution-missing';
import { attributionUnknown } from './attribution-unknown';
import { attributionNameMismatch } from './attribution-name-mismatch';
import { attributionAmbiguous } from './attribution-ambiguous';
import { attributionVerb } from './attribution-verb';
import { quoteStyleMixed } from './quote-style-mixed';
import { quoteSpace } from './quote-space';
import { quotePunctuation } from './quote-punctuation';
import { datelineFormat } from './dateline-format';
import { wireResidue } from './wire-residue';

/** Every rule. Pairing first, then attribution, then typography and form. */
export const rules: Rule[] = [
  quoteUnclosed,
  quoteUnopened,
  quoteDirection,
  quoteNesting,
  quoteSingleMarks,
  attributionMissing,
  attributionUnknown,
  attributionNameMismatch,
  attributionAmbiguous,
  attributionVerb,
  quoteStyleMixed,
  quoteSpace,
  quotePunctuation,
  datelineFormat,
  wireResidue,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
export type { Rule };
