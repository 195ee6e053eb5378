// The story model shared by every front end. Offsets are UTF-16 code unit
// indexes into the analysed text (the same units as JS strings and VS Code's
// document.offsetAt), half-open: [start, end).

export interface Span {
  start: number;
  end: number;
}

/** 0-based line and UTF-16 column, as VS Code's Position. */
export interface LineCol {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export type BlockKind =
  | 'slug'
  | 'headline'
  | 'editorsNote'
  | 'byline'
  | 'dateline' // the dateline paragraph (the lead); `dateline` on the story holds its parts
  | 'paragraph'
  | 'subhead'
  | 'caption'
  | 'endMark' // the `___` separator
  | 'contributor' // `Associated Press writer X contributed to this report.`
  | 'copyright'
  | 'endMatter' // anything else after the end mark (boxes, contact lines)
  | 'residue'; // page residue on a line of its own: `[to top of second column]`, a lone `|`

export interface Block extends Span {
  kind: BlockKind;
  /** The block's text with line breaks and indentation folded to single spaces. */
  text: string;
  /** 0-based first and last line of the block. */
  startLine: number;
  endLine: number;
  /** Index among paragraph-like blocks (dateline, paragraph), else -1. */
  paragraphIndex: number;
  /** The content of each line of the block (page residue inside a paragraph left out). */
  lineSpans: Span[];
  /** Which story of the file the block belongs to (a day's wire file holds many). */
  storyIndex: number;
}

export interface Dateline extends Span {
  city: Span;
  /** State, province or country after the comma, if any. */
  region?: Span;
  /** The credit in parentheses, e.g. `(AP)`; `agency` is the text inside. */
  credit: Span;
  agency: string;
  /** The dash after the credit: `—`, `_`, `--`, `-` or `–`. */
  dash: Span;
}

export type QuoteMarkKind = 'double' | 'single';

export type QuoteProblemKind =
  | 'unclosed' // opened and never closed (and not a valid running quote)
  | 'unopened' // a closing mark with no opening
  | 'direction' // a curly mark facing the wrong way
  | 'nestedDouble' // a double-marked quote inside a double-marked quote
  | 'singleUnclosed' // a single mark left open inside a double quotation
  | 'partialRunning'; // a partial quote left open at the end of its paragraph

export interface QuoteProblem extends Span {
  kind: QuoteProblemKind;
  /** For `direction`: the mark that should stand there. */
  replacement?: string;
  /** For `unclosed`: what shows the mark was never closed. */
  reason?: UnclosedReason;
}

export type UnclosedReason =
  | 'nextQuote' // another quotation opens after a sentence end while this one is open
  | 'nextParagraph' // the paragraph ends open and the next one does not open with a mark
  | 'storyEnd' // the story (or a non-body block) ends inside it
  | 'attributionInside' // its text holds the writer's own attribution: `, Marsh said.`
  | 'otherSpeaker' // the next paragraph's quotation is attributed to someone else
  | 'speakerInside'; // its text goes on about its own speaker in the writer's words: `. Marsh said the …`

export interface Quotation extends Span {
  /** Index in `Story.quotations`. */
  index: number;
  marks: QuoteMarkKind;
  /** Nesting depth: 0 for a top-level quotation, 1 for a quote inside a quote. */
  depth: number;
  open: Span;
  /** Absent when the quotation is not closed (in this paragraph). */
  close?: Span;
  /** Span of the words inside the marks. */
  content: Span;
  /** The quoted words, line breaks folded to spaces. */
  text: string;
  /** Index into `Story.blocks` of the block holding the opening mark. */
  blockIndex: number;
  /** True for a partial quote (a fragment inside the writer's own sentence). */
  partial: boolean;
  /** True when this quotation continues a running quote from the previous paragraph. */
  continues: boolean;
  /** True when the paragraph ends inside this quotation and the next paragraph carries it on. */
  runsOn: boolean;
  /**
   * A quoted title (`“The Evening Show”`), or words the writer holds up (a word used as a word,
   * a nickname, what a crowd chanted: `Chants of “Graham! Graham!” filled the gym`): no speech
   * to attribute.
   */
  isTitle: boolean;
  /** Index into `Story.people` of the speaker, or -1 when unknown or unnamed. */
  speaker: number;
  /**
   * Others who say it with the speaker (`Pike and Castellanos said`: the speaker is Pike, and
   * Castellanos is here); absent when the speaker speaks alone.
   */
  coSpeakers?: number[];
  /** How the speaker was found; absent when there is none. */
  attribution?: Attribution;
}

export type AttributionVia =
  | 'name' // a name or title + name next to a speech verb
  | 'pronoun'
  | 'role' // `the governor said`
  | 'description' // `a neighbor said`, `police said`: attributed but unnamed
  | 'paragraph' // another quotation in the same paragraph names the speaker
  | 'running' // continues the previous paragraph's running quote
  | 'colon' // the previous paragraph ends `Marsh said:`
  | 'dash' // `“We will rebuild.” — Gov. Ellen Marsh`: the speaker set after a dash
  | 'paraphrase' // the previous paragraph paraphrases one speaker: `Marsh said the …`
  | 'beat' // the sentence before, in the same paragraph, is about the speaker: `Marsh laughed. “…”`
  | 'interview'; // a question-and-answer interview: `A: “…”` is the interviewee's, `Q: “…”` the interviewer's (no speaker)

export interface Attribution {
  via: AttributionVia;
  /** The words naming the speaker (`Marsh`, `she`, `the governor`), where written. */
  subject?: Span;
  subjectText?: string;
  /** The speech verb (`said`, `told`, `according to`), where written. */
  verb?: Span;
  verbText?: string;
  /** For via 'pronoun': how many people the pronoun could refer to (>1 is ambiguous). */
  candidates?: number[];
  /**
   * For `he`/`she`: the one person the paragraph before is about, when of the other gender while
   * the pronoun's person is named in neither paragraph (`Klobuchar said …` then `“…,” he said`).
   */
  otherGender?: number;
  /** With `otherGender`: that person is the subject of a sentence before, in the pronoun's own paragraph. */
  otherGenderHere?: boolean;
  /**
   * For `he`/`she`: like `otherGender`, someone of the other gender the paragraph before has
   * speaking, described and not named (`One juror, a retired machinist who asked that his name not
   * be used, said …`): the description's words.
   */
  otherGenderDescribed?: string;
  /**
   * For `he`/`she`: the group the paragraph before has speaking (`Some younger workers said …`),
   * one of whom the pronoun may be, while its person is named only further back.
   */
  afterGroup?: string;
  /** When the subject named a person the story never introduced, or misspelled one. */
  unresolvedName?: string;
}

export type PersonKind = 'person' | 'organization';
/** The pronoun the story uses for a person: `she`, `he`, `they` (for someone who uses they/them), or not yet known. */
export type Gender = 'female' | 'male' | 'they' | 'unknown';

export interface Mention extends Span {
  /** How the mention names them. */
  form: 'full' | 'surname' | 'titleSurname' | 'possessive' | 'given' | 'pronoun' | 'role';
}

export interface Person {
  index: number;
  kind: PersonKind;
  /** Full name at first reference, without title: `Ellen Marsh`, `Coast Guard`. */
  name: string;
  /** Surname (last word of a person's name; the whole name for organisations). */
  surname: string;
  /** Title or description at first reference: `Gov.`, `harbor master`. */
  title?: string;
  gender: Gender;
  /** Span of the full name at first reference. */
  firstReference: Span;
  /** Every named mention, including the first, in text order. */
  mentions: Mention[];
  /** Indexes into `Story.quotations` attributed to this speaker, alone or with others (their `coSpeakers`). */
  quotations: number[];
  /** True when they speak in the story: quoted, or the subject of a speech verb. */
  speaks: boolean;
  /**
   * False when the story refers to them by surname before (or without) giving the
   * full name: AP wants the full name at first reference.
   */
  introduced: boolean;
  /** Near-miss spellings of the name (`Levesqe` for `Levesque`), where written. */
  variants: NameVariant[];
  /** A lawmaker's party, where the story gives it (`R-Roswell`, `a Democrat`): `the Republican said`. */
  party?: Party;
}

export type Party = 'Democrat' | 'Republican' | 'independent';

export interface NameVariant extends Span {
  written: string;
  /** The spelling introduced at first reference that should stand here. */
  expected: string;
}

export interface TextEdit extends Span {
  /** Replacement text for [start, end). */
  text: string;
}

export interface Fix {
  /** Short imperative label for the quick fix: `Close the quotation`. */
  title: string;
  edits: TextEdit[];
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  fix?: Fix;
  /**
   * Edits an editor may choose from, never applied by `--fix` or fix-all: choosing needs a
   * person (which of two people called Ruud spoke). Offered as quick fixes in the editor.
   */
  suggestions?: Fix[];
  /** The place the message names by its line (a person's first reference). */
  refersTo?: Span;
  /** With `refersTo`: the message with `{line}` for that line, so a story moved within a day file can be told its new line. */
  messageTemplate?: string;
}

export interface Section {
  kind: BlockKind;
  /** Display title: the headline text, the subhead text, `By MARIA DELGADO`, … */
  title: string;
  /** Span of the section's own block. */
  span: Span;
  /** Span from this section's start up to the next section of the same level. */
  extent: Span;
  blockIndex: number;
}

export interface Story {
  text: string;
  blocks: Block[];
  /** The (first) story's dateline. */
  dateline?: Dateline;
  /** Every story's dateline, for files that hold several stories, and those of a digest's items (each under its subhead), in text order. */
  datelines: Dateline[];
  /** Number of stories in the text (split at slug lines). */
  storyCount: number;
  quotations: Quotation[];
  /** People and organisations named in the story (speakers and others). */
  people: Person[];
  /** Quote mark problems found while pairing (the rules turn these into findings). */
  quoteProblems: QuoteProblem[];
  /**
   * Speech reported without quotation marks whose subject is a surname two people share
   * (`Ruud said he and Karen would move`): the attribution of no quotation, but as unclear.
   */
  ambiguousReports: Attribution[];
  sections: Section[];
  /** Paragraph layout detected: blank lines, indented, or hard-wrapped. */
  layout: 'blank' | 'indented' | 'wrapped' | 'lines';
  /** Line starts, for offset → line/column. */
  lineStarts: number[];
}

export interface RuleMeta {
  id: string;
  defaultSeverity: RuleSetting;
  description: string;
  /** Path of the rule's page relative to the repository root: `docs/rules/<id>.md`. */
  docs: string;
  fixable: boolean;
}

/** Options for analysis; every field optional. See config.ts for the file format. */
export interface AnalyzeOptions {
  /** Per-rule severity or 'off'. Unknown ids are ignored here (config.ts reports them). */
  rules?: Record<string, RuleSetting>;
  /** Extra U.S. and foreign cities that stand alone in a dateline (any case). */
  standaloneCities?: string[];
  /** Extra speech verbs, past tense (`quipped`). */
  speechVerbs?: string[];
  /** People the desk knows; a surname-only reference to them is not `attribution-unknown`. */
  knownPeople?: string[];
  /** Organisations the desk knows (`Google`, `FEMA`). */
  knownOrganizations?: string[];
  /** Agency credits accepted in datelines beyond `AP` (`Reuters`, `AFP`). */
  agencies?: string[];
  /**
   * A full quote paragraph with no attribution of its own, right after a
   * paragraph that paraphrases one speaker (`Marsh said the …`), is taken as
   * that speaker's; so is a full quotation right after a sentence of its own
   * paragraph that opens with a person (a feature's action beat: `Haugland
   * laughed. “…”`). Default true: common in published copy.
   */
  inheritFromParaphrase?: boolean;
  /**
   * Which quotation marks quote-style-mixed expects. `consistent` (default): one
   * style per story, the one most of its marks use (curly on a tie); `curly`:
   * every straight mark is flagged; `straight`: every curly mark is (a 7-bit feed).
   */
  quoteStyle?: QuoteStyle;
}

export type QuoteStyle = 'consistent' | 'curly' | 'straight';

export interface Analysis {
  story: Story;
  findings: Finding[];
}
