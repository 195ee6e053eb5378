// Text transformations the editor commands apply, as engine-style TextEdits
// (offsets into the original text). No `vscode` here.
import type { TextEdit } from '../core/types';

/** Apply non-overlapping edits (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error('overlapping edits');
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * The edits that turn `before` into `after`, as few and as small as a
 * character diff finds (Myers), so that applying a fix-all in the editor keeps
 * the cursor, folding and undo steps around untouched text. Past `maxChanges`
 * differing characters it falls back to one edit over the changed middle.
 */
export function diffEdits(before: string, after: string, maxChanges = 2000): TextEdit[] {
  if (before === after) return [];
  let prefix = 0;
  const minLength = Math.min(before.length, after.length);
  while (prefix < minLength && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < minLength - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);
  const whole: TextEdit[] = [{ start: prefix, end: prefix + a.length, text: b }];
  if (a.length === 0 || b.length === 0) return whole;
  const script = myers(a, b, maxChanges);
  if (!script) return whole;
  return script.map((e) => ({ start: e.start + prefix, end: e.end + prefix, text: e.text }));
}

/** Myers' O(ND) diff; returns the edit script as replacements, or undefined past `maxD`. */
function myers(a: string, b: string, maxD: number): TextEdit[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
    if (found >= 0) break;
  }
  if (found < 0) return undefined;

  // Walk back through the trace, collecting single-character deletes and inserts.
  type Op = { at: number; del: boolean; ch: string };
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) ops.push({ at: prevX, del: false, ch: b[prevY] });
    else ops.push({ at: prevX, del: true, ch: '' });
    x = prevX;
    y = prevY;
  }
  ops.reverse();

  // Merge runs of operations at touching positions into replacements.
  const edits: TextEdit[] = [];
  for (const op of ops) {
    const last = edits[edits.length - 1];
    const start = op.at;
    const end = op.del ? op.at + 1 : op.at;
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.text += op.ch;
    } else {
      edits.push({ start, end, text: op.ch });
    }
  }
  return edits;
}
