// The engine against the fixture corpus: the original AP-style stories in
// test/fixtures/stories, each read by hand as an editor would read it and
// written down in <name>.expected.json. Every story runs in four layouts
// (blank-line, indented, hard-wrapped, indented and hard-wrapped; see test/fixtures/layouts.ts), and the
// reading must not change with the layout.
//
// Conventions of the expectation files:
//   quotes    Every spoken quotation at depth 0, in text order. Quoted titles
//             (“The Evening Show”) and quotes nested inside a quote (single
//             marks) are left out. Each paragraph of a running quote is its own
//             entry; the second and later ones have `continues: true`.
//             `startsWith` is the start of the quoted words (inside the marks,
//             line breaks folded to one space). `speaker` is the full name of
//             the person or organisation it is attributed to, null for none.
//             `partial` marks a fragment inside the writer's own sentence,
//             including `Marsh said “the door is open” to …`.
//   speakers  People and organisations that speak: quoted, or the subject of a
//             speech verb (`said`, `told`, `asked`, `wrote`), in order of their
//             first reference in the story (the dateline lead counts; headlines
//             name nobody who speaks). Others named in passing are left out.
//             `title` is the title or description written right before the
//             name at first reference (`Gov.`, `harbor master`), or set off
//             before it (`Its board president, Dale Rautio,` → `board
//             president`), null when there is none: a description after the
//             name (`Marcos Villegas, a taxi driver`) is not a title. A description that opens a sentence
//             is written lower-case, as it would stand mid-sentence (`Union
//             executive director Carla Benton` → `union executive director`).
//             `quotes` counts that speaker's entries in `quotes`.
//   sections  The story's sections in order (paragraphs and page residue have
//             none). Titles are compared exactly for slug, headline (its lines
//             folded to one), byline (its first line: `By MARIA DELGADO`),
//             dateline (place and credit: `MINNEAPOLIS (AP)`), subhead and end
//             mark (`___`); for the long ones (editorsNote, caption,
//             contributor, copyright, endMatter) `title` is a prefix.
//
// Correct copy carries no pairing or attribution finding: the last check of
// every story is that the engine stays quiet on it.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStory } from '../../src/core';
import type { Analysis, Quotation, Story } from '../../src/core';
import { describeFinding, isPairingOrAttribution } from '../fixtures/findings';
import { GENERATED_LAYOUTS, LAYOUTS, INDENTS, WIRE_WIDTH, WRAP_WIDTH, blocksOf, indentFor, inLayout, invisibleBreaks, type LayoutName } from '../fixtures/layouts';
import { STORIES_DIR, readExpectation, readStory, storyNames, type Expectation, type ExpectedQuote, type ExpectedSection, type ExpectedSpeaker } from '../fixtures/stories';

const EXACT_TITLE_KINDS = new Set(['slug', 'headline', 'byline', 'dateline', 'subhead', 'endMark']);

function quoteRow(q: { startsWith: string; speaker: string | null; partial: boolean; continues: boolean }): string {
  const flags = [q.partial ? 'partial' : '', q.continues ? 'continues' : ''].filter(Boolean).join(', ');
  return `“${q.startsWith}…” — ${q.speaker ?? '(no speaker)'}${flags ? ` [${flags}]` : ''}`;
}

function spokenQuotations(story: Story): Quotation[] {
  return story.quotations.filter((q) => q.depth === 0 && !q.isTitle);
}

/**
 * The engine's quotations as rows comparable with the expected ones. Where the
 * quoted text starts with the expected `startsWith`, that prefix stands in the
 * row; otherwise the first 30 characters of what the engine found, so a diff
 * shows exactly which quotation went astray.
 */
function actualQuoteRows(story: Story, expected: ExpectedQuote[]): string[] {
  return spokenQuotations(story).map((q, i) => {
    const want = expected[i];
    const startsWith = want && q.text.startsWith(want.startsWith) ? want.startsWith : q.text.slice(0, 30);
    const speaker = q.speaker >= 0 ? story.people[q.speaker]?.name ?? `(bad index ${q.speaker})` : null;
    return quoteRow({ startsWith, speaker, partial: q.partial, continues: q.continues });
  });
}

function speakerRow(s: ExpectedSpeaker): string {
  return `${s.name} | title: ${s.title ?? '(none)'} | ${s.quotes} quotation${s.quotes === 1 ? '' : 's'}`;
}

