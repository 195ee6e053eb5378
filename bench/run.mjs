// wire-story benchmark: speed, growth, memory, lint latency, bundle size and
// activation, and peers (textlint, retext) on the same text. Prints figures
// and whether each goal is met; it asserts nothing about time.
//
//   npm run bench              (from the repository root)
//   node bench/run.mjs --quick (fewer runs, for a smoke test)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildInputs, KB, MB, PATHOLOGICAL } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const childMode = args[0] === '--child';
// --only=speed,memory,latency,bundle,peers,pathological runs just those sections.
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (section) => !only || only.includes(section);

const GOALS = {
  storyMs: 1, // a 5 KB story, well under 1 ms
  dayFileMs: 50, // the 1 MB file
  textlintFactor: 20, // at least 20 times textlint's throughput
  activationMs: 50,
  bundleBytes: 200 * 1000,
};

// ---------------------------------------------------------------------------
// Building what is measured.

/** The engine and the extension's vscode-free lint pieces, bundled as shipped (esbuild), unminified for readable profiles. */
async function buildEngine() {
  const esbuild = require(require.resolve('esbuild', { paths: [root] }));
  const outfile = join(here, '.out/engine.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyzeStory, applyFixes, computeLineStarts, createStoryCache, offsetToLineCol, rules } from './src/core/index';",
        "export { findingToDiagnosticData } from './src/extension/diagnosticData';",
        "export { buildOutline } from './src/extension/outline';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Run the project's own build script with --production in a scratch folder
 * (its outputs are relative to the working directory), so the repository's
 * dist/ is left as the developer built it.
 */
function buildProductionBundles() {
  const dir = mkdtempSync(join(os.tmpdir(), 'wire-story-bench-'));
  symlinkSync(join(root, 'src'), join(dir, 'src'), 'dir');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`production build failed:\n${r.stderr}`);
  return { dir, node: join(dir, 'dist/extension.js'), web: join(dir, 'dist/web/extension.js') };
}

// ---------------------------------------------------------------------------
// Measuring.

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time of `fn` in ms after `warmup` calls. */
function time(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), min: Math.min(...samples), runs };
}

function timeOnce(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function timeAsync(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), min: Math.min(...samples), runs };
}

const runsFor = (bytes) => (quick ? { warmup: 1, runs: bytes > 2 * MB ? 1 : 3 } : bytes < 100 * KB ? { warmup: 200, runs: 500 } : bytes <= 2 * MB ? { warmup: 2, runs: 9 } : { warmup: 1, runs: 3 });

const bytesOf = (text) => Buffer.byteLength(text, 'utf8');
const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
/** Progress on stderr, so stdout holds only the report. */
const progress = (msg) => process.stderr.write(`  … ${msg}\n`);
const fmtMs = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const fmtBytes = (b) => (b >= MB ? `${(b / MB).toFixed(2)} MB` : `${(b / KB).toFixed(1)} KB`);

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  console.log(lines.join('\n'));
  console.log();
}

/** Insert or remove one character in the middle of the text: a keystroke. */
function edited(text, i) {
  const at = text.indexOf(' ', text.length >> 1);
  return i % 2 === 0 ? text.slice(0, at) + ' a' + text.slice(at) : text;
}

// ---------------------------------------------------------------------------
// Child processes: memory of one input, activation of one bundle.

async function childMain() {
  const [, kind, a, b] = args;
  if (kind === 'memory') {
    const engine = await import(pathToFileURL(a).href);
    // The parent wrote the input to a file: building it here would raise the peak RSS before the analysis starts.
    const input = { text: readFileSync(b, 'utf8') };
    // Compile the engine's code first, so the heap figure is the model's and not the code's.
    engine.buildOutline(engine.analyzeStory('BC-US--Warm-Up,20\nWarm-up story\n\nBOSTON (AP) — “We are ready,” said harbor master Ann Lee.\n').story);
    global.gc();
    const before = process.memoryUsage();
    const analysis = engine.analyzeStory(input.text);
    const outline = engine.buildOutline(analysis.story);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    global.gc();
    const after = process.memoryUsage();
    console.log(JSON.stringify({ bytes: bytesOf(input.text), textHeap: input.text.length * 2, before, after, peakRss, kept: analysis.findings.length + outline.length }));
    return;
  }
  if (kind === 'activate') {
    const fake = join(here, 'fake-vscode.cjs');
    const Module = require('node:module');
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      return request === 'vscode' ? fake : resolve.call(this, request, ...rest);
    };
    const vscode = require(fake);
    const t0 = performance.now();
    const ext = require(a);
    const t1 = performance.now();
    const context = { subscriptions: [], extensionUri: vscode.Uri.file(dirname(a)), extensionPath: dirname(a) };
    ext.activate(context);
    const t2 = performance.now();
    // Then a story opens, as it does right after activation: the time to its first diagnostics
    // includes loading the engine, which the extension leaves until its first lint.
    const uri = vscode.Uri.file('/desk/first.wire');
    const published = vscode.__bench.nextDiagnostics(uri);
    vscode.__bench.fire('open', vscode.__bench.document(uri, readFileSync(b, 'utf8')));
    const diagnostics = await published;
    const t3 = performance.now();
    console.log(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, firstLintMs: t3 - t2, diagnostics: diagnostics.length, subscriptions: context.subscriptions.length }));
    return;
  }
  throw new Error(`unknown child ${kind}`);
}

