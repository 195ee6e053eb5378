// Quotation pairing: one left-to-right pass over each block's characters with a
// small stack, then a pass over paragraphs for AP running quotes.
//
// Marks are classified by shape (what stands before and after them) and, where
// the shape is ambiguous (straight marks, stray spaces), by what is open.

import type { Block, QuoteProblem, QuoteProblemKind, Quotation, Span, Story, UnclosedReason } from './types';
import { SPEECH_VERBS } from './data/words';
import { collapseWhiteSpace, firstStartingAtOrAfter, joinLineEndHyphen, lowerBoundOf, sortByStart } from './lines';
import { datelineStartingAt, storyBounds } from './story';

const LDQ = '“';
const RDQ = '”';
const LSQ = '‘';
const RSQ = '’';

type Cls = 'space' | 'word' | 'open' | 'punct';

/** “ ” ‘ ’ " ' and the backtick of 7-bit ``quotes''. */
const MARK_RE = /[\u201c\u201d\u2018\u2019"'`]/g;

/** Body blocks are where running quotes and attribution apply. */
export function isBodyBlock(b: Block): boolean {
  return b.kind === 'paragraph' || b.kind === 'dateline';
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c < 0x2000) || (c > 0x2bff && c !== 0x3000 && c < 0xd800) || c >= 0xf900;
}

function classify(ch: string | undefined): Cls {
  if (ch === undefined) return 'space';
  const c = ch.charCodeAt(0);
  if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) return 'space';
  if (isLetterOrDigit(c)) return 'word';
  if ('([{—–-/'.includes(ch)) return 'open';
  return 'punct';
}

const ELISIONS = new Set(`em cause til tis twas n bout round nother kay ol neath cuz sup`.split(/\s+/));
/** Kinds of work a title names: `the film “…”`, `the report, “…,” found`. */
const WORK_NOUNS = `show film movie book series program programme album song novel play podcast documentary episode sitcom drama
musical opera single memoir column report poem painting exhibit exhibition segment special`.split(/\s+/);
/** A word right before a quotation that makes it a title. */
const TITLE_CONTEXT = new Set(['on', 'in', 'titled', 'entitled', 'called', 'named', 'hit', 'game', ...WORK_NOUNS]);
/** Nouns a title can stand beside, set off by commas: `the report, “Rising Water, Shrinking Margins,” found`. */
const TITLE_NOUNS = new Set([
  ...WORK_NOUNS, 'study', 'paper', 'essay', 'editorial', 'article', 'survey', 'audit', 'plan', 'campaign', 'initiative',
  'proposal', 'bill', 'measure', 'ordinance', 'slogan', 'anthem', 'canvas', 'sculpture', 'photograph', 'mural', 'portrait', 'installation', 'hymn', 'track',
]);
const SPEECH = new Set(SPEECH_VERBS);

interface OpenMark {
  quote: Quotation;
  tentative: boolean; // a single mark outside a double in body copy: may be an apostrophe
}

interface Scan {
  story: Story;
  block: Block;
  blockIndex: number;
  stack: OpenMark[];
  /** Depth-0 double quotations left open at the end of a body paragraph, for the running-quote pass. */
  pending: Quotation[];
  /** Single quotations left open inside a double one at the end of a paragraph: a running inner quote, if both go on. */
  pendingSingles: { single: Quotation; outer: Quotation }[];
  /** Open doubles, open singles and non-tentative entries on the stack (kept so no check walks it). */
  doubles: number;
  singles: number;
  real: number;
  /** Tentative singles that turned out to be apostrophes; removed in one pass at the end. */
  dropped: Set<Quotation>;
  /** Length of the mark being handled: 1, or 2 for 7-bit wire quotes (`` and ''). */
  markLen: number;
  /** Offsets of every quotation mark, apostrophe and backtick in the text, ascending. */
  marks: number[];
}

/** Every mark in the text, found in one native scan. */
function markPositions(text: string): number[] {
  const found: number[] = [];
  MARK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK_RE.exec(text))) found.push(m.index);
  return found;
}

function pushOpen(scan: Scan, o: OpenMark): void {
  scan.stack.push(o);
  countOpen(scan, o, 1);
}

function popOpen(scan: Scan): OpenMark {
  const o = scan.stack.pop()!;
  countOpen(scan, o, -1);
  return o;
}

function countOpen(scan: Scan, o: OpenMark, d: number): void {
  if (o.quote.marks === 'double') scan.doubles += d;
  else scan.singles += d;
  if (!o.tentative) scan.real += d;
}

export function findQuotations(story: Story): void {
  const { blocks } = story;
  const pending: Quotation[] = [];
  const pendingSingles: Scan['pendingSingles'] = [];
  const dropped = new Set<Quotation>();
  const marks = markPositions(story.text);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'residue' || block.kind === 'endMark' || block.kind === 'slug') continue;
    scanBlock({ story, block, blockIndex: b, stack: [], pending, pendingSingles, doubles: 0, singles: 0, real: 0, dropped, markLen: 1, marks });
  }
  if (dropped.size) {
    story.quotations = story.quotations.filter((q) => !dropped.has(q));
    story.quotations.forEach((q, i) => (q.index = i));
  }
  resolveRunningQuotes(story, pending);
  resolveRunningInnerQuotes(story, pendingSingles);
  for (const q of story.quotations) finishQuotation(story, q);
  sortByStart(story.quoteProblems);
}

