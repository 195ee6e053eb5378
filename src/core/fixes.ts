import type { Finding, TextEdit } from './types';

/**
 * Apply the fixes of `findings` to `text`. Fixes are taken in order of their
 * first edit; a fix whose edits overlap an already accepted edit is skipped
 * whole (it is found again by the next lint), so applying never garbles text.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const fixes = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .map((f) => [...f.fix!.edits].sort((a, b) => a.start - b.start || a.end - b.end))
    .sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
  // Accepted edits, kept sorted by start so each overlap check is a binary search.
  const accepted: TextEdit[] = [];
  let applied = 0;
  for (const edits of fixes) {
    if (!edits.every((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)) continue;
    if (edits.some((e) => overlapsAny(accepted, e))) continue;
    for (const e of edits) accepted.splice(insertionPoint(accepted, e), 0, e);
    applied++;
  }
  let out = '';
  let pos = 0;
  for (const e of accepted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied };
}

function insertionPoint(sorted: TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < e.start || (sorted[mid].start === e.start && sorted[mid].end <= e.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does `e` overlap an accepted edit? Only its neighbours in start order can. */
function overlapsAny(sorted: TextEdit[], e: TextEdit): boolean {
  const k = insertionPoint(sorted, e);
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (overlaps(sorted[j], e)) return true;
  for (let j = k; j < sorted.length && sorted[j].start <= e.end; j++) if (overlaps(sorted[j], e)) return true;
  return false;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict, and so does an insertion at either end of a
  // replacement: which goes first decides the text (`’` then `”`, or `”` then `’`).
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