function actualSpeakerRows(story: Story): string[] {
  return story.people
    .filter((p) => p.speaks)
    .sort((a, b) => a.firstReference.start - b.firstReference.start)
    .map((p) =>
      speakerRow({
        name: p.name,
        title: p.title ?? null,
        quotes: p.quotations.filter((qi) => story.quotations[qi] && story.quotations[qi].depth === 0 && !story.quotations[qi].isTitle).length,
      }),
    );
}

function sectionRow(s: ExpectedSection): string {
  return `${s.kind}: ${s.title}`;
}

function actualSectionRows(story: Story, expected: ExpectedSection[]): string[] {
  return story.sections.map((s, i) => {
    const want = expected[i];
    // For the long kinds the expectation is a prefix: show it when it matches.
    const title = want && want.kind === s.kind && !EXACT_TITLE_KINDS.has(s.kind) && s.title.startsWith(want.title) ? want.title : s.title;
    return sectionRow({ kind: s.kind, title });
  });
}

const analyses = new Map<string, { text: string; analysis: Analysis }>();

function analyzed(name: string, layout: LayoutName): { text: string; analysis: Analysis } {
  const key = `${name}/${layout}`;
  let hit = analyses.get(key);
  if (!hit) {
    const text = inLayout(name, readStory(name), layout);
    hit = { text, analysis: analyzeStory(text) };
    analyses.set(key, hit);
  }
  return hit;
}

describe('fixture corpus: the engine reads each story as an editor does', () => {
  for (const name of storyNames()) {
    const expected: Expectation = readExpectation(name);
    describe(name, () => {
      for (const layout of LAYOUTS) {
        describe(`${layout} layout`, () => {
          it('finds the spoken quotations, in order, with their speakers', () => {
            const { analysis } = analyzed(name, layout);
            assert.deepEqual(
              actualQuoteRows(analysis.story, expected.quotes),
              expected.quotes.map(quoteRow),
              `quotations of ${name} (${layout}) differ from the editor's reading`,
            );
          });

          it('lists the speakers by first reference, with title and quotation count', () => {
            const { analysis } = analyzed(name, layout);
            assert.deepEqual(actualSpeakerRows(analysis.story), expected.speakers.map(speakerRow), `speakers of ${name} (${layout})`);
          });

          it('finds the sections in order', () => {
            const { analysis } = analyzed(name, layout);
            assert.deepEqual(actualSectionRows(analysis.story, expected.sections), expected.sections.map(sectionRow), `sections of ${name} (${layout})`);
          });

          it('reports no pairing or attribution problem on this correct copy', () => {
            const { text, analysis } = analyzed(name, layout);
            const found = analysis.findings.filter(isPairingOrAttribution).map((f) => describeFinding(text, analysis.story, f));
            assert.deepEqual(found, [], `false alarms on correct copy (${name}, ${layout})`);
          });
        });
      }
    });
  }
});

// A desk's day file: every story of the corpus in one file, in each layout, as a wire
// terminal or a paste delivers it (no blank line between stories except in the blank-line
// layout). Each story must read exactly as it reads alone: no speaker, style or person
// leaks from one story into the next.
describe('fixture corpus: a day file of every story', () => {
  const names = storyNames().filter((n) => /^(?:BC|AP)-/.test(readStory(n)));
  for (const layout of LAYOUTS) {
    it(`${layout} layout: each story reads as it does alone`, () => {
      const parts = names.map((n) => analyzed(n, layout).text);
      const day = parts.join(layout === 'blank' ? '\n' : '');
      const { story, findings } = analyzeStory(day);
      assert.equal(story.storyCount, names.length);
      const speakers = (st: Story) => spokenQuotations(st).map((q) => (q.speaker >= 0 ? st.people[q.speaker].name : null));
      assert.deepEqual(speakers(story), names.flatMap((n) => speakers(analyzed(n, layout).analysis.story)));
      const alone = names.flatMap((n) => analyzed(n, layout).analysis.findings.map((f) => f.rule)).sort();
      assert.deepEqual(findings.map((f) => f.rule).sort(), alone);
    });
  }
});

