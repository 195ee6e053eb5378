// Text → blocks. Recognises the wire header (slug, headline, editor's note,
// byline), the dateline lead, body paragraphs in any of the three layouts
// (blank-line, indented, hard-wrapped), subheads, captions, end matter and
// page residue. Every scan here is a single pass over lines or characters.

import type { Block, BlockKind, Dateline, Section, Span, Story } from './types';
import type { ResolvedOptions } from './options';
import { computeLineStarts, firstStartingAtOrAfter, lowerBoundOf } from './lines';

export interface Line {
  index: number;
  /** Offset of the first character and of the end (before the line break). */
  start: number;
  end: number;
  /** Offset of the first non-blank character, and the end after trimming. */
  contentStart: number;
  contentEnd: number;
  text: string; // trimmed
  indented: boolean;
  blank: boolean;
}

/** Internal paragraph: the lines it spans (residue lines inside are left out). */
interface Para {
  lines: Line[];
  kind: BlockKind;
}

const SUBHEAD_DATELINE_RE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s[^(]{2,40})?\s\([A-Za-z][\w .-]{0,20}\)\s/u;
const WRAPPED_DATELINE_START_RE = /^[A-Z][A-Z .'’-]+,(?: \p{Lu}[\p{L}.]*)?$/u;
const MAX_LINE_SCAN = 400; // header and dateline patterns only look at a line's start

export function splitLines(text: string, lineStarts: number[]): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    // Drop the line break (\n, \r\n or \r).
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let cs = start;
    while (cs < end && isBlankChar(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isBlankChar(text.charCodeAt(ce - 1))) ce--;
    if (hasAnpaMarks(text, cs, ce)) {
      cs++;
      ce--;
    }
    const indentChar = text.charCodeAt(start);
    const indented = cs < ce && (indentChar === 9 || (cs - start >= 2 && indentChar === 32));
    lines.push({ index: i, start, end, contentStart: cs, contentEnd: ce, text: text.slice(cs, ce), indented, blank: cs === ce });
  }
  return lines;
}

/** A raw ANPA-1312 header-type line: `^Hail shreds crops in western Kansas<`. The marks are transmission codes, not text. */
function hasAnpaMarks(text: string, cs: number, ce: number): boolean {
  return ce - cs > 2 && text.charCodeAt(cs) === 94 && (text.charCodeAt(ce - 1) === 60 || text.charCodeAt(ce - 1) === 61);
}

/**
 * Copy forwarded or replied to in an e-mail: (nearly) every line starts with `>` (`> > ` when
 * forwarded twice). A `>` opening a line or two of ordinary copy is left alone.
 */
function isQuotedEmail(text: string, lines: Line[]): boolean {
  let quoted = 0;
  let nonBlank = 0;
  for (const l of lines) {
    if (l.blank) continue;
    nonBlank++;
    if (text.charCodeAt(l.contentStart) === 62) quoted++;
  }
  // Two thirds: a forward's header, a signature or a few of the editor's own lines around it.
  return quoted >= 3 && quoted * 3 >= nonBlank * 2;
}

/** Read a line past its e-mail quote marks: what follows them is the line, indented if a tab or more than one space does. */
function stripQuotePrefix(text: string, l: Line): void {
  let cs = l.contentStart;
  if (text.charCodeAt(cs) !== 62) return;
  let gap = 0;
  let tab = false;
  while (cs < l.contentEnd) {
    const c = text.charCodeAt(cs);
    if (c === 62) gap = 0;
    else if (isBlankChar(c)) {
      gap++;
      if (c === 9) tab = true;
    } else break;
    cs++;
  }
  if (hasAnpaMarks(text, cs, l.contentEnd)) {
    cs++;
    l.contentEnd--;
  }
  l.contentStart = cs;
  l.text = text.slice(cs, l.contentEnd);
  l.blank = cs === l.contentEnd;
  l.indented = !l.blank && (tab || gap >= 3);
}

function isBlankChar(c: number): boolean {
  // Space, tab, BOM, NBSP, zero-width spaces and joiners (pasted web copy), and control
  // characters other than line breaks read as blank.
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || (c < 32 && c !== 10 && c !== 13) || c === 0x7f;
}

// ---------------------------------------------------------------------------
// Line classifiers. Each is anchored at the line start and bounded in length.

// Also the two lines of a raw ANPA-1312 header: the selector (`a0213 AP-WF`) and the keyword
// line (priority, category, format codes, keyword: `r a BC-US--Hail-Damage 10-14 0412`).
const SLUG_RE = /^(?:(?:BC|AP|AM|PM|APR|BC-APR)-[A-Za-z0-9]|[a-z]\d{4}\s|[a-z] [a-z] [\x11-\x14]*(?:BC|AP|AM|PM)-)/;
const ANPA_STAMP_RE = /^[A-Z]{2,4}-[A-Z]{2}-\d{2}-\d{2}-\d{2} \d{4}GMT$/;

