// Error injection: single-error variants of the fixture stories. Each entry in
// test/fixtures/injected/<story>.json makes ONE edit to the blank-line story
// (`find` → `replace`; `find` must occur exactly once), and says which rule
// must report it and where: `lineOf` is a substring of the edited story that
// starts at the spot the finding is about (the opening mark of an unclosed or
// unattributed quotation, the misspelled or unknown name). The edited story
// is then put in each layout (blank-line, indented, hard-wrapped, indented and hard-wrapped), the line holding the start of
// `lineOf` is found in that layout's text (spaces in `lineOf` may be line
// breaks there), and a finding of the expected rule must cover that line.
//
// The untouched stories must carry no pairing or attribution finding at all,
// so that every finding here is caused by the edit.

import { strict as assert } from 'node:assert';
import { analyzeStory, offsetToLineCol } from '../../src/core';
import type { Analysis } from '../../src/core';
import { LAYOUTS, inLayout, type LayoutName } from '../fixtures/layouts';
import { readInjections, readStory, storyNames, type Injection } from '../fixtures/stories';
import { describeFinding, isPairingOrAttribution } from '../fixtures/findings';

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets where `needle` occurs in `text`, any run of spaces in it matching any whitespace (wrapped lines). */
function flexibleMatches(text: string, needle: string): number[] {
  const re = new RegExp(needle.split(/ +/).map(escapeRegExp).join('\\s+'), 'g');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

export function applyInjection(story: string, inj: Injection): string {
  const n = countOf(story, inj.find);
  if (n !== 1) throw new Error(`injection “${inj.note ?? inj.find}”: find occurs ${n} times in ${inj.story}; it must be unique`);
  return story.replace(inj.find, () => inj.replace);
}

const injections = readInjections();
const stories = new Set(storyNames());

describe('error injection: single-error variants of the fixture stories', () => {
  it('has at least five variants for each of at least six stories, and every error kind', () => {
    const perStory = new Map<string, number>();
    for (const { injection } of injections) perStory.set(injection.story, (perStory.get(injection.story) ?? 0) + 1);
    const covered = [...perStory.values()].filter((n) => n >= 5).length;
    assert.ok(covered >= 6, `only ${covered} stories have five or more variants`);
    const rules = new Set(injections.map(({ injection }) => injection.expect.rule));
    for (const r of ['quote-unclosed', 'attribution-name-mismatch', 'attribution-unknown', 'attribution-missing']) assert.ok(rules.has(r), `no variant expects ${r}`);
  });

  const injectedStories = [...new Set(injections.map(({ injection }) => injection.story))].sort();

  describe('untouched stories', () => {
    for (const name of injectedStories) {
      for (const layout of LAYOUTS) {
        it(`${name} (${layout}): no pairing or attribution finding`, () => {
          assert.ok(stories.has(name), `no story named ${name}`);
          const text = inLayout(name, readStory(name), layout);
          const { story, findings } = analyzeStory(text);
          assert.deepEqual(findings.filter(isPairingOrAttribution).map((f) => describeFinding(text, story, f)), []);
        });
      }
    }
  });

  for (const { file, injection } of injections) {
    const title = `${injection.story}: ${injection.note ?? injection.find} → ${injection.expect.rule}`;
    describe(title, () => {
      let variant: string | undefined;
      before(() => {
        assert.ok(stories.has(injection.story), `${file}: no story named ${injection.story}`);
        variant = applyInjection(readStory(injection.story), injection);
        const at = countOf(variant, injection.expect.lineOf);
        assert.equal(at, 1, `${file}: lineOf ${JSON.stringify(injection.expect.lineOf)} occurs ${at} times in the edited story; it must be unique`);
      });

      for (const layout of LAYOUTS) {
        it(`${layout} layout`, () => {
          const text = inLayout(injection.story, variant!, layout as LayoutName);
          const at = flexibleMatches(text, injection.expect.lineOf);
          assert.equal(at.length, 1, `lineOf found ${at.length} times in the ${layout} layout`);
          const analysis: Analysis = analyzeStory(text);
          const { story, findings } = analysis;
          const line = offsetToLineCol(story.lineStarts, at[0]).line;
          const ofRule = findings.filter((f) => f.rule === injection.expect.rule);
          const onLine = ofRule.filter((f) => {
            const a = offsetToLineCol(story.lineStarts, f.start).line;
            const b = offsetToLineCol(story.lineStarts, Math.max(f.start, f.end - 1)).line;
            return a <= line && line <= b;
          });
          const others = findings.filter(isPairingOrAttribution).map((f) => describeFinding(text, story, f));
          assert.ok(
            onLine.length > 0,
            `expected ${injection.expect.rule} on line ${line + 1}: ${JSON.stringify(text.split('\n')[line])}\n` +
              `  pairing and attribution findings were:\n    ${others.join('\n    ') || '(none)'}`,
          );
        });
      }
    });
  }
});
