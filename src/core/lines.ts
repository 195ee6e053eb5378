import type { LineCol, Span } from './types';

/** Offsets of the first character of every line (after \n, \r\n or a lone \r). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
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
