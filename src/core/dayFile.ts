// A day's wire file holds hundreds of stories, and nothing in one reaches into another:
// quotations, people and rules all stop at a slug line. So with a story cache (the extension
// keeps one per document) each story of a file is analysed on its own text and its results are
// moved into place, and a story reused from the cache after an edit elsewhere gives what
// analysing the whole file again would: a keystroke in a 1 MB file costs one story. Without a
// cache the file is read in one pass (analyze.ts); tests hold the two equal.

import type { Analysis, Attribution, Dateline, Finding, Fix, Person, Quotation, Span, Story } from './types';
import { buildSections, detectLayout, movedBlock, type Line, type TextLines } from './story';
import { messageWithLine } from './lines';

/** Analyses of the stories of a document, by their text, for the options they were made with. */
export interface StoryCache {
  optionsKey: string;
  byText: Map<string, Analysis>;
}

export function createStoryCache(): StoryCache {
  return { optionsKey: '', byText: new Map() };
}

export interface StoryText {
  text: string;
  /** Where the story starts in the file: offset and line. */
  offset: number;
  line: number;
  /** Its lines in the file. */
  segment: Line[];
}

/** Each story's text in the file, with where it starts. */
export function storyTexts(text: string, split: TextLines): StoryText[] {
  const { segments, lineStarts } = split;
  return segments.map((segment, k) => {
    const line = segment[0].index;
    const offset = lineStarts[line];
    const end = k + 1 < segments.length ? lineStarts[segments[k + 1][0].index] : text.length;
    return { text: text.slice(offset, end), offset, line, segment };
  });
}

/**
 * A story's lines, from the file's, moved: a story is one segment of the file, its lines read as
 * the file's were (e-mail quote marks and all).
 */
export function storyLines(story: StoryText, split: TextLines): TextLines {
  const { offset, line } = story;
  const lines = story.segment.map((l) => ({ ...l, index: l.index - line, start: l.start - offset, end: l.end - offset, contentStart: l.contentStart - offset, contentEnd: l.contentEnd - offset }));
  const lineStarts = split.lineStarts.slice(line, line + lines.length).map((s) => s - offset);
  return { lineStarts, lines, layout: detectLayout(lines), segments: [lines], quotedEmail: split.quotedEmail };
}

/**
 * The file's analysis, built from its stories' analyses: `add` moves one to where the story
 * stands (offset and line in the file), in the file's order. Adding each story as soon as it is
 * analysed lets what was built for it die young, before the next story is read.
 */
export function joinStories(text: string, split: TextLines): { add(offset: number, line: number, analysis: Analysis): void; finish(): Analysis } {
  const story: Story = {
    text,
    blocks: [],
    quotations: [],
    people: [],
    quoteProblems: [],
    ambiguousReports: [],
    sections: [],
    layout: split.layout,
    lineStarts: split.lineStarts,
    datelines: [],
    storyCount: 0,
  };
  const findings: Finding[] = [];
  let paragraphs = 0;
  function add(o: number, line: number, analysis: Analysis): void {
    const s = analysis.story;
    const blockOffset = story.blocks.length;
    const quoteOffset = story.quotations.length;
    const personOffset = story.people.length;
    for (const b of s.blocks) story.blocks.push(movedBlock(text, b, o, line, paragraphs, story.storyCount));
    for (const b of s.blocks) if (b.paragraphIndex >= 0) paragraphs++;
    for (const d of s.datelines) story.datelines.push(movedDateline(d, o));
    for (const q of s.quotations) story.quotations.push(movedQuotation(q, o, quoteOffset, blockOffset, personOffset));
    for (const p of s.people) story.people.push(movedPerson(p, o, personOffset, quoteOffset));
    for (const qp of s.quoteProblems) story.quoteProblems.push({ ...qp, start: qp.start + o, end: qp.end + o });
    for (const a of s.ambiguousReports) story.ambiguousReports.push(movedAttribution(a, o, personOffset));
    for (const f of analysis.findings) findings.push(movedFinding(f, o, split.lineStarts));
    story.storyCount += s.storyCount;
  }
  function finish(): Analysis {
    if (story.datelines.length) story.dateline = story.datelines[0];
    story.sections = buildSections(story);
    // Each story's findings are in order already; this only settles ties at a boundary.
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { story, findings };
  }
  return { add, finish };
}

function moved<T extends Span>(span: T, o: number): T {
  return { ...span, start: span.start + o, end: span.end + o };
}

function movedDateline(d: Dateline, o: number): Dateline {
  const m: Dateline = { ...d, start: d.start + o, end: d.end + o, city: moved(d.city, o), credit: moved(d.credit, o), dash: moved(d.dash, o) };
  if (d.region) m.region = moved(d.region, o);
  return m;
}

function movedAttribution(a: Attribution, o: number, personOffset: number): Attribution {
  const m: Attribution = { ...a };
  if (a.subject) m.subject = moved(a.subject, o);
  if (a.verb) m.verb = moved(a.verb, o);
  if (a.candidates) m.candidates = a.candidates.map((c) => c + personOffset);
  if (a.otherGender !== undefined) m.otherGender = a.otherGender + personOffset;
  return m;
}

function movedQuotation(q: Quotation, o: number, quoteOffset: number, blockOffset: number, personOffset: number): Quotation {
  const m: Quotation = {
    ...q,
    start: q.start + o,
    end: q.end + o,
    index: q.index + quoteOffset,
    open: moved(q.open, o),
    content: moved(q.content, o),
    blockIndex: q.blockIndex + blockOffset,
    speaker: q.speaker < 0 ? q.speaker : q.speaker + personOffset,
  };
  if (q.close) m.close = moved(q.close, o);
  if (q.coSpeakers) m.coSpeakers = q.coSpeakers.map((p) => p + personOffset);
  if (q.attribution) m.attribution = movedAttribution(q.attribution, o, personOffset);
  return m;
}

function movedPerson(p: Person, o: number, personOffset: number, quoteOffset: number): Person {
  return {
    ...p,
    index: p.index + personOffset,
    firstReference: moved(p.firstReference, o),
    mentions: p.mentions.map((m) => moved(m, o)),
    quotations: p.quotations.map((q) => q + quoteOffset),
    variants: p.variants.map((v) => moved(v, o)),
  };
}

function movedFix(fix: Fix, o: number): Fix {
  return { ...fix, edits: fix.edits.map((e) => moved(e, o)) };
}

function movedFinding(f: Finding, o: number, lineStarts: number[]): Finding {
  const m: Finding = { ...f, start: f.start + o, end: f.end + o };
  // A line named in the message is counted from the story's start: count it in the file.
  if (f.refersTo && f.messageTemplate) {
    m.refersTo = moved(f.refersTo, o);
    m.message = messageWithLine(f.messageTemplate, lineStarts, m.refersTo);
  }
  if (f.fix) m.fix = movedFix(f.fix, o);
  if (f.suggestions) m.suggestions = f.suggestions.map((s) => movedFix(s, o));
  return m;
}
