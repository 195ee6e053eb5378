import { strict as assert } from 'node:assert';
import type { Finding } from '../../src/core/types';
import { analyzeStory } from '../../src/core';
import { fixAllEdits, planCodeActions, unknownName } from '../../src/extension/codeActionPlan';
import { applyEdits } from '../../src/extension/textEdits';
import { quotation, spanOf } from './storyFixture';

const TEXT = 'BOISE, Idaho (AP) — “The road is closed”, Odum said. “Come back Friday”.\n\nThe county said crews would “work through the night.”\n';

/** A comma or period left outside the closing mark, fixed by swapping them. */
function punctuationOutside(needle: string): Finding {
  const s = spanOf(TEXT, needle);
  return {
    rule: 'quote-punctuation',
    severity: 'warning',
    message: 'Put the punctuation inside the closing quotation mark',
    ...s,
    fix: { title: 'Move the punctuation inside the quotation', edits: [{ ...s, text: `${needle[1]}${needle[0]}` }] },
  };
}

const comma = punctuationOutside('”,');
const period = punctuationOutside('”.');
const unknown: Finding = { rule: 'attribution-unknown', severity: 'warning', message: 'Odum is not introduced', ...spanOf(TEXT, 'Odum') };
const FINDINGS = [comma, unknown, period];
const STORY = { text: TEXT, quotations: [] };

describe('code action plan', () => {
  it('offers the fix of the finding under the cursor as the preferred quick fix', () => {
    const actions = planCodeActions(STORY, FINDINGS, { start: comma.start, end: comma.start });
    const fix = actions.find((a) => a.type === 'fix');
    assert.ok(fix && fix.type === 'fix');
    assert.equal(fix.title, 'Move the punctuation inside the quotation');
    assert.equal(fix.preferred, true);
    assert.deepEqual(fix.findings, [comma]);
    assert.equal(applyEdits(TEXT, fix.edits).slice(0, 45), 'BOISE, Idaho (AP) — “The road is closed,” Odu');
  });

  it('lists fix, fix-all for the rule, fix-all, then disable, in that order', () => {
    const actions = planCodeActions(STORY, FINDINGS, { start: period.start, end: period.end });
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Move the punctuation inside the quotation',
        'Fix all quote-punctuation problems',
        'Fix all auto-fixable problems',
        'Disable quote-punctuation for this workspace',
      ],
    );
    const all = actions.find((a) => a.type === 'fixAllRule');
    assert.ok(all && all.type === 'fixAllRule');
    assert.equal(
      applyEdits(TEXT, all.edits()),
      'BOISE, Idaho (AP) — “The road is closed,” Odum said. “Come back Friday.”\n\nThe county said crews would “work through the night.”\n',
    );
  });

  it('offers an ambiguous attribution’s candidates as quick fixes, none preferred and none in a fix-all', () => {
    const text = [
      'WORTHINGTON, Minn. (AP) — Dale Ruud, 67, wants to keep farming. His brother, Gary Ruud, 63, wants to retire.',
      '',
      '“This land has been in the family since 1902,” Ruud said.',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    const ambiguous = findings.find((f) => f.rule === 'attribution-ambiguous');
    assert.ok(ambiguous);
    const actions = planCodeActions(story, findings, { start: ambiguous.start, end: ambiguous.start });
    const fixes = actions.filter((a) => a.type === 'fix');
    assert.deepEqual(fixes.map((a) => [a.title, a.type === 'fix' && a.preferred]), [
      ['Write “Dale Ruud”', false],
      ['Write “Gary Ruud”', false],
    ]);
    assert.ok(!actions.some((a) => a.type === 'fixAll' || a.type === 'fixAllRule'));
    const first = fixes[0];
    assert.ok(first.type === 'fix');
    assert.ok(applyEdits(text, first.edits).includes('since 1902,” Dale Ruud said.'));
  });

  it('offers to add an unknown speaker to the known people, and nothing to fix there', () => {
    const actions = planCodeActions(STORY, FINDINGS, spanOf(TEXT, 'Odu'));
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Add ‘Odum’ to known people', 'Disable attribution-unknown for this workspace'],
    );
  });

  it('marks no fix preferred when two fixes compete at the cursor', () => {
    const other: Finding = { ...comma, rule: 'quote-space', fix: { title: 'Remove the comma', edits: [{ start: comma.start + 1, end: comma.end, text: '' }] } };
    const actions = planCodeActions(STORY, [comma, other], { start: comma.start, end: comma.start });
    const fixes = actions.filter((a) => a.type === 'fix');
    assert.equal(fixes.length, 2);
    assert.ok(fixes.every((a) => a.type === 'fix' && !a.preferred));
  });

  it('offers nothing away from any finding', () => {
    assert.deepEqual(planCodeActions(STORY, FINDINGS, spanOf(TEXT, 'county')), []);
  });

  it('applies all fixes at once, skipping one that overlaps an earlier fix', () => {
    const overlapping: Finding = { ...period, rule: 'quote-space', fix: { title: 'x', edits: [{ start: period.start, end: period.end, text: '”' }] } };
    const edits = fixAllEdits(TEXT, [comma, period, overlapping]);
    const fixed = applyEdits(TEXT, edits);
    assert.ok(fixed.includes('closed,” Odum said. “Come back Friday.”'));
    assert.deepEqual(fixAllEdits(TEXT, [unknown]), []);
  });

  it('takes the unknown name from the attribution when the engine recorded one', () => {
    const q = quotation(TEXT, '“The road is closed”', 0, -1);
    q.attribution = { via: 'name', subject: spanOf(TEXT, 'Odum'), subjectText: 'Odum', unresolvedName: 'Odum' };
    const wide: Finding = { ...unknown, start: spanOf(TEXT, 'Odum said').start, end: spanOf(TEXT, 'Odum said').end };
    assert.equal(unknownName({ text: TEXT, quotations: [q] }, wide), 'Odum');
    assert.equal(unknownName(STORY, wide), undefined, 'flagged words that are not a name');
  });
});