function scanBlock(scan: Scan): void {
  const { story, block } = scan;
  const text = story.text;
  // Neighbours of a mark; a line break inside the block reads as a space.
  let span = block.lineSpans[0];
  const before = (pos: number) => (pos <= block.start ? undefined : pos === span.start ? ' ' : text[pos - 1]);
  const after = (pos: number) => (pos + 1 >= block.end ? undefined : pos + 1 === span.end ? ' ' : text[pos + 1]);
  const body = isBodyBlock(block);
  const marks = scan.marks;
  for (span of block.lineSpans) {
    const end = span.end;
    // Visit only the marks inside this line (positions found once for the whole text).
    let nextFree = span.start; // marks before this were consumed with the one before them
    for (let mi = lowerBoundOf(marks, span.start); mi < marks.length && marks[mi] < end; mi++) {
      const pos = marks[mi];
      if (pos < nextFree) continue;
      const code = text.charCodeAt(pos);
      // 7-bit ANPA wire copy writes ``quotes'' with doubled single marks; after a smart-quote
      // pass they come out as ‘‘quotes’’.
      if (code === 96 || ((code === 39 || code === 0x2018 || code === 0x2019) && text.charCodeAt(pos + 1) === code)) {
        const pair = text.charCodeAt(pos + 1) === code && pos + 1 < span.end;
        if (pair) {
          scan.markLen = 2;
          const n2 = classify(pos + 2 >= span.end ? undefined : text[pos + 2]);
          if (code === 96 || ((classify(before(pos)) === 'space' || classify(before(pos)) === 'open') && n2 === 'word')) openDouble(scan, pos);
          else closeDouble(scan, pos);
          scan.markLen = 1;
          nextFree = pos + 2;
          continue;
        }
        if (code === 96) continue;
      }
      const ch = text[pos];
      const p = classify(before(pos));
      const n = classify(after(pos));
      if (ch === LDQ || ch === RDQ || ch === '"') {
        let role: 'open' | 'close';
        if (ch === LDQ) {
          if ((p === 'word' || p === 'punct') && n === 'space' && doubleOpen(scan)) {
            problem(story, 'direction', pos, RDQ);
            role = 'close';
          } else role = 'open';
        } else if (ch === RDQ) {
          if ((p === 'space' || p === 'open') && n === 'word' && !doubleOpen(scan)) {
            problem(story, 'direction', pos, LDQ);
            role = 'open';
          } else role = 'close';
        } else {
          // `26"`, `6'4"`: after a digit, with no quotation open, a straight mark is an inch mark;
          // inside one opened with a curly mark (`“I’m 6'2" and …`) too, and a height always.
          const prevCode = text.charCodeAt(pos - 1);
          if (prevCode >= 48 && prevCode <= 57 && (!doubleOpen(scan) || openedCurly(scan) || /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, pos - 5), pos)))) continue;
          const openShaped = (p === 'space' || p === 'open') && n !== 'space';
          const closeShaped = p !== 'space' && (n === 'space' || n === 'punct');
          if (openShaped && !closeShaped) role = 'open';
          else if (closeShaped && !openShaped) role = 'close';
          else role = doubleOpen(scan) ? 'close' : 'open';
        }
        if (role === 'open') openDouble(scan, pos);
        else closeDouble(scan, pos);
        continue;
      }
      // Single marks: apostrophe, or a quote inside a quote (or in a headline).
      const nextWord = wordAt(text, pos + 1, span.end);
      if (n === 'word' && p === 'word') {
        if (ch === LSQ) problem(story, 'direction', pos, RSQ); // `don‘t`
        continue;
      }
      // `‘90s`, `'90s`: an elided century; inside a quotation only when no single mark ahead could
      // close it (`“… tell me, ‘90 days of rain, 90 days of mud,’ and …”` opens a quotation).
      if (n === 'word' && /^\d/.test(nextWord) && !(scan.doubles > 0 && (p === 'space' || p === 'open' || p === 'punct') && !/^\d0s$/.test(nextWord) && closingSingleAhead(text, pos + 1, block.end))) {
        if (ch === LSQ) problem(story, 'direction', pos, RSQ); // `‘90s`
        continue;
      }
      if (nextWord === 'n' && (text[pos + 2] === RSQ || text[pos + 2] === "'" || text[pos + 2] === LSQ)) {
        // rock ’n’ roll: both marks are apostrophes.
        if (ch === LSQ) problem(story, 'direction', pos, RSQ);
        if (text[pos + 2] === LSQ) problem(story, 'direction', pos + 2, RSQ);
        nextFree = pos + 3;
        continue;
      }
      const singleIsOpen = scan.singles > 0;
      const insideDouble = scan.doubles > 0;
      const opensQuote = insideDouble || !body;
      if ((p === 'space' || p === 'open' || p === 'punct') && n === 'word') {
        // Opening-shaped.
        if (ch === RSQ) {
          // `the manager said, ’Drink from the hose.’”`: inside a quotation, after a comma or a
          // colon and before a capital, with a closing mark ahead, an opening single mark
          // written the wrong way. Otherwise an elision's apostrophe (`’til`, `’em`).
          if (insideDouble && p === 'space' && (text[pos - 2] === ',' || text[pos - 2] === ':') && /^\p{Lu}/u.test(nextWord) && closingSingleAhead(text, pos + 1, block.end)) {
            problem(story, 'direction', pos, LSQ);
            openSingle(scan, pos, false);
          }
          continue;
        }
        // Inside a quotation only when no single mark ahead could close it (`“… ‘til next season,”`).
        if (ch === LSQ && ELISIONS.has(nextWord.toLowerCase()) && (!insideDouble || !closingSingleAhead(text, pos + 1, block.end))) {
          problem(story, 'direction', pos, RSQ); // `‘til` should be `’til`
          continue;
        }
        if (ch === "'" && ELISIONS.has(nextWord.toLowerCase())) continue;
        if (ch === "'" && !opensQuote) continue;
        if (p === 'punct' && before(pos) !== LDQ && before(pos) !== '"' && before(pos) !== '(') continue;
        openSingle(scan, pos, !opensQuote);
        continue;
      }
      if (p !== 'space' && (n === 'space' || n === 'punct')) {
        // Closing-shaped: closes an open single, else it is an apostrophe (`players’`). Before a
        // comma or period and a second closing mark (`‘Keep runnin’,’`) it is an apostrophe too.
        if (singleIsOpen && !(ch === RSQ && n === 'punct' && (text[pos + 2] === RSQ || text[pos + 2] === "'") && ',.;:!?'.includes(text[pos + 1]))) {
          if (ch === LSQ) problem(story, 'direction', pos, RSQ);
          closeSingle(scan, pos);
        } else if (ch === LSQ && p === 'word') {
          problem(story, 'direction', pos, RSQ); // `the Bulldogs‘ scorer`: a plural's apostrophe
        }
        continue;
      }
      if (p === 'space' && n === 'space' && singleIsOpen) closeSingle(scan, pos);
      // `the word ‘ guilty’`: an opening single mark with a stray space after it, inside a quotation.
      else if (p === 'space' && n === 'space' && (ch === LSQ || ch === "'") && insideDouble && closingSingleAhead(text, pos + 2, block.end)) openSingle(scan, pos, false);
    }
  }
  endBlock(scan);
}

