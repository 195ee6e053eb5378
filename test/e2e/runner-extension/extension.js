// Runs the e2e mocha suite inside the extension host once VS Code has started,
// and writes the outcome as JSON for test/e2e/run.mjs. Inert unless the
// harness set WIRE_E2E_RESULTS (so a stray install does nothing).
//   WIRE_E2E_MOCHA    absolute path of mocha (test/e2e/node_modules/mocha)
//   WIRE_E2E_SUITE    absolute path of the folder of *.js suite files
//   WIRE_E2E_RESULTS  where to write the JSON outcome
const fs = require('fs');
const path = require('path');

function writeOutcome(file, outcome) {
  // Write then rename, so the harness never reads half a file.
  fs.writeFileSync(`${file}.part`, JSON.stringify(outcome, null, 1));
  fs.renameSync(`${file}.part`, file);
}

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
  writeOutcome(results, outcome);
};
