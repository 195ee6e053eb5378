import { strict as assert } from 'node:assert';
import type { Block } from '../../src/core/types';
import { bodyWordCount, countWords, slugWordCount, statusText, statusTooltip, storyStats } from '../../src/extension/stats';
import { FERRY_STORY } from './ferryStory';
import { spanOf } from './storyFixture';

describe('slug word count', () => {
  it('reads the count after a slash or a comma at the end of the slug line', () => {
    assert.equal(slugWordCount('BC-US--Harbor-Ferry/850'), 850);
    assert.equal(slugWordCount('BC-BKN--Heat-Hawks, 1st Ld-Writethru,416'), 416);
    assert.equal(slugWordCount('AP-US--Vote-Count, 2nd Ld, 612 words  '), 612);
  });

  it('finds none when the slug ends with a version or keyword', () => {
    assert.equal(slugWordCount('PM-Air Fares, 1st Ld-1st Add'), undefined);
    assert.equal(slugWordCount('BC-ADV--Advance-Close, Advisory'), undefined);
    assert.equal(slugWordCount('BC-Budget-2024'), undefined);
  });
});

describe('body word count', () => {
  it('counts words, not dashes or stray punctuation', () => {
    assert.equal(countWords('The pier — rebuilt twice — opened at 7 a.m. Tuesday .'), 9);
  });

  it('counts the lead after its dateline, paragraphs and subheads, but not the header or end matter', () => {
    const text = [
      'BC-US--Bridge-Vote/12',
      'Town votes to keep old bridge',
      '',
      'ELKO, Nev. (AP) — Voters kept the Carlin Street bridge.',
      '',
      'RESULTS',
      '',
      'The tally was 812 to 790.',
      '',
      'Copyright 2026 The Associated Press.',
    ].join('\n');
    const block = (kind: Block['kind'], line: string) => ({ kind, ...spanOf(text, line) });
    const blocks = [
      block('slug', 'BC-US--Bridge-Vote/12'),
      block('headline', 'Town votes to keep old bridge'),
      block('dateline', 'ELKO, Nev. (AP) — Voters kept the Carlin Street bridge.'),
      block('subhead', 'RESULTS'),
      block('paragraph', 'The tally was 812 to 790.'),
      block('copyright', 'Copyright 2026 The Associated Press.'),
    ];
    const dateline = { ...spanOf(text, 'ELKO, Nev. (AP) — ') } as never;
    // 6 in the lead + 1 subhead + 6 in the paragraph.
    assert.equal(bodyWordCount({ text, blocks, dateline }), 13);
    const stats = storyStats({ text, blocks, dateline, quotations: [], people: [] }, [{ severity: 'warning' }]);
    assert.equal(stats.slugWords, 12);
    assert.equal(statusText(stats), '$(quote) 0  $(person) 0  13 words (slug 12, +1)  $(warning) 1');
    assert.match(statusTooltip(stats), /The slug line says 12 words \(1 over\)\./);
  });
});

describe('status bar numbers', () => {
  it('counts top-level spoken quotations, speakers and problems', () => {
    const blocks = [{ kind: 'slug' as const, ...spanOf(FERRY_STORY.text, 'BC-US--Harbor-Ferry/61') }];
    const stats = storyStats({ ...FERRY_STORY, blocks }, [{ severity: 'error' }, { severity: 'info' }]);
    assert.equal(stats.quotations, 3);
    assert.equal(stats.speakers, 2);
    assert.deepEqual(stats.problems, { error: 1, warning: 0, info: 1, total: 2 });
    assert.equal(stats.slugWords, 61);
    assert.match(statusText(stats), /^\$\(quote\) 3 {2}\$\(person\) 2 {2}0 words \(slug 61, −61\) {2}\$\(error\) 2$/);
  });

  it('leaves quoted titles and quotes inside quotes out of the quotation count', () => {
    const [a, b, c] = FERRY_STORY.quotations;
    const quotations = [a, { ...b, depth: 1 }, { ...c, isTitle: true }];
    assert.equal(storyStats({ ...FERRY_STORY, quotations, blocks: [] }, []).quotations, 1);
  });
});
