import assert from 'node:assert/strict';
import { parseArgs, USAGE } from '../../src/cli/args';

function ok(argv: string[]) {
  const r = parseArgs(argv);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.options;
}
function error(argv: string[]): string {
  const r = parseArgs(argv);
  assert.ok(!r.ok, 'expected a usage error');
  return r.error;
}

describe('parseArgs', () => {
  it('defaults to stylish output and keeps paths in order', () => {
    assert.deepEqual(ok(['b.wire', 'desk', '-']), { format: 'stylish', fix: false, quiet: false, help: false, version: false, paths: ['b.wire', 'desk', '-'] });
  });

  it('reads options in both --opt value and --opt=value forms', () => {
    const o = ok(['--format', 'json', '--config=desk/.wirelintrc.json', '--max-warnings', '0', '--quiet', '--fix', 'story.wire']);
    assert.equal(o.format, 'json');
    assert.equal(o.config, 'desk/.wirelintrc.json');
    assert.equal(o.maxWarnings, 0);
    assert.equal(o.quiet, true);
    assert.equal(o.fix, true);
    assert.deepEqual(o.paths, ['story.wire']);
    assert.equal(ok(['-f', 'sarif', '-c', 'x.json', 'a.wire']).format, 'sarif');
  });

  it('treats everything after -- as a path', () => {
    assert.deepEqual(ok(['--', '--fix', '-x.wire']).paths, ['--fix', '-x.wire']);
  });

  it('needs no path for --help and --version', () => {
    assert.equal(ok(['--help']).help, true);
    assert.equal(ok(['-v']).version, true);
  });

  it('rejects bad usage with a message', () => {
    assert.match(error([]), /No files given/);
    assert.match(error(['--format', 'xml', 'a.wire']), /Unknown format "xml"/);
    assert.match(error(['--format']), /needs a value/);
    assert.match(error(['--max-warnings', 'ten', 'a.wire']), /whole number.*"ten"/);
    assert.match(error(['--max-warnings', '-1', 'a.wire']), /whole number/);
    assert.match(error(['--config', '--fix', 'a.wire']), /needs a file name/);
    assert.match(error(['--frmat', 'json', 'a.wire']), /Unknown option --frmat/);
    assert.match(error(['--fix=yes', 'a.wire']), /does not take a value/);
    assert.match(error(['--fix', '-']), /standard input/);
  });

  it('documents every option in the usage text', () => {
    for (const flag of ['--format', '--config', '--fix', '--quiet', '--max-warnings', '--help', '--version', 'stylish', 'json', 'sarif']) {
      assert.ok(USAGE.includes(flag), flag);
    }
  });
});
