// VS Code for the web loads dist/web/extension.js in a web worker: the bundle
// must not need any Node built-in. Bundle the entry point the way
// scripts/build.mjs does and inspect what it requires.
import { strict as assert } from 'node:assert';
import { bundleExtension } from './bundleExtension';

describe('web extension bundle', () => {
  it('builds for the browser and requires nothing but vscode', async function () {
    this.timeout(60000);
    const result = await bundleExtension({
      platform: 'browser',
      metafile: true,
    });
    const code = result.outputFiles[0].text;
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
    // Node globals that do not exist in a web worker.
    for (const global of ['process.', 'Buffer.', '__dirname', '__filename', 'setImmediate(']) {
      assert.ok(!code.includes(global), `the web bundle uses ${global}`);
    }
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.some((i) => i.startsWith('src/core/')), 'the engine is bundled in');
    assert.ok(!inputs.some((i) => i.startsWith('node_modules/')), `no npm package is bundled: ${inputs.filter((i) => i.startsWith('node_modules/'))}`);
  });
});
