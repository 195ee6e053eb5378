// Entry point for `--extensionTestsPath` (the "Extension Tests" launch
// configuration): runs the suite inside a VS Code extension host against the
// real extension. Bundled by test/extension/host/build.mjs to
// out/test/host/index.js; not part of `npm test` (mocha there runs without VS Code).
import Mocha from 'mocha';
import { registerHostSuite } from './suite';

export interface HostTestResult {
  passed: string[];
  failed: { title: string; error: string }[];
}

export function run(): Promise<HostTestResult> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false });
  // Bind describe/it to this Mocha instance before the suite registers its tests.
  mocha.suite.emit('pre-require', globalThis, 'wire-story host tests', mocha);
  registerHostSuite();
  const result: HostTestResult = { passed: [], failed: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) {
        const detail = result.failed.map((f) => `${f.title}: ${f.error}`).join('\n');
        reject(Object.assign(new Error(`${failures} extension host test(s) failed:\n${detail}`), { result }));
      } else {
        resolve(result);
      }
    });
    runner.on('pass', (test) => {
      result.passed.push(test.fullTitle());
      console.log(`  ✔ ${test.fullTitle()}`);
    });
    runner.on('fail', (test, error: Error) => {
      result.failed.push({ title: test.fullTitle(), error: error.stack ?? String(error) });
      console.log(`  ✘ ${test.fullTitle()}\n${error.stack ?? error}`);
    });
  });
}
