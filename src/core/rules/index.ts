import type { Rule } from './rule';

/** Every rule, in the order their findings are reported for the same offset. */
export const rules: Rule[] = [];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