/** A closing-shaped single mark (after a letter or punctuation, before a space, punctuation or a double mark) before the next double mark. */
function closingSingleAhead(text: string, from: number, limit: number): boolean {
  for (let i = from; i < limit && i - from < 400; i++) {
    const c = text[i];
    if (c === RDQ || c === LDQ || c === '"') return false;
    // Another single mark opens first (`telling ‘em, ‘One drive at a time,’`): the closing one is its.
    if (c === LSQ && /\s/.test(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) return false;
    if ((c === RSQ || c === "'") && i > from && /[\p{L}\p{N}.,!?]/u.test(text[i - 1]) && (i + 1 >= limit || !/[\p{L}\p{N}]/u.test(text[i + 1]))) return true;
    // `open, ’ and`: a closing mark with a stray space before it, after the quotation's comma.
    if ((c === RSQ || c === "'") && text[i - 1] === ' ' && /[,.!?]/.test(text[i - 2] ?? '') && /\s/.test(text[i + 1] ?? '')) return true;
  }
  return false;
}

function wordAt(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && i - from < 12 && isLetterOrDigit(text.charCodeAt(i))) i++;
  return text.slice(from, i);
}

function doubleOpen(scan: Scan): boolean {
  return scan.doubles > 0;
}

function problem(story: Story, kind: QuoteProblemKind, start: number, replacement?: string, end = start + 1, reason?: UnclosedReason): void {
  const p: QuoteProblem = { kind, start, end };
  if (replacement !== undefined) p.replacement = replacement;
  if (reason) p.reason = reason;
  story.quoteProblems.push(p);
}

function newQuote(scan: Scan, pos: number, marks: 'double' | 'single'): Quotation {
  const depth = scan.real;
  const q: Quotation = {
    index: scan.story.quotations.length,
    marks,
    depth,
    start: pos,
    end: pos + scan.markLen,
    open: { start: pos, end: pos + scan.markLen },
    content: { start: pos + scan.markLen, end: pos + scan.markLen },
    text: '',
    blockIndex: scan.blockIndex,
    partial: false,
    continues: false,
    runsOn: false,
    isTitle: false,
    speaker: -1,
  };
  scan.story.quotations.push(q);
  return q;
}

/** The innermost open double quotation opened with a curly mark. */
function openedCurly(scan: Scan): boolean {
  for (let k = scan.stack.length - 1; k >= 0; k--) {
    const q = scan.stack[k].quote;
    if (q.marks === 'double') return scan.story.text.charCodeAt(q.open.start) === 0x201c;
  }
  return false;
}

function openDouble(scan: Scan, pos: number): void {
  const { story, block, stack } = scan;
  const top = stack[stack.length - 1];
  if (top && top.quote.marks === 'double') {
    // A second opening mark while a double quotation is open: after a sentence end it
    // is a new quotation and the first was never closed; mid-sentence it is a quote
    // inside a quote written with double marks.
    const prev = prevNonSpace(story.text, block, pos);
    if (prev === undefined || prev === '.' || prev === '?' || prev === '!') {
      popOpen(scan);
      endUnclosed(story, top.quote, pos, null);
      const cut = cutAtAttribution(story, top.quote);
      problem(story, 'unclosed', top.quote.open.start, undefined, top.quote.open.end, cut ? 'attributionInside' : 'nextQuote');
      newQuoteOnStack(scan, pos, 'double');
      return;
    }
    problem(story, 'nestedDouble', pos);
  }
  // Drop tentative singles: a double opening inside one means it was an apostrophe.
  while (stack.length && stack[stack.length - 1].tentative) dropTentative(scan);
  newQuoteOnStack(scan, pos, 'double');
}

/** Nesting deeper than this is junk, not copy: further marks open nothing, so no walk of the stack is long. */
const MAX_DEPTH = 12;

function newQuoteOnStack(scan: Scan, pos: number, marks: 'double' | 'single', tentative = false): void {
  if (scan.stack.length >= MAX_DEPTH) return;
  pushOpen(scan, { quote: newQuote(scan, pos, marks), tentative });
}

function dropTentative(scan: Scan): void {
  scan.dropped.add(popOpen(scan).quote);
}

function closeDouble(scan: Scan, pos: number): void {
  const { story, stack } = scan;
  let d = stack.length - 1;
  while (d >= 0 && stack[d].quote.marks !== 'double') d--;
  if (d < 0) {
    // Tentative singles above nothing: drop them too.
    while (stack.length && stack[stack.length - 1].tentative) dropTentative(scan);
    problem(story, 'unopened', pos);
    return;
  }
  while (stack.length - 1 > d) {
    const o = stack[stack.length - 1];
    if (o.tentative) {
      dropTentative(scan);
      continue;
    }
    popOpen(scan);
    problem(story, 'singleUnclosed', o.quote.open.start);
    endUnclosed(story, o.quote, pos, null);
  }
  const q = popOpen(scan).quote;
  closeQuote(q, pos, scan.markLen);
}

