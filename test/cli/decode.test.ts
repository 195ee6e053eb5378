import assert from 'node:assert/strict';
import { decodeStory, detectLineEndings, encodeStory, firstInvalidUtf8, restoreLineEndings } from '../../src/cli/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeStory', () => {
  it('decodes UTF-8, strips and remembers a BOM, and detects line endings', () => {
    const r = decodeStory(utf8('\uFEFFBOSTON (AP) — “Ready,” Ames said.\r\n'));
    assert.ok(r.ok);
    assert.equal(r.story.text, 'BOSTON (AP) — “Ready,” Ames said.\r\n');
    assert.equal(r.story.bom, true);
    assert.equal(r.story.lineEndings, 'crlf');
  });

  it('refuses a file with NUL bytes as binary', () => {
    const r = decodeStory(new Uint8Array([0x42, 0x43, 0x00, 0x44]));
    assert.ok(!r.ok);
    assert.match(r.reason, /binary.*offset 2/);
  });

  it('refuses UTF-16 with a hint', () => {
    const r = decodeStory(new Uint8Array([0xff, 0xfe, 0x42, 0x00]));
    assert.ok(!r.ok);
    assert.match(r.reason, /UTF-16/);
  });

  it('refuses invalid UTF-8 and says where', () => {
    const bytes = new Uint8Array([...utf8('SEATTLE (AP) — Ferries ran late.\n\nThe caf'), 0xe9, ...utf8(' closed.\n')]);
    const r = decodeStory(bytes);
    assert.ok(!r.ok);
    assert.match(r.reason, /not valid UTF-8 \(line 3, byte offset \d+\)/);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds stray continuation bytes, truncated and overlong sequences, surrogates', () => {
    assert.equal(firstInvalidUtf8(utf8('plain — “curly”')), utf8('plain — “curly”').length);
    assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0x80])), 1);
    assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x80])), 1); // truncated at the end
    assert.equal(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf])), 0); // overlong '/'
    assert.equal(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf])), 0); // overlong, three bytes
    assert.equal(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0); // UTF-16 surrogate
    assert.equal(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0); // above U+10FFFF
  });
});

describe('line endings', () => {
  it('classifies lf, crlf, mixed and none', () => {
    assert.equal(detectLineEndings('a\nb\n'), 'lf');
    assert.equal(detectLineEndings('a\r\nb\r\n'), 'crlf');
    assert.equal(detectLineEndings('a\r\nb\n'), 'mixed');
    assert.equal(detectLineEndings('one line'), 'none');
  });

  it('brings line breaks a fix inserted back to the file style', () => {
    assert.equal(restoreLineEndings('a\r\nb\nc\r\n', 'crlf'), 'a\r\nb\r\nc\r\n');
    assert.equal(restoreLineEndings('a\nb\r\n', 'lf'), 'a\nb\n');
    assert.equal(restoreLineEndings('a\r\nb\n', 'mixed'), 'a\r\nb\n');
  });

  it('encodes with the BOM and line endings the file was read with', () => {
    assert.equal(encodeStory('x\ny\n', { bom: true, lineEndings: 'crlf' }), '\uFEFFx\r\ny\r\n');
    assert.equal(encodeStory('x\ny\n', { bom: false, lineEndings: 'lf' }), 'x\ny\n');
  });
});
