// Bundles the extension (Node and web worker) and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { shareLiterals } from './shared-literals.mjs';
import { wordListPlugin } from './word-lists.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const INTERNAL_NAMES = 'storyStart|topQuotes|mentionLog|speakerEvents|attributionSubjects|firstSpoke|verbShapes|pronounsTeachGender|midSentenceCapitals|wordIndex|interviewee|byFullName|withSurname|withGivenName|namedBySurname|nearMisses|surnameMissed|byInitial|firstSurnames|inCapitals|mentionedAt|withInnerName|addAlias|byName|bySurname|byGiven|byInner|placeLike|byMentionStart|sentences|verbs|paras|tokens';
// In the extension bundles the story model's fields never leave the bundle either (no API is
// exported, nothing is serialised; settings and config files use other names, and none of these
// is a field of a \`vscode\` object). The CLI keeps them: its JSON output is an interface.
// test/extension/mangledNames.test.ts holds every name to that: none is read or written on a
// VS Code, library, untyped or indexed object, nor tested as a string (\`text\`, \`start\` and \`end\`
// are, so they stay whole).
const MODEL_NAMES = 'firstReference|mentions|words|person|subject|candidates|subjectText|roleWritten|continues|lineSpans|blockIndex|storyIndex|contentStart|contentEnd|quoteProblems|otherGender|otherGenderHere|otherGenderDescribed|afterGroup|attribution|quotations|people|gender|partial|speaker|verbText|paragraphIndex|personIndex|isTitle|first|last|close|open|role|verb|joint|ambiguous|misspelled|variants|written|expected|introduced|surname|span|via|depth|marks|blank|mention|content|extent|form|city|region|credit|agency|dash|lines|blocks|story|quote|block|replacement|tentative|straight|indented|members|slugWords|unresolvedName|sentence|automaticAnalysisFor|analysisFor|analyses|configDiagnostics|changeEmitter|invalidateConfig|maxSizeKB|onDidChangeOptions|findings|problems|settings|speaks|pronoun|markLen|doubles|singles|optionsFor|lineStarts|personAt|quotationAt|ambiguousReports|quotationCount|firstReferenceExcerpt|firstReferenceLine|reportedProblems|exceedsSizeLimit|cachedAnalysis|mentionStarts|computeEdits|keyStart|reportOnce|analyzeNow|runNow|isTooLarge|onDidLint|configCache|currentVersion|schedule|byText|optionsKey|refersTo|messageTemplate|segments|segment|quotedEmail|storyCount|datelines|dateline|sections|layout|stories|coSpeakers|delayMs|startLine|endLine|runsOn|pendingSingles|defaultSeverity|reason|fixable|quotes|place|token|matches|meta|rule|word|column|offset|preferred|speakers|kind|edits|pos|fix|check|type|options|line';

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  target: 'es2022',
  // Curly quotes and accented names as UTF-8 bytes, not \uXXXX escapes (Node and web workers read
  // scripts as UTF-8).
  charset: 'utf8',
  // The engine's word lists front coded and packed in one Huffman-coded string
  // (scripts/word-lists.mjs): 22 KB of lists in 17.
  plugins: production ? [wordListPlugin(new URL('../src/core', import.meta.url).pathname)] : [],
  // The engine's internal bookkeeping (the attribution context, the people index), never seen
  // outside a bundle: short names in production builds.
  mangleProps: production ? new RegExp(`^(?:${INTERNAL_NAMES})$`) : undefined,
};

/**
 * A rule's description is read by the CLI (SARIF output) and written in its docs page; the
 * extension never shows it (its diagnostics link the docs page). Its bundles carry the
 * descriptions empty: about 1.2 KB of the 200 KB budget.
 */
