// Bytes → story text, and the file's form (BOM, line endings) to write back
// with --fix. Pure: no file system.

export type LineEndings = 'lf' | 'crlf' | 'mixed' | 'none';

export interface DecodedStory {
  /** The text without a BOM, as the engine and VS Code see it. */
  text: string;
  bom: boolean;
  lineEndings: LineEndings;
}

export type DecodeResult = { ok: true; story: DecodedStory } | { ok: false; reason: string };

/** Decode UTF-8 story bytes, refusing binary data, UTF-16 and invalid UTF-8. */
export function decodeStory(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'is UTF-16 encoded; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `looks like a binary file (NUL byte at offset ${nul}); skipped` };
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text so we know to write it back.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    return { ok: false, reason: `is not valid UTF-8 (line ${line}, byte offset ${at}); save it as UTF-8` };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { ok: true, story: { text, bom, lineEndings: detectLineEndings(text) } };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let line = 1;
  for (let i = 0; i < upTo; i++) if (bytes[i] === 10) line++;
  return line;
}

export function detectLineEndings(text: string): LineEndings {
  let crlf = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      crlf++;
      i++;
    } else if (c === 10 || c === 13) other++;
  }
  if (crlf === 0 && other === 0) return 'none';
  if (crlf > 0 && other > 0) return 'mixed';
  return crlf > 0 ? 'crlf' : 'lf';
}

/**
 * Bring fixed text back to the file's line-ending style: a fix may insert a
 * bare `\n`. Mixed files are left alone (no single style to restore).
 */
export function restoreLineEndings(text: string, style: LineEndings): string {
  if (style === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (style === 'lf') return text.replace(/\r\n/g, '\n');
  return text;
}

/** The bytes to write for fixed text, in the form the file was read in. */
export function encodeStory(text: string, form: Pick<DecodedStory, 'bom' | 'lineEndings'>): string {
  return (form.bom ? '\uFEFF' : '') + restoreLineEndings(text, form.lineEndings);
}
