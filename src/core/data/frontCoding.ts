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

/** The value of a base-93 digit: printable ASCII from the space, `"` and `\` left out. */
function digit93(c: number): number {
  return c - 32 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0);
}

/**
 * The `length` characters of a canonical Huffman code, as scripts/word-lists.mjs packs the
 * production bundle's word lists into one string: `symbols` in code order, `counts[n]` codes
 * of n bits, `data` the bits thirteen to two characters in base 93. (About 4.7 bits a letter
 * instead of 8.)
 */
export function huffmanDecoded(symbols: string, counts: number[], length: number, data: string): string {
  const out = new Uint16Array(length);
  let n = 0;
  // Canonical decoding: `first` is the first code of the length read so far, `index` where
  // that length's symbols start.
  let code = 0;
  let first = 0;
  let index = 0;
  let bits = 0;
  for (let i = 0; n < length && i + 1 < data.length; i += 2) {
    const thirteen = digit93(data.charCodeAt(i)) * 93 + digit93(data.charCodeAt(i + 1));
    for (let b = 12; b >= 0; b--) {
      code = (code << 1) | ((thirteen >> b) & 1);
      const count = counts[++bits];
      if (code - first < count) {
        out[n++] = symbols.charCodeAt(index + code - first);
        if (n === length) break;
        code = first = index = bits = 0;
      } else {
        index += count;
        first = (first + count) << 1;
      }
    }
  }
  let text = '';
  for (let k = 0; k < length; k += 4096) text += String.fromCharCode(...out.subarray(k, k + 4096));
  return text;
}