/** The time stamp after a raw ANPA-1312 story's text: `AP-WF-10-14-25 2231GMT`. */
function isAnpaStamp(text: string): boolean {
  // The ending first: most lines are out before the expression runs.
  return text.endsWith('GMT') && ANPA_STAMP_RE.test(text);
}
/** A slug with its category and keyword (`BC-US--Ferry-Strike`) and, usually, a word count (`,610`). */
const FULL_SLUG_RE = /^(?:BC|AP|AM|PM|APR|BC-APR)-[A-Z]{2,4}--?[A-Za-z0-9][\w' -]*(?:,[^,]{1,40})*,\d{2,5}$/;
const EDS_RE = /^(?:Eds?:|EDITOR['’]S NOTE\b|Editor['’]s [Nn]ote\b|EDS:)/;
// A note to readers at the foot of a story: `This story has been corrected to show …`.
const CORRECTION_NOTE_RE = /^(?:This (?:story|article|version) (?:has been|was) (?:corrected|updated)\b|This version corrects\b|CORRECTION:|Correction:)/;
const BYLINE_RE = /^By\s+[A-Z\u00C0-\u024F]/;
const AGENCY_LINE_RE = /^(?:The\s+)?(?:Associated Press|AP\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3}|[A-Z][A-Za-z]+\s+(?:Writer|Correspondent|Editor|Reporter)s?)(?:\s+[A-Z][A-Za-z]*){0,3}$/;
const PRIORITY_RE = /^(?:URGENT|BULLETIN|FLASH|APNewsAlert|ADVISORY)$/;
const END_MARK_RE = /^(?:_{3,}|-{3,}|={3,}|\*{3,})$/;
const CONTRIBUTOR_RE = /\bcontributed\b|\bcontributing\b/;
const COPYRIGHT_RE = /^(?:Copyright|©|\(c\))\s*\d{4}|^Copyright\b.*\bAssociated Press\b/i;
const PHOTO_CREDIT_RE = /\((?:AP Photo|AP Photo\/[^)]{0,80}|[^()]{0,80}\bvia AP\b[^()]{0,40}|[^()]{0,60}(?:\/AP|Photo\/[^)]{0,60}))\)/;
const PAGE_HEADER_RE = /^[A-Z][^|]{2,60}\s\|\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s\d{1,2},\s\d{4}\s+\|\s+[A-Z]?\d{1,3}$/;
const RESIDUE_LINE_RE = /^(?:\|+|\[ ?(?:to |continued |see |story continues|advertisement|ad\b|jump|photo gallery|video:|watch:|listen:)[^\]]{0,80}\]|\[(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\]|\[\d{1,2}\/\d{1,2}\/\d{2,4}\]|\(?(?:Advertisement|ADVERTISEMENT)\)?|\(?Story continues below(?: (?:this )?(?:advertisement|ad))?\)?|Continue reading|Share this (?:story|article)|(?:Page|PAGE) \d{1,4}(?: of \d{1,4})?|- \d{1,4} -|\(?(?:Continued|Cont\.) (?:on|from) (?:(?:Page|Pg\.) )?(?:[A-Z]?\d{1,3}|next page|previous page)\)?|See [A-Z][A-Z' -]{1,30}, (?:Page|Pg\.) [A-Z]?\d{1,3}|[A-Z][A-Z' -]{1,30}, from (?:Page|Pg\.) [A-Z]?\d{1,3}|(?:Read more|Read also|Also read|See also|Related(?: coverage| stories| articles?)?): \S.{0,90})$/i;
// A news site's page furniture, pasted with the story: the buttons and the time stamp. In the
// case the page writes them, so a word of copy alone on a line is not taken for one.
const WEB_CHROME_LINE_RE = /^(?:Share|Copy|Copy [Ll]ink|Link copied|Print|Recommended|Leer en español|(?:Updated|Published) \d{1,2}:\d{2} [AP]\.?M\.?(?: [A-Z]{2,4})?,? .{0,40})$/;

export function isResidueLine(text: string): boolean {
  if (text.length > 100) return false;
  const c = text.charCodeAt(0);
  // Residue lines start with `|`, `[`, `(`, `-`, `A`/`a`, `S`/`s`, `C`/`c`, `R`/`r`, `P`, `L` or `U`
  // (or are a jump's slug line, `MARKET, from Page A1`); skip the pattern otherwise.
  // A printed page's running header: `Rockford Register Star  |  Tuesday, December 3, 2024  |  A7`.
  if (text.includes(' | ') && PAGE_HEADER_RE.test(text)) return true;
  if (c !== 124 && c !== 91 && c !== 40 && c !== 45 && c !== 65 && c !== 97 && c !== 83 && c !== 115 && c !== 67 && c !== 99 && c !== 82 && c !== 114 && c !== 80 && c !== 76 && c !== 85 && !text.includes(', from P')) return false;
  return RESIDUE_LINE_RE.test(text) || WEB_CHROME_LINE_RE.test(text);
}

/** Parse a dateline at the start of `line`; offsets are absolute. */
export function matchDateline(text: string, from: number, to: number, options: ResolvedOptions, regionWraps = false): Dateline | undefined {
  const limit = Math.min(to, from + MAX_LINE_SCAN);
  // City: capitals, spaces, periods, apostrophes, hyphens (`ST. PAUL`, `WINSTON-SALEM`, `COEUR D'ALENE`).
  let i = from;
  const cityStart = i;
  while (i < limit && isCityChar(text.charCodeAt(i))) i++;
  let cityEnd = i;
  while (cityEnd > cityStart && text.charCodeAt(cityEnd - 1) === 32) cityEnd--;
  if (cityEnd - cityStart < 2) return undefined;
  // A dateline city is at least mostly upper case; accept `Minneapolis` too so the rule can flag it.
  const city = text.slice(cityStart, cityEnd);
  if (!/^[A-Z\u00C0-\u00DE]/.test(city)) return undefined;
  let region: { start: number; end: number } | undefined;
  if (text[i] === ',') {
    i++;
    while (i < limit && (isSpaceCode(text.charCodeAt(i)) || (regionWraps && (text[i] === '\n' || text[i] === '\r')))) i++;
    const rs = i;
    while (i < limit && text[i] !== '(' && ((text[i] !== '\n' && text[i] !== '\r') || regionWraps) && text[i] !== '—' && i - rs < 40) i++;
    let re = i;
    while (re > rs && isSpaceCode(text.charCodeAt(re - 1))) re--;
    if (re === rs) return undefined;
    region = { start: rs, end: re };
  }
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  // `PINEHURST, N.C. — Tommy Caldwell …`: a newspaper's dateline, with no credit (the rule asks
  // for one), when the city is in capitals with its state, or one that stands alone.
  if (text[i] === '—' && city === city.toUpperCase() && (region || options.standaloneCities.has(city))) {
    const dashEnd = i + 1;
    return { start: cityStart, end: dashEnd, city: { start: cityStart, end: cityEnd }, ...(region ? { region } : {}), credit: { start: i, end: i }, agency: '', dash: { start: i, end: dashEnd } };
  }
  if (text[i] !== '(') return undefined;
  const creditStart = i;
  const close = text.indexOf(')', i);
  if (close < 0 || close - i > 40 || close >= limit) return undefined;
  const agency = text.slice(i + 1, close).trim();
  if (!/^[A-Z][A-Za-z&.\- ]{0,30}$/.test(agency)) return undefined;
  // Any capitalised credit shapes a dateline; the rule checks it against the configured agencies.
  i = close + 1;
  const creditEnd = i;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  let dashStart = i;
  if (text.startsWith('--', i)) i += 2;
  else if ('—–_-'.includes(text[i] ?? 'x') && i < limit) i++;
  else if (i === to && /^\r?\n[ \t]*[—–]/.test(text.slice(i, i + 8))) {
    // `NAIROBI, Kenya (AP)` / `— Engineers …`: the dash wrapped to the next line.
    i = text.indexOf('\n', i) + 1;
    while (isSpaceCode(text.charCodeAt(i))) i++;
    dashStart = i++;
  } else {
    // No dash at all still reads as a dateline when the credit is a known agency.
    if (!options.agencies.has(agency)) return undefined;
  }
  return {
    start: cityStart,
    end: i,
    city: { start: cityStart, end: cityEnd },
    ...(region ? { region } : {}),
    credit: { start: creditStart, end: creditEnd },
    agency,
    dash: { start: dashStart, end: i },
  };
}

