// Analysis → the per-file report that `--format json` prints. The field names
// here are a public contract (scripts parse them): do not rename or add.
import { spanToRange1, type Analysis, type Severity } from '../core';

export interface DiagnosticReport {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface QuoteReport {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  /** Full name of the speaker, or null when the quote has none. */
  speaker: string | null;
  /** Full names of those who say it with the speaker (`Pike and Castellanos said`), when any. */
  with?: string[];
  partial: boolean;
  continues: boolean;
}

export interface SpeakerReport {
  name: string;
  title: string | null;
  /** Number of quotations attributed to them. */
  quotes: number;
  /** Position of the first reference (full name). */
  line: number;
  column: number;
}

export interface SectionReport {
  kind: string;
  title: string;
  line: number;
}

export interface FileReport {
  file: string;
  diagnostics: DiagnosticReport[];
  quotes: QuoteReport[];
  speakers: SpeakerReport[];
  sections: SectionReport[];
}

/** A linted file: its report plus what stylish output says about fixes. */
export interface LintedFile {
  report: FileReport;
  /** Findings (after --quiet filtering) that carry an automatic fix. */
  fixableErrors: number;
  fixableWarnings: number;
}

export function toFileReport(file: string, { story, findings }: Analysis): FileReport {
  const starts = story.lineStarts;
  return {
    file,
    diagnostics: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, ...spanToRange1(starts, f) })),
    quotes: story.quotations
      .filter((q) => !q.isTitle && q.depth === 0)
      .map((q) => ({
        ...spanToRange1(starts, q),
        text: q.text,
        speaker: story.people[q.speaker]?.name ?? null,
        ...(q.coSpeakers ? { with: q.coSpeakers.map((i) => story.people[i].name) } : {}),
        partial: q.partial,
        continues: q.continues,
      })),
    speakers: story.people
      .filter((p) => p.speaks)
      .sort((a, b) => a.firstReference.start - b.firstReference.start)
      .map((p) => {
        const { line, column } = spanToRange1(starts, p.firstReference);
        return { name: p.name, title: p.title ?? null, quotes: p.quotations.length, line, column };
      }),
    sections: story.sections.map((s) => ({ kind: s.kind, title: s.title, line: spanToRange1(starts, s.span).line })),
  };
}

/** Build the linted-file record; with `quiet`, only errors are kept. */
export function toLintedFile(file: string, analysis: Analysis, quiet: boolean): LintedFile {
  const findings = quiet ? analysis.findings.filter((f) => f.severity === 'error') : analysis.findings;
  const fixable = findings.filter((f) => f.fix && f.fix.edits.length > 0);
  return {
    report: toFileReport(file, { story: analysis.story, findings }),
    fixableErrors: fixable.filter((f) => f.severity === 'error').length,
    fixableWarnings: fixable.filter((f) => f.severity === 'warning').length,
  };
}