// Copy pasted from a web page often keeps one paragraph per line with no blank lines between.
describe('fixture corpus: one paragraph per line', () => {
  for (const name of storyNames()) {
    it(`${name}: reads as in its blank-line layout`, () => {
      const blank = analyzed(name, 'blank').analysis.story;
      const lines = analyzeStory(readStory(name).replace(/\n\n+/g, '\n')).story;
      assert.equal(lines.layout, 'lines');
      assert.deepEqual(lines.blocks.map((b) => b.kind), blank.blocks.map((b) => b.kind));
      const speakers = (st: Story) => spokenQuotations(st).map((q) => (q.speaker >= 0 ? st.people[q.speaker].name : null));
      assert.deepEqual(speakers(lines), speakers(blank));
    });
  }
});

// Copy forwarded in an e-mail carries `> ` before every line (`> > ` forwarded twice, a bare
// `>` on the blank lines). It must read as the same story in every layout: the same blocks
// with the same words, the same quotations and speakers, the same findings.
describe('fixture corpus: forwarded in an e-mail', () => {
  const quoteEmail = (text: string, prefix: string) => text.split('\n').map((l) => (l.trim() ? prefix + l : prefix.trimEnd())).join('\n');
  const reading = (a: Analysis) => ({
    blocks: a.story.blocks.map((b) => `${b.kind}: ${b.text}`),
    quotes: spokenQuotations(a.story).map((q) => `${q.text} — ${q.speaker >= 0 ? a.story.people[q.speaker].name : '(none)'}`),
    findings: a.findings.map((f) => `${f.rule}: ${f.message}`),
  });
  for (const name of storyNames()) {
    for (const layout of LAYOUTS) {
      it(`${name}, ${layout} layout: reads as it does unquoted`, () => {
        const { text, analysis } = analyzed(name, layout);
        for (const prefix of ['> ', '> > ']) assert.deepEqual(reading(analyzeStory(quoteEmail(text, prefix))), reading(analysis), JSON.stringify(prefix));
      });
    }
  }

  // A forward as it arrives: the editor's note above, the mailer's header, a signature below.
  it('reads the speakers of a forward with a note, a header and a signature around the quoted story', () => {
    for (const name of storyNames()) {
      const { text, analysis } = analyzed(name, 'blank');
      const lines = quoteEmail(text, '> ').split('\n');
      const forward = ['Can you give this a read before 6? Thanks.', '', 'On Sat, Mar 8, 2025 at 11:02 PM Colin Fairweather <cfairweather@example.com> wrote:', ...lines, '', '--', 'Colin Fairweather', 'Sports desk'].join('\n');
      const speakers = (a: Analysis) => spokenQuotations(a.story).map((q) => `${q.text} — ${q.speaker >= 0 ? a.story.people[q.speaker].name : '(none)'}`);
      assert.deepEqual(speakers(analyzeStory(forward)), speakers(analysis), name);
    }
  });
});

