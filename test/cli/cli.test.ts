// wire-lint end to end: the CLI is bundled fresh with esbuild (as `npm run
// build` does) and run as a child process on stories in a temporary folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { run, useColor, MAX_STORY_BYTES, type CliIo } from '../../src/cli/run';

const ROOT = path.resolve(__dirname, '../..');
let bundle: string;
let work: string;

// Original copy. CLEAN has no findings; UNCLOSED ends inside a quotation
// (quote-unclosed, an error); FIXABLE has a postal code in the dateline and a
// page-residue line (two fixable warnings) and nothing else.
const CLEAN = [
  'TRENTON, N.J. (AP) — The harbor board voted Tuesday to keep ferry fares flat for another year.',
  '',
  '“We heard from riders at every meeting,” said Ada Brandt, the board chair.',
  '',
  'Brandt said the board would revisit fares in the spring.',
  '',
].join('\n');
const UNCLOSED = [
  'TRENTON, N.J. (AP) — The harbor board voted Tuesday to keep ferry fares flat for another year.',
  '',
  '“We heard from riders at every meeting,” said Ada Brandt, the board chair. “They told us the fare is already a stretch.',
  '',
].join('\n');
const FIXABLE = [
  'TRENTON, NJ (AP) — The harbor board voted Tuesday to keep ferry fares flat for another year.',
  '',
  '[to top of second column]',
  '',
  '“We heard from riders at every meeting,” said Ada Brandt, the board chair.',
  '',
].join('\n');
const FIXED = FIXABLE.replace('NJ (AP)', 'N.J. (AP)').replace('[to top of second column]\n\n', ''); // the residue line goes with one of the blank lines around it

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function wireLint(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: options.cwd ?? work, input: options.input ?? '', env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(rel: string, content: string | Buffer): string {
  const file = path.join(work, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function json(r: Run) {
  return JSON.parse(r.stdout);
}

before(async function () {
  this.timeout(60000);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-lint-bundle-'));
  bundle = path.join(outDir, 'cli.js');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src/cli/main.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error' });
});

after(() => {
  fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
});

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-lint-test-'));
});

afterEach(() => {
  // Undo read-only modes so the folder can be removed.
  for (const f of fs.readdirSync(work, { recursive: true }) as string[]) fs.chmodSync(path.join(work, f), 0o755);
  fs.rmSync(work, { recursive: true, force: true });
});

describe('wire-lint: basics', () => {
  it('prints usage with --help and the package version with --version', () => {
    const help = wireLint(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: wire-lint \[options\] FILE\|DIR\|- \.\.\./);
    const version = wireLint(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('exits 2 on a usage error, with a hint', () => {
    const r = wireLint(['--format', 'xml', 'a.wire']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Unknown format "xml"/);
    assert.match(r.stderr, /--help/);
    assert.equal(wireLint([]).status, 2);
  });

  it('exits 0 and prints nothing for a clean story', () => {
    write('clean.wire', CLEAN);
    const r = wireLint(['clean.wire']);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '');
    assert.equal(r.status, 0);
  });

  it('exits 1 for a story that ends inside a quotation, in stylish form without colour on a pipe', () => {
    write('unclosed.wire', UNCLOSED);
    const r = wireLint(['unclosed.wire']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^\nunclosed\.wire\n {2}3:\d+ +error +.+ +quote-unclosed\n/);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
    assert.ok(!r.stdout.includes('\u001b['));
    const forced = wireLint(['unclosed.wire'], { env: { FORCE_COLOR: '1' } });
    assert.ok(forced.stdout.includes('\u001b[31m'));
  });

  it('counts warnings against --max-warnings and hides them with --quiet', () => {
    write('fixable.wire', FIXABLE);
    assert.equal(wireLint(['fixable.wire']).status, 0);
    assert.equal(wireLint(['--max-warnings', '2', 'fixable.wire']).status, 0);
    const over = wireLint(['--max-warnings', '1', 'fixable.wire']);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings \(2; maximum: 1\)/);
    const quiet = wireLint(['--quiet', 'fixable.wire']);
    assert.equal(quiet.stdout, '');
    assert.equal(quiet.status, 0);
  });
});

describe('wire-lint: --format json (contract)', () => {
  it('prints one object per file with the contract field names', () => {
    write('clean.wire', CLEAN);
    write('unclosed.wire', UNCLOSED);
    const r = wireLint(['--format', 'json', 'clean.wire', 'unclosed.wire']);
    assert.equal(r.status, 1);
    const files = json(r);
    assert.deepEqual(files.map((f: { file: string }) => f.file), ['clean.wire', 'unclosed.wire']);
    for (const f of files) assert.deepEqual(Object.keys(f), ['file', 'diagnostics', 'quotes', 'speakers', 'sections']);

    const [clean, unclosed] = files;
    assert.deepEqual(clean.diagnostics, []);
    assert.deepEqual(clean.quotes, [{ line: 3, column: 1, endLine: 3, endColumn: 41, text: 'We heard from riders at every meeting,', speaker: 'Ada Brandt', partial: false, continues: false }]);
    assert.equal(clean.speakers.length, 1);
    assert.deepEqual(Object.keys(clean.speakers[0]), ['name', 'title', 'quotes', 'line', 'column']);
    assert.deepEqual({ ...clean.speakers[0], title: undefined }, { name: 'Ada Brandt', title: undefined, quotes: 1, line: 3, column: 47 });
    assert.deepEqual(clean.sections[0], { kind: 'dateline', title: 'TRENTON, N.J. (AP)', line: 1 });

    const d = unclosed.diagnostics.find((x: { rule: string }) => x.rule === 'quote-unclosed');
    assert.ok(d, 'quote-unclosed reported');
    assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.equal(d.severity, 'error');
    assert.equal(d.line, 3);
    assert.equal(d.column, UNCLOSED.split('\n')[2].indexOf('“They') + 1);
  });

  it('names who says a quotation with its speaker in `with`', () => {
    const story = [
      'GRANVILLE, Vt. (AP) — Farmer Warren Pike and teacher Miriam Castellanos started a fund for the school.',
      '',
      '“We’ve raised money for worse things,” Pike and Castellanos said.',
      '',
    ].join('\n');
    const r = wireLint(['--format', 'json', '-'], { input: story });
    assert.equal(r.status, 0);
    const [only] = json(r);
    assert.deepEqual(only.quotes.map((q: { speaker: string; with?: string[] }) => [q.speaker, q.with]), [['Warren Pike', ['Miriam Castellanos']]]);
    assert.deepEqual(only.speakers.map((p: { name: string; quotes: number }) => [p.name, p.quotes]), [['Warren Pike', 1], ['Miriam Castellanos', 1]]);
  });

  it('reads a story from standard input as <stdin>', () => {
    const r = wireLint(['--format', 'json', '-'], { input: UNCLOSED });
    assert.equal(r.status, 1);
    const [only] = json(r);
    assert.equal(only.file, '<stdin>');
    assert.ok(only.diagnostics.some((d: { rule: string }) => d.rule === 'quote-unclosed'));
  });

  it('prints an empty array when every input is unusable', () => {
    const r = wireLint(['--format', 'json', 'missing.wire']);
    assert.equal(r.status, 2);
    assert.deepEqual(json(r), []);
  });
});

describe('wire-lint: --format sarif', () => {
  it('prints a SARIF 2.1.0 log with every rule and located results', () => {
    write('desk/unclosed.wire', UNCLOSED);
    const r = wireLint(['--format', 'sarif', 'desk']);
    assert.equal(r.status, 1);
    const log = json(r);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'wire-lint');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.equal(ids.length, 15);
    for (const rule of run0.tool.driver.rules) {
      assert.equal(rule.helpUri, `https://github.com/wire-story/wire-story/blob/main/docs/rules/${rule.id}.md`);
      assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`)), `docs page for ${rule.id}`);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(rule.shortDescription.text.length > 10);
    }
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'quote-unclosed');
    assert.equal(result.level, 'error');
    assert.equal(ids[result.ruleIndex], 'quote-unclosed');
    const loc = result.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'desk/unclosed.wire', uriBaseId: '%SRCROOT%' });
    assert.equal(loc.region.startLine, 3);
    assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, `file://${fs.realpathSync(work)}/`.replace(/\/+$/, '/'));
  });
});

describe('wire-lint: inputs', () => {
  it('searches directories for .wire files, skipping node_modules and .git, and lints .txt only when named', () => {
    write('desk/a.wire', CLEAN);
    write('desk/metro/b.wire', UNCLOSED);
    write('desk/notes.txt', UNCLOSED);
    write('desk/node_modules/pkg/c.wire', UNCLOSED);
    write('desk/.git/d.wire', UNCLOSED);
    const r = wireLint(['--format', 'json', 'desk']);
    assert.deepEqual(json(r).map((f: { file: string }) => f.file), ['desk/a.wire', 'desk/metro/b.wire']);
    const named = wireLint(['--format', 'json', 'desk/notes.txt']);
    assert.deepEqual(json(named).map((f: { file: string }) => f.file), ['desk/notes.txt']);
    assert.equal(named.status, 1);
  });

  it('exits 2 for a missing file but still lints the others', () => {
    write('unclosed.wire', UNCLOSED);
    const r = wireLint(['missing.wire', 'unclosed.wire']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.wire: no such file or directory/);
    assert.match(r.stdout, /quote-unclosed/);
  });

  it('exits 2 for a directory with no stories', () => {
    fs.mkdirSync(path.join(work, 'empty'));
    write('empty/readme.txt', 'not a story');
    const r = wireLint(['empty']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /empty: no \.wire files found/);
  });

  it('skips a binary file and invalid UTF-8 with a message and exit 2', () => {
    write('photo.wire', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    write('latin1.wire', Buffer.concat([Buffer.from('SEATTLE (AP) — The caf'), Buffer.from([0xe9]), Buffer.from(' closed.\n')]));
    write('clean.wire', CLEAN);
    const r = wireLint(['--format', 'json', 'photo.wire', 'latin1.wire', 'clean.wire']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /photo\.wire: looks like a binary file/);
    assert.match(r.stderr, /latin1\.wire: is not valid UTF-8 \(line 1/);
    assert.deepEqual(json(r).map((f: { file: string }) => f.file), ['clean.wire']);
  });

  it('skips a file over the size limit', () => {
    const big = path.join(work, 'huge.wire');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_STORY_BYTES + 1); // sparse: no 20 MB written
    const r = wireLint(['huge.wire']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /huge\.wire: is 20\.0 MB, over the 20 MB limit/);
  });
});

describe('wire-lint: configuration', () => {
  it('uses the nearest .wirelintrc.json from the story folder upward', () => {
    write('.wirelintrc.json', '{ "rules": { "quote-unclosed": "warning" } }');
    write('metro/.wirelintrc.json', '{ "rules": { "quote-unclosed": "off" } }');
    write('top.wire', UNCLOSED);
    write('metro/inner.wire', UNCLOSED);
    write('metro/late/deeper.wire', UNCLOSED);
    const r = wireLint(['--format', 'json', '.']);
    assert.equal(r.status, 0);
    const byFile = Object.fromEntries(json(r).map((f: { file: string; diagnostics: { rule: string; severity: string }[] }) => [f.file, f.diagnostics.filter((d) => d.rule === 'quote-unclosed').map((d) => d.severity)]));
    assert.deepEqual(byFile, { 'metro/inner.wire': [], 'metro/late/deeper.wire': [], 'top.wire': ['warning'] });
  });

  it('uses --config FILE instead of the lookup, and exits 2 when it is missing', () => {
    write('.wirelintrc.json', '{ "rules": { "quote-unclosed": "off" } }');
    write('strict.json', '{ "rules": { "quote-unclosed": "error" } }');
    write('unclosed.wire', UNCLOSED);
    assert.equal(wireLint(['unclosed.wire']).status, 0);
    assert.equal(wireLint(['--config', 'strict.json', 'unclosed.wire']).status, 1);
    const missing = wireLint(['--config', 'nope.json', 'unclosed.wire']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json: cannot read configuration file: no such file or directory/);
  });

  it('reports a broken config as file:line:col, lints on with defaults, and exits 2', () => {
    write('.wirelintrc.json', '{\n  "rules": {\n    "quote-unclosed": "off"\n  \n  "agencies": ["Reuters"]\n}\n');
    write('unclosed.wire', UNCLOSED);
    const r = wireLint(['unclosed.wire']);
    assert.match(r.stderr, /^\.wirelintrc\.json:5:3: Invalid JSON: .*\. The whole file is ignored and the defaults apply$/m);
    // Defaults: the rule the broken file tried to turn off still reports.
    assert.match(r.stdout, /quote-unclosed/);
    assert.equal(r.status, 2);
  });

  it('reports an unknown rule with a suggestion and applies the rest', () => {
    write('.wirelintrc.json', '{\n  "rules": {\n    "quote-unclosd": "off",\n    "quote-unclosed": "warning"\n  }\n}\n');
    write('unclosed.wire', UNCLOSED);
    const r = wireLint(['--format', 'json', 'unclosed.wire']);
    assert.match(r.stderr, /\.wirelintrc\.json:3:5: Unknown rule "quote-unclosd"; did you mean "quote-unclosed"\?/);
    assert.ok(json(r)[0].diagnostics.some((d: { rule: string; severity: string }) => d.rule === 'quote-unclosed' && d.severity === 'warning'));
    assert.equal(r.status, 2);
  });
});

describe('wire-lint: --fix', () => {
  it('writes fixes atomically, keeps the mode, and leaves unchanged files untouched', () => {
    const fixable = write('fixable.wire', FIXABLE);
    const clean = write('clean.wire', CLEAN);
    fs.chmodSync(fixable, 0o640);
    const past = new Date('2020-03-01T12:00:00Z');
    fs.utimesSync(clean, past, past);
    const inodeBefore = fs.statSync(fixable).ino;

    const r = wireLint(['--fix', 'fixable.wire', 'clean.wire']);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '', 'nothing left to report after fixing');
    assert.equal(fs.readFileSync(fixable, 'utf8'), FIXED);
    const after = fs.statSync(fixable);
    assert.equal(after.mode & 0o777, 0o640);
    assert.notEqual(after.ino, inodeBefore, 'replaced by rename, not rewritten in place');
    assert.equal(fs.statSync(clean).mtimeMs, past.getTime());
    assert.deepEqual(fs.readdirSync(work).sort(), ['clean.wire', 'fixable.wire'], 'no temp files left behind');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const file = write('crlf.wire', '\uFEFF' + FIXABLE.replace(/\n/g, '\r\n'));
    const r = wireLint(['--fix', 'crlf.wire']);
    assert.equal(r.status, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), '\uFEFF' + FIXED.replace(/\n/g, '\r\n'));
  });

  it('refuses a read-only file: exit 2, a clear message, the file unchanged', () => {
    const file = write('locked.wire', FIXABLE);
    fs.chmodSync(file, 0o444);
    const r = wireLint(['--fix', 'locked.wire']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /locked\.wire: file is read-only; fixes not written/);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXABLE);
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    // The unfixed findings are still reported.
    assert.match(r.stdout, /dateline-format/);
  });

  it('does not write a story whose only findings have no fix', () => {
    const file = write('unclosed.wire', UNCLOSED);
    const past = new Date('2021-06-01T08:00:00Z');
    fs.utimesSync(file, past, past);
    const r = wireLint(['--fix', 'unclosed.wire']);
    assert.equal(r.status, 1);
    assert.equal(fs.statSync(file).mtimeMs, past.getTime());
  });
});