function openSingle(scan: Scan, pos: number, tentative: boolean): void {
  newQuoteOnStack(scan, pos, 'single', tentative);
}

function closeSingle(scan: Scan, pos: number): void {
  const { stack } = scan;
  let d = stack.length - 1;
  while (d >= 0 && stack[d].quote.marks !== 'single') d--;
  if (d < 0) return;
  // Doubles opened inside the single and left open are closed implicitly (third level).
  while (stack.length - 1 > d) popOpen(scan);
  const o = popOpen(scan);
  closeQuote(o.quote, pos);
  if (o.tentative) {
    // A single-marked phrase outside a double in body copy: scare quotes, kept at depth 0.
    o.quote.depth = 0;
  }
}

function closeQuote(q: Quotation, pos: number, len = 1): void {
  q.close = { start: pos, end: pos + len };
  q.end = pos + len;
  q.content = { start: q.open.end, end: pos };
}

/** Mark `q` as ending, unclosed, just before `pos` (trailing spaces trimmed). */
function endUnclosed(story: Story, q: Quotation, pos: number, kind: QuoteProblemKind | null): void {
  let e = pos;
  while (e > q.open.end && classify(story.text[e - 1]) === 'space') e--;
  q.end = e;
  q.content = { start: q.open.end, end: e };
  if (kind) problem(story, kind, q.open.start, undefined, q.open.end);
}

/** The last character before `pos` in the block's own lines that is not white space (e-mail `>` marks between lines do not count). */
function prevNonSpace(text: string, block: Block, pos: number): string | undefined {
  const lines = block.lineSpans;
  for (let k = Math.min(firstLineEndingAfter(lines, pos), lines.length - 1); k >= 0; k--) {
    let i = Math.min(pos, lines[k].end) - 1;
    while (i >= lines[k].start && classify(text[i]) === 'space') i--;
    if (i >= lines[k].start) return text[i];
  }
  return undefined;
}

function endBlock(scan: Scan): void {
  const { story, block, stack } = scan;
  while (stack.length) {
    const o = popOpen(scan);
    if (o.tentative) {
      scan.dropped.add(o.quote);
      continue;
    }
    const q = o.quote;
    endUnclosed(story, q, block.end, null);
    if (q.marks === 'single' && scan.doubles > 0) {
      // Decided once it is known whether the double quotation around it runs on.
      const outer = outerDouble(stack);
      if (outer && outer.depth === 0 && isBodyBlock(block)) scan.pendingSingles.push({ single: q, outer });
      else problem(story, 'singleUnclosed', q.open.start);
    } else if (q.marks === 'double' && q.depth === 0 && isBodyBlock(block)) {
      scan.pending.push(q); // decided by the running-quote pass
    } else if (q.marks === 'double' && scan.doubles > 0) {
      // A nested double left open: already reported as nesting.
    } else {
      problem(story, 'unclosed', q.open.start, undefined, q.open.end, 'storyEnd');
    }
  }
}


/** The innermost double quotation still open on the stack. */
function outerDouble(stack: OpenMark[]): Quotation | undefined {
  for (let d = stack.length - 1; d >= 0; d--) if (stack[d].quote.marks === 'double' && !stack[d].tentative) return stack[d].quote;
  return undefined;
}

// ---------------------------------------------------------------------------
// Running quotes.

/**
 * AP's running quote within a running quote: the paragraph ends inside both, and the next
 * opens both again (`“My neighbor yelled, ‘Get out of there, Tom!` ¶ `“‘Leave the boats!’ …”`).
 * Any other single mark left open inside a double quotation is an error.
 */
function resolveRunningInnerQuotes(story: Story, pendingSingles: Scan['pendingSingles']): void {
  for (const { single, outer } of pendingSingles) {
    let c = '';
    if (outer.runsOn) {
      // The quotation that carries the outer one on opens the next paragraph.
      const nb = blockAfterResidue(story.blocks, outer.blockIndex);
      const k = nb < story.blocks.length ? firstStartingAtOrAfter(story.quotations, story.blocks[nb].start) : story.quotations.length;
      const next = story.quotations[k];
      if (next && next.continues) c = story.text.charAt(next.open.end);
    }
    if (c !== '‘' && c !== "'") problem(story, 'singleUnclosed', single.open.start);
  }
}

/** Index of the block after block `b`, past page residue and photo captions (a web page sets them between paragraphs). */
function blockAfterResidue(blocks: Block[], b: number): number {
  let nb = b + 1;
  while (nb < blocks.length && (blocks[nb].kind === 'residue' || blocks[nb].kind === 'caption')) nb++;
  return nb;
}

