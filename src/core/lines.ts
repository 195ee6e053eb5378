import type { LineCol, Span } from './types';

/** Offsets of the first character of every line (after \n, \r\n or a lone \r). */
export function computeLineStarts(text: string): number[] {
  // indexOf jumps from break to break (native search) instead of testing every character.
  const starts = [0];
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (nl >= 0 || cr >= 0) {
    let end: number;
    if (cr < 0 || (nl >= 0 && nl < cr)) end = nl;
    else end = text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr;
    starts.push(end + 1);
    if (nl >= 0 && nl <= end) nl = text.indexOf('\n', end + 1);
    if (cr >= 0 && cr <= end) cr = text.indexOf('\r', end + 1);
  }
  return starts;
}

/**
 * Joins the halves of a word broken at a line-end hyphen (copy pasted from a PDF): a capital
 * after the break keeps the hyphen (`Ruiz-` / `Hartman` is `Ruiz-Hartman`), and so does a
 * digit (`COVID-` / `19`); a lower-case letter drops it (`Com-` / `modities` is `Commodities`),
 * unless `text` has the word with its hyphen within 20,000 characters of `at`, inside `within`
 * (its story: nothing reaches across a slug line). The tokenizer and the quotation text both
 * join this way, so a name reads the same in an attribution and in a quotation.
 */
export function joinLineEndHyphen(before: string, after: string, text = '', at = 0, within: Span = { start: 0, end: text.length }): string {
  if (!/^\p{Ll}/u.test(after)) return before + after;
  // (Unless the story writes the name with its hyphen near by: `Lee Min-jung` … `Min-` / `jung`.)
  const word = before.slice(before.lastIndexOf(' ') + 1) + /^[\p{L}\p{N}]*/u.exec(after)![0];
  if (text && /^\p{Lu}/u.test(word) && text.slice(Math.max(within.start, at - 20000), Math.min(within.end, at + 20000)).includes(word)) return before + after;
  return before.slice(0, -1) + after;
}

/** Index of the first item whose `start` is at or after `offset`; `items` are in start order (binary search). */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sort `items` by start offset, in place, unless they already are in order: most lists
 * (a person's mentions, a speaker's quotations) are built in text order, and a sort
 * call copies its array even then.
 */
export function sortByStart<T extends { start: number }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) if (items[i].start < items[i - 1].start) return items.sort((a, b) => a.start - b.start);
  return items;
}

/** 0-based line and column of an offset (binary search over line starts). */
export function offsetToLineCol(lineStarts: number[], offset: number): LineCol {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - lineStarts[lo] };
}

/** 1-based line/column range, as the CLI and JSON output report it. */
export function spanToRange1(lineStarts: number[], span: Span): { line: number; column: number; endLine: number; endColumn: number } {
  const a = offsetToLineCol(lineStarts, span.start);
  const b = offsetToLineCol(lineStarts, span.end);
  return { line: a.line + 1, column: a.column + 1, endLine: b.line + 1, endColumn: b.column + 1 };
}

/**
 * Runs of white space as one space, trimmed: `text.replace(/\s+/g, ' ').trim()`, but
 * only the runs that are not already a single space are replaced, so ordinary copy
 * (and a megabyte-long unclosed quotation) is scanned without being rebuilt.
 */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** `template` with `{line}` as the 1-based line of `place`. */
export function messageWithLine(template: string, lineStarts: number[], place: Span): string {
  return template.replace('{line}', String(offsetToLineCol(lineStarts, place.start).line + 1));
}

/** Index of the first number at or after `value` in `sorted` (binary search). */
export function lowerBoundOf(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
