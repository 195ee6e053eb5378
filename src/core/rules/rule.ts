import type { Finding, Fix, RuleMeta, Severity, Span, Story } from '../types';
import type { ResolvedOptions } from '../options';

export interface RuleContext {
  story: Story;
  options: ResolvedOptions;
  /**
   * Report a finding; the rule id and configured severity are filled in. A message that names
   * the line of another place writes `{line}` for it and gives the place as `refersTo`.
   */
  report(finding: Span & { message: string; fix?: Fix; suggestions?: Fix[]; severity?: Severity; refersTo?: Span }): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Finding };