function runChild(nodeArgs, childArgs) {
  const r = spawnSync(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), '--child', ...childArgs], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child ${childArgs.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------
// End-to-end lint through the real (production) extension bundle, with the
// fake vscode module: fire a document change, wait for its diagnostics.

async function endToEndLint(bundle, texts) {
  const fake = join(here, 'fake-vscode.cjs');
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? fake : resolve.call(this, request, ...rest);
  };
  const vscode = require(fake);
  vscode.__bench.settings.set('lint.delay', 0);
  const ext = require(bundle);
  ext.activate({ subscriptions: [], extensionUri: vscode.Uri.file(dirname(bundle)), extensionPath: dirname(bundle) });
  const results = {};
  for (const [size, text] of Object.entries(texts)) {
    const uri = vscode.Uri.file(`/desk/${size.replace(' ', '')}.wire`);
    const doc = vscode.__bench.document(uri, text);
    const opened = vscode.__bench.nextDiagnostics(uri);
    vscode.__bench.fire('open', doc);
    await opened;
    const runs = runsFor(bytesOf(text));
    let count = 0;
    results[size] = await timeAsync(
      async (i) => {
        doc.setText(edited(text, i));
        const published = vscode.__bench.nextDiagnostics(uri);
        vscode.__bench.fire('change', { document: doc, contentChanges: [{ text: 'a' }] });
        count = (await published).length;
      },
      { warmup: Math.min(runs.warmup, 20), runs: Math.min(runs.runs, 100) },
    );
    results[size].diagnostics = count;
  }
  return results;
}

// ---------------------------------------------------------------------------
// Peers.

async function loadPeers() {
  const benchRequire = createRequire(join(here, 'package.json'));
  const { createLinter, loadTextlintrc } = await import(pathToFileURL(benchRequire.resolve('textlint')).href);
  const descriptor = await loadTextlintrc({ configFilePath: join(here, '.textlintrc.json'), node_modulesDir: join(here, 'node_modules') });
  const linter = createLinter({ descriptor, cwd: here });
  const { retext } = await import(pathToFileURL(benchRequire.resolve('retext')).href);
  const retextQuotes = (await import(pathToFileURL(benchRequire.resolve('retext-quotes')).href)).default;
  const processor = retext().use(retextQuotes);
  return {
    textlint: {
      checks: 'no-unmatched-pair: an opening bracket or quote mark has its closing partner in the same sentence (pairing only)',
      lint: async (text) => (await linter.lintText(text, join(here, 'story.txt'))).messages.length,
    },
    retext: {
      checks: 'retext-quotes: quote and apostrophe style (straight vs smart) and nesting order (style only)',
      lint: async (text) => (await processor.process(text)).messages.length,
    },
  };
}

