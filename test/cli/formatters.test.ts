// Formatters and the JSON report, on hand-built findings and story models so
// they do not depend on what the engine finds.
import assert from 'node:assert/strict';
import type { Analysis, Person, Quotation, RuleMeta, Story } from '../../src/core';
import { computeLineStarts } from '../../src/core';
import { formatJson } from '../../src/cli/formatters/json';
import { formatSarif } from '../../src/cli/formatters/sarif';
import { formatStylish } from '../../src/cli/formatters/stylish';
import { toFileReport, toLintedFile, type LintedFile } from '../../src/cli/report';

const STORY = [
  'PORTLAND, Maine (AP) — Gov. Nora Quill signed the pier bill Monday.', // line 1
  '',
  '“The islands waited long enough,” Quill said. She called the show “Harbor Nights” a gift.', // line 3
  '',
  'Dock master Tobias Wren said the “old ‘temporary’ ramp” would go first.', // line 5
].join('\n');

function at(needle: string, occurrence = 0) {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = STORY.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return { start: i, end: i + needle.length };
}

function quote(index: number, needle: string, extra: Partial<Quotation>): Quotation {
  const s = at(needle);
  return {
    index, ...s, marks: 'double', depth: 0,
    open: { start: s.start, end: s.start + 1 }, close: { start: s.end - 1, end: s.end },
    content: { start: s.start + 1, end: s.end - 1 }, text: needle.slice(1, -1),
    blockIndex: 0, partial: false, continues: false, runsOn: false, isTitle: false, speaker: -1, ...extra,
  };
}

function person(index: number, name: string, firstRef: string, extra: Partial<Person>): Person {
  const span = at(firstRef);
  return {
    index, kind: 'person', name, surname: name.split(' ').pop()!, gender: 'unknown', firstReference: span,
    mentions: [{ ...span, form: 'full' }], quotations: [], speaks: true, introduced: true, variants: [], ...extra,
  };
}

/** A story model as the engine would build it; only what the report reads is filled. */
function handBuiltAnalysis(): Analysis {
  const story = {
    text: STORY,
    lineStarts: computeLineStarts(STORY),
    blocks: [],
    quoteProblems: [],
    layout: 'blank',
    quotations: [
      quote(0, '“The islands waited long enough,”', { speaker: 0 }),
      quote(1, '“Harbor Nights”', { isTitle: true }),
      quote(2, '“old ‘temporary’ ramp”', { speaker: 2, partial: true, continues: false }),
      quote(3, '‘temporary’', { depth: 1, marks: 'single' }),
    ],
    // People out of text order, and one who never speaks: the report orders by first reference.
    people: [
      person(0, 'Nora Quill', 'Nora Quill', { title: 'Gov.', quotations: [0] }),
      person(1, 'Harbor Nights', 'Harbor Nights', { speaks: false }),
      person(2, 'Tobias Wren', 'Tobias Wren', { title: 'dock master', quotations: [2] }),
    ].reverse(),
    sections: [{ kind: 'dateline', title: 'PORTLAND, Maine (AP)', span: at('PORTLAND, Maine (AP)'), extent: { start: 0, end: STORY.length }, blockIndex: 0 }],
  } as unknown as Story;
  // Speaker indexes refer to the list before reversal; fix them up to the reversed order.
  const byName = new Map(story.people.map((p, i) => [p.name, i]));
  story.people.forEach((p, i) => (p.index = i));
  story.quotations[0].speaker = byName.get('Nora Quill')!;
  story.quotations[2].speaker = byName.get('Tobias Wren')!;
  return {
    story,
    findings: [
      { rule: 'quote-punctuation', severity: 'warning', message: 'Comma outside the closing mark', ...at('enough,”'), fix: { title: 'Move', edits: [{ ...at('enough,”'), text: 'enough,”' }] } },
      { rule: 'attribution-verb', severity: 'info', message: 'Loaded verb', ...at('called') },
      { rule: 'quote-unclosed', severity: 'error', message: 'Never closed', ...at('“old') },
    ],
  };
}

