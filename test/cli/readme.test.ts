// The README shows wire-lint's output on docs/examples/pier-fire.wire: it must stay what the
// CLI prints, or the first thing a newcomer tries disagrees with the page that told them to.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run, type CliIo } from '../../src/cli/run';
import { parseConfig } from '../../src/core/config';

const root = path.join(__dirname, '..', '..');

describe('README', () => {
  it('shows the output wire-lint prints for docs/examples/pier-fire.wire, and its configuration example is valid', async () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const shown = /```\n(docs\/examples\/pier-fire\.wire\n[\s\S]*?)```/.exec(readme);
    assert.ok(shown, 'README has the sample output block');
    let out = '';
    const io: CliIo = {
      argv: ['docs/examples/pier-fire.wire'],
      cwd: root,
      env: {},
      stdoutIsTTY: false,
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      readStdin: async () => new Uint8Array(),
    };
    assert.equal(await run(io), 1);
    assert.equal(out.trim(), shown[1].trim());
    const config = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
    assert.ok(config);
    assert.deepEqual(parseConfig(config[1], 'README.md').problems, []);
  });
});
