#!/usr/bin/env node
// Runs the e2e extension host suite (test/e2e/suite) in desktop VS Code
// through @vscode/test-electron, the way extension authors usually test.
// That needs VS Code downloaded from Microsoft's update servers; where they
// cannot be reached (this project's offline machines and CI) it says so and
// exits 0: `npm run test:e2e` runs the same suite in code-server instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as cs from './lib/code-server.mjs';

const DOWNLOAD_TIMEOUT_MS = 30_000;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WIRE_E2E_UNDER_XVFB) {
  // Electron needs an X display: use a virtual one when there is none.
  if (spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0) {
    const child = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, WIRE_E2E_UNDER_XVFB: '1' },
    });
    process.exit(child.status ?? 1);
  }
}

cs.ensureSetup(); // for @vscode/test-electron and mocha in test/e2e/node_modules
const { downloadAndUnzipVSCode, runTests } = createRequire(join(cs.e2eDir, 'package.json'))('@vscode/test-electron');
const runDir = join(cs.e2eDir, '.tmp/vscode-electron');

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await Promise.race([
    downloadAndUnzipVSCode({ version: 'stable', cachePath: join(cs.e2eDir, '.tmp/vscode-test'), timeout: DOWNLOAD_TIMEOUT_MS }),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS).unref()),
  ]);
} catch (error) {
  console.log(`test:vscode skipped: cannot download VS Code (offline?): ${error.message.split('\n')[0]}`);
  console.log('The same extension host suite runs in code-server with `npm run test:e2e`.');
  process.exit(0);
}
if (process.platform === 'linux' && !process.env.DISPLAY) {
  console.log('test:vscode skipped: no X display and no xvfb-run (apt-get install xvfb) for Electron.');
  process.exit(0);
}

execFileSync('npm', ['run', 'build', '--silent'], { cwd: cs.repoRoot, stdio: 'inherit' });
const workspace = join(runDir, 'workspace');
rmSync(runDir, { recursive: true, force: true });
cs.copyStories(join(cs.e2eDir, 'workspace-template'), workspace);
cs.copyStories(join(cs.repoRoot, 'test/fixtures/stories'), join(workspace, 'fixtures'));
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: cs.repoRoot,
    extensionTestsPath: join(cs.e2eDir, 'runner-extension/extension.js'),
    launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(runDir, 'user-data'), '--extensions-dir', join(runDir, 'extensions')],
  });
} catch (error) {
  console.error(`test:vscode failed: ${error.message}`);
  process.exit(1);
}
