import { strict as assert } from 'node:assert';
import type { TextEdit } from '../../src/core/types';
import { applyFixes } from '../../src/core/fixes';
import { analyzeStory } from '../../src/core';
import {
  hoverInfo,
  hoverMarkdown,
  nameAt,
  type PeopleStory,
  prepareRename,
  referenceSpans,
  renameEdits,
  speakerTokens,
} from '../../src/extension/people';
import { FERRY_STORY, FERRY_TEXT } from './ferryStory';
import { mention, person, spanOf } from './storyFixture';

function applyEdits(text: string, edits: TextEdit[]): string {
  return applyFixes(text, [{ rule: 'rename', severity: 'info', message: '', start: 0, end: 0, fix: { title: 'rename', edits } }]).text;
}

function rename(newName: string, story: PeopleStory = FERRY_STORY, who = 0): string {
  const edits = renameEdits(story, story.people[who], newName);
  if (!Array.isArray(edits)) throw new Error(edits.error);
  return applyEdits(story.text, edits);
}

describe('people: names under the cursor', () => {
  it('finds the person and mention at a surname, and nothing in plain words', () => {
    const second = spanOf(FERRY_TEXT, 'Marsh said. “Nobody');
    const found = nameAt(FERRY_STORY, second.start + 2);
    assert.equal(found?.person.name, 'Ellen Marsh');
    assert.equal(found?.mention.form, 'surname');
    assert.equal(nameAt(FERRY_STORY, spanOf(FERRY_TEXT, 'winter storm').start), undefined);
  });

  it('lists every mention and every attributed quotation as references, in order', () => {
    const refs = referenceSpans(FERRY_STORY, FERRY_STORY.people[1]).map((s) => FERRY_TEXT.slice(s.start, s.end));
    assert.deepEqual(refs, ['Paul Ridley', '“People have been stuck on the island since Saturday,”', 'Ridley']);
  });

  it('describes the person for the hover: name, title, first reference line, quotation count', () => {
    const info = hoverInfo(FERRY_STORY, FERRY_STORY.people[0]);
    assert.equal(info.firstReferenceLine, 5);
    assert.equal(info.quotationCount, 2);
    assert.match(info.firstReferenceExcerpt, /^….*harbor master Ellen Marsh said\.$/);
    const md = hoverMarkdown(info);
    assert.match(md, /^\*\*Ellen Marsh\*\*, harbor master\n\nFirst reference, line 6: /);
    assert.match(md, /\n\n2 quotations$/);
  });
});

describe('people: rename', () => {
  it('rejects renaming where there is no name', () => {
    const check = prepareRename(FERRY_STORY, spanOf(FERRY_TEXT, 'Ferries returned').start);
    assert.equal(check.ok, false);
  });

  it('offers the mention under the cursor with the full name as placeholder', () => {
    const check = prepareRename(FERRY_STORY, spanOf(FERRY_TEXT, 'Ridley said.').start);
    assert.ok(check.ok);
    assert.equal(FERRY_TEXT.slice(check.span.start, check.span.end), 'Ridley');
    assert.equal(check.placeholder, 'Paul Ridley');
  });

  it('replaces full-name mentions whole and surname mentions (plain and possessive) by the new surname', () => {
    const out = rename('Helen Marchetti');
    assert.ok(out.includes('harbor master Helen Marchetti said.'));
    assert.ok(out.includes('dropped,” Marchetti said.'));
    assert.ok(out.includes('Marchetti said the city would rebuild'));
    assert.ok(out.includes('and Marchetti’s crews'));
    assert.ok(!/Marsh/.test(out), 'no mention left behind');
    assert.ok(out.includes('Paul Ridley'), 'other people untouched');
  });

  it('renames a given name standing alone with the new first name, and leaves it when only the surname changes', () => {
    const text = 'GRAND MARAIS, Minn. (AP) — Walter Koskinen keeps the light.\n\nHis wife, Irene, laughs at that.\n\nIrene Koskinen met him in 1988.\n';
    const { story } = analyzeStory(text);
    const irene = story.people.findIndex((p) => p.name === 'Irene Koskinen');
    assert.ok(irene >= 0);
    const renamed = rename('Irina Lahti', story, irene);
    assert.ok(renamed.includes('His wife, Irina, laughs'), renamed);
    assert.ok(renamed.includes('Irina Lahti met him'), renamed);
    const surnameOnly = rename('Lahti', story, irene);
    assert.ok(surnameOnly.includes('His wife, Irene, laughs'), surnameOnly);
    assert.ok(surnameOnly.includes('Irene Lahti met him'), surnameOnly);
  });

  it('takes a single word as a new surname for someone with a first name', () => {
    const out = rename('Marsch');
    assert.ok(out.includes('harbor master Ellen Marsch said.'));
    assert.ok(out.includes('and Marsch’s crews'));
  });

  it('keeps the line break of a hard-wrapped full name and renames a title + surname mention', () => {
    const text = 'Harbor master Ellen\nMarsh opened the pier.\n\n“It held,” said Harbor Master Marsh.\n';
    const story = {
      text,
      quotations: [],
      people: [
        person({
          index: 0,
          name: 'Ellen Marsh',
          firstReference: spanOf(text, 'Ellen\nMarsh'),
          mentions: [mention(text, 'Ellen\nMarsh', 'full'), mention(text, 'Harbor Master Marsh', 'titleSurname')],
          speaks: true,
        }),
      ],
    };
    assert.equal(
      rename('Helen Marsch', story),
      'Harbor master Helen\nMarsch opened the pier.\n\n“It held,” said Harbor Master Marsch.\n',
    );
  });

  it('refuses an empty name or one with quotation marks', () => {
    assert.deepEqual(renameEdits(FERRY_STORY, FERRY_STORY.people[0], '   '), { error: 'The new name is empty.' });
    assert.ok('error' in (renameEdits(FERRY_STORY, FERRY_STORY.people[0], 'Ellen “Ellie” Marsh') as object));
  });

  it('produces no edits when the name does not change', () => {
    assert.deepEqual(renameEdits(FERRY_STORY, FERRY_STORY.people[0], 'Ellen Marsh'), []);
  });
});

describe('people: speaker semantic tokens', () => {
  it('marks every name mention of people who speak, and nobody else', () => {
    const tokens = speakerTokens(FERRY_STORY);
    const lines = FERRY_TEXT.split('\n');
    const words = tokens.map((t) => lines[t.line].slice(t.character, t.character + t.length));
    assert.deepEqual(words, ['Ellen Marsh', 'Marsh', 'Paul Ridley', 'Ridley', 'Marsh', 'Marsh’s']);
    assert.ok(!words.includes('Kittering'));
  });

  it('splits a name wrapped over two lines into one token per line', () => {
    const text = 'said harbor master Ellen\nMarsh.';
    const story = {
      text,
      quotations: [],
      people: [person({ index: 0, name: 'Ellen Marsh', firstReference: spanOf(text, 'Ellen\nMarsh'), mentions: [mention(text, 'Ellen\nMarsh', 'full')], speaks: true })],
    };
    assert.deepEqual(speakerTokens(story), [
      { line: 0, character: 19, length: 5 },
      { line: 1, character: 0, length: 5 },
    ]);
  });
});
