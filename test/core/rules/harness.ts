// A small ESLint-style rule tester for wire copy.
//
// Cases are stories with the expected findings of ONE rule written inline:
//
//   ⟦…⟧   the finding covers exactly this range (empty `⟦⟧` for an insertion point)
//   ‸      a finding starts here (line and column only; for rules whose end is
//          a presentation detail, such as the rest of the line after `“`)
//
// The markers are removed before the story is analysed; positions are taken
// from the clean text. `wire` strips the common space indentation of a
// template literal so copy can be written indented in the test file; tabs
// (written `\t`) survive, for indented-paragraph layout.

import { strict as assert } from 'node:assert';
import { analyzeStory, applyFixes, offsetToLineCol, computeLineStarts, type AnalyzeOptions, type Finding } from '../../../src/core';

export interface ValidCase {
  name: string;
  code: string;
  options?: AnalyzeOptions;
}

export interface InvalidCase {
  name: string;
  /** Story with `⟦…⟧` / `‸` markers at every expected finding of the rule. */
  code: string;
  options?: AnalyzeOptions;
  /**
   * Text after applying this rule's fixes once. `null`: the rule offers no fix
   * here. Required whenever a finding carries a fix.
   */
  output?: string | null;
  /** Optional message checks, one per expected finding, in text order. */
  messages?: (string | RegExp)[];
}

const OPEN = '⟦';
const CLOSE = '⟧';
const POINT = '‸';

interface Expected {
  start: number;
  /** Absent for a `‸` marker: only the start is checked. */
  end?: number;
}

/** Remove the markers; return the clean text and the expected findings in text order. */
export function parseMarkers(marked: string): { text: string; expected: Expected[] } {
  let text = '';
  const expected: Expected[] = [];
  const open: Expected[] = [];
  for (const ch of marked) {
    if (ch === OPEN) {
      const e: Expected = { start: text.length };
      open.push(e);
      expected.push(e);
    } else if (ch === CLOSE) {
      const e = open.pop();
      if (!e) throw new Error(`Unbalanced ${CLOSE} in test case`);
      e.end = text.length;
    } else if (ch === POINT) {
      expected.push({ start: text.length });
    } else {
      text += ch;
    }
  }
  if (open.length) throw new Error(`Unbalanced ${OPEN} in test case`);
  expected.sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));
  return { text, expected };
}

/** Template tag: drop the first newline and the common leading spaces; end with one newline. */
export function wire(strings: TemplateStringsArray, ...values: unknown[]): string {
  let raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  raw = raw.replace(/^\n/, '').replace(/\n[ ]*$/, '');
  const lines = raw.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^ */.exec(l)![0].length))).join('\n') + '\n';
}

function where(text: string, offset: number): string {
  const lc = offsetToLineCol(computeLineStarts(text), offset);
  return `${lc.line + 1}:${lc.column + 1}`;
}

function describeFinding(text: string, f: { start: number; end?: number; message?: string }): string {
  const range = f.end === undefined ? where(text, f.start) : `${where(text, f.start)}-${where(text, f.end)}`;
  const excerpt = f.end === undefined ? text.slice(f.start, f.start + 20) : text.slice(f.start, f.end);
  return `${range} ${JSON.stringify(excerpt)}${f.message ? ` (${f.message})` : ''}`;
}

export function findingsOf(rule: string, text: string, options?: AnalyzeOptions): Finding[] {
  return analyzeStory(text, options).findings.filter((f) => f.rule === rule);
}

function checkValid(rule: string, c: ValidCase): void {
  if (/[⟦⟧‸]/.test(c.code)) throw new Error('A valid case must not carry finding markers');
  const found = findingsOf(rule, c.code, c.options);
  assert.deepEqual(
    found.map((f) => describeFinding(c.code, f)),
    [],
    `expected no ${rule} findings`,
  );
}

