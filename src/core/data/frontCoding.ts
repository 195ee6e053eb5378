// Word lists in production bundles are front coded: sorted, each word written as how many
// leading characters it shares with the word before (one digit) and the rest. `Aaron Abby
// Abdul` is `0Aaron1bby2dul`. Names and titles sort into long shared prefixes, so the lists
// take about a quarter less room; scripts/word-lists.mjs writes them at build time, and
// the source keeps its readable lists. All the coded lists then travel in one Huffman-coded
// string (huffmanDecoded below), unpacked once when the bundle loads.

/** The words of a front-coded list, in sorted order. */
export function frontDecoded(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const m of coded.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, +m[1]) + m[2];
    words.push(previous);
  }
  return words;
}

/**
 * A table of plain strings as the production build packs it (scripts/word-lists.mjs): JSON
 * without its quotation marks and with `=` and `;` for `:` and `,`, `{governor=[Gov.;Governor];mayor=[Mayor]}`,
 * whose strings hold none of `{}[]=;`, a quotation mark, a backslash or a control character.
 */
export function dataDecoded(coded: string): unknown {
  return JSON.parse(coded.replace(/[^{}[\]=;]+/g, '"$&"').replace(/=/g, ':').replace(/;/g, ','));
}

/** The value of a base-93 digit: printable ASCII from the space, `"` and `\` left out. */
function digit93(c: number): number {
  return c - 32 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0);
}

/**
 * The place a character's code is chosen by, from the code `c` of the one before: printable ASCII
 * each its own, anything else one (scripts/word-lists.mjs has the same); 96 + the digit for a
 * letter coded as a distance.
 */
export function placeOf(c: number): number {
  return c > 31 && c < 127 ? c - 32 : 95;
}

/** How far past the letter above it a distance codes 0 (scripts/word-lists.mjs has the same). */
const DELTA = 35;

/**
 * The `length` characters of canonical Huffman codes, as scripts/word-lists.mjs packs the
 * production bundle's word lists into one string: a code per group of places (placeOf the
 * character before, or 96 + the digit for a front coding's letter coded as its distance past the
 * letter above it in the word before), `groups` each place's group as a letter from `a`, `tables`
 * for each group how many code lengths it has, how many codes of each length (base-93 digits) and
 * its symbols in code order, `data` the bits thirteen to two characters in base 93. (About 4 bits
 * a letter instead of 8.)
 */
export function huffmanDecoded(groups: string, tables: string, length: number, data: string): string {
  // Each group's code as a look-up table with an entry for every string of `width` bits (its
  // longest code), holding the symbol whose code those bits start with and that code's length
  // (length << 16 | symbol): a character is one look-up, not a step per bit. This runs once, as
  // the engine loads, before V8 has optimized it, so every step costs more than usual.
  const lookup: Uint32Array[] = [];
  const widths: number[] = [];
  for (let i = 0; i < tables.length; ) {
    const width = digit93(tables.charCodeAt(i++));
    const table = new Uint32Array(1 << width);
    let symbol = i + width;
    // Canonical codes: a length's first code follows the one before's last, one bit longer.
    let code = 0;
    for (let bits = 1; bits <= width; bits++, code <<= 1) {
      const span = 1 << (width - bits);
      for (let count = digit93(tables.charCodeAt(i + bits - 1)); count > 0; count--, code++) {
        table.fill((bits << 16) | tables.charCodeAt(symbol++), code * span, code * span + span);
      }
    }
    lookup.push(table);
    widths.push(width);
    i = symbol;
  }
  const out = new Uint16Array(length);
  // `pending` holds the `have` bits read from `data` and not yet decoded; past its end, zeros.
  let pending = 0;
  let have = 0;
  let at = 0;
  let k = groups.charCodeAt(placeOf(124)) - 97;
  // The word being read (a digit keeps that many of its letters), and after a digit the place of
  // the letter the next character is a distance from (-1: none).
  const word = new Uint16Array(length);
  let wordLength = 0;
  let above = -1;
  for (let n = 0; n < length; ) {
    const width = widths[k];
    while (have < width) {
      pending = (pending << 13) | (at + 1 < data.length ? digit93(data.charCodeAt(at)) * 93 + digit93(data.charCodeAt(at + 1)) : 0);
      at += 2;
      have += 13;
    }
    const entry = lookup[k][(pending >> (have - width)) & ((1 << width) - 1)];
    have -= entry >>> 16;
    pending &= (1 << have) - 1;
    let c = entry & 0xffff;
    if (above >= 0) c = (word[above] + c - DELTA) & 0xffff;
    out[n++] = c;
    let place = placeOf(c);
    if (c >= 48 && c <= 57) {
      c -= 48;
      // (A word keeps at most its own letters: in a front coding the digit never says more.)
      above = c < wordLength ? c : -1;
      if (above >= 0) {
        wordLength = c;
        place = 96 + c;
      }
    } else {
      above = -1;
      if (c === 124) wordLength = 0;
      else word[wordLength++] = c;
    }
    k = groups.charCodeAt(place) - 97;
  }
  // apply, not a spread: spreading a typed array steps its iterator, which before the code is
  // optimized took longer (about 18 ms) than all the decoding above.
  let text = '';
  for (let j = 0; j < length; j += 4096) text += String.fromCharCode.apply(null, out.subarray(j, j + 4096) as unknown as number[]);
  return text;
}