// ---------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const loadStart = os.loadavg();
  console.log('# wire-story benchmark\n');
  console.log(`date: ${started.toISOString()}`);
  console.log(`machine: ${os.availableParallelism()} CPUs, ${cpuModel()}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}`);
  console.log(`node: ${process.version}`);
  console.log(`load average at start (1/5/15 min): ${loadStart.map((x) => x.toFixed(2)).join(' / ')}${quick ? '   (--quick: fewer runs)' : ''}\n`);

  const engineFile = await buildEngine();
  const engine = await import(pathToFileURL(engineFile).href);
  const bundles = buildProductionBundles();
  const corpus = buildInputs(engine.analyzeStory);
  console.log(`inputs: generated from ${corpus.storyNames.length} original stories in ${corpus.source}/ (${corpus.storyNames.join(', ')}); typical story: ${corpus.typical}${corpus.skipped.length ? `; left out (not one story with a slug line): ${corpus.skipped.join(', ')}` : ''}\n`);

  // Sanity: each input is read in the layout it was written in, with every story found.
  for (const input of corpus.inputs) {
    if (bytesOf(input.text) > 2 * MB) continue;
    const { story } = engine.analyzeStory(input.text);
    if (story.layout !== input.layout || story.storyCount !== input.stories) {
      throw new Error(`input ${input.layout} ${input.size} read as layout ${story.layout} with ${story.storyCount} stories (expected ${input.stories})`);
    }
  }

  // --- Engine speed.
  const speed = [];
  const growth = {};
  if (want('speed')) {
    console.log('## Engine: analyzeStory (parse, quotations, attribution, all rules) + outline\n');
    for (const input of corpus.inputs) {
      const bytes = bytesOf(input.text);
      let findings = 0;
      const t = time(
        () => {
          const a = engine.analyzeStory(input.text);
          engine.buildOutline(a.story);
          findings = a.findings.length;
        },
        runsFor(bytes),
      );
      speed.push({ ...input, bytes, ...t, findings });
      progress(`${input.layout} ${input.size}: ${fmtMs(t.median)} ms`);
    }
    table(
      ['layout', 'input', 'size', 'median ms', 'min ms', 'MB/s', 'findings', 'runs'],
      speed.map((s) => [s.layout, s.label, fmtBytes(s.bytes), fmtMs(s.median), fmtMs(s.min), mbps(s.bytes, s.median).toFixed(2), s.findings, s.runs]),
    );
    // Linear growth means the same cost per byte at both sizes. The 10 MB input is the 1 MB
    // file ten times over, so the fair comparison is one 10 MB analysis against ten 1 MB
    // analyses in a row: both handle 10 MB of copy and both pay their garbage collection
    // (a single 1 MB run can fall between collections). Rounds alternate the two, so drift
    // in the machine's load falls on both.
    console.log('Growth 1 MB → 10 MB: one analysis of the 10 MB file against ten of the 1 MB file in a row (same text, same work; 10× the time of one 1 MB analysis is linear):\n');
    const growthRows = [];
    for (const layout of ['blank', 'indented', 'wrapped']) {
      const one = corpus.inputs.find((s) => s.layout === layout && s.size === '1 MB');
      const ten = corpus.inputs.find((s) => s.layout === layout && s.size === '10 MB');
      const analyse = (text) => engine.buildOutline(engine.analyzeStory(text).story);
      const tens = [];
      const batches = [];
      const rounds = quick ? 1 : 3;
      for (let r = 0; r < rounds; r++) {
        const pair = [
          () => tens.push(timeOnce(() => analyse(ten.text))),
          () => batches.push(timeOnce(() => {
            for (let k = 0; k < 10; k++) analyse(one.text);
          })),
        ];
        if (r % 2) pair.reverse();
        for (const f of pair) f();
      }
      const tenMs = median(tens);
      const batchMs = median(batches);
      growth[layout] = (10 * tenMs) / batchMs;
      growthRows.push([layout, fmtMs(batchMs), fmtMs(tenMs), `${growth[layout].toFixed(1)}×`, rounds]);
      progress(`growth ${layout}: ${growth[layout].toFixed(1)}×`);
    }
    table(['layout', '1 MB ×10 in a row, median ms', '10 MB once, median ms', 'growth (10 is linear)', 'rounds'], growthRows);
  }

  // --- Memory, each input in a child process of its own.
  if (want('memory')) {
    console.log('## Memory (each input analysed once in a fresh child process)\n');
    const memory = [];
    const inputFile = join(here, '.out/memory-input.wire');
    for (const input of corpus.inputs) {
      writeFileSync(inputFile, input.text);
      const m = runChild(['--expose-gc'], ['memory', engineFile, inputFile]);
      memory.push({ input, ...m });
    }
    rmSync(inputFile, { force: true });
    table(
      ['layout', 'size', 'RSS before analysis', 'peak RSS', 'peak − before', 'heap kept by the result', 'kept / input bytes'],
      memory.map((m) => [
        m.input.layout,
        m.input.size,
        fmtBytes(m.before.rss),
        fmtBytes(m.peakRss),
        fmtBytes(Math.max(0, m.peakRss - m.before.rss)),
        fmtBytes(m.after.heapUsed - m.before.heapUsed),
        `${((m.after.heapUsed - m.before.heapUsed) / m.bytes).toFixed(1)}×`,
      ]),
    );
    console.log('RSS before: Node, the engine and the input text, after a full GC. Peak RSS: process.resourceUsage().maxRSS once the analysis is done. Heap kept: heapUsed after a full GC with the analysis (model, findings, outline) still referenced, minus heapUsed before.\n');
  }

  // --- Lint latency.
  const typical = corpus.inputs.find((x) => x.layout === 'blank' && x.size === '5 KB').text;
  const day = corpus.inputs.find((x) => x.layout === 'blank' && x.size === '1 MB').text;
  if (want('latency')) {
    console.log('## Edit → fresh diagnostics\n');
    const lintPath = (text, cache) => {
      const a = engine.analyzeStory(text, {}, cache);
      const starts = engine.computeLineStarts(text);
      return a.findings.map((f) => {
        const d = engine.findingToDiagnosticData(f, text);
        return { ...d, from: engine.offsetToLineCol(starts, d.start), to: engine.offsetToLineCol(starts, d.end) };
      });
    };
    const latency = {};
    const cached = {};
    for (const [size, text] of [
      ['5 KB', typical],
      ['1 MB', day],
    ]) {
      latency[size] = time((i) => lintPath(edited(text, i)), runsFor(bytesOf(text)));
      // The extension keeps a story cache per document: an edit re-analyses the story it touched.
      const cache = engine.createStoryCache();
      lintPath(text, cache);
      cached[size] = time((i) => lintPath(edited(text, i), cache), runsFor(bytesOf(text)));
    }
    const e2e = await endToEndLint(bundles.node, { '5 KB': typical, '1 MB': day });
    table(
      [
        'document',
        'vscode-free path: analyzeStory + diagnostic data (median ms)',
        'the same with a story cache, as the extension lints (median ms)',
        'production bundle + fake vscode: change event → diagnostics published (median ms)',
        'diagnostics',
      ],
      ['5 KB', '1 MB'].map((size) => [size, fmtMs(latency[size].median), fmtMs(cached[size].median), fmtMs(e2e[size].median), e2e[size].diagnostics]),
    );
    console.log('Each edit types a word in the middle of the document, then takes it out again. With a story cache (createStoryCache, one per open document in the extension), the stories of a day file that the edit did not touch come from the cache, moved into place; a single story is analysed whole either way.');
    console.log('The end-to-end figure runs the real onDidChangeTextDocument handler, lint scheduler (delay set to 0; the default wireStory.lint.delay of 300 ms throttles typing on top of this), options look-up, analysis and Diagnostic objects.\n');
  }

  // --- Bundle and activation.
  let sizes;
  const activation = {};
  if (want('bundle')) {
    console.log('## Bundle and activation (node scripts/build.mjs --production)\n');
    sizes = { node: statSync(bundles.node).size, web: statSync(bundles.web).size };
    const storyFile = join(here, '.out/first-story.wire');
    writeFileSync(storyFile, typical);
    for (const [name, file] of Object.entries({ node: bundles.node, web: bundles.web })) {
      const samples = Array.from({ length: quick ? 3 : 7 }, () => runChild([], ['activate', file, storyFile]));
      activation[name] = {
        require: median(samples.map((s) => s.requireMs)),
        activate: median(samples.map((s) => s.activateMs)),
        total: median(samples.map((s) => s.requireMs + s.activateMs)),
        firstLint: median(samples.map((s) => s.firstLintMs)),
        diagnostics: samples[0].diagnostics,
      };
    }
    table(
      ['bundle', 'bytes', 'load (require) ms', 'activate() ms', 'total ms', 'then the 5 KB story opened → its diagnostics, ms'],
      Object.entries(sizes).map(([name, bytes]) => [
        name === 'node' ? 'dist/extension.js' : 'dist/web/extension.js',
        `${bytes.toLocaleString('en-US')} (${fmtBytes(bytes)})`,
        fmtMs(activation[name].require),
        fmtMs(activation[name].activate),
        fmtMs(activation[name].total),
        `${fmtMs(activation[name].firstLint)} (${activation[name].diagnostics} diagnostics)`,
      ]),
    );
    console.log('Each figure: median of fresh Node processes, the bundle required with a fake vscode module (bench/fake-vscode.cjs), activate() called, then the 5 KB story opened. The engine is loaded at the first lint, not at activation (src/extension/engine.ts), so the last column includes loading it.\n');
  }
  rmSync(bundles.dir, { recursive: true, force: true });

  // --- Peers.
  const peerResults = {};
  if (want('peers')) {
    console.log('## Peers on the same text, same process\n');
    const peers = await loadPeers();
    const peerRows = [];
    // A peer that grows faster than linearly is not run at a size where its projected time (from its
    // growth between the two smaller sizes) passes the budget: it would stall the bench.
    const budgetMs = 60_000;
    const history = {};
    for (const [size, text] of [
      ['5 KB', typical],
      [`64 KB (${corpus.mid.stories} stories)`, corpus.mid.text],
      ['1 MB', day],
    ]) {
      const bytes = bytesOf(text);
      // Measured again here, next to the peers, so all three see the same machine state.
      let findings = 0;
      const wire = time(() => {
        findings = engine.analyzeStory(text).findings.length;
      }, runsFor(bytes));
      peerRows.push([size, `wire-story (all ${engine.rules.length} rules + model)`, fmtMs(wire.median), mbps(bytes, wire.median).toFixed(2), '1.0×', findings]);
      for (const [name, peer] of Object.entries(peers)) {
        const past = (history[name] ??= []);
        if (past.length >= 2) {
          const [a, b] = past.slice(-2);
          const exponent = Math.max(1, Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes));
          const projected = b.ms * (bytes / b.bytes) ** exponent;
          if (projected > budgetMs) {
            peerRows.push([size, name, `not run: projected ${(projected / 1000).toFixed(0)} s (time grows as size^${exponent.toFixed(1)})`, '—', '—', '—']);
            peerResults[`${name} ${size}`] = Infinity;
            continue;
          }
        }
        let messages = 0;
        let t;
        let ratio;
        if (bytes > 100 * KB) {
          // A slow peer on a large text: a few runs, against wire-story's median above.
          t = await timeAsync(
            async () => {
              messages = await peer.lint(text);
            },
            { warmup: 1, runs: quick ? 1 : 3 },
          );
          ratio = t.median / wire.median;
        } else {
          // Rounds that alternate a batch of wire-story runs with a batch of the peer's, so a
          // change in the machine's load (or a collection of the other's garbage) falls on
          // both; the ratio is the median of the rounds' ratios.
          for (let w = 0; w < 5; w++) messages = await peer.lint(text);
          const rounds = quick ? 3 : 15;
          const wireBatch = bytes < 10 * KB ? 40 : 4;
          const peerBatch = bytes < 10 * KB ? 4 : 1;
          const wireTimes = [];
          const peerTimes = [];
          const ratios = [];
          for (let r = 0; r < rounds; r++) {
            const t0 = performance.now();
            for (let k = 0; k < wireBatch; k++) engine.analyzeStory(text);
            const w = (performance.now() - t0) / wireBatch;
            const t1 = performance.now();
            for (let k = 0; k < peerBatch; k++) messages = await peer.lint(text);
            const pr = (performance.now() - t1) / peerBatch;
            wireTimes.push(w);
            peerTimes.push(pr);
            ratios.push(pr / w);
          }
          t = { median: median(peerTimes), min: Math.min(...peerTimes), runs: rounds * peerBatch };
          ratio = median(ratios);
          peerRows.push([size, `  wire-story, in rounds with ${name}`, fmtMs(median(wireTimes)), mbps(bytes, median(wireTimes)).toFixed(2), '', '']);
        }
        past.push({ bytes, ms: t.median });
        peerResults[`${name} ${size}`] = ratio;
        progress(`${name} ${size}: ${fmtMs(t.median)} ms`);
        peerRows.push([size, name, fmtMs(t.median), mbps(bytes, t.median).toFixed(2), `${ratio.toFixed(2)}×`, messages]);
      }
    }
    table(['text', 'tool', 'median ms', 'MB/s', 'its time / wire-story time', 'messages'], peerRows);
    for (const [name, peer] of Object.entries(peers)) console.log(`- ${name}: ${peer.checks}.`);
    console.log('- wire-story: pairing, direction and nesting of marks, running quotes, attribution (speaker, name at first reference, spelling, ambiguity, verbs), style, punctuation, datelines, residue, plus the story model (blocks, sections, people) and the outline. Each peer does strictly less work.\n');
  }

  // --- Pathological shapes.
  if (want('pathological')) {
    console.log('## Pathological input (1 MB vs 5 MB of the same shape)\n');
    const pathoRows = [];
    for (const [name, make] of Object.entries(PATHOLOGICAL)) {
      const res = {};
      for (const bytes of [MB, 5 * MB]) {
        // A shape the engine handles in superlinear time would stall the bench at 5 MB: show its growth on a half size instead.
        if (bytes === 5 * MB && res[MB].median > 5000) {
          const half = time(() => engine.analyzeStory(make(MB / 2)), { warmup: 0, runs: 1 });
          res.note = `5 MB not run: 1 MB took ${(res[MB].median / 1000).toFixed(1)} s; 0.5 MB → 1 MB grew ${(res[MB].median / half.median).toFixed(1)}× (2 is linear)`;
          break;
        }
        const text = make(bytes);
        let summary = '';
        const t = time(
          () => {
            const a = engine.analyzeStory(text);
            summary = `${a.story.blocks.length} blocks, ${a.story.quotations.length} quotations, ${a.findings.length} findings`;
          },
          quick ? { warmup: 0, runs: 1 } : { warmup: 1, runs: 3 },
        );
        res[bytes] = { ...t, summary };
        progress(`${name} ${fmtBytes(bytes)}: ${fmtMs(t.median)} ms`);
      }
      if (res.note) pathoRows.push([name, fmtMs(res[MB].median), '—', `**${res.note}**`, res[MB].summary + ' (1 MB)']);
      else pathoRows.push([name, fmtMs(res[MB].median), fmtMs(res[5 * MB].median), `${(res[5 * MB].median / res[MB].median).toFixed(1)}×`, res[5 * MB].summary]);
    }
    table(['shape', '1 MB ms', '5 MB ms', 'growth (5 is linear)', '5 MB result'], pathoRows);
  }

  // --- Goals (only those whose section ran).
  const worst = (size) => Math.max(...speed.filter((s) => s.size === size).map((s) => s.median));
  const goals = [];
  if (speed.length) {
    goals.push([`5 KB story well under ${GOALS.storyMs} ms (slowest layout)`, `${fmtMs(worst('5 KB'))} ms`, worst('5 KB') < GOALS.storyMs, worst('5 KB') / GOALS.storyMs]);
    goals.push([`1 MB day file under ${GOALS.dayFileMs} ms (slowest layout)`, `${fmtMs(worst('1 MB'))} ms`, worst('1 MB') < GOALS.dayFileMs, worst('1 MB') / GOALS.dayFileMs]);
    goals.push(['growth 1 MB → 10 MB linear (10 MB once vs 1 MB ten times: ≤ 12×)', Object.values(growth).map((g) => `${g.toFixed(1)}×`).join(' / '), Object.values(growth).every((g) => g <= 12)]);
  }
  for (const [key, factor] of Object.entries(peerResults)) {
    if (!key.startsWith('textlint ')) continue;
    const size = key.slice('textlint '.length);
    const shown = Number.isFinite(factor) ? `${factor.toFixed(2)}×` : 'textlint did not finish in budget';
    goals.push([`≥ ${GOALS.textlintFactor}× textlint's throughput (${size})`, shown, factor >= GOALS.textlintFactor, GOALS.textlintFactor / factor]);
  }
  if (sizes) {
    goals.push([`activation under ${GOALS.activationMs} ms (load + activate, Node bundle)`, `${fmtMs(activation.node.total)} ms`, activation.node.total < GOALS.activationMs]);
    goals.push([`bundle under ${GOALS.bundleBytes / 1000} KB (each)`, `${sizes.node.toLocaleString('en-US')} / ${sizes.web.toLocaleString('en-US')} bytes`, Math.max(sizes.node, sizes.web) < GOALS.bundleBytes]);
  }
  console.log('## Goals\n');
  table(['goal', 'measured', 'status'], goals.map(([g, m, ok, margin]) => [g, m, ok ? (margin !== undefined && margin > 0.75 ? `met, narrowly (${Math.round(margin * 100)}% of the bound)` : 'met') : '**NOT MET**']));
  const loadEnd = os.loadavg();
  console.log(`load average at end (1/5/15 min): ${loadEnd.map((x) => x.toFixed(2)).join(' / ')}; took ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`);
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

if (childMode) await childMain();
else {
  mkdirSync(join(here, '.out'), { recursive: true });
  writeFileSync(join(here, '.out/.gitignore'), '*\n');
  await main();
}