// The corpus itself: checks that keep the fixtures honest, independent of the engine.
describe('fixture corpus: the stories and their layouts', () => {
  const names = storyNames();

  it('holds at least ten stories, each with an expectation file', () => {
    assert.ok(names.length >= 10, `only ${names.length} stories`);
    for (const name of names) assert.doesNotThrow(() => readExpectation(name), `${name}.expected.json`);
  });

  for (const name of names) {
    describe(name, () => {
      const text = readStory(name);
      const expected = readExpectation(name);

      it('is 250–700 words long', () => {
        const words = text.split(/\s+/).filter(Boolean).length;
        assert.ok(words >= 250 && words <= 700, `${words} words`);
      });

      it('uses one quotation style throughout (curly or straight, never both)', () => {
        const curly = (text.match(/[“”‘’]/g) ?? []).length;
        const straight = (text.match(/["']/g) ?? []).length;
        assert.ok(curly === 0 || straight === 0, `${curly} curly and ${straight} straight marks`);
      });

      it('has each expected quotation where the expectation says, in text order', () => {
        // Page residue inside a paragraph is not part of the quoted words.
        const folded = blocksOf(text)
          .map((b) => b.filter((l) => !/^\s*(?:\[[^\]]*\]|\|)\s*$/.test(l)).join(' '))
          .join('\n\n');
        let from = 0;
        for (const q of expected.quotes) {
          const at = Math.min(...['“', '"'].map((m) => folded.indexOf(m + q.startsWith, from)).filter((i) => i >= 0));
          assert.ok(Number.isFinite(at), `“${q.startsWith}” not found after offset ${from}: a typo in the expectation, or out of order`);
          from = at + 1;
        }
      });

      it('counts each speaker’s quotations consistently with the quotes list', () => {
        for (const s of expected.speakers) {
          assert.equal(expected.quotes.filter((q) => q.speaker === s.name).length, s.quotes, s.name);
        }
        const named = new Set(expected.speakers.map((s) => s.name));
        for (const q of expected.quotes) assert.ok(q.speaker === null || named.has(q.speaker), `${q.speaker} quoted but not listed as a speaker`);
      });

      it('committed layout files match the generator (npx tsx test/fixtures/generate.ts)', () => {
        for (const layout of GENERATED_LAYOUTS) {
          const committed = readFileSync(join(STORIES_DIR, `${name}.${layout}.wire`), 'utf8');
          assert.equal(committed, inLayout(name, text, layout), `${name}.${layout}.wire is stale`);
        }
      });

      it('keeps the words and their order in every layout', () => {
        const words = (t: string) => t.split(/\s+/).filter(Boolean);
        for (const layout of GENERATED_LAYOUTS) assert.deepEqual(words(inLayout(name, text, layout)), words(text), layout);
      });

      it('indented layout: no blank lines; paragraphs of prose and nothing else start indented', () => {
        const indented = inLayout(name, text, 'indented');
        const lines = indented.replace(/\n$/, '').split('\n');
        assert.ok(lines.every((l) => l.trim() !== ''), 'a blank line');
        const indent = indentFor(name);
        const starts = lines.filter((l) => /^[\t ]/.test(l));
        assert.ok(starts.length > 0, 'no indented paragraph');
        for (const l of starts) assert.ok(l.startsWith(indent) && !/^[\t ]/.test(l.slice(indent.length)), `odd indent: ${JSON.stringify(l.slice(0, 12))}`);
        // The first lines of the story (slug, headline, byline) stay flush left.
        assert.ok(!/^[\t ]/.test(lines[0]));
      });

      it('indented-wrapped layout: no blank lines; prose paragraphs open indented, wrap at 69 columns, and go on flush left', () => {
        const text2 = inLayout(name, text, 'indented-wrapped');
        const lines = text2.replace(/\n$/, '').split('\n');
        const indent = indentFor(name);
        assert.ok(lines.every((l) => l.trim() !== ''), 'a blank line');
        for (const l of lines) {
          const body = l.startsWith(indent) ? l.slice(indent.length) : l;
          assert.ok(!/^[\t ]/.test(body), `odd indent: ${JSON.stringify(l.slice(0, 12))}`);
        }
        // Same paragraph starts as the indented layout, and more lines (the wrapping).
        const starts = (t: string) => t.split('\n').filter((l) => l.startsWith(indent)).map((l) => l.trim().split(' ').slice(0, 4).join(' '));
        assert.deepEqual(starts(text2), starts(inLayout(name, text, 'indented')));
        const indentedLines = inLayout(name, text, 'indented').split('\n');
        assert.ok(lines.length > indentedLines.length - 1, 'nothing wrapped');
        const prose = lines.filter((l, i) => l.startsWith(indent) || (i > 0 && lines[i - 1] !== undefined && !/^[A-Z“"]/.test(l)));
        for (const l of prose) assert.ok(l.replace(indent, '').length <= WIRE_WIDTH || !l.trim().includes(' '), `line over ${WIRE_WIDTH}: ${l}`);
      });

      it('wrapped layout: no blank lines, no indentation, no line over 72 columns, every paragraph break visible', () => {
        const wrapped = inLayout(name, text, 'wrapped');
        const lines = wrapped.replace(/\n$/, '').split('\n');
        for (const l of lines) {
          assert.ok(l.trim() !== '' && !/^\s/.test(l), `bad line ${JSON.stringify(l)}`);
          assert.ok(l.length <= WRAP_WIDTH || !l.includes(' '), `line over ${WRAP_WIDTH}: ${l}`);
        }
        assert.deepEqual(invisibleBreaks(text), []);
      });
    });
  }

  it('covers every indent: a tab and 2 to 5 spaces', () => {
    assert.deepEqual(new Set(names.map(indentFor)), new Set(INDENTS));
  });
});
