// Straight-to-curly conversion: the engine's pairing decides which way each mark turns.
import { strict as assert } from 'node:assert';
import { applyFixes, buildStory, curlyQuoteEdits, resolveOptions } from '../../src/core';

const edits = (text: string) => curlyQuoteEdits(buildStory(text, resolveOptions({})));
const curly = (text: string) => applyFixes(text, [{ rule: 'x', severity: 'info', message: '', start: 0, end: 0, fix: { title: '', edits: edits(text) } }]).text;

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
    assert.deepEqual(edits(text), []);
  });
});

