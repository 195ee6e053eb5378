import { strict as assert } from 'node:assert';
import { buildOutline, foldingRegions, quotationLabel, type OutlineNode } from '../../src/extension/outline';
import { analyzeStory } from '../../src/core';
import { FERRY_STORY, FERRY_TEXT } from './ferryStory';

const textOf = (n: OutlineNode, span = n.selection) => FERRY_TEXT.slice(span.start, span.end);

describe('outline tree data', () => {
  const outline = buildOutline(FERRY_STORY);

  it('has two groups, Sections then Speakers', () => {
    assert.deepEqual(
      outline.map((g) => [g.label, g.kind]),
      [
        ['Sections', 'sectionsGroup'],
        ['Speakers', 'speakersGroup'],
      ],
    );
  });

  it('lists the sections in order with their kind and extent', () => {
    const sections = outline[0].children;
    assert.deepEqual(
      sections.map((s) => [s.detail, s.label]),
      [
        ['slug', 'BC-US--Harbor-Ferry/61'],
        ['headline', 'Ferry service resumes after storm closes Kittering pier'],
        ['byline', 'By DANA OKAFOR'],
        ['lead', 'PORTLAND, Maine'],
        ['subhead', 'REPAIRS'],
      ],
    );
    const subhead = sections[4];
    assert.equal(textOf(subhead), 'REPAIRS');
    assert.match(textOf(subhead, subhead.range), /^REPAIRS\n\nMarsh said the city would rebuild/);
    assert.ok(textOf(sections[3], sections[3].range).includes('Ridley said.'), 'the lead section runs to the subhead');
  });

  it('lists only people who speak, in order of first appearance, with title and quotation count', () => {
    const speakers = outline[1].children;
    assert.deepEqual(
      speakers.map((s) => [s.label, s.detail]),
      [
        ['Ellen Marsh', 'harbor master, 2 quotations'],
        ['Paul Ridley', 'Ticket agent, 1 quotation'],
      ],
    );
    assert.equal(outline[1].detail, '2 speakers');
    assert.equal(textOf(speakers[0]), 'Ellen Marsh', 'picking a speaker selects the first reference');
  });

  it('puts each attributed quotation under its speaker, jumping to the quotation', () => {
    const marsh = outline[1].children[0];
    assert.deepEqual(
      marsh.children.map((q) => [q.label, q.detail]),
      [
        ['“We had crews out there before the wind dropped,”', '¶2'],
        ['“Nobody wanted to wait for spring.”', '¶2'],
      ],
    );
    assert.equal(textOf(marsh.children[1]), '“Nobody wanted to wait for spring.”');
  });

  it('keeps every selection inside its range and every child inside its group', () => {
    const check = (n: OutlineNode) => {
      assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, `${n.label}: selection in range`);
      for (const c of n.children) {
        assert.ok(n.range.start <= c.range.start && c.range.end <= n.range.end, `${c.label} inside ${n.label}`);
        check(c);
      }
    };
    outline.forEach(check);
  });

  it('orders speakers by first appearance even when the people list is not', () => {
    const reversed = { ...FERRY_STORY, people: [...FERRY_STORY.people].reverse() };
    assert.deepEqual(
      buildOutline(reversed)[1].children.map((s) => s.label),
      ['Ellen Marsh', 'Paul Ridley'],
    );
  });

  it('leaves out an empty group', () => {
    const noSpeakers = { ...FERRY_STORY, people: FERRY_STORY.people.map((p) => ({ ...p, speaks: false })) };
    assert.deepEqual(buildOutline(noSpeakers).map((g) => g.label), ['Sections']);
    assert.deepEqual(buildOutline({ sections: [], people: [], quotations: [], blocks: [] }), []);
  });

  it('shortens a long quotation at a word boundary', () => {
    const label = quotationLabel({
      marks: 'double',
      text: 'The county has asked the state for emergency money twice, and both times the answer came back the same',
    });
    assert.equal(label, '“The county has asked the state for emergency money twice, …”');
    assert.equal(quotationLabel({ marks: 'single', text: 'hold the line' }), '‘hold the line’');
  });
});

describe('folding regions', () => {
  it('folds each subhead section and the lead, and wrapped paragraphs, on real copy', () => {
    const text = [
      'PORTLAND, Maine (AP) — Ferry crews walked off the job Monday, stranding',
      'commuters on three islands.',
      '“We did not want this,” said union steward Carl Boudreau.',
      'Talks resume',
      'Transit director Helen Ashby said talks would resume Wednesday and that',
      'the company wanted the boats running by the weekend.',
      '“We are close,” she said.',
    ].join('\n');
    const { story } = analyzeStory(text);
    assert.equal(story.layout, 'wrapped');
    // Lead: lines 0-2; subhead section: lines 3-6; the wrapped paragraph at 4-5 folds on its own
    // (the lead's first paragraph starts on the lead's line, and one line holds one region).
    assert.deepEqual(foldingRegions(story), [
      { start: 0, end: 2 },
      { start: 3, end: 6 },
      { start: 4, end: 5 },
    ]);
  });
});

describe('outline of a day file', () => {
  const text = [
    'BC-US--Ferry-Strike,210',
    'Island ferry crews walk off',
    '',
    'PORT ANGELES, Wash. (AP) — Ferry crews walked off the job Thursday, union president Marisol Etxeberria said.',
    '',
    '“We did not want it to come to this,” Etxeberria said.',
    '',
    'BC-US--Ice-Out,190',
    'Ice leaves Moosehead Lake at record pace',
    '',
    'GREENVILLE, Maine (AP) — The ice went out on Moosehead Lake on Tuesday, harbor master Tom Levesque said.',
    '',
    '“We’ve kept the log since 1848,” Levesque said.',
    '',
  ].join('\n');
  const { story } = analyzeStory(text);
  const outline = buildOutline(story);
  const within = (inner: OutlineNode, outer: OutlineNode) => outer.range.start <= inner.range.start && inner.range.end <= outer.range.end;

  it('has one node per story, named by its slug, with the headline and speaker count', () => {
    assert.deepEqual(
      outline.map((n) => [n.kind, n.label, n.detail]),
      [
        ['storyGroup', 'BC-US--Ferry-Strike,210', 'Island ferry crews walk off · 1 speaker'],
        ['storyGroup', 'BC-US--Ice-Out,190', 'Ice leaves Moosehead Lake at record pace · 1 speaker'],
      ],
    );
  });

  it('puts each story’s sections and speakers under it, inside its range', () => {
    const [ferry, ice] = outline;
    assert.deepEqual(ferry.children.map((g) => g.label), ['Sections', 'Speakers']);
    assert.deepEqual(ferry.children[1].children.map((s) => s.label), ['Marisol Etxeberria']);
    assert.deepEqual(ice.children[1].children.map((s) => s.label), ['Tom Levesque']);
    assert.equal(text.slice(ice.selection.start, ice.selection.end), 'BC-US--Ice-Out,190');
    for (const storyNode of outline) {
      for (const g of storyNode.children) {
        assert.ok(within(g, storyNode), `${g.label} inside ${storyNode.label}`);
        for (const c of g.children) assert.ok(within(c, g), `${c.label} inside ${g.label}`);
      }
    }
    assert.ok(ferry.range.end <= ice.range.start, 'stories do not overlap');
  });
});
