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

/** The value of a base64 digit (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`). */
function sextet(c: number): number {
  return c >= 97 ? c - 71 : c >= 65 ? c - 65 : c >= 48 ? c + 4 : c === 43 ? 62 : 63;
}

/**
 * The `length` characters of a canonical Huffman code, as scripts/word-lists.mjs packs the
 * production bundle's word lists into one string: `symbols` in code order, `counts[n]` codes
 * of n bits, `data` the bits six to a base64 character. (About 4.7 bits a letter instead of 8.)
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
  for (let i = 0; n < length && i < data.length; i++) {
    const six = sextet(data.charCodeAt(i));
    for (let b = 5; b >= 0; b--) {
      code = (code << 1) | ((six >> b) & 1);
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
