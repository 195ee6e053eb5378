#!/usr/bin/env node
// `npm run demo`: builds and packages the extension, installs it into a fresh
// code-server (a real VS Code in the browser, set up by test/e2e/setup.sh the
// first time) and opens a folder of sample stories. Runs until Ctrl+C.
//
// Usage: npm run demo [-- --port 8080]
// The sample folder is a copy (test/e2e/.tmp/demo/workspace), laid anew on
// every start: edit freely.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as cs from '../test/e2e/lib/code-server.mjs';

const { values: args } = parseArgs({ options: { port: { type: 'string' } } });

cs.ensureSetup();
console.log('Building and packaging the extension…');
const vsix = cs.packageExtension();

const demoDir = join(cs.e2eDir, '.tmp/demo');
const workspace = join(demoDir, 'workspace');
rmSync(workspace, { recursive: true, force: true });
const samples = cs.copyStories(join(cs.e2eDir, 'workspace-template'), workspace) + cs.copyStories(join(cs.repoRoot, 'test/fixtures/stories'), join(workspace, 'fixtures'));
const profile = cs.prepareProfile(join(demoDir, 'profile'), { vsixes: [vsix] });
const server = await cs.startCodeServer(profile, { folder: workspace, port: args.port ? Number(args.port) : undefined });

console.log(`
Wire Story is running in VS Code (code-server with ${samples} sample stories):

    ${server.url}

Open the URL in a browser on this machine (it listens on 127.0.0.1 only).
Try ferry-fares.wire: two problems, quick fixes with Ctrl+., speakers in the Outline.
Press Ctrl+C to stop.`);

const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (code) => {
  console.error(`code-server exited (${code}):\n${server.log().slice(-2000)}`);
  process.exit(1);
});