/** A space, a tab, or a space pasted copy carries (no-break, thin, narrow no-break). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2002 && c <= 0x200a);
}

function isCityChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 46 || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f);
}

function endsSentence(s: string): boolean {
  // Terminal punctuation, possibly followed by closing quotes or a bracket.
  let i = s.length - 1;
  while (i >= 0 && isClosingMark(s.charCodeAt(i))) i--;
  if (i < 0) {
    const last = s.charCodeAt(s.length - 1);
    return last === 0x201d || last === 34;
  }
  const c = s.charCodeAt(i);
  // A paragraph that ends inside a running quote ends with the words before the missing mark.
  return c === 46 || c === 63 || c === 33 || c === 58; // . ? ! :
}

/** `”`, `’`, `"`, `'`, `)`, `]`: marks that may follow a sentence's last punctuation. */
function isClosingMark(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93;
}

function endsWithPunctuation(s: string): boolean {
  const c = s[s.length - 1];
  return c !== undefined && '.?!,;:”’"\')—–-'.includes(c);
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function firstWordLength(s: string): number {
  const sp = s.indexOf(' ');
  return sp < 0 ? s.length : sp;
}

/** A short title-like line without closing punctuation: a subhead candidate. */
function looksLikeSubhead(text: string): boolean {
  if (text.length === 0 || text.length > 70) return false;
  // An explainer's question in capitals is a subhead: `WHAT HAPPENS NEXT?`. So is a headline-style
  // line that ends with a quoted phrase, a letter before its closing mark (`Bus driver ‘did
  // everything right’`).
  const quotedEnd = /\p{L}[’”]$/u.test(text);
  if (!quotedEnd && endsWithPunctuation(text) && !(text.charCodeAt(text.length - 1) === 63 && text.length >= 4 && !/[a-z]/.test(text))) return false;
  const words = wordCount(text);
  if (words > 10) return false;
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde);
}

// ---------------------------------------------------------------------------

/** The dateline that starts at `start`, if any (datelines are in text order: binary search, so a day file's hundreds stay cheap). */
export function datelineStartingAt(story: Pick<Story, 'datelines'>, start: number): Dateline | undefined {
  const ds = story.datelines;
  const k = firstStartingAtOrAfter(ds, start);
  return k < ds.length && ds[k].start === start ? ds[k] : undefined;
}

/**
 * The text's lines and layout, and its stories: a file may hold many (a day's wire), each slug
 * line after the first starting one.
 */
export function splitText(text: string): TextLines {
  const lineStarts = computeLineStarts(text);
  const lines = splitLines(text, lineStarts);
  const quotedEmail = isQuotedEmail(text, lines);
  if (quotedEmail) for (const l of lines) stripQuotePrefix(text, l);
  return { lineStarts, lines, layout: detectLayout(lines), segments: splitStories(lines), quotedEmail };
}

export interface TextLines {
  lineStarts: number[];
  lines: Line[];
  layout: Story['layout'];
  segments: Line[][];
  /** Copy quoted in an e-mail: the lines are read past their `>` marks. */
  quotedEmail: boolean;
}

export function parseStory(text: string, options: ResolvedOptions, split = splitText(text)): Story {
  const { lineStarts, layout, segments } = split;
  const blocks: Block[] = [];
  const datelines: Dateline[] = [];
  segments.forEach((seg, storyIndex) => {
    // A day file may gather stories from different sources: each is read in its own layout.
    const itemDatelines: Dateline[] = [];
    const d = parseSegment(text, seg, options, segments.length > 1 ? detectLayout(seg) : layout, storyIndex, blocks, itemDatelines);
    if (d) datelines.push(d);
    datelines.push(...itemDatelines);
  });

  let pi = 0;
  for (const b of blocks) if (b.kind === 'paragraph' || b.kind === 'dateline') b.paragraphIndex = pi++;

  const story: Story = {
    text,
    blocks,
    quotations: [],
    people: [],
    quoteProblems: [],
    ambiguousReports: [],
    sections: [],
    layout,
    lineStarts,
    datelines,
    storyCount: segments.length,
  };
  if (datelines.length) story.dateline = datelines[0];
  story.sections = buildSections(story);
  if (segments.length > 1) storyStartsOf.set(story, segments.map((seg) => lineStarts[seg[0].index]));
  return story;
}

const storyStartsOf = new WeakMap<Story, number[]>();

/**
 * Where the story of a day file that holds `offset` starts and ends: what is read near a place
 * (another spelling of a word, the cities of datelines) is read within its story, as if the
 * story stood alone (see dayFile.ts).
 */
export function storyBounds(story: Story, offset: number): Span {
  const starts = storyStartsOf.get(story);
  if (!starts) return { start: 0, end: story.text.length };
  let k = lowerBoundOf(starts, offset + 1) - 1;
  if (k < 0) k = 0;
  return { start: starts[k], end: k + 1 < starts.length ? starts[k + 1] : story.text.length };
}

/** Split lines into stories at slug lines that follow a blank line (or end matter). */
function splitStories(lines: Line[]): Line[][] {
  const segments: Line[][] = [];
  let start = 0;
  let seenBody = false;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank) continue;
    const before = k > 0 ? lines[k - 1].text : '';
    const afterStamp = isAnpaStamp(before);
    const afterBreak = k === 0 || lines[k - 1].blank || END_MARK_RE.test(before) || COPYRIGHT_RE.test(before) || afterStamp;
    // A raw ANPA-1312 header sends the slug after its own two header lines: one story.
    if (seenBody && !lines[k - 1].blank && SLUG_RE.test(before) && !afterStamp) continue;
    // A day file pasted without blank lines runs one story into the next: there only a slug
    // in full wire form (`BC-US--Ferry-Strike,610`) starts a story.
    if (seenBody && (afterBreak || FULL_SLUG_RE.test(l.text)) && SLUG_RE.test(l.text) && l.text.length <= 160 && !/[.!?]$/.test(l.text)) {
      segments.push(lines.slice(start, k));
      start = k;
    }
    seenBody = true;
  }
  segments.push(lines.slice(start));
  return segments;
}

