// The extension leaves loading the engine (its word lists, tables and rules) to the first lint:
// activation holds up the extension host, and the engine costs more to load than everything
// else the extension does at activation (docs/performance.md). Bundle the extension as
// scripts/build.mjs does, with every engine module marking when it runs, activate it against
// bench/fake-vscode.cjs, and watch when the marks appear.
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import * as path from 'node:path';
import { bundleExtension } from './bundleExtension';

// Modules the extension may load at activation: none but the types.
const LIGHT = new Set(['types.ts']);
const MARK = '__wireStoryEngineModulesRun';

interface FakeVscode {
  Uri: { file(path: string): { toString(): string; path: string } };
  __bench: {
    fire(event: string, arg: unknown): void;
    nextDiagnostics(uri: unknown): Promise<{ message: string }[]>;
    document(uri: unknown, text: string): unknown;
  };
}

describe('extension: the engine loads at the first lint, not at activation', () => {
  const globals = globalThis as Record<string, unknown>;
  const resolveFilename = (Module as unknown as { _resolveFilename: (...args: unknown[]) => string })._resolveFilename;
  const fake = path.resolve('bench/fake-vscode.cjs');
  afterEach(() => {
    delete globals[MARK];
    (Module as unknown as { _resolveFilename: unknown })._resolveFilename = resolveFilename;
  });

  it('activates without running an engine module, and the first opened story runs them and gets its diagnostics', async function () {
    this.timeout(60000);
    const result = await bundleExtension({
      platform: 'node',
      plugins: [
        {
          name: 'mark-engine-modules',
          setup(build) {
            build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, async (args) => {
              if (LIGHT.has(path.relative(path.resolve('src/core'), args.path))) return undefined;
              const { readFile } = await import('node:fs/promises');
              const source = await readFile(args.path, 'utf8');
              return { contents: `(globalThis as any).${MARK} = ((globalThis as any).${MARK} ?? 0) + 1;\n${source}`, loader: 'ts' };
            });
          },
        },
      ],
    });
    (Module as unknown as { _resolveFilename: (...args: unknown[]) => string })._resolveFilename = function (request: unknown, ...rest: unknown[]) {
      return request === 'vscode' ? fake : resolveFilename.call(this, request, ...rest);
    };
    delete require.cache[fake];
    const vscode = require(fake) as FakeVscode;
    const bundle = new Module(path.resolve('dist/lazy-engine-test.js')) as Module & { _compile(code: string, file: string): void };
    bundle.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.resolve('dist'));
    bundle._compile(result.outputFiles[0].text, bundle.id);
    const extension = bundle.exports as { activate(context: unknown): void };

    assert.equal(globals[MARK], undefined, 'loading the bundle ran an engine module');
    extension.activate({ subscriptions: [], extensionUri: vscode.Uri.file('/ext'), extensionPath: '/ext' });
    assert.equal(globals[MARK], undefined, 'activation ran an engine module');

    const uri = vscode.Uri.file('/desk/harbor.wire');
    const published = vscode.__bench.nextDiagnostics(uri);
    const story = 'BC-US--Harbor-Fees,120\nHarbor fees to rise\n\nPORTLAND, Maine (AP) — “We held the line as long as we could, said harbor master Ann Lee.\n';
    vscode.__bench.fire('open', vscode.__bench.document(uri, story));
    const diagnostics = await published;
    assert.ok(Number(globals[MARK]) > 10, `the engine's modules ran at the first lint (${globals[MARK]})`);
    assert.ok(
      diagnostics.some((d) => /never closed/.test(d.message)),
      `the unclosed quotation is reported: ${JSON.stringify(diagnostics.map((d) => d.message))}`,
    );
  });
});