function checkInvalid(rule: string, c: InvalidCase): void {
  const { text, expected } = parseMarkers(c.code);
  if (expected.length === 0) throw new Error('An invalid case needs at least one ⟦…⟧ or ‸ marker');
  const found = findingsOf(rule, text, c.options);
  // Compare as readable `line:col-line:col "excerpt"` lists so a failure shows both sides.
  const want = expected.map((e) => describeFinding(text, e));
  // A `‸` marker checks the start only, so show the found finding the same way.
  const got = found.map((f, i) => {
    const startOnly = i < expected.length && expected[i].end === undefined;
    return describeFinding(text, startOnly ? { start: f.start } : { start: f.start, end: f.end });
  });
  assert.deepEqual(got, want, `${rule} findings differ:\n  got  ${found.map((f) => describeFinding(text, f)).join('\n       ') || '(none)'}`);
  for (const f of found) {
    assert.equal(f.rule, rule);
    assert.ok(f.message.length > 0, 'a finding carries a message');
  }
  if (c.messages) {
    assert.equal(c.messages.length, found.length, 'one message check per finding');
    c.messages.forEach((m, i) => {
      if (typeof m === 'string') assert.ok(found[i].message.includes(m), `message ${JSON.stringify(found[i].message)} should include ${JSON.stringify(m)}`);
      else assert.match(found[i].message, m);
    });
  }

  const fixable = found.filter((f) => f.fix);
  if (c.output === undefined) {
    assert.equal(fixable.length, 0, `${rule} offered a fix; the case must state its output`);
    return;
  }
  if (c.output === null) {
    assert.equal(fixable.length, 0, `expected no fix from ${rule}`);
    return;
  }
  assert.ok(fixable.length > 0, `expected ${rule} to offer a fix`);
  const fixed = applyFixes(text, found);
  assert.equal(fixed.text, c.output, 'text after applying the fixes');
  // Re-lint: every applied fix removed its finding; only unfixable (or skipped) ones remain.
  const after = findingsOf(rule, fixed.text, c.options);
  assert.equal(
    after.length,
    found.length - fixed.applied,
    `after fixing, ${rule} still reports:\n  ${after.map((f) => describeFinding(fixed.text, f)).join('\n  ')}`,
  );
}

/** Declare the valid and invalid cases of one rule as mocha tests. */
export function ruleTester(rule: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    describe('valid', () => {
      for (const c of cases.valid) it(c.name, () => checkValid(rule, c));
    });
    describe('invalid', () => {
      for (const c of cases.invalid) it(c.name, () => checkInvalid(rule, c));
    });
  });
}

// ---------------------------------------------------------------------------
// Layout variants of a blank-line story: the same copy as wire desks send it.

function paragraphsOf(story: string): string[] {
  return story.trim().split(/\n[ \t]*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim());
}

/** Every paragraph's first line starts with a tab; no blank lines. */
export function indented(story: string): string {
  return paragraphsOf(story).map((p) => `\t${p}`).join('\n') + '\n';
}

/**
 * Hard-wrapped at `width` columns with no blank lines, as old terminals kept
 * copy. Markers take no width. Throws when a paragraph's last line is so long
 * that the next paragraph's first word would have fitted on it: then no reader
 * (human or engine) could see the break, and the case is badly written.
 */
export function hardWrapped(story: string, width = 72): string {
  const visible = (s: string) => s.replace(/[⟦⟧‸]/g, '').length;
  const out: string[] = [];
  const paras = paragraphsOf(story);
  paras.forEach((p, k) => {
    let line = '';
    for (const word of p.split(' ')) {
      if (line && visible(line) + 1 + visible(word) > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    const next = paras[k + 1];
    if (next && visible(line) + 1 + visible(next.split(' ')[0]) <= width) return;
    if (next) throw new Error(`hardWrapped: paragraph ${k + 1} ends on a full line; the break before “${next.slice(0, 20)}” would be invisible`);
  });
  return out.join('\n') + '\n';
}