/**
 * Read one story's lines into blocks; returns its dateline. The datelines of the items of a
 * digest or roundup (`Wisconsin town votes …` then `MINERAL POINT, Wis. (AP) — …`), each under
 * a subhead of its own, go to `itemDatelines`.
 */
function parseSegment(text: string, lines: Line[], options: ResolvedOptions, layout: Story['layout'], storyIndex: number, blocks: Block[], itemDatelines: Dateline[]): Dateline | undefined {
  const push = (kind: BlockKind, ls: Line[]) => {
    const b = makeBlock(text, kind, ls);
    b.storyIndex = storyIndex;
    blocks.push(b);
  };

  // --- Header: slug, headline, editor's note, byline, until the dateline or body.
  let i = 0;
  const n = lines.length;
  const skipBlank = () => {
    while (i < n && lines[i].blank) i++;
  };
  skipBlank();
  let headlineSeen = false;
  let bylineSeen = false;
  let dateline: Dateline | undefined;
  const headerLimit = Math.min(n, i + 14);
  // Look ahead: does a byline or dateline appear within the first lines? Then the lines
  // before it are header lines even with no blank lines between them.
  let headerEnd = -1;
  for (let j = i; j < headerLimit; j++) {
    const l = lines[j];
    if (l.blank) continue;
    if (BYLINE_RE.test(l.text) || matchDateline(text, l.contentStart, l.contentEnd, options)) {
      headerEnd = j;
      break;
    }
  }
  while (i < n) {
    skipBlank();
    if (i >= n) break;
    const l = lines[i];
    const t = l.text;
    if (i === firstNonBlank(lines) && SLUG_RE.test(t) && t.length <= 160) {
      const ls = [l];
      i++;
      // A raw ANPA-1312 header: its selector and keyword lines, then the slug itself.
      while (i < n && !lines[i].blank && SLUG_RE.test(lines[i].text) && lines[i].text.length <= 160) ls.push(lines[i++]);
      // A priority line after the slug (`URGENT`, `BULLETIN`) belongs to it, not to the headline.
      if (i < n && PRIORITY_RE.test(lines[i].text)) ls.push(lines[i++]);
      push('slug', ls);
      continue;
    }
    if (EDS_RE.test(t)) {
      // An editor's note may wrap: take following lines until a blank line or a header line.
      const ls = [l];
      i++;
      // A note set above the headline ends with its sentence: a line after it that ends none is the headline.
      const headlineAfter = (l: Line) => !headlineSeen && /[.!?]$/.test(ls[ls.length - 1].text) && !/[.!?]$/.test(l.text);
      while (i < n && !lines[i].blank && !BYLINE_RE.test(lines[i].text) && !matchDateline(text, lines[i].contentStart, lines[i].contentEnd, options) && (headerEnd < 0 || i < headerEnd) && !endsSentenceAndShort(ls[ls.length - 1]) && !headlineAfter(lines[i])) {
        ls.push(lines[i]);
        i++;
      }
      push('editorsNote', ls);
      continue;
    }
    if (!bylineSeen && BYLINE_RE.test(t) && t.length <= 160) {
      const ls = [l];
      i++;
      // `Associated Press` / `AP Business Writer` on the next line, or after a blank line
      // in copy that sets every header line apart.
      let k = i;
      while (k < n && lines[k].blank) k++;
      if (k < n && AGENCY_LINE_RE.test(lines[k].text) && lines[k].text.length <= 60) {
        ls.push(lines[k]);
        i = k + 1;
      }
      push('byline', ls);
      bylineSeen = true;
      continue;
    }
    if (!dateline) {
      // `SANTO DOMINGO, Dominican` / `Republic (AP) — …`: a dateline wrapped inside its country.
      const next = lines[i + 1];
      const d = matchDateline(text, l.contentStart, l.contentEnd, options) ?? (next && !next.blank && WRAPPED_DATELINE_START_RE.test(t) ? matchDateline(text, l.contentStart, next.contentEnd, options, true) : undefined);
      if (d) {
        dateline = d;
        break; // the dateline starts the body
      }
    }
    if (isResidueLine(t) && (headlineSeen || bylineSeen)) {
      // Page residue between header lines (`[Nov. 3, 2026]` after a byline).
      push('residue', [l]);
      i++;
      continue;
    }
    if (headlineSeen && !bylineSeen && headerEnd > i) {
      // Between the headline and the byline: a photo caption (or a summary), possibly wrapped.
      const ls = [l];
      i++;
      while (i < headerEnd && !lines[i].blank && !EDS_RE.test(lines[i].text) && !isResidueLine(lines[i].text) && !PHOTO_CREDIT_RE.test(ls[ls.length - 1].text)) {
        ls.push(lines[i]);
        i++;
      }
      push(PHOTO_CREDIT_RE.test(joinText(ls)) ? 'caption' : 'paragraph', ls);
      continue;
    }
    if (!headlineSeen && !bylineSeen && (headerEnd < 0 || i < headerEnd) && t.length <= 200 && !isResidueLine(t)) {
      // Headline: the first free line; a second line joins it when it is still before the
      // byline/dateline and the first line did not end a sentence.
      const ls = [l];
      i++;
      // The second line must end the group too (a blank line or a header line after it), so a
      // caption or summary that follows an unbroken headline is not swallowed.
      const after = lines[i + 1];
      const endsGroup = !after || after.blank || BYLINE_RE.test(after.text) || EDS_RE.test(after.text) || !!matchDateline(text, after.contentStart, after.contentEnd, options);
      if (i < n && !lines[i].blank && headerEnd > i && endsGroup && !EDS_RE.test(lines[i].text) && !BYLINE_RE.test(lines[i].text) && !/[.!?]$/.test(l.text) && !/[.!?]$/.test(lines[i].text) && lines[i].text.length <= 120) {
        ls.push(lines[i]);
        i++;
      }
      push('headline', ls);
      headlineSeen = true;
      continue;
    }
    break;
  }

  // --- Body.
  const bodyLines = lines.slice(i);
  const paras = groupParagraphs(bodyLines, layout);
  let afterEndMark = false;
  let datelineDone = false;
  let paragraphSeen = false; // this story has a body paragraph already: no dateline after it
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const first = para.lines[0];
    const t = first.text;
    if (para.kind === 'residue') {
      push('residue', para.lines);
      continue;
    }
    if (para.lines.length === 1 && isAnpaStamp(t)) {
      push('endMatter', para.lines);
      continue;
    }
    if (END_MARK_RE.test(t) && para.lines.length === 1) {
      push('endMark', para.lines);
      afterEndMark = true;
      continue;
    }
    // Classification patterns look at the paragraph's start or its credit; long paragraphs are cut.
    const joined = joinText(para.lines.length > 6 ? para.lines.slice(0, 3).concat(para.lines.slice(-3)) : para.lines);
    if ((joined.charCodeAt(0) === 67 || joined.charCodeAt(0) === 0xa9 || joined.charCodeAt(0) === 40) && COPYRIGHT_RE.test(joined)) {
      push('copyright', para.lines);
      continue;
    }
    const isCaption = joined.includes(')') && (joined.includes('Photo') || joined.includes('AP')) && PHOTO_CREDIT_RE.test(joined) && !/^[“"]/.test(joined);
    if (afterEndMark) {
      // A roundup of reaction sets its quotations apart with `___` (`“…” — Gov. Ellen Marsh`):
      // a paragraph opening with a quotation is copy, not end matter.
      if (opensQuote(t) && !isCaption) {
        push('paragraph', para.lines);
        continue;
      }
      // Captions sent after the story (`FILE - … (AP Photo/Name, File)`) are still captions.
      push(CONTRIBUTOR_RE.test(joined) ? 'contributor' : isCaption ? 'caption' : 'endMatter', para.lines);
      continue;
    }
    if (!datelineDone && !dateline && !afterEndMark) {
      // A dateline after header matter the header pass stopped at (residue, a caption).
      const d = matchDateline(text, first.contentStart, first.contentEnd, options);
      if (d) dateline = d;
      datelineDone = !d && paragraphSeen;
    }
    if (!datelineDone && dateline && first.contentStart === dateline.start) {
      push('dateline', para.lines);
      datelineDone = true;
      continue;
    }
    if (isCaption) {
      push('caption', para.lines);
      continue;
    }
    // `EDITOR’S NOTE — …` set at the foot of the story, or between takes; a correction note.
    if (EDS_RE.test(t) || CORRECTION_NOTE_RE.test(t)) {
      push('editorsNote', para.lines);
      continue;
    }
    if (joined.includes('contribut') && (/^[A-Z][a-z]+ (?:Press )?[Ww]riters? .{0,200}contributed/.test(joined) || /^(?:Associated Press|AP) (?:writers?|journalists?|reporters?|videojournalists?|correspondents?)\b.*\bcontributed\b/i.test(joined))) {
      push('contributor', para.lines);
      continue;
    }
    if (para.kind === 'subhead') {
      push('subhead', para.lines);
      continue;
    }
    // A digest's next item: a subhead, then its own dateline.
    if (datelineDone && dateline && blocks[blocks.length - 1]?.kind === 'subhead') {
      const item = matchDateline(text, first.contentStart, first.contentEnd, options);
      if (item) {
        itemDatelines.push(item);
        push('dateline', para.lines);
        continue;
      }
    }
    push('paragraph', para.lines);
    paragraphSeen = true;
  }
  if (dateline && !datelineDone) dateline = undefined;
  return dateline;
}

