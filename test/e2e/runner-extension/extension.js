// Runs the e2e mocha suite (test/e2e/suite) inside a VS Code extension host.
//
// In code-server, which has no --extensionTestsPath, this is an extension:
// installed by test/e2e/run.mjs, it activates once VS Code has started and
// writes the outcome as JSON. It is inert unless the harness set:
//   WIRE_E2E_MOCHA    absolute path of mocha (test/e2e/node_modules/mocha)
//   WIRE_E2E_SUITE    absolute path of the folder of *.js suite files
//   WIRE_E2E_RESULTS  where to write the JSON outcome
// In desktop VS Code (test/e2e/vscode-electron.mjs) this file is the
// --extensionTestsPath module: `run()` is called from the repository checkout.
const fs = require('fs');
const path = require('path');

function runSuite(mochaPath, suiteDir) {
  const loaded = require(mochaPath);
  const Mocha = loaded.default || loaded.Mocha || loaded;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: function silent() {} });
  for (const name of fs.readdirSync(suiteDir).filter((n) => n.endsWith('.js')).sort()) {
    mocha.addFile(path.join(suiteDir, name));
  }
  const outcome = { passes: [], failures: [], pending: [] };
  return mocha.loadFilesAsync().then(
    () =>
      new Promise((resolve) => {
        const runner = mocha.run(() => resolve(outcome));
        runner.on('pass', (test) => outcome.passes.push({ title: test.fullTitle(), durationMs: test.duration }));
        runner.on('pending', (test) => outcome.pending.push({ title: test.fullTitle() }));
        runner.on('fail', (test, error) => {
          outcome.failures.push({ title: test.fullTitle(), error: String((error && error.stack) || error) });
        });
      }),
  );
}

exports.activate = async function activate() {
  const results = process.env.WIRE_E2E_RESULTS;
  if (!results) return;
  const started = Date.now();
  let outcome;
  try {
    outcome = await runSuite(process.env.WIRE_E2E_MOCHA, process.env.WIRE_E2E_SUITE);
  } catch (error) {
    outcome = { passes: [], failures: [], pending: [], fatal: String((error && error.stack) || error) };
  }
  outcome.durationMs = Date.now() - started;
  // Write then rename, so the harness never reads half a file.
  fs.writeFileSync(`${results}.part`, JSON.stringify(outcome, null, 1));
  fs.renameSync(`${results}.part`, results);
};

/** Entry point for --extensionTestsPath: rejects when a test failed. */
exports.run = async function run() {
  const e2eDir = path.join(__dirname, '..');
  const outcome = await runSuite(path.join(e2eDir, 'node_modules/mocha'), path.join(e2eDir, 'suite'));
  for (const t of outcome.passes) console.log(`  ✔ ${t.title}`);
  for (const t of outcome.failures) console.log(`  ✘ ${t.title}\n${t.error}`);
  console.log(`  ${outcome.passes.length} passing`);
  if (outcome.failures.length) {
    console.log(`  ${outcome.failures.length} failing`);
    throw new Error(`${outcome.failures.length} extension host test(s) failed`);
  }
};
