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
  const accepted: TextEdit[] = [];
  let applied = 0;
  for (const edits of fixes) {
    if (!edits.every((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)) continue;
    if (edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    // Identical edits from two findings (e.g. one mark fixed by two rules) apply once.
    accepted.push(...edits);
    applied++;
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of accepted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict; an insertion touching a replacement does not.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