function resolveRunningQuotes(story: Story, pending: Quotation[]): void {
  const { blocks } = story;
  const firstQuoteOfBlock = new Map<number, Quotation>();
  for (const q of story.quotations) if (q.depth === 0 && !firstQuoteOfBlock.has(q.blockIndex)) firstQuoteOfBlock.set(q.blockIndex, q);
  for (const q of pending) {
    const nb = blockAfterResidue(blocks, q.blockIndex);
    const next = nb < blocks.length ? blocks[nb] : undefined;
    const nextQuote = next ? firstQuoteOfBlock.get(nb) : undefined;
    const continues = !!next && isBodyBlock(next) && !!nextQuote && nextQuote.open.start === next.start && nextQuote.marks === 'double';
    classifyPartial(story, q);
    if (!continues) {
      const cut = cutAtAttribution(story, q);
      problem(story, 'unclosed', q.open.start, undefined, q.open.end, cut ? 'attributionInside' : next && isBodyBlock(next) ? 'nextParagraph' : 'storyEnd');
      continue;
    }
    if (q.partial && !q.continues) {
      // AP: a partial quote must be closed before its paragraph ends, even when the quote goes
      // on. It does go on, so the next paragraph's quotation is still the same speaker's.
      problem(story, 'partialRunning', q.open.start, undefined, q.open.end);
      q.runsOn = true;
      nextQuote!.continues = true;
      continue;
    }
    if (cutAtAttribution(story, q)) {
      // `“We are ready, Marsh said.` — the closing mark before the attribution is missing.
      problem(story, 'unclosed', q.open.start, undefined, q.open.end, 'attributionInside');
      continue;
    }
    q.runsOn = true;
    nextQuote!.continues = true;
  }
}

/**
 * Does the text of an unclosed quotation contain the writer's own attribution
 * (`, Marsh said.`, `, said Levesque,`)? Then its closing mark was lost.
 * Scans words left to right once.
 */
/**
 * An unclosed quotation whose text holds the writer's attribution ends at the
 * comma before it, so the attribution reads as outside the quotation.
 */
function cutAtAttribution(story: Story, q: Quotation): boolean {
  const comma = attributionInside(story.text, q.content);
  if (comma < 0) return false;
  q.end = comma + 1;
  q.content = { start: q.content.start, end: comma + 1 };
  return true;
}

/** What may follow an attribution's verb: its sentence's end, or more of the writer's sentence (`, Stone said at a news conference.`). */
const AFTER_ATTRIBUTION_RE = /^[.,]$|^$|^(?:at|in|on|during|after|before|while|as|of|to|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Offset of the comma before an attribution inside `span` (`, Marsh said.`), or -1. */
export function attributionInside(text: string, span: Span): number {
  const words: { w: string; start: number }[] = [];
  const re = /[A-Za-z\u00C0-\u024F’'-]+|[,;:.!?]/g;
  re.lastIndex = span.start;
  const slice = text.slice(0, span.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) words.push({ w: m[0], start: m.index });
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].w !== ',') continue;
    const a = words[i + 1].w;
    const b = words[i + 2].w;
    const c = words[i + 3]?.w ?? '';
    // `, Marsh said.` / `, she said,` / `, Gov. Marsh said` / `, said Marsh.`
    const at = words[i].start;
    // What follows the verb may be more of the writer's sentence: `, Stone said at a news conference.`
    if ((a === 'he' || a === 'she' || a === 'they') && (b === 'said' || b === 'says') && AFTER_ATTRIBUTION_RE.test(c)) return at;
    // `, said Ada Brandt.` / `, said Brandt,`
    if (a === 'said' || a === 'says') {
      let k = i + 2;
      while (k < words.length && k < i + 6 && (isNameWord(words[k].w) || TITLE_ABBREVIATION.test(words[k].w))) k++;
      if (k > i + 2 && (k >= words.length || /^[.,]$/.test(words[k].w))) return at;
      continue;
    }
    // `, Marsh said.` / `, Commissioner Lydia Ferrante said,`
    let k = i + 1;
    while (k < words.length && k < i + 5 && (isNameWord(words[k].w) || TITLE_ABBREVIATION.test(words[k].w) || words[k].w === '.')) k++;
    if (k > i + 1 && k < words.length && SPEECH.has(words[k].w.toLowerCase()) && AFTER_ATTRIBUTION_RE.test(words[k + 1]?.w ?? '')) return at;
  }
  return -1;
}

const TITLE_ABBREVIATION = /^(?:Gov|Sen|Rep|Dr|Lt|Gen|Col|Sgt|Capt|Rev|Mr|Mrs|Ms)$/;

