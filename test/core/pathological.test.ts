// Pathological input: what a broken feed or a careless paste puts in front of
// the engine. Each case must complete (mocha's timeout is only an anti-hang
// bound, not a speed test: `npm run bench` measures speed and growth) and give
// results that are right for the text.
import { strict as assert } from 'node:assert';
import { analyzeStory, type Finding } from '../../src/core';

const PAIRING = new Set(['quote-unclosed', 'quote-unopened', 'quote-direction', 'quote-nesting']);
const count = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).length;

function positionsOf(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

describe('engine: pathological input completes with sane results', function () {
  this.timeout(30_000);

  it('a 5 MB single line: one paragraph, every closed quotation found, no pairing problem', () => {
    const sentence = 'The council voted to “delay the levy” again, and Mayor Ruth Okafor said the town would wait. ';
    const n = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence, 'utf8'));
    const text = sentence.repeat(n);
    assert.ok(Buffer.byteLength(text, 'utf8') >= 5 * 1024 * 1024);

    const { story, findings } = analyzeStory(text);
    assert.deepEqual(story.lineStarts, [0]);
    assert.deepEqual(
      story.blocks.map((b) => [b.kind, b.start, b.end]),
      [['paragraph', 0, text.length - 1]],
    );
    assert.equal(story.quotations.length, n);
    assert.ok(story.quotations.every((q) => q.text === 'delay the levy' && q.close && q.depth === 0));
    assert.equal(findings.filter((f) => PAIRING.has(f.rule)).length, 0);
  });

  it('20,000 one-sentence paragraphs that each open with `She`, then a quotation: its `she` is the one woman named, found without walking the run', () => {
    const paras = ['DULUTH, Minn. (AP) — Mayor Ann Jorgenson walked the harbor Monday.'];
    for (let i = 0; i < 20_000; i++) paras.push('She walked to the pier.');
    paras.push('“We are ready,” she said.');
    const { story, findings } = analyzeStory(paras.join('\n\n'));
    assert.equal(story.blocks.length, 20_002);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via]), [['Ann Jorgenson', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('8,000 paragraphs trading `the elder Ruiz said` and `Ruiz said`: each surname the son, the story scanned once for who is called the elder', () => {
    const paras = ['ALPINE, Texas (AP) — Joaquín Ruiz builds saddles.', 'He learned the trade from his father, Ernesto Ruiz. The elder Ruiz, now 81, still comes in.'];
    for (let i = 0; i < 8_000; i++) paras.push(i % 2 ? '“I listen,” Ruiz said.' : '“He cuts too fast,” the elder Ruiz said.');
    const { story, findings } = analyzeStory(paras.join('\n\n'));
    const speakers = story.quotations.map((q) => story.people[q.speaker]?.name);
    assert.equal(speakers.length, 8_000);
    assert.deepEqual([...new Set(speakers.filter((_, i) => i % 2 === 0))], ['Ernesto Ruiz']);
    assert.deepEqual([...new Set(speakers.filter((_, i) => i % 2 === 1))], ['Joaquín Ruiz']);
    assert.deepEqual(findings, []);
  });

  it('a 2 MB single line of quotations and pronouns: every `he said` is the one man named, each looking back only so far', () => {
    const sentence = '“The harbor is open,” said Gene Talvola. He said ships waited. “We lost 12 days,” he said. ';
    const n = Math.ceil((2 * 1024 * 1024) / sentence.length);
    const { story, findings } = analyzeStory(`DULUTH, Minn. (AP) — ${sentence.repeat(n)}`);
    assert.equal(story.blocks.length, 1);
    assert.equal(story.quotations.length, 2 * n);
    assert.ok(story.quotations.every((q) => story.people[q.speaker]?.name === 'Gene Talvola'));
    assert.deepEqual(findings, []);
  });

  it('a 1 MB hard-wrapped quotation never closed: one paragraph, its text folded line by line, one unclosed mark', () => {
    const line = 'the harbor master said the pier would be rebuilt before the summer season';
    const n = Math.ceil((1024 * 1024) / (line.length + 1));
    const text = `PORTLAND, Maine (AP) — “${line}\n${`${line}\n`.repeat(n)}`;

    const { story, findings } = analyzeStory(text);
    assert.equal(story.layout, 'wrapped');
    assert.equal(story.blocks.length, 1);
    assert.equal(story.quotations.length, 1);
    assert.equal(story.quotations[0].text, Array(n + 1).fill(line).join(' '));
    assert.equal(count(findings, 'quote-unclosed'), 1);
  });

  it('100,000 unmatched opening marks: each mark reported once by a pairing rule', () => {
    const text = 'Residents asked “why now. '.repeat(100_000);
    const marks = positionsOf(text, '“');
    assert.equal(marks.length, 100_000);

    const { story, findings } = analyzeStory(text);
    assert.equal(story.blocks.length, 1);
    const pairing = findings.filter((f) => PAIRING.has(f.rule));
    assert.deepEqual(
      pairing.map((f) => f.start),
      marks,
      'one pairing finding at each mark, in order',
    );
    // The first mark opens a quotation that is never closed; each later one opens a double inside it.
    assert.equal(count(pairing, 'quote-unclosed'), 1);
    assert.equal(count(pairing, 'quote-nesting'), 100_000 - 1);
    assert.ok(story.quotations.length >= 1 && story.quotations.length <= marks.length);
  });

  it('100,000 unmatched closing marks: each reported once as unopened or wrong-way', () => {
    const text = 'The board said no” again. '.repeat(100_000);
    const marks = positionsOf(text, '”');
    const { findings } = analyzeStory(text);
    const pairing = findings.filter((f) => PAIRING.has(f.rule));
    assert.deepEqual(
      pairing.map((f) => f.start),
      marks,
    );
    assert.ok(pairing.every((f) => f.rule === 'quote-unopened' || f.rule === 'quote-direction'), 'only unopened or wrong-way findings');
  });

  it('a story that is all subheads: sections for each, no quotations, no findings', () => {
    const topics = ['Storm Damage Spreads', 'Schools Close Early', 'Power Crews Arrive', 'What Comes Next', 'Roads Reopen Slowly'];
    const n = 10_000;
    const heads = Array.from({ length: n }, (_, i) => `${topics[i % topics.length]} ${i + 1}`);
    const text = heads.join('\n\n') + '\n';

    const { story, findings } = analyzeStory(text);
    assert.equal(story.blocks.length, n);
    assert.deepEqual(
      story.blocks.map((b) => b.text),
      heads,
    );
    // The first line reads as the headline; a last line with nothing after it may read as a paragraph.
    const subheads = story.blocks.filter((b) => b.kind === 'subhead').length;
    assert.ok(subheads >= n - 2, `${subheads} subheads of ${n}`);
    assert.ok(story.sections.length >= subheads);
    for (const s of story.sections) assert.equal(s.title, story.blocks[s.blockIndex].text);
    assert.equal(story.quotations.length, 0);
    assert.deepEqual(findings, []);
  });

  it('a line of 200,000 dashes reads as one end mark, alone or after a story', () => {
    const dashes = '-'.repeat(200_000);
    const alone = analyzeStory(dashes);
    assert.deepEqual(
      alone.story.blocks.map((b) => [b.kind, b.start, b.end]),
      [['endMark', 0, 200_000]],
    );
    assert.deepEqual(alone.findings, []);

    const head = 'BC-US--Levy-Vote,120\nTown delays levy vote\n\nBOSTON (AP) — The council voted Tuesday to delay the levy.\n\n';
    const text = `${head}${dashes}\n\nAssociated Press writer Ines Marchetti contributed to this report.\n`;
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(
      story.blocks.map((b) => b.kind),
      ['slug', 'headline', 'dateline', 'endMark', 'contributor'],
    );
    const mark = story.blocks[3];
    assert.equal(text.slice(mark.start, mark.end), dashes);
    assert.deepEqual(findings, []);
  });

  it('20,000 paragraphs of quotation: every one found and attributed to its speaker', () => {
    const n = 20_000;
    const head = 'BC-US--Bakery-Holdout,9000\nBakery stays put\n\nTRENTON, N.J. (AP) — A bakery on Front Street will stay open.';
    const paragraphs = ['“We are not leaving,” said Ines Marchetti, who runs the bakery on Front Street.'];
    for (let i = 1; i < n; i++) paragraphs.push(`“The ovens stay on through winter ${i},” Marchetti said.`);
    const text = [head, ...paragraphs].join('\n\n') + '\n';

    const { story, findings } = analyzeStory(text);
    assert.deepEqual(
      story.blocks.slice(0, 3).map((b) => b.kind),
      ['slug', 'headline', 'dateline'],
    );
    assert.equal(story.blocks.filter((b) => b.kind === 'paragraph').length, n);
    assert.equal(story.quotations.length, n);
    const marchetti = story.people.findIndex((p) => p.name === 'Ines Marchetti');
    assert.ok(marchetti >= 0, 'Ines Marchetti is a person of the story');
    assert.equal(story.people[marchetti].quotations.length, n);
    assert.ok(story.quotations.every((q) => q.speaker === marchetti && q.close));
    assert.deepEqual(
      findings.filter((f) => f.rule.startsWith('quote-') || f.rule === 'attribution-missing' || f.rule === 'attribution-unknown'),
      [],
    );
  });
});
