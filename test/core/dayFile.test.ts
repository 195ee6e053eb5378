// A day file's stories are read each on its own: the analysis of a file with a story cache
// (the extension keeps one per open document) must be exactly the analysis without one, and an
// edit must re-analyse only the story it touched.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeStory, createStoryCache, type Analysis, type AnalyzeOptions, type StoryCache } from '../../src/core';

const FIXTURES = join(__dirname, '../fixtures/stories');

/** The whole analysis as plain data (a block's text is a getter). */
function plain(a: Analysis): string {
  const s = a.story;
  return JSON.stringify({ ...s, blocks: s.blocks.map((b) => ({ ...b, text: b.text })), findings: a.findings });
}

function assertSameAsUncached(text: string, cache: StoryCache, options: AnalyzeOptions = {}, label = ''): Analysis {
  const cached = analyzeStory(text, options, cache);
  const fresh = analyzeStory(text, options);
  const a = plain(cached);
  const b = plain(fresh);
  if (a !== b) {
    let i = 0;
    while (a[i] === b[i]) i++;
    assert.fail(`${label}: the cached analysis differs from a fresh one at ${i}:\n cached: ${a.slice(Math.max(0, i - 200), i + 100)}\n fresh:  ${b.slice(Math.max(0, i - 200), i + 100)}`);
  }
  return cached;
}

/** The fixture stories with a slug line, in one layout, as a day file. */
function fixtureDayFile(layout: '' | '.indented' | '.wrapped'): string {
  const names = readdirSync(FIXTURES).filter((f) => /^[a-z-]+\.wire$/.test(f));
  const stories = names
    .map((n) => readFileSync(join(FIXTURES, layout ? n.replace('.wire', `${layout}.wire`) : n), 'utf8'))
    .filter((t) => /^(?:BC|AP)-/.test(t));
  assert.ok(stories.length >= 5, 'the fixtures hold at least five slugged stories');
  return stories.map((t) => t.trimEnd()).join('\n\n') + '\n';
}

const FERRY = `BC-US--Ferry-Fares,330
Island ferry fares to rise in July
By NORA QUILLIAN
Associated Press

PORTLAND, Maine (AP) — Fares on the Casco Bay ferries will rise 8% in July, the line's board voted Tuesday.

“Nobody on this board wanted to do it,” said board chair Tom Levesque.

Riders from Peaks Island packed the meeting. Levesqe said the board had no choice once fuel costs doubled.
`;

const MINE = `BC-US--Mine-Inspection,280
Inspectors return to West Virginia mine
By DALE HARMON
Associated Press

BECKLEY, W.Va. (AP) — Federal inspectors went back into the Piney Ridge mine on Monday, a week after a roof fall injured two miners.

“We will stay until every section is checked,” said Kim Min-jung, who leads the inspection team.
`;

const PARADE = `BC-US--Harbor-Parade,210
Boat parade returns to Portsmouth
By ALMA REYES
Associated Press

PORTSMOUTH, N.H. (AP) — The holiday boat parade will return to the harbor Saturday after two years away.

“The captains asked for it,” said Lucia Benning, who organizes the parade.
`;

