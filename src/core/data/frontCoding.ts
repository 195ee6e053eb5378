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
  const counts: number[][] = [];
  const symbols: string[] = [];
  for (let i = 0; i < tables.length; ) {
    const count = [0];
    let total = 0;
    for (let lengths = digit93(tables.charCodeAt(i++)); lengths > 0; lengths--) total += count[count.length] = digit93(tables.charCodeAt(i++));
    counts.push(count);
    symbols.push(tables.slice(i, (i += total)));
  }
  const out = new Uint16Array(length);
  let n = 0;
  // Canonical decoding: `first` is the first code of the length read so far, `index` where
  // that length's symbols start; `k` the group of the character being read.
  let code = 0;
  let first = 0;
  let index = 0;
  let bits = 0;
  let k = groups.charCodeAt(placeOf(124)) - 97;
  // The word being read (a digit keeps that many of its letters), and after a digit the place of
  // the letter the next character is a distance from (-1: none).
  const word = new Uint16Array(length);
  let wordLength = 0;
  let above = -1;
  for (let i = 0; n < length && i + 1 < data.length; i += 2) {
    const thirteen = digit93(data.charCodeAt(i)) * 93 + digit93(data.charCodeAt(i + 1));
    for (let b = 12; b >= 0; b--) {
      code = (code << 1) | ((thirteen >> b) & 1);
      const count = counts[k][++bits];
      if (code - first < count) {
        let c = symbols[k].charCodeAt(index + code - first);
        if (above >= 0) c = (word[above] + c - DELTA) & 0xffff;
        out[n++] = c;
        if (n === length) break;
        code = first = index = bits = 0;
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
      } else {
        index += count;
        first = (first + count) << 1;
      }
    }
  }
  let text = '';
  for (let j = 0; j < length; j += 4096) text += String.fromCharCode(...out.subarray(j, j + 4096));
  return text;
}
