// The extension's entry point bundled in memory as scripts/build.mjs bundles it (CommonJS,
// ES2022, `vscode` left out), for tests that read or run the bundle; `options` adds to that
// (the platform, a plugin, shortened names).
import * as esbuild from 'esbuild';

export async function bundleExtension(options: esbuild.BuildOptions): Promise<esbuild.BuildResult & { outputFiles: esbuild.OutputFile[] }> {
  const result = await esbuild.build({
    entryPoints: ['src/extension/main.ts'],
    bundle: true,
    write: false,
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'silent',
    ...options,
  });
  return { ...result, outputFiles: result.outputFiles ?? [] };
}