describe('day files: each story on its own, and the story cache', () => {
  for (const layout of ['', '.indented', '.wrapped'] as const) {
    it(`reads the fixtures as a day file (${layout || 'blank'} layout) with a cache exactly as without one`, () => {
      const day = fixtureDayFile(layout);
      const cache = createStoryCache();
      const a = assertSameAsUncached(day, cache, {}, 'fresh cache');
      assert.ok(a.story.storyCount >= 5);
      // Read again from a full cache: nothing new is analysed, and the result is the same.
      const entries = [...cache.byText.values()];
      assertSameAsUncached(day, cache, {}, 'full cache');
      assert.deepEqual([...cache.byText.values()], entries);
    });
  }

  it('re-analyses only the story an edit touched, and forgets the version it replaced', () => {
    const day = [FERRY, MINE, PARADE].join('\n');
    const cache = createStoryCache();
    assertSameAsUncached(day, cache);
    assert.equal(cache.byText.size, 3);
    const ferry = cache.byText.get(FERRY + '\n');
    const parade = cache.byText.get(PARADE);
    assert.ok(ferry && parade, 'each story is cached under its own text');
    const edited = day.replace('a week after a roof fall', 'eight days after a roof fall');
    const a = assertSameAsUncached(edited, cache, {}, 'after an edit to the second story');
    assert.equal(cache.byText.get(FERRY + '\n'), ferry, 'the first story is reused');
    assert.equal(cache.byText.get(PARADE), parade, 'the third story is reused, moved in the file');
    assert.equal(cache.byText.size, 3, 'the second story’s old text is dropped');
    // The reused third story stands where it now is: its speaker's first reference is in place.
    const benning = a.story.people.find((p) => p.name === 'Lucia Benning')!;
    assert.equal(edited.slice(benning.firstReference.start, benning.firstReference.end), 'Lucia Benning');
  });

  it('stays equal to a fresh analysis through typing, new lines, a new story, a slug taken out and new options', () => {
    const cache = createStoryCache();
    let text = [FERRY, MINE, PARADE].join('\n');
    const steps: [string, (t: string) => string, AnalyzeOptions?][] = [
      ['typing in the first story', (t) => t.replace('packed the meeting', 'packed the small meeting')],
      ['a new line in the first story', (t) => t.replace('Riders from', 'Some said little.\n\nRiders from')],
      ['a new story in the middle', (t) => t.replace(MINE, `${PARADE.replace('Lucia Benning', 'Ada Korhonen')}\n${MINE}`)],
      ['a slug taken out: two stories become one', (t) => t.replace('BC-US--Mine-Inspection,280\n', '')],
      ['new options', (t) => t, { rules: { 'attribution-name-mismatch': 'off' } }],
      ['the first story deleted', (t) => t.slice(t.indexOf('BC-US--Harbor-Parade'))],
      ['all but one story deleted', (t) => t.slice(t.lastIndexOf('BC-US--Harbor-Parade'))],
      ['a story pasted back in', (t) => `${FERRY}\n${t}`],
    ];
    assertSameAsUncached(text, cache);
    for (const [label, edit, options] of steps) {
      text = edit(text);
      assertSameAsUncached(text, cache, options ?? {}, label);
      // The cache holds this version's stories only: none when the file is one story.
      assert.equal(cache.byText.size, analyzeStory(text).story.storyCount > 1 ? new Set(text.split(/(?=^BC-)/m)).size : 0, label);
    }
  });

  it('counts the line a message names in the file, for a story after the first', () => {
    const day = [MINE, FERRY].join('\n');
    const line = day.slice(0, day.indexOf('said board chair Tom Levesque')).split('\n').length;
    for (const analysis of [analyzeStory(day), analyzeStory(day, {}, createStoryCache())]) {
      const mismatch = analysis.findings.find((f) => f.rule === 'attribution-name-mismatch');
      assert.ok(mismatch, 'Levesqe is flagged');
      assert.match(mismatch.message, new RegExp(`Tom Levesque, introduced on line ${line}\\)`));
    }
    // The same story alone names its own line.
    const alone = analyzeStory(FERRY).findings.find((f) => f.rule === 'attribution-name-mismatch')!;
    assert.match(alone.message, new RegExp(`introduced on line ${FERRY.slice(0, FERRY.indexOf('said board chair')).split('\n').length}\\)`));
  });

  it('reads a name broken at a line-end hyphen by its own story, not by the story before it', () => {
    // The first story writes `Min-jung`; the second breaks a name at the same place, and read
    // alone it has no hyphenated spelling to go by.
    const wrapped = `BC-US--Mine-Followup,190
Mine inspection ends
By DALE HARMON
Associated Press
BECKLEY, W.Va. (AP) — The inspection of the Piney Ridge mine ended
Friday. “Every section is checked,” said team leader Kim Min-
jung, who will file her report next week.
`;
    const day = `${MINE}\n${wrapped}`;
    const speakerOf = (a: Analysis) => a.story.people.filter((p) => p.speaks).map((p) => p.name);
    const alone = speakerOf(analyzeStory(wrapped));
    const inFile = analyzeStory(day);
    const second = inFile.story.people.filter((p) => p.speaks && p.firstReference.start >= day.indexOf('BC-US--Mine-Followup')).map((p) => p.name);
    assert.deepEqual(second, alone);
    assert.deepEqual(speakerOf(analyzeStory(day, {}, createStoryCache())), speakerOf(inFile));
  });

  it('reads a company named for a city by its own story’s datelines, not another story’s', () => {
    // BECKLEY is the first story's dateline; in the second, `The Beckley company` is a company.
    const sale = `BC-US--Coal-Sale,240
Coal company sold
By DALE HARMON
Associated Press

CHARLESTON, W.Va. (AP) — A mining company based in southern West Virginia has been sold to an Ohio investor group.

The Beckley company said the sale would close in June. “Nothing changes for our miners,” it said.
`;
    const speakers = (a: Analysis, from: number) => a.story.quotations.filter((q) => q.start >= from).map((q) => a.story.people[q.speaker]?.name ?? null);
    assert.deepEqual(speakers(analyzeStory(sale), 0), ['Beckley']);
    const day = `${MINE}\n${sale}`;
    assert.deepEqual(speakers(analyzeStory(day), day.indexOf('BC-US--Coal-Sale')), ['Beckley']);
  });

  it('reads every story of a forwarded e-mail past its quote marks, and a cache made before the quoting goes stale', () => {
    const quoted = [FERRY, PARADE].join('\n').replace(/^/gm, '> ');
    const cache = createStoryCache();
    const plainFile = [FERRY, PARADE].join('\n');
    assertSameAsUncached(plainFile, cache, {}, 'not quoted');
    const a = assertSameAsUncached(quoted, cache, {}, 'quoted');
    assert.equal(a.story.storyCount, 2);
    assert.ok(a.story.blocks.some((b) => b.kind === 'dateline' && b.text.startsWith('PORTSMOUTH, N.H. (AP)')), 'the second story’s dateline is read past its `>`');
  });

  it('keeps equal to a fresh analysis through random edits (property)', () => {
    const base = [FERRY, MINE, PARADE].join('\n');
    const inserts = ['x', ' ', '\n', '\n\n', '“', '”', '"', ' said Ann Lee.', 'BC-US--New-Slug,100\n', '___\n', '\t', '\r\n'];
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom(...inserts) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const cache = createStoryCache();
        let text = base;
        assertSameAsUncached(text, cache);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assertSameAsUncached(text, cache, {}, JSON.stringify(e));
        }
      }),
      { numRuns: 40, seed: 20261130 },
    );
  });
});
