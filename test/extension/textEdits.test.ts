import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, diffEdits } from '../../src/extension/textEdits';

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
