// `--format sarif`: SARIF 2.1.0 for code-scanning tools. Pure.
import type { RuleMeta, Severity } from '../../core';
import type { LintedFile } from '../report';

export interface SarifTool {
  rules: readonly RuleMeta[];
  version: string;
  /** Repository web address (no `.git`), for rule help links: `<repo>/blob/main/docs/rules/<id>.md`. */
  repositoryUrl: string;
  /** `file:` URI of the folder relative paths are resolved against (ends with `/`). */
  srcRoot?: string;
}

const LEVEL: Record<Severity | 'off', string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** Artifact location of a reported path: relative paths resolve against %SRCROOT%. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  if (file === '<stdin>') return { uri: encodeURIComponent(file) };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` };
  return { uri: encode(slashed), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(files: readonly LintedFile[], tool: SarifTool): string {
  const ruleIndex = new Map(tool.rules.map((r, i) => [r.id, i]));
  const helpBase = tool.repositoryUrl.replace(/\.git$/, '').replace(/\/$/, '');
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'wire-lint',
        version: tool.version,
        informationUri: helpBase,
        rules: tool.rules.map((r) => ({
          id: r.id,
          shortDescription: { text: r.description },
          helpUri: `${helpBase}/blob/main/${r.docs}`,
          defaultConfiguration: r.defaultSeverity === 'off' ? { level: 'none', enabled: false } : { level: LEVEL[r.defaultSeverity] },
          properties: { fixable: r.fixable },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results: files.flatMap(({ report }) =>
      report.diagnostics.map((d) => ({
        ruleId: d.rule,
        ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(report.file),
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
      })),
    ),
  };
  if (tool.srcRoot) run.originalUriBaseIds = { '%SRCROOT%': { uri: tool.srcRoot } };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
