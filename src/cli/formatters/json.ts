// `--format json`: one object per file, the fields of FileReport exactly.
import type { LintedFile } from '../report';

export function formatJson(files: readonly LintedFile[]): string {
  return JSON.stringify(files.map((f) => f.report), null, 2) + '\n';
}
