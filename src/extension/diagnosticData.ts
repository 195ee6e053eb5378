// Engine findings → the data of a VS Code diagnostic (no `vscode` here; the
// adapter maps offsets with document.positionAt and builds the objects).
import type { Finding, Severity, Span } from '../core/types';

export const DIAGNOSTIC_SOURCE = 'wire-story';
const RULE_DOCS_BASE = 'https://github.com/wire-story/wire-story/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

export interface DiagnosticData extends Span {
  severity: Severity;
  message: string;
  ruleId: string;
  docsUrl: string;
  source: string;
  fixable: boolean;
}

export function findingToDiagnosticData(finding: Finding, text: string): DiagnosticData {
  return {
    ...visibleSpan(finding, text),
    severity: finding.severity,
    message: finding.message,
    ruleId: finding.rule,
    docsUrl: ruleDocsUrl(finding.rule),
    source: DIAGNOSTIC_SOURCE,
    fixable: !!finding.fix && finding.fix.edits.length > 0,
  };
}

/**
 * Clamp a span to the text and widen an empty one (a missing mark reported at
 * a point) to the neighbouring character on the same line, so the squiggle can
 * be seen and hovered.
 */
export function visibleSpan(span: Span, text: string): Span {
  const start = clamp(span.start, text.length);
  const end = Math.max(start, clamp(span.end, text.length));
  if (end > start) return { start, end };
  const isLineBreak = (i: number) => text[i] === '\n' || text[i] === '\r';
  if (start < text.length && !isLineBreak(start)) return { start, end: start + 1 };
  if (start > 0 && !isLineBreak(start - 1)) return { start: start - 1, end: start };
  return { start, end };
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length);
}

export interface ProblemCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export function countProblems(findings: readonly Pick<Finding, 'severity'>[]): ProblemCounts {
  const counts: ProblemCounts = { error: 0, warning: 0, info: 0, total: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    counts.total++;
  }
  return counts;
}
