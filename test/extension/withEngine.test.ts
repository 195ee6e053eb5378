// The extension's logic on models built by the real engine, so the two agree
// on spans (mentions, possessives, fixes) and not only on hand-built stories.
import { strict as assert } from 'node:assert';
import { analyzeStory } from '../../src/core/index';
import { fixAllEdits, planCodeActions } from '../../src/extension/codeActionPlan';
import { findingToDiagnosticData } from '../../src/extension/diagnosticData';
import { buildOutline } from '../../src/extension/outline';
import { nameAt, renameEdits, speakerTokens } from '../../src/extension/people';
import { storyStats } from '../../src/extension/stats';
import { applyEdits } from '../../src/extension/textEdits';

const STORY = [
  'BC-US--Library-Roof/70',
  'Storm peels roof off Dunmore library',
  'By LENA VOSS',
  'Associated Press',
  '',
  'DULUTH, Minn. (AP) — Wind tore the roof off the Dunmore Public Library early Sunday, soaking thousands of books, head librarian Carla Benning said.',
  '',
  '“We lost most of the children’s room,” Benning said. “The rest we can dry.”',
  '',
  'Volunteers formed a line to carry boxes to a church hall across the street, Benning’s assistant Theo Marr said.',
  '',
  '"Everybody just showed up", Marr said.',
  '',
].join('\n');

describe('extension logic on the real engine', () => {
  const analysis = analyzeStory(STORY);
  const { story, findings } = analysis;

  it('lists the quoted people under Speakers with their quotations', () => {
    const speakers = buildOutline(story).find((g) => g.label === 'Speakers');
    assert.ok(speakers, 'a Speakers group');
    assert.deepEqual(
      speakers.children.map((s) => [s.label, s.children.length]),
      [
        ['Carla Benning', 2],
        ['Theo Marr', 1],
      ],
    );
  });

  it('maps every finding to diagnostic data inside the text, with a docs link', () => {
    assert.ok(findings.length > 0, 'the straight quotes and the comma are flagged');
    for (const f of findings) {
      const d = findingToDiagnosticData(f, story.text);
      assert.ok(d.start >= 0 && d.end <= STORY.length && d.end > d.start, `${f.rule} has a visible range`);
      assert.equal(d.docsUrl, `https://github.com/wire-story/wire-story/blob/main/docs/rules/${f.rule}.md`);
    }
  });

  it('fixes everything fixable in several passes when fixes overlap', () => {
    const once = applyEdits(STORY, fixAllEdits(STORY, findings));
    const repeated = applyEdits(STORY, fixAllEdits(STORY, findings, (t) => analyzeStory(t).findings));
    assert.ok(repeated.includes('“Everybody just showed up,” Marr said.'), repeated.split('\n')[11]);
    assert.deepEqual(analyzeStory(repeated).findings.filter((f) => f.fix), [], 'nothing fixable left');
    assert.notEqual(once, STORY);
  });

  it('offers the fixes of the finding under the cursor', () => {
    const at = STORY.indexOf('showed up"') + 'showed up'.length;
    const titles = planCodeActions(story, findings, { start: at, end: at }, (t) => analyzeStory(t).findings).map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Fix all')), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Disable ')), titles.join(' | '));
  });

  it('renames a speaker everywhere, possessive included', () => {
    const found = nameAt(story, STORY.indexOf('Benning said'));
    assert.ok(found);
    const edits = renameEdits(story, found.person, 'Carla Benningfield');
    assert.ok(Array.isArray(edits));
    const out = applyEdits(STORY, edits);
    assert.ok(out.includes('head librarian Carla Benningfield said.'));
    assert.ok(out.includes('room,” Benningfield said.'));
    assert.ok(out.includes('Benningfield’s assistant'));
    assert.ok(!/Benning\b/.test(out));
  });

  it('marks speakers for semantic highlighting', () => {
    const lines = STORY.split('\n');
    const words = speakerTokens(story, story.lineStarts).map((t) => lines[t.line].slice(t.character, t.character + t.length));
    assert.ok(words.includes('Carla Benning') && words.includes('Theo Marr') && words.includes('Marr'), words.join(', '));
    assert.ok(!words.some((w) => /Library|Dunmore/.test(w)));
  });

  it('counts words for the status bar against the slug line', () => {
    const stats = storyStats(story, findings);
    assert.equal(stats.slugWords, 70);
    assert.equal(stats.speakers, 2);
    assert.equal(stats.quotations, 3);
    // Lead after the dateline 20 words, then 14, 19 and 6.
    assert.equal(stats.words, 20 + 14 + 19 + 6);
  });
});