const ruleDescriptionsLeftOut = {
  name: 'rule-descriptions',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]rules[\\/][a-z-]+\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('meta: meta(')) return undefined; // util.ts, index.ts
      const out = source.replace(/(\bmeta: meta\('[a-z-]+', '[a-z]+', )'(?:[^'\\\n]|\\.)*'/, "$1''");
      if (out === source) throw new Error(`${args.path}: its meta(id, severity, 'description', fixable) call is not written as scripts/build.mjs expects`);
      return { contents: out, loader: 'ts' };
    });
  },
};
const extensionPlugins = production ? [...common.plugins, ruleDescriptionsLeftOut] : [];
const extensionMangleProps = production ? new RegExp(`^(?:${INTERNAL_NAMES}|${MODEL_NAMES})$`) : undefined;

/**
 * The extension loads the engine at its first lint (src/extension/engine.ts requires what it
 * uses of it, src/extension/engineSurface.ts, and reaches all of it through there). Left to
 * itself, esbuild would wrap each of the engine's modules in a function of its own for that
 * (about 1.7 KB of the budget). Production bundles take that surface built on its own first, as
 * one function, with the same shortened names (one mangle cache for both builds), and the
 * require loads it.
 */
async function engineBuiltAlone() {
  const result = await esbuild.build({
    ...common,
    entryPoints: ['src/extension/engineSurface.ts'],
    platform: 'neutral',
    format: 'iife',
    globalName: 'wireEngine',
    write: false,
    mangleProps: extensionMangleProps,
    mangleCache: {},
    plugins: extensionPlugins,
  });
  return { code: result.outputFiles[0].text, mangleCache: result.mangleCache };
}

function lazyEnginePlugin(engine) {
  return {
    name: 'lazy-engine',
    setup(build) {
      build.onResolve({ filter: /^\.\/engineSurface$/ }, (args) => (args.kind === 'require-call' ? { path: 'engine', namespace: 'wire-engine' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'wire-engine' }, () => ({ contents: `${engine.code}\nmodule.exports = wireEngine;\n`, loader: 'js' }));
    },
  };
}
const engine = production && existsSync('src/extension/main.ts') ? await engineBuiltAlone() : undefined;
const extensionBuild = engine ? { mangleCache: engine.mangleCache, plugins: [...extensionPlugins, lazyEnginePlugin(engine)] } : { plugins: extensionPlugins };

const builds = [
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (existsSync('src/extension/main.ts')) {
  builds.push(
    {
      ...common,
      entryPoints: ['src/extension/main.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      mangleProps: extensionMangleProps,
      ...extensionBuild,
    },
    {
      // VS Code for the web runs extensions in a web worker: no Node built-ins.
      ...common,
      entryPoints: ['src/extension/main.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      mangleProps: extensionMangleProps,
      ...extensionBuild,
      define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    },
  );
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (production) await shrinkExtensionBundles();
}

/**
 * A second pass over the extension bundles with terser, whose compressor folds more than
 * esbuild's and drops what no one calls (about 1 KB of the 200 KB budget). Property names are left alone: esbuild has
 * already shortened the ones that never leave the bundle.
 */
async function shrinkExtensionBundles() {
  const { minify } = await import('terser');
  for (const b of builds.filter((x) => x.outfile.includes('extension'))) {
    const code = await readFile(b.outfile, 'utf8');
    // (`toplevel`: a CommonJS bundle's top-level names are its own; Node and the web worker wrap it.
    // `pure_getters`: reading a property has no side effect; a block's lazy `text` only caches.
    // `unsafe_arrows`, `unsafe_methods`: a function expression that reads no `this` becomes an
    // arrow, an object's function a method; none of ours is called with `new`: about 0.7 KB.)
    const out = await minify(code, {
      // The bundles target ES2022 (esbuild's target): terser may write modern syntax too.
      ecma: 2020,
      compress: { ecma: 2020, passes: 2, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
      mangle: true,
      toplevel: true,
      format: { comments: false },
    });
    // Then each string written many times (`"person"`, `"word"`, a kind compared everywhere) and
    // each repeated stateless regular expression is written once, as a top-level variable
    // (scripts/shared-literals.mjs), and the names are shortened again: about 6.8 KB.
    const shared = shareLiterals(out.code, { nameLength: 1 });
    const named = await minify(shared.code, { ecma: 2020, compress: false, mangle: true, toplevel: true, format: { comments: false } });
    await writeFile(b.outfile, named.code);
  }
}