function isNameWord(w: string): boolean {
  return /^[A-Z][a-z’'.-]+$/.test(w) && w !== 'I' && w !== 'It' && w !== 'We' && w !== 'They' && w !== 'He' && w !== 'She';
}

// ---------------------------------------------------------------------------
// Per-quotation facts: text, partial or full, title.

function finishQuotation(story: Story, q: Quotation): void {
  const block = story.blocks[q.blockIndex];
  q.text = spanText(story, block, q.content);
  classifyPartial(story, q);
  q.isTitle = isQuotedTitle(story, block, q);
}

/** Text of a span inside a block, line breaks folded, residue lines left out. */
export function spanText(story: Story, block: Block, span: Span): string {
  const lines = block.lineSpans;
  // Most quotations sit on one line: slice, and fold white space only where there is some to fold.
  const k0 = firstLineEndingAfter(lines, span.start);
  if (k0 < lines.length && span.end <= lines[k0].end) {
    const one = story.text.slice(Math.max(lines[k0].start, span.start), span.end);
    return /\s\s|[\t\n\r]|^\s|\s$/.test(one) ? collapseWhiteSpace(one) : one;
  }
  // The lines' pieces and what joins each to the one before: a space, or nothing after a word
  // hyphenated at a line's end (pasted PDF copy: `Com-` / `modities`, `Ruiz-` / `Hartman`).
  // Only the piece before is looked at, so a long quotation stays linear.
  const pieces: string[] = [];
  for (let k = firstLineEndingAfter(lines, span.start); k < lines.length && lines[k].start < span.end; k++) {
    const s = lines[k];
    const a = Math.max(s.start, span.start);
    const b = Math.min(s.end, span.end);
    if (a >= b) continue;
    const part = story.text.slice(a, b);
    const prev = pieces.length ? pieces[pieces.length - 1] : '';
    if (prev.length >= 2 && prev.charCodeAt(prev.length - 1) === 45 && /[\p{L}\p{N}]/u.test(prev.charAt(prev.length - 2)) && /^[\p{L}\p{N}]/u.test(part)) {
      pieces[pieces.length - 1] = joinLineEndHyphen(prev, part, story.text, a, storyBounds(story, a));
      continue;
    }
    if (pieces.length) pieces.push(' ');
    pieces.push(part);
  }
  return collapseWhiteSpace(pieces.join(''));
}

/** Index of the first line span that ends after `offset` (binary search). */
export function firstLineEndingAfter(lines: Span[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function classifyPartial(story: Story, q: Quotation): void {
  if (q.continues || q.depth > 0) {
    q.partial = false;
    return;
  }
  const text = story.text;
  let i = q.content.start;
  while (i < q.content.end && (classify(text[i]) === 'space' || text[i] === '.' || text[i] === '…')) i++;
  const first = text[i];
  if (first === undefined || i >= q.content.end) {
    q.partial = true;
    return;
  }
  if (first !== first.toUpperCase() || first === first.toLowerCase()) {
    // Lower case (or no letter case): a fragment; digits count as a sentence start. But the
    // second half of a quotation its attribution splits is the speaker's own sentence going on.
    q.partial = !/\d/.test(first) && !resumesSplitQuote(text, story.blocks[q.blockIndex], q.open.start);
    return;
  }
  const block = story.blocks[q.blockIndex];
  const prev = prevNonSpace(text, block, q.open.start);
  // `chanting “Reformasi dikorupsi!” — “Reform has been corrupted!” —`, `“Turunkan harga!”
  // (“Lower the prices!”)`: a translation set off after a partial quotation is partial too.
  // So is the next of a series (`holds “Salt,” “Bread” and “Winter,”`).
  if (prev === '—' || prev === '–' || prev === '(' || prev === '”' || prev === '"') {
    const before = story.quotations[q.index - 1];
    if (before && before.partial && before.depth === 0 && before.blockIndex === q.blockIndex && /^\s*(?:[—–(]|,?\s*(?:and|or)?)\s*$/.test(text.slice(before.end, q.open.start))) {
      q.partial = true;
      return;
    }
  }
  if (prev === undefined || '.?!:;,—–(”"'.includes(prev)) {
    q.partial = false;
    return;
  }
  // `Marsh said “We …`: a speech verb among the three words before the mark makes it a full quote.
  q.partial = !lastWords(text, block.start, q.open.start, 3).some((w) => SPEECH.has(w.toLowerCase()));
}

/**
 * `“We’re not going anywhere,” Raman said, “until …`: the mark at `open` follows a comma,
 * and a short attribution with a speech verb runs back to a quotation closed by `,”`.
 */
function resumesSplitQuote(text: string, block: Block, open: number): boolean {
  const before = blockTextBefore(text, block, open, 80);
  const m = /[,][”"]\s+([^“”"]{1,60}),\s*$/.exec(before);
  if (!m) return false;
  const words = m[1].split(/\s+/);
  return words.length <= 6 && words.some((w) => SPEECH.has(w.toLowerCase()));
}

/** Up to `n` words before `pos` (not before `from`), nearest last; a backward scan, no slicing of the block. */
function lastWords(text: string, from: number, pos: number, n: number): string[] {
  const out: string[] = [];
  let i = pos - 1;
  while (out.length < n && i >= from) {
    while (i >= from && !isLetterOrDigit(text.charCodeAt(i))) i--;
    const end = i + 1;
    while (i >= from && (isLetterOrDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 39)) i--;
    if (end > i + 1) out.unshift(text.slice(i + 1, end));
  }
  return out;
}

/** A closed quotation with no end punctuation inside, followed by a lower-case word. */
/**
 * A paragraph opening with a title, the subject of the writer's sentence: `“Gravel Road Lullaby”
 * was recorded in one take`, `“Mill Town Saturday,” the band’s biggest hit, reached No. 9`; or
 * with a few words used as words or held at arm's length (`“Sanctuary” appears 14 times`,
 * `“Listening sessions” at the courthouse drew …`), or a nickname (`“Bucket” Caudill, who …`).
 * Speech there is a sentence, or is followed by its attribution (`“Thank You,” the singer said`).
 */
function opensWithTitle(text: string, q: Quotation, midParagraph = false): boolean {
  if (!q.close) return false;
  const content = q.text.replace(/,$/, '');
  if (/[.!?]$/.test(content)) return false;
  const words = content.split(' ').filter(Boolean).length;
  const titleCase = isTitleCase(content);
  // Words held up as words are a noun or two; `“We are done” was how she put it` is speech.
  if (words < 1 || words > 10 || (!titleCase && (words > 4 || SPEAKER_OPENING_RE.test(content)))) return false;
  // `“No Comment” was all Marsh would say.`: the sentence attributes it after all.
  const sentence = /^[^.!?]*/.exec(text.slice(q.end, q.end + 120))![0];
  if (sentence.split(/[^a-z]+/).some((w) => SPEECH.has(w))) return false;
  // (Inside a paragraph only a title set off before its verb: `“No toll” was Marsh’s only
  // answer` there answers what the sentence before asked.)
  if (midParagraph) return titleCase && titleBeforePhrase(text, q, words);
  if (usedAsNoun(text, q)) return true;
  // A nickname before the surname: one or two capitalised words, then a name and a comma or verb.
  if (titleCase && words <= 2 && /^\s+[A-Z][\p{L}’'-]+(?:,|\s+[a-z])/u.test(text.slice(q.end, q.end + 40))) return true;
  return titleCase && titleBeforePhrase(text, q, words);
}

/** `“Mill Town Saturday,” the band’s biggest hit, reached`: a title, a phrase set off, and the sentence's verb. */
function titleBeforePhrase(text: string, q: Quotation, words: number): boolean {
  // (Or a phrase of when or how it came out: `“Kerosene Hymns,” released in March, was`, `“Tin
  // Roof Gospel,” out Friday, is`.)
  const m = /^\s+((?:the|a|an|his|her|their|its)\s[^,.;!?“”"]{1,100}|(?:[a-z]+ed|out|due|now)\s[^,.;!?“”"]{1,60}),\s+([a-z]+)/.exec(text.slice(q.end, q.end + 130));
  // One word (`“Deductible,” a stomping complaint …, is funny`) only with a verb after the
  // phrase: `“Absolutely,” the mayor, a Democrat, said` is speech.
  return !!m && !SPEECH.has(m[2]) && !m[1].split(/\s+/).some((w) => SPEECH.has(w)) && (words >= 2 || !APPOSITIVE_OPENERS.has(m[2]));
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'their', 'its']);

const CHANT_OF_RE = /\b(?:chants?|cries|cry|shouts?|chorus(?:es)?|cheers?|refrains?|calls?|roars?)\s+of\s*$/i;

const PERFORMING_VERBS = new Set(`sang sings sing singing performed performs perform performing played plays play playing recited recites hummed
whistled covered danced dancing listened listening`.split(/\s+/));

const SPEAKER_OPENING_RE = /^(?:I|We|You|He|She|They|It|Let|Don|Do|Please)\b/;

function usedAsNoun(text: string, q: Quotation): boolean {
  if (/[,.!?]$/.test(text.slice(q.content.start, q.content.end))) return false;
  const after = /^\s+([a-z]+)/.exec(text.slice(q.end, q.end + 30));
  return !!after && !SPEECH.has(after[1]);
}

/** Words a title leaves in lower case (`Gone with the Wind`). */
const TITLE_SMALL_WORDS = new Set(`a an the and but or for nor of on in at to by up as is it with from`.split(/\s+/));

/** Every space-separated word starts with a capital, a digit or a mark, or is a small title word (not first). */
function isTitleCase(content: string): boolean {
  let k = 0;
  for (let i = 0; i < content.length; ) {
    if (content.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let j = content.indexOf(' ', i);
    if (j < 0) j = content.length;
    const c = content.charCodeAt(i);
    const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x201c || c === 0x2018 || c === 34 || c === 39;
    if (!capital && !(k > 0 && TITLE_SMALL_WORDS.has(content.slice(i, j).toLowerCase()))) return false;
    k++;
    i = j;
  }
  return true;
}

/**
 * `A 2024 report by the council, “Rising Water, Shrinking Margins,” ranked the levee …`:
 * set off by a comma shortly after a title noun, and the sentence goes on after it with a
 * word that is not attribution.
 */
function isAppositiveTitle(text: string, block: Block, q: Quotation): boolean {
  if (!q.close) return false;
  const before = blockTextBefore(text, block, q.open.start, 80);
  if (!/,\s*$/.test(before)) return false;
  // Words of the same sentence before the quotation, nearest last.
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ')) + 1);
  const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
  // `The opener, “Sandbags,” kicks in`: a name of a word or three set off after a noun
  // phrase (an article or possessive, then the noun) is what the noun is called, whatever the noun.
  // (`The mayor said, “Yes,” and left` is speech.)
  const phrase = q.text.split(' ').length <= 3 ? /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}\p{L}*[’']s)((?:\s+\p{Ll}+){1,3}),\s*$/u.exec(sentence) : null;
  const named = !!phrase && !phrase[1].trim().split(/\s+/).some((w) => SPEECH.has(w));
  if (!named && !words.slice(-8).some((w) => TITLE_NOUNS.has(w))) return false;
  // (Or ending the paragraph: `holds a single small canvas, “I Am Still Here.”`)
  if (q.end >= block.end || /^\s*$/.test(text.slice(q.end, Math.min(block.end, q.end + 4)))) return true;
  const after = /^\s+([a-z]+)/.exec(text.slice(q.end, q.end + 30));
  return !!after && !SPEECH.has(after[1]);
}

/**
 * Up to `max` characters of the block's own words before `offset`: the content of its lines,
 * joined by spaces, so nothing between them (indentation, e-mail `>` marks) reads as a word.
 */
function blockTextBefore(text: string, block: Block, offset: number, max: number): string {
  const lines = block.lineSpans;
  const parts: string[] = [];
  let len = 0;
  for (let k = Math.min(firstLineEndingAfter(lines, offset), lines.length - 1); k >= 0 && len < max; k--) {
    const end = Math.min(lines[k].end, offset);
    if (end <= lines[k].start) continue;
    const from = Math.max(lines[k].start, end - (max - len));
    parts.push(text.slice(from, end));
    len += end - from + 1;
  }
  return parts.reverse().join(' ');
}

/** `CHICAGO (AP) — “The Salt Orchard,” a spare family drama …`: the quotation opens the lede after its dateline. */
function opensAfterDateline(story: Story, block: Block, q: Quotation): boolean {
  if (block.kind !== 'dateline') return false;
  const dateline = datelineStartingAt(story, block.start);
  return !!dateline && /^\s*$/.test(story.text.slice(dateline.dash.end, q.open.start));
}

const LINE_NOUNS = new Set(`line lines motto slogan catchphrase refrain lyric chorus punchline tagline chant phrase term hashtag`.split(/\s+/));

/**
 * `His big line, “I only came to count you,” gets the biggest laugh`: a line of a play or song
 * set off after the noun that names it, as the subject of the writer's own verb.
 */
function isQuotedLine(text: string, block: Block, q: Quotation): boolean {
  if (!q.close || q.text.length > 120) return false;
  const before = blockTextBefore(text, block, q.open.start, 40);
  // Set off by commas, or right after `the` and the noun (`said the slogan “Count every vote”
  // first appeared`), with no punctuation of its own to end it.
  // Or by dashes (`Agnes’ best line — “You keep a light …” — lands`).
  const noun = /(\w+)(?:,|\s[—–])\s*$/.exec(before) ?? (/[.,!?]$/.test(q.text) ? null : /\bthe\s+(\w+)\s+$/i.exec(before));
  // (`The play’s last words, “Turn it off,” are spoken in the dark`; not `In her words, “…”`.)
  if (!noun || !(LINE_NOUNS.has(noun[1].toLowerCase()) || (noun[1] === 'words' && /\b(?:last|final|first|opening|closing|dying)\s+words\W*$/.test(before)))) return false;
  const after = /^\s*(?:[—–]\s*)?([a-z]+)/.exec(text.slice(q.end, q.end + 30));
  return !!after && !SPEECH.has(after[1]);
}

/**
 * `the new songs: “Tin Roof Gospel,” “Ten Mile Road,” “Honeysuckle Riot” and …`: a quotation
 * next to another, nothing but a space or a comma between, both in title case, is one of a list
 * of names; speech never runs from one quotation straight into the next.
 */
function inTitleList(story: Story, q: Quotation): boolean {
  const text = story.text;
  for (const n of [story.quotations[q.index - 1], story.quotations[q.index + 1]]) {
    if (!n || n.depth !== 0 || !n.close || n.content.end - n.content.start > 100) continue;
    const gap = n.start < q.start ? text.slice(n.end, q.open.start) : text.slice(q.end, n.open.start);
    if (gap.length <= 3 && /^[ ,]*$/.test(gap) && isTitleCase(text.slice(n.content.start, n.content.end).replace(/[.,!?]+$/, ''))) return true;
  }
  return false;
}

function isQuotedTitle(story: Story, block: Block, q: Quotation): boolean {
  if (q.depth > 0 || q.continues || q.marks !== 'double') return false;
  const text = story.text;
  // `Chants of “Graham! Graham!” filled the gym`, `cries of “Shame!”`: what a crowd called out,
  // named in the writer's sentence.
  // (Only when `of` stands right before the mark: this runs for every quotation.)
  if (/of[\s>]*$/.test(text.slice(Math.max(block.start, q.open.start - 24), q.open.start)) && CHANT_OF_RE.test(blockTextBefore(text, block, q.open.start, 24))) return true;
  if (q.open.start === block.start || opensAfterDateline(story, block, q)) return opensWithTitle(text, q);
  // (A sentence opening with one inside the paragraph, likewise, though other readings remain.)
  if (/[.!?]["”’]?[ \t]+$/.test(text.slice(Math.max(block.start, q.open.start - 4), q.open.start)) && opensWithTitle(text, q, true)) return true;
  if (isQuotedLine(text, block, q)) return true;
  // Titles are short and start with a capital or a digit.
  const c0 = q.text.charCodeAt(0);
  if (q.text.length > 100 || !((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57))) return false;
  // The quotation's own words first (cheap), then the words before it.
  const content = q.text.replace(/[.,!?]+$/, '');
  // Most quotations are speech: the first word that is neither capitalised nor a small
  // title word settles it, before the words are split out.
  if (!isTitleCase(content)) return false;
  const cw = content.split(' ').filter(Boolean);
  if (cw.length === 0 || cw.length > 10) return false;
  if (inTitleList(story, q)) return true;
  // A title may hold commas of its own when it stands beside the noun it names.
  if (isAppositiveTitle(text, block, q)) return true;
  const beforeText = blockTextBefore(text, block, q.open.start, 30);
  const words = beforeText.split(/\s+/).filter(Boolean);
  const prevWord = (words[words.length - 1] ?? '').replace(/[^A-Za-z’']/g, '');
  // `the choir sang “Amazing Grace.”`: what is sung or played with no comma before it is its title;
  // words sung after a comma (`sang, “Oh, what a morning”`) are a quotation.
  // `the crowd sang along to “Proud Mary,”`, `danced to “Mill Town Saturday”` too.
  if (/[A-Za-z]$/.test(words[words.length - 1] ?? '') && (PERFORMING_VERBS.has(prevWord.toLowerCase()) || (prevWord === 'to' && words.slice(-4, -1).some((w) => PERFORMING_VERBS.has(w.toLowerCase()))))) return true;
  if (/[,;]/.test(content)) return false;
  // `said drummer Marcus “Bones” Whitfield`: a nickname between a given name and a surname.
  if (cw.length <= 2 && content === q.text && isNameWord(prevWord) && !/^(?:The|An?|[A-Z][a-z]+day)$/.test(prevWord) && words[words.length - 1] === prevWord && /^\s+[A-Z][\p{L}’'-]+/u.test(text.slice(q.end, q.end + 40))) return true;
  // After a speech verb, a quotation is speech, unless it is used as a noun: a short
  // title-case name followed by the sentence's own verb (`said “The Morning Desk” misreported`).
  // `said on CNN’s “State of the Union”`, `told “Good Morning America”`: a name in title case
  // right after a possessive, or as whom someone told, is a title even after a speech verb.
  if (cw.length >= 2 && (/[’']s$/.test(words[words.length - 1] ?? '') || prevWord.toLowerCase() === 'told')) return true;
  const afterSpeech = SPEECH.has(prevWord.toLowerCase()) || words.slice(-3).some((w) => SPEECH.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  if (afterSpeech && prevWord.toLowerCase() !== 'called' && !(q.close && usedAsNoun(text, q))) return false;
  const pw = prevWord.toLowerCase();
  const possessive = /[’']s$/.test(words[words.length - 1] ?? '');
  return TITLE_CONTEXT.has(pw) || possessive || (cw.length >= 2 && pw === 'the') || (afterSpeech && cw.length >= 2);
}

export { LDQ, RDQ, LSQ, RSQ, classify };
