// Runs the scope assertions of test/grammar/*.test.wire inside mocha too, so
// `npm test` checks every fixture even when `npm run test:grammar` (the same
// assertions through the vscode-tmgrammar-test CLI) is not run.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { parseGrammarTestCase, runGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';
import { loadWireGrammar, repoRoot } from './wireGrammar';

const dir = path.join(repoRoot, 'test', 'grammar');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.wire')).sort();

describe('wire grammar: scope assertions in test/grammar/*.test.wire', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadWireGrammar();
  });

  it('finds the fixtures for all three paragraph layouts', () => {
    for (const layout of ['blank-lines.test.wire', 'indented.test.wire', 'wrapped.test.wire']) assert.ok(files.includes(layout), layout);
  });

  for (const file of files) {
    it(file, async () => {
      const testCase = parseGrammarTestCase(readFileSync(path.join(dir, file), 'utf8'));
      assert.equal(testCase.metadata.scope, 'text.wire');
      const assertions = testCase.assertions.reduce((n, a) => n + a.scopeAssertions.length, 0);
      assert.ok(assertions > 0, `${file} has no assertions`);
      // The runner only needs loadGrammar; it is typed against its own vscode-textmate copy.
      const registry = { loadGrammar: async () => grammar } as unknown as Parameters<typeof runGrammarTestCase>[0];
      const failures = await runGrammarTestCase(registry, testCase);
      const report = failures.map(
        (f) =>
          `${file}:${f.line + 1} [${f.start},${f.end}) ${JSON.stringify(testCase.source[f.srcLine].slice(f.start, f.end))}` +
          (f.missing.length ? ` missing ${f.missing.join(' ')}` : '') +
          (f.unexpected.length ? ` unexpected ${f.unexpected.join(' ')}` : '') +
          ` (actual: ${f.actual.join(' ')})`,
      );
      assert.deepEqual(report, []);
    });
  }
});