function endsSentenceAndShort(l: Line): boolean {
  return /[.!?]$/.test(l.text) && l.text.length < 50;
}

function firstNonBlank(lines: Line[]): number {
  for (let j = 0; j < lines.length; j++) if (!lines[j].blank) return j;
  return -1;
}

function joinText(lines: Line[]): string {
  if (lines.length === 1) return lines[0].text;
  return lines.map((l) => l.text).join(' ');
}

function makeBlock(text: string, kind: BlockKind, ls: Line[]): Block {
  const lineSpans: Span[] = new Array(ls.length);
  for (let k = 0; k < ls.length; k++) lineSpans[k] = { start: ls[k].contentStart, end: ls[k].contentEnd };
  return new StoryBlock(text, kind, ls[0].index, ls[ls.length - 1].index, lineSpans);
}

/** `block` moved into `source` at `offset` and `lineOffset` (a story of a day file analysed on its own). */
export function movedBlock(source: string, block: Block, offset: number, lineOffset: number, paragraphOffset: number, storyOffset: number): Block {
  const moved = new StoryBlock(source, block.kind, block.startLine + lineOffset, block.endLine + lineOffset, block.lineSpans.map((sp) => ({ start: sp.start + offset, end: sp.end + offset })));
  moved.start = block.start + offset;
  moved.end = block.end + offset;
  moved.paragraphIndex = block.paragraphIndex < 0 ? -1 : block.paragraphIndex + paragraphOffset;
  moved.storyIndex = block.storyIndex + storyOffset;
  return moved;
}

/**
 * A block folds its lines into `text` on first read. Most paragraphs' text is never read
 * (the engine works on offsets), and folding a hard-wrapped paragraph's lines would copy
 * the whole paragraph: in a day file that is a second copy of the copy, kept for as long
 * as the model.
 */
class StoryBlock implements Block {
  start: number;
  end: number;
  paragraphIndex = -1;
  storyIndex = 0;
  readonly #source: string;
  #text: string | undefined;
  constructor(
    source: string,
    public kind: BlockKind,
    public startLine: number,
    public endLine: number,
    public lineSpans: Span[],
  ) {
    this.#source = source;
    this.start = lineSpans[0].start;
    this.end = lineSpans[lineSpans.length - 1].end;
  }

  get text(): string {
    if (this.#text === undefined) {
      const spans = this.lineSpans;
      this.#text = spans.length === 1 ? this.#source.slice(spans[0].start, spans[0].end) : spans.map((sp) => this.#source.slice(sp.start, sp.end)).join(' ');
    }
    return this.#text;
  }
}

/** Line spans of a block (residue lines inside a paragraph excluded). */
export function blockLineSpans(b: Block): Span[] {
  return b.lineSpans;
}

// ---------------------------------------------------------------------------
// Layout detection and paragraph grouping.

