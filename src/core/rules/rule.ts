import type { Finding, Fix, RuleMeta, Severity, Span, Story } from '../types';
import type { ResolvedOptions } from '../options';

export interface RuleContext {
  story: Story;
  options: ResolvedOptions;
  /** Report a finding; the rule id and configured severity are filled in. */
  report(finding: Span & { message: string; fix?: Fix; suggestions?: Fix[]; severity?: Severity }): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Finding };
