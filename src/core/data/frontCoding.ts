// Word lists in production bundles are front coded: sorted, each word written as how many
// leading characters it shares with the word before (one digit) and the rest. `Aaron Abby
// Abdul` is `0Aaron1bby2dul`. Names and titles sort into long shared prefixes, so the lists
// take about a quarter less room; scripts/word-lists.mjs writes them at build time, and
// the source keeps its readable lists.

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