describe('toFileReport (the --format json contract)', () => {
  const report = toFileReport('desk/pier.wire', handBuiltAnalysis());

  it('has exactly the contract fields, in 1-based positions', () => {
    assert.deepEqual(Object.keys(report), ['file', 'diagnostics', 'quotes', 'speakers', 'sections']);
    assert.equal(report.file, 'desk/pier.wire');
    assert.deepEqual(report.diagnostics[0], { rule: 'quote-punctuation', severity: 'warning', message: 'Comma outside the closing mark', line: 3, column: 26, endLine: 3, endColumn: 34 });
    for (const d of report.diagnostics) assert.deepEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
  });

  it('lists top-level quotations that are not titles, with the speaker name or null', () => {
    assert.deepEqual(report.quotes, [
      { line: 3, column: 1, endLine: 3, endColumn: 34, text: 'The islands waited long enough,', speaker: 'Nora Quill', partial: false, continues: false },
      { line: 5, column: 34, endLine: 5, endColumn: 56, text: 'old ‘temporary’ ramp', speaker: 'Tobias Wren', partial: true, continues: false },
    ]);
  });

  it('lists speakers in order of first reference, title null when absent', () => {
    assert.deepEqual(report.speakers, [
      { name: 'Nora Quill', title: 'Gov.', quotes: 1, line: 1, column: 29 },
      { name: 'Tobias Wren', title: 'dock master', quotes: 1, line: 5, column: 13 },
    ]);
    const analysis = handBuiltAnalysis();
    for (const p of analysis.story.people) delete p.title;
    assert.equal(toFileReport('x', analysis).speakers[0].title, null);
  });

  it('lists sections with kind, title and line', () => {
    assert.deepEqual(report.sections, [{ kind: 'dateline', title: 'PORTLAND, Maine (AP)', line: 1 }]);
  });

  it('with quiet keeps only errors, and counts fixable findings', () => {
    const loud = toLintedFile('x', handBuiltAnalysis(), false);
    assert.equal(loud.report.diagnostics.length, 3);
    assert.deepEqual([loud.fixableErrors, loud.fixableWarnings], [0, 1]);
    const quiet = toLintedFile('x', handBuiltAnalysis(), true);
    assert.deepEqual(quiet.report.diagnostics.map((d) => d.rule), ['quote-unclosed']);
  });
});

function linted(file: string, diagnostics: LintedFile['report']['diagnostics'], fixableErrors = 0, fixableWarnings = 0): LintedFile {
  return { report: { file, diagnostics, quotes: [], speakers: [], sections: [] }, fixableErrors, fixableWarnings };
}

const D = (rule: string, severity: 'error' | 'warning' | 'info', line: number, column: number, message: string) => ({ rule, severity, message, line, column, endLine: line, endColumn: column + 1 });

const FILES: LintedFile[] = [
  linted('clean.wire', []),
  linted('desk/pier.wire', [D('quote-unclosed', 'error', 3, 1, 'Never closed'), D('dateline-format', 'warning', 12, 10, 'Postal code “NJ” in a dateline')], 0, 1),
  linted('<stdin>', [D('attribution-verb', 'info', 7, 22, 'Loaded verb')]),
];

