// ESLint-like "stylish" output: a header per file, one aligned row per
// problem, then a summary. Pure: colour is a parameter, not read from a TTY.
import type { LintedFile } from '../report';

const ansi = (code: string) => (on: boolean) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const paint = {
  red: ansi('31'),
  yellow: ansi('33'),
  blue: ansi('34'),
  dim: ansi('2'),
  bold: ansi('1'),
  underline: ansi('4'),
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(files: readonly LintedFile[], color: boolean): string {
  const red = paint.red(color);
  const yellow = paint.yellow(color);
  const blue = paint.blue(color);
  const dim = paint.dim(color);
  const bold = paint.bold(color);
  const underline = paint.underline(color);

  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const { report, fixableErrors: fe, fixableWarnings: fw } of files) {
    if (report.diagnostics.length === 0) continue;
    fixableErrors += fe;
    fixableWarnings += fw;
    const rows = report.diagnostics.map((d) => ({
      position: `${d.line}:${d.column}`,
      severity: d.severity,
      message: d.message.replace(/\s*\n\s*/g, ' '),
      rule: d.rule,
    }));
    // A loop, not Math.max(...rows): a file with a hundred thousand findings would overflow the stack.
    let posWidth = 0;
    let sevWidth = 0;
    let msgWidth = 0;
    for (const r of rows) {
      posWidth = Math.max(posWidth, r.position.length);
      sevWidth = Math.max(sevWidth, r.severity.length);
      msgWidth = Math.max(msgWidth, r.message.length);
    }
    out += `\n${underline(report.file)}\n`;
    for (const r of rows) {
      if (r.severity === 'error') errors++;
      else if (r.severity === 'warning') warnings++;
      else infos++;
      const sevColor = r.severity === 'error' ? red : r.severity === 'warning' ? yellow : blue;
      // Pad before colouring so escape codes do not break the alignment.
      out += `  ${dim(r.position.padEnd(posWidth))}  ${sevColor(r.severity.padEnd(sevWidth))}  ${r.message.padEnd(msgWidth)}  ${dim(r.rule)}\n`;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${infos} info` : ''}`;
  const summaryColor = errors > 0 ? red : warnings > 0 ? yellow : blue;
  out += `\n${summaryColor(bold(`\u2716 ${plural(total, 'problem')} (${counts})`))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    out += summaryColor(bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`)) + '\n';
  }
  return out + '\n';
}