export function detectLayout(lines: Line[]): Story['layout'] {
  let nonBlank = 0;
  let blankRuns = 0;
  let indented = 0;
  let prevBlank = false;
  for (const l of lines) {
    if (l.blank) {
      prevBlank = true;
      continue;
    }
    // A run of blank lines between two lines of copy (blank lines at the end separate nothing).
    if (prevBlank && nonBlank > 0) blankRuns++;
    prevBlank = false;
    nonBlank++;
    if (l.indented) indented++;
  }
  if (nonBlank === 0) return 'blank';
  // The wrap width, counted once and only where a test needs it (indented copy never does).
  let counted: number | undefined;
  const wrapAt = () => (counted ??= wrapWidth(lines));
  // Blank lines part the paragraphs, unless more paragraphs end inside the runs of lines between
  // them (hard-wrapped copy with a blank line after its header and before its end matter).
  if (blankRuns >= 2 && blankRuns * 4 >= countParagraphStarts(lines) && breaksWithinRuns(lines, wrapAt()) < blankRuns) return 'blank';
  if (indented >= 2 && indented * 5 >= nonBlank) return 'indented';
  const width = wrapAt();
  if (width <= 0 || width > 110) return 'lines';
  // Short paragraphs one per line look wrapped by their width alone. What only wrapped copy
  // has is lines that run near the width and stop mid-sentence: 0.35 to 0.67 of the lines in
  // the fixture stories wrapped, under 0.1 with the same stories one paragraph per line.
  let runOn = 0;
  for (const l of lines) if (!l.blank && ((l.contentEnd - l.start >= 0.75 * width && !endsSentence(l.text)) || endsMidWord(l.text))) runOn++;
  return runOn * 5 >= nonBlank ? 'wrapped' : 'lines';
}

/** Lines that end a sentence short of the wrap width with another line right after them: paragraph ends that no blank line marks. */
function breaksWithinRuns(lines: Line[], width: number): number {
  if (width <= 0) return 0;
  let n = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k];
    if (!l.blank && !lines[k + 1].blank && l.contentEnd - l.start < 0.8 * width && endsSentence(l.text)) n++;
  }
  return n;
}

/** `Ruiz-`, `Com-`: a line that breaks a word at a hyphen (PDF copy) runs on, however short. */
function endsMidWord(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 45) return false;
  const c = text.charCodeAt(n - 2);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

function countParagraphStarts(lines: Line[]): number {
  // Lines that end a sentence approximate the number of paragraphs.
  let n = 0;
  for (const l of lines) if (!l.blank && endsSentence(l.text)) n++;
  return Math.max(1, n);
}

/** The wrap column of hard-wrapped text: the 90th percentile of line lengths. */
function wrapWidth(lines: Line[]): number {
  let count = 0;
  for (const l of lines) if (!l.blank) count++;
  if (count < 3) return 0;
  const rank = Math.floor((count - 1) * 0.9);
  // Line lengths are small integers: count them (linear) instead of sorting them. Lines
  // longer than the table (rare: unwrapped paragraphs) are sorted apart.
  // One table for every call, cleared here: a day file asks for hundreds of widths, and a
  // fresh typed array each time cost more than the counting.
  const histogram = widthHistogram.fill(0);
  const long: number[] = [];
  for (const l of lines) {
    if (l.blank) continue;
    const len = l.contentEnd - l.start;
    if (len < WIDTH_TABLE) histogram[len]++;
    else long.push(len);
  }
  let seen = 0;
  let p90 = -1;
  for (let len = 0; len < WIDTH_TABLE; len++) {
    seen += histogram[len];
    if (seen > rank) {
      p90 = len;
      break;
    }
  }
  if (p90 < 0) {
    long.sort((a, b) => a - b);
    return long[rank - seen];
  }
  // The 90th percentile falls a column short when fewer than a tenth of the lines ran to the
  // full width: the width is the longest length a few lines share, a little past it (a line or
  // two longer than the rest, a headline or an unwrapped line, is not the width).
  const several = Math.max(2, Math.ceil(count * 0.03));
  for (let len = Math.min(p90 + 4, WIDTH_TABLE - 1); len > p90; len--) if (histogram[len] >= several) return len;
  return p90;
}

const WIDTH_TABLE = 512;
const widthHistogram = new Uint32Array(WIDTH_TABLE);