describe('formatStylish', () => {
  it('prints a header per file with problems, aligned rows and an ESLint-like summary', () => {
    const out = formatStylish(FILES, false);
    assert.equal(
      out,
      [
        '',
        'desk/pier.wire',
        '  3:1    error    Never closed                    quote-unclosed',
        '  12:10  warning  Postal code “NJ” in a dateline  dateline-format',
        '',
        '<stdin>',
        '  7:22  info  Loaded verb  attribution-verb',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
        '',
      ].join('\n'),
    );
    assert.ok(!out.includes('clean.wire'));
  });

  it('prints a file with 200,000 findings (column widths without spreading the rows into Math.max)', () => {
    const many = Array.from({ length: 200_000 }, (_, k) => D('wire-residue', 'warning', k + 1, 1, 'Page residue'));
    const out = formatStylish([linted('day.wire', many)], false);
    assert.ok(out.includes('  200000:1  warning  Page residue  wire-residue'));
    assert.ok(out.includes('✖ 200000 problems (0 errors, 200000 warnings)'));
  });

  it('prints nothing when there are no problems', () => {
    assert.equal(formatStylish([linted('clean.wire', [])], false), '');
  });

  it('uses singular and plural, and no info count when there is none', () => {
    const out = formatStylish([linted('a.wire', [D('quote-space', 'warning', 1, 1, 'Space')])], false);
    assert.match(out, /✖ 1 problem \(0 errors, 1 warning\)\n/);
  });

  it('colours only when asked', () => {
    assert.ok(!formatStylish(FILES, false).includes('\u001b['));
    const coloured = formatStylish(FILES, true);
    assert.ok(coloured.includes('\u001b[31merror  \u001b[0m'), 'errors in red, padded inside the colour');
    assert.ok(coloured.includes('\u001b[33mwarning\u001b[0m'));
    // Same text once the colour codes are taken out.
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), formatStylish(FILES, false));
  });
});

describe('formatJson', () => {
  it('prints an array of the file reports, including files without problems', () => {
    const parsed = JSON.parse(formatJson(FILES));
    assert.equal(parsed.length, 3);
    assert.deepEqual(parsed[1], FILES[1].report);
    assert.equal(formatJson([]), '[]\n');
  });
});

describe('formatSarif', () => {
  const META: RuleMeta[] = [
    { id: 'quote-unclosed', defaultSeverity: 'error', description: 'An opening mark never closed.', docs: 'docs/rules/quote-unclosed.md', fixable: false },
    { id: 'dateline-format', defaultSeverity: 'warning', description: 'Dateline form.', docs: 'docs/rules/dateline-format.md', fixable: true },
    { id: 'attribution-verb', defaultSeverity: 'info', description: 'Loaded verbs.', docs: 'docs/rules/attribution-verb.md', fixable: true },
  ];
  const log = JSON.parse(formatSarif(FILES, { rules: META, version: '9.9.9', repositoryUrl: 'https://github.com/wire-story/wire-story.git', srcRoot: 'file:///home/desk/' }));

  it('is a SARIF 2.1.0 log with one run', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/desk/' } });
  });

  it('describes the rules from their metadata, with help links to the rule pages', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'wire-lint');
    assert.equal(driver.version, '9.9.9');
    assert.deepEqual(driver.rules[0], {
      id: 'quote-unclosed',
      shortDescription: { text: 'An opening mark never closed.' },
      helpUri: 'https://github.com/wire-story/wire-story/blob/main/docs/rules/quote-unclosed.md',
      defaultConfiguration: { level: 'error' },
      properties: { fixable: false },
    });
    assert.equal(driver.rules[2].defaultConfiguration.level, 'note');
  });

  it('reports each finding with its rule, level, message and region', () => {
    const results = log.runs[0].results;
    assert.equal(results.length, 3);
    assert.deepEqual(results[1], {
      ruleId: 'dateline-format',
      ruleIndex: 1,
      level: 'warning',
      message: { text: 'Postal code “NJ” in a dateline' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'desk/pier.wire', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 10, endLine: 12, endColumn: 11 } } }],
    });
    assert.equal(results[2].level, 'note');
    assert.equal(results[2].locations[0].physicalLocation.artifactLocation.uri, '%3Cstdin%3E');
  });

  it('gives absolute paths as file URIs, percent-encoded', () => {
    const abs = JSON.parse(formatSarif([linted('/tmp/my desk/a.wire', [D('quote-unclosed', 'error', 1, 1, 'x')])], { rules: META, version: '1', repositoryUrl: 'https://example.org/r' }));
    assert.deepEqual(abs.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'file:///tmp/my%20desk/a.wire' });
  });
});
