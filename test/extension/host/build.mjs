// Bundles the extension host test suite to out/test/host/index.js for
// `--extensionTestsPath`. `vscode` comes from the extension host; mocha is
// loaded from node_modules at run time.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/extension/host/index.ts'],
  outfile: 'out/test/host/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'linked',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