function groupParagraphs(lines: Line[], layout: Story['layout']): Para[] {
  const paras: Para[] = [];
  const residues: Para[] = [];
  const width = layout === 'wrapped' ? wrapWidth(lines) : 0;
  let cur: Line[] = [];
  const quoteState = { open: 0, straight: false }; // double quotation open at the end of `cur`?
  // Did the last paragraph end inside a quotation, and does the current one carry it on (a running quote)?
  let endedOpen = false;
  let carriesOn = false;
  const flush = () => {
    if (cur.length) paras.push({ lines: cur, kind: 'paragraph' });
    endedOpen = cur.length > 0 && (quoteState.open > 0 || quoteState.straight);
    cur = [];
    quoteState.open = 0;
    quoteState.straight = false;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank) {
      flush(); // a blank line ends a paragraph in every layout
      continue;
    }
    if (isResidueLine(l.text)) {
      // Residue is transparent: a paragraph split by it goes on after it.
      residues.push({ lines: [l], kind: 'residue' });
      continue;
    }
    const prev = cur.length ? cur[cur.length - 1] : undefined;
    const next = nextContentLine(lines, k + 1);
    let startsNew = !prev;
    if (prev) {
      if (END_MARK_RE.test(l.text) || END_MARK_RE.test(prev.text) || isAnpaStamp(l.text)) startsNew = true;
      // An unindented short line between indented paragraphs is a subhead, not a continuation.
      else if (layout === 'indented') {
        startsNew =
          l.indented ||
          (looksLikeSubhead(l.text) && endsSentence(prev.text) && !!next?.indented) ||
          // A photo caption set flush left between indented paragraphs.
          (endsSentence(prev.text) && unindentedRunEndsWithCredit(lines, k));
      }
      // One paragraph per line, except where page residue cut a line mid-sentence.
      else if (layout === 'lines') startsNew = !(lines[k - 1] && isResidueLine(lines[k - 1].text) && !endsSentence(prev.text));
      else if (layout === 'wrapped') {
        startsNew =
          wrappedBreak(prev, l, width) ||
          (endsSentence(prev.text) && opensQuote(l.text) && (quoteState.open > 0 || quoteState.straight)) ||
          (quoteState.open === 0 && !quoteState.straight && (endsAttributedQuote(cur, l) || ((carriesOn || isBareQuotation(cur)) && endsQuoteBeforeSentence(prev.text, l.text) && !(isBareQuotation(cur) && attributionAfterQuestion(prev.text, l.text))))) ||
          // A closed quotation ends a sentence and the next line opens another: a new speaker's
          // paragraph (one speaker's next words would follow an attribution, not a closing mark).
          (quoteState.open === 0 && !quoteState.straight && closesQuoteAtSentenceEnd(prev.text) && opensQuote(l.text)) ||
          // A paragraph of the writer's own words (no quotation, or only a title or a partial one
          // and no attribution verb) ends a sentence at a line's end and the next line opens a
          // quotation: a quote paragraph.
          (quoteState.open === 0 && !quoteState.straight && endsSentence(prev.text) && opensQuote(l.text) && (!cur.some((c) => hasQuoteMark(c.text)) || !ATTRIBUTION_VERB_RE.test(textOutsideQuotes(cur)))) ||
          // `She said:` then a line opening the quotation: AP's lead-in to a long quote ends its
          // paragraph, and read either way the quote is hers.
          (quoteState.open === 0 && !quoteState.straight && prev.text.endsWith(':') && opensQuote(l.text)) ||
          // A transcript's or an interview's speaker label opens a paragraph: `FERRANTE: “…”`, `Q: Why?`.
          ((endsSentence(prev.text) || prev.text.endsWith(':')) && SPEAKER_LABEL_RE.test(l.text)) ||
          // A photo credit ends its caption: `… on Sunday. (AP Photo/Dario Menendez)`.
          endsWithPhotoCredit(cur) ||
          // A short title-like line after a sentence's end, before a capital: a subhead,
          // even where the line before it was too long for the break to show.
          (endsSentence(prev.text) && looksLikeSubhead(l.text) && l.contentEnd - l.start < width * 0.7 && !!next && /^[A-Z“"‘']/.test(next.text));
      }
      else startsNew = l.indented && endsSentence(prev.text);
    }
    if (startsNew) flush();
    if (!cur.length) carriesOn = endedOpen && opensQuote(l.text);
    cur.push(l);
    if (layout === 'wrapped') trackDoubleQuotes(quoteState, l.text);
    if (isSubheadLine(cur, l, next, lines[k + 1], layout, width)) {
      paras.push({ lines: [l], kind: 'subhead' });
      cur = [];
    }
  }
  flush();
  if (!residues.length) return paras;
  // Residue inside a paragraph sorts after the paragraph that it interrupts.
  return [...paras, ...residues].sort((a, b) => a.lines[0].start - b.lines[0].start);
}

function hasQuoteMark(text: string): boolean {
  return /["“”]|``|''/.test(text);
}

function nextContentLine(lines: Line[], from: number): Line | undefined {
  for (let k = from; k < lines.length && k < from + 3; k++) if (!isResidueLine(lines[k].text) || lines[k].blank) return lines[k];
  return lines[from];
}

function isSubheadLine(cur: Line[], l: Line, next: Line | undefined, following: Line | undefined, layout: Story['layout'], width: number): boolean {
  if (cur.length !== 1 || cur[0] !== l) return false;
  if (!looksLikeSubhead(l.text)) return false;
  if (!next || !following) return false;
  // Between blank lines the line is a whole paragraph.
  if (following.blank) return true;
  // A digest's item: its subhead set right above its dateline (`Tractor museum` /
  // `MOUNT PLEASANT, Iowa (AP) —`), with no blank line between.
  // (Not a dateline wrapped after its comma: `SANTO DOMINGO, Dominican` / `REPUBLIC (AP) —`.)
  if (SUBHEAD_DATELINE_RE.test(next.text) && !WRAPPED_DATELINE_START_RE.test(l.text)) return true;
  if (layout === 'blank') return false;
  // One paragraph per line: a short title-like line before a new sentence is a subhead.
  if (layout === 'lines') return /^[A-Z“"‘']/.test(next.text);
  // An indented paragraph of one short line without closing punctuation is a subhead too.
  if (layout === 'indented') return next.indented;
  if (layout === 'wrapped') {
    // A wrapped paragraph's lines are near the wrap width; a subhead is clearly shorter and
    // the next line starts a new sentence.
    return l.contentEnd - l.start < width * 0.7 && /^[A-Z“"‘']/.test(next.text);
  }
  return true;
}

/** Hard-wrapped copy: does `l` start a new paragraph after `prev`? */
function wrappedBreak(prev: Line, l: Line, width: number): boolean {
  if (l.indented && !prev.indented) return true;
  // A sentence's end, or a line opening a quotation after a lead-in (`Some of what they said:`)
  // or a roundup's signature (`— Gov. Ellen Marsh`).
  if (!endsSentence(prev.text) && !endsRunningQuoteLine(prev.text, l.text) && !(opensQuote(l.text) && /[:\p{L}]$/u.test(prev.text))) return false;
  // The previous line was broken early: the next line's first word would have fitted.
  const prevLen = prev.contentEnd - prev.start;
  return prevLen + 1 + firstWordLength(l.text) <= width;
}

/** Do the unindented lines from `k` (up to the next indented or blank line, at most four) end with a photo credit? */
function unindentedRunEndsWithCredit(lines: Line[], k: number): boolean {
  let j = k;
  while (j + 1 < lines.length && j < k + 3 && !lines[j + 1].indented && !lines[j + 1].blank) j++;
  return endsWithPhotoCredit(lines.slice(Math.max(k, j - 1), j + 1));
}

/** Do the paragraph's last lines end with a photo credit (which may wrap onto the last line)? */
function endsWithPhotoCredit(cur: Line[]): boolean {
  const last = cur[cur.length - 1].text;
  if (last.charCodeAt(last.length - 1) !== 41) return false; // `)`
  const tail = cur.length > 1 ? `${cur[cur.length - 2].text} ${last}` : last;
  return PHOTO_CREDIT_AT_END_RE.test(tail);
}

const PHOTO_CREDIT_AT_END_RE = new RegExp(`(?:${PHOTO_CREDIT_RE.source})$`);

function opensQuote(text: string): boolean {
  return text.startsWith('“') || (text.startsWith('"') && text.length > 1 && text[1] !== ' ') || text.startsWith('``');
}

/**
 * Track whether a double quotation is open: curly marks and 7-bit ANPA ones (` `` ` opens,
 * `''` closes) count; straight ones toggle.
 */
const DOUBLE_MARK_RE = /[“”"]|``|''/g;

function trackDoubleQuotes(state: { open: number; straight: boolean }, text: string): void {
  // A native scan from mark to mark: most of a line has none.
  DOUBLE_MARK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLE_MARK_RE.exec(text))) {
    const c = m[0];
    if (c === '“' || c === '``') state.open++;
    else if (c === '”' || c === "''") state.open = Math.max(0, state.open - 1);
    else state.straight = !state.straight;
  }
}

/**
 * Hard-wrapped copy whose paragraph break does not show (its last line ran full): the
 * paragraph so far holds an attributed quotation that the line before `l` closes with a
 * sentence's end (`… We keep losing those.”`), and `l` starts the writer's next sentence
 * (`Ruth Kessler said she …`). AP gives each speaker a paragraph and ends a quoted
 * paragraph with its quotation or attribution, so a new sentence there is a new paragraph.
 */
function endsAttributedQuote(cur: Line[], l: Line): boolean {
  if (!endsQuoteBeforeSentence(cur[cur.length - 1].text, l.text)) return false;
  return ATTRIBUTION_VERB_RE.test(textOutsideQuotes(cur));
}

/** The paragraph's words outside its quotation marks. */
function textOutsideQuotes(cur: Line[]): string {
  return joinText(cur).replace(/“[^”]*”|"[^"]*"|``.*?''/g, ' ');
}

/**
 * The paragraph so far is one quotation and nothing else: it opens with the mark, and the mark
 * that closes it ends its last line. A quote paragraph with no attribution of its own (the
 * speaker named the paragraph before), so a sentence of the writer's after it is a new paragraph.
 */
function isBareQuotation(cur: Line[]): boolean {
  const text = joinText(cur).trimEnd();
  if (text.startsWith('``')) return text.indexOf("''") === text.length - 2;
  const open = text.charAt(0);
  if (open !== '“' && open !== '"') return false;
  const close = open === '“' ? text.indexOf('”') : text.indexOf('"', 1);
  return close === text.length - 1;
}

/**
 * The line before closes a quotation at a sentence's end and `nextText` starts a sentence of
 * the writer's. Also how the last paragraph of a running quote ends, whose attribution came
 * paragraphs before: `… that’s what this fund is for.”` then `Commissioner Martin Hale said`.
 */
function endsQuoteBeforeSentence(prevText: string, nextText: string): boolean {
  return closesQuoteAtSentenceEnd(prevText) && /^[A-Z]/.test(nextText);
}

/** `…, was it?”` then `Kimbro asked.`: a question or exclamation followed by its attribution. */
function attributionAfterQuestion(prevText: string, nextText: string): boolean {
  return /[?!](?:[”"]| ”|'')$/.test(prevText) && ATTRIBUTION_AFTER_QUESTION_RE.test(nextText);
}

/** A line opening with a name (and title) and a speech verb: `Kimbro asked.`, `U.S. Bankruptcy Judge Miriam Castellanos-Reyes asked …`. */
const ATTRIBUTION_AFTER_QUESTION_RE = /^(?:[A-Z][\p{L}.’'-]*\s+){1,6}(?:asked|asks|said|says|replied|answered|shouted|yelled|wondered|added|demanded|countered|cried)\b/u;

/** `… We keep losing those.”`: the line closes a quotation at a sentence's end. */
function closesQuoteAtSentenceEnd(text: string): boolean {
  // A stray space before a curly closing mark (`fewer boats. ”`) is pasted copy's, not a new quotation.
  return /[.?!](?:[”"]| ”|'')$/.test(text);
}

/** `FERRANTE:`, `Q:`, `A:`, `MR. DOE:` opening a line: a speaker's label in a transcript or an interview. */
const SPEAKER_LABEL_RE = /^(?:[QA]|[A-Z][A-Z’'.-]{2,}(?: [A-Z][A-Z’'.-]+)?):\s/;

const ATTRIBUTION_VERB_RE = /\b(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|explained|recalled|posted|tweeted|replied|answered|continued|noted|argued|testified|radioed|texted|emailed|commented|insisted|warned|according)\b/;

/** A paragraph of a running quote ends without a closing mark; the next opens with one. */
function endsRunningQuoteLine(prevText: string, nextText: string): boolean {
  return /[.!?]$/.test(prevText) && /^(?:[“"]|``)/.test(nextText);
}

// ---------------------------------------------------------------------------

export function buildSections(story: Story): Section[] {
  const sections: Section[] = [];
  const { blocks, text } = story;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'paragraph' || block.kind === 'residue') continue;
    let title = block.text;
    const d = block.kind === 'dateline' ? datelineStartingAt(story, block.start) : undefined;
    if (d) title = text.slice(d.start, d.credit.end).trimEnd();
    else if (block.kind === 'byline') title = text.slice(block.start, blockLineSpans(block)[0].end);
    else if (block.kind === 'slug') {
      // The keyword slug (`BC-US--Hail-Damage,0412`), past a raw ANPA-1312 header's own lines.
      const spans = blockLineSpans(block);
      const keyed = spans.find((sp) => /^(?:BC|AP|AM|PM|APR)-/.test(text.slice(sp.start, sp.end))) ?? spans[0];
      title = text.slice(keyed.start, keyed.end);
    }
    if (title.length > 80) title = title.slice(0, 79) + '…';
    sections.push({ kind: block.kind, title, span: { start: block.start, end: block.end }, extent: { start: block.start, end: block.end }, blockIndex: b });
  }
  // A subhead's section (and the dateline lead's) runs to the next subhead or the end matter.
  // One backward pass; `lastEnd` is the end of the last non-residue block before the next stop.
  let lastEnd = -1;
  let bi = blocks.length - 1;
  for (let s = sections.length - 1; s >= 0; s--) {
    const sec = sections[s];
    // Fold in the blocks after this section's own block, up to the current stop.
    while (bi >= 0 && blocks[bi].start >= sec.span.start) {
      const bl = blocks[bi];
      if (bl.kind !== 'residue') lastEnd = Math.max(lastEnd, bl.end);
      bi--;
    }
    if (sec.kind === 'subhead' || sec.kind === 'dateline') {
      sec.extent = { start: sec.span.start, end: Math.max(sec.span.end, lastEnd) };
    }
    const k = sec.kind;
    if (k === 'subhead' || k === 'endMark' || k === 'contributor' || k === 'copyright') {
      lastEnd = -1; // blocks before this one belong to the previous section
    } else if (k !== 'dateline' && k !== 'caption') {
      // Header sections end where they are.
      lastEnd = -1;
    }
  }
  return sections;
}
