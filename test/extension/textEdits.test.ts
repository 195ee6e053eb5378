import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, curlyQuoteEdits, diffEdits } from '../../src/extension/textEdits';

const curly = (text: string) => applyEdits(text, curlyQuoteEdits(text));

describe('straight to curly quotes', () => {
  it('converts quotations, nested quotes and apostrophes in wire copy', () => {
    const straight = [
      `SALEM, Ore. (AP) — "We didn't expect the river to rise this fast," said Mayor Tom O'Keefe.`,
      '',
      `"My neighbor told me, 'Get the truck up the hill,' and I did," Ruth Abara said.`,
      '',
      `The mill has flooded twice since the '90s, and the owners' patience is gone.`,
    ].join('\n');
    assert.equal(
      curly(straight),
      [
        'SALEM, Ore. (AP) — “We didn’t expect the river to rise this fast,” said Mayor Tom O’Keefe.',
        '',
        '“My neighbor told me, ‘Get the truck up the hill,’ and I did,” Ruth Abara said.',
        '',
        'The mill has flooded twice since the ’90s, and the owners’ patience is gone.',
      ].join('\n'),
    );
  });

  it('opens a running quote at the start of a paragraph and after a dash', () => {
    assert.equal(curly(`"First part.\n\n"Second part," he said —"a fragment."`), '“First part.\n\n“Second part,” he said —“a fragment.”');
  });

  it('turns 7-bit wire quotes into curly ones', () => {
    assert.equal(curly("BOISE, Idaho (AP) _ ``It held,'' Lin said."), 'BOISE, Idaho (AP) _ “It held,” Lin said.');
  });

  it('handles elisions that open with an apostrophe', () => {
    assert.equal(curly(`rock 'n' roll and 'til dawn`), 'rock ’n’ roll and ’til dawn');
  });

  it('leaves curly text alone', () => {
    const text = '“Done,” she said. It’s ‘fine.’';
    assert.deepEqual(curlyQuoteEdits(text), []);
  });
});

describe('diff edits', () => {
  it('finds small edits at the places that changed', () => {
    const before = '"We are ready," Marsh said . "Come early."';
    const after = '“We are ready,” Marsh said. “Come early.”';
    const edits = diffEdits(before, after);
    assert.equal(applyEdits(before, edits), after);
    assert.equal(edits.length, 5);
    for (const e of edits) assert.ok(e.end - e.start <= 1 && e.text.length <= 1, JSON.stringify(e));
  });

  it('returns nothing for equal texts', () => {
    assert.deepEqual(diffEdits('same', 'same'), []);
  });

  it('always reproduces the target text, falling back to one edit past the change limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '“', '"', ' ', '\n') }), fc.string({ unit: fc.constantFrom('a', 'b', '”', '"', ' ') }), fc.integer({ min: 1, max: 40 }), (before, after, limit) => {
        const edits = diffEdits(before, after, limit);
        assert.equal(applyEdits(before, edits), after);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end < edits[i].start, 'edits are separate and ordered');
      }),
      { numRuns: 500 },
    );
  });
});