describe('wire-lint: run() in process', () => {
  function io(argv: string[]): CliIo & { out: string; err: string } {
    const sink = {
      argv,
      cwd: work,
      env: {},
      out: '',
      err: '',
      stdoutIsTTY: false,
      stdout: (t: string) => void (sink.out += t),
      stderr: (t: string) => void (sink.err += t),
      readStdin: async () => new Uint8Array(),
    };
    return sink;
  }

  it('refuses standard input over the size limit without claiming to know its size', async () => {
    const sink = io(['-']);
    sink.readStdin = async (limit: number) => new Uint8Array(limit).fill(97);
    assert.equal(await run(sink), 2);
    assert.match(sink.err, /<stdin>: is more than the 20 MB limit for a story; skipped/);
  });

  it('reports a file that vanishes between listing and reading, and goes on', async () => {
    const doomed = write('doomed.wire', UNCLOSED);
    write('kept.wire', UNCLOSED);
    // Delete the file at the moment run() reads it: after the listing has seen it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require('node:fs') as typeof fs;
    const original = nodeFs.readFileSync;
    nodeFs.readFileSync = ((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (p === doomed) fs.unlinkSync(doomed);
      return (original as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readFileSync;
    const sink = io(['--format', 'json', '.']);
    let code: number;
    try {
      code = await run(sink);
    } finally {
      nodeFs.readFileSync = original;
    }
    assert.equal(code, 2);
    assert.match(sink.err, /doomed\.wire: file disappeared before it could be read/);
    assert.deepEqual(JSON.parse(sink.out).map((f: { file: string }) => f.file), ['kept.wire']);
  });

  it('decides colour from the terminal, NO_COLOR and FORCE_COLOR', () => {
    assert.equal(useColor({ env: {}, stdoutIsTTY: true }), true);
    assert.equal(useColor({ env: {}, stdoutIsTTY: false }), false);
    assert.equal(useColor({ env: { NO_COLOR: '1' }, stdoutIsTTY: true }), false);
    assert.equal(useColor({ env: { NO_COLOR: '' }, stdoutIsTTY: true }), true);
    assert.equal(useColor({ env: { FORCE_COLOR: '1' }, stdoutIsTTY: false }), true);
    assert.equal(useColor({ env: { FORCE_COLOR: '0' }, stdoutIsTTY: true }), false);
  });
});
