#!/usr/bin/env node
// Builds syntaxes/wire.tmLanguage.json (scope text.wire) from the regex
// fragments below.
//
// Why a generator: the same shapes (a person's name, the slug, the dateline,
// the "a new paragraph starts here" test) recur in several rules, and
// JSON-escaped oniguruma regexes are unreadable. Edit this file, then run
//   node syntaxes/build-grammar.mjs           (rewrite the JSON)
//   node syntaxes/build-grammar.mjs --check   (exit 1 if the JSON is stale)
//
// Backtracking discipline (test/grammar/pathological.test.ts checks it):
// a repeated group never holds a backtracking quantifier. Repeats of groups
// are possessive (`*+`, `++`) or wrapped whole in an atomic group `(?>…)`.
// Note that in oniguruma's default (Ruby) syntax `{n,m}+` is NOT possessive
// but a repeat of a repeat, so it is never used; `(?>x{n,m})` is.
// Unanchored patterns start with a literal or a one-character lookbehind and
// use bounded repeats, so a pathological line costs linear time.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const R = String.raw;

/** Turns capturing groups into non-capturing ones, for reuse in lookaheads. */
function noCaptures(source) {
  let out = '';
  let inClass = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + source[i + 1];
      i++;
      continue;
    }
    if (inClass) {
      if (ch === '[') inClass++;
      if (ch === ']') inClass--;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = 1;
      out += ch;
      continue;
    }
    out += ch === '(' && source[i + 1] !== '?' ? '(?:' : ch;
  }
  return out;
}

// ---------------------------------------------------------------- fragments

/** Horizontal white space (never the line feed vscode-textmate appends). */
const H = R`[ \t]`;

/** Abbreviated titles, so that a name's period is not taken for a sentence end. */
const NAME_ABBREVIATION = R`(?:Gov|Govs|Lt|Sen|Sens|Rep|Reps|Capt|Cmdr|Col|Gen|Gens|Maj|Sgt|Cpl|Pvt|Adm|Dr|Rev|Mr|Mrs|Ms|Jr|Sr|St|Atty|Supt|Det|Insp|Prof)\.`;
/** A capitalised word of a name: Gov., J.D., Marsh, O’Brien, Jean-Luc, DELGADO. */
const CAP_WORD = R`(?:${NAME_ABBREVIATION}|\p{Lu}\.(?:\p{Lu}\.)*+|\p{Lu}[\p{L}\p{M}'’-]*+)`;
/** Lower-case name particles (de la Cruz), taken only when a capitalised word follows. */
const PARTICLE = R`(?:della|delle|del|de|dos|das|da|di|du|la|le|van|von|der|den|ten|ter|bin|ibn|al|el)`;
/** A person's name or title + name, up to five words. */
const NAME = R`${CAP_WORD}(?>(?:${H}++(?:${CAP_WORD}|${PARTICLE}(?=${H}++(?:${PARTICLE}${H}++)?\p{Lu}))){0,4})`;

/** Agency words that end a byline's list of names. */
const AGENCY_WORDS = R`(?:(?:The${H}++)?Associated${H}++Press|AP)(?![\p{L}])`;
/** A byline title: `Associated Press`, `AP Business Writer`. */
const BYLINE_TITLE = R`(?:The${H}++)?Associated${H}++Press(?>(?:${H}++\p{Lu}\p{L}*+){0,2})|AP(?>(?:${H}++\p{Lu}[\p{L}-]*+){1,4})`;

/** The slug (keyword) line: `BC-US--Storm-Maine,1st Ld-Writethru,416`. */
const SLUG_KEYWORD = R`[\p{L}\p{N}][\p{L}\p{N}&'’./-]*+(?:${H}++[\p{Lu}\p{N}][\p{L}\p{N}&'’./-]*+)*+`;
const SLUG = R`(BC|AP|AM|PM)(-)(?:([\p{Lu}\p{N}]++)(--))?(${SLUG_KEYWORD})(?:(,)${H}*+((?![\p{N}]++${H}*+$)[^,\n]++))?(?:(,)${H}*+(\p{N}++))?${H}*+$`;

/** The dateline: `ST. PAUL, Minn. (AP) —`. Words of a city are single-spaced. */
const PLACE = R`\p{Lu}[\p{L}\p{M}.'’-]*+(?:${H}\p{Lu}[\p{L}\p{M}.'’-]*+)*+`;
const CREDIT_AGENCY = R`AP|Reuters|AFP`;
const DATELINE_DASH = R`—|–|--|-|_`;
const DATELINE = R`((${PLACE})(?:(,)${H}*+(${PLACE}))?${H}++((\()(${CREDIT_AGENCY})(\)))${H}*+(${DATELINE_DASH}))`;

/** A transmission priority line under the slug. */
const PRIORITY = R`(?:URGENT|BULLETIN|FLASH|APNewsAlert|ADVISORY)`;

/** Lines that start something other than a headline (after a slug, or on line 1). */
const NOT_HEADLINE = R`(?:(?:By|BY)${H}|Eds:|EDITOR['’]S${H}|___|${noCaptures(SLUG)}|${noCaptures(DATELINE)})`;

/**
 * Where a new paragraph begins, so an open quotation ends there (a running
 * quote or an unclosed one never runs on over the file): a blank line, an
 * indented line (indented layout; residue lines excepted), a line opening
 * with a double quote mark (hard-wrapped layout has nothing better), the end
 * mark, a slug or a dateline.
 */
const PARAGRAPH_START = R`^(?=${H}*+$|${H}++[^\s\[|]|${H}*+(?:[“"]|\x60\x60)|${H}*+___|${H}*+${noCaptures(SLUG)}|${H}*+${noCaptures(DATELINE)})`;

/** An apostrophe at a word start that is not a quotation mark: ’90s, ’n’, ’em. */
const ELISION = R`(?:\p{N}|n['’](?![\p{L}])|(?i:em|til|cause|tis|twas|bout|round|nuff|cuz|kay|scuse)(?![\p{L}]))`;
/** What may stand right before an opening mark. */
const BEFORE_OPENING = R`(?:^|(?<=[\s“"\x60(\[{—–/-]))`;

/** Speech verbs, past and present tense. */
const SPEECH_VERB = R`(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|posted|posts|explained|recalled|replied|continued|noted|tweeted|insisted|shouted|yelled|whispered|testified|argued|warned|answered|declared|remarked|stated|claimed|admitted|acknowledged|observed|joked|cautioned|conceded|recounted|responded|suggested|agreed|predicted|promised|vowed|complained|pleaded|urged|cried|laughed|sighed|texted|emailed|wondered|announced|concluded|countered|boasted|quipped)(?![\p{L}])`;
const PRONOUN = R`(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou|[Ii]t)(?![\p{L}])`;
const GROUP_NOUN = R`(?:police|officials|authorities|witnesses|residents|prosecutors|investigators|experts|analysts|critics|organizers|doctors|scientists|researchers|neighbors|firefighters|rescuers|volunteers|protesters|lawmakers|economists)(?![\p{L}])`;
/** `the governor`, `a fire chief`, `the 42-year-old`. */
const DESCRIPTION = R`(?:the|a|an|another|one|his|her|their|our)${H}++[\p{Ll}\p{N}-]++(?:${H}++[\p{Ll}\p{N}-]++)?`;
const SPEAKER = R`(?:${PRONOUN}|${GROUP_NOUN}|${DESCRIPTION}|${NAME})`;

/** A contributor's role after `Associated Press`: writer, AP Medical Writer, journalist. */
const STAFF_ROLE = R`(?i:writers?|reporters?|journalists?|videojournalists?|correspondents?|photographers?|researchers?|producers?|editors?|staff)(?![\p{L}])`;

/** A subhead line's words; its length and last character are checked apart. */
const SUBHEAD_WORD = R`[\p{L}\p{M}\p{N},.'’‘&/%$:?!–—-]`;
const NOT_SUBHEAD = R`(?:(?:Q|A):${H}|(?:By|BY)${H}|Eds\b|EDITOR['’]S${H}|${noCaptures(SLUG)}|(?:The${H}++)?Associated${H}++Press\b|AP\b|Copyright\b|(?:Advertisement|ADVERTISEMENT)${H}*+$|(?i:Continue reading|Share this (?:story|article))${H}*+$|(?i:Page)${H}\d{1,4}(?:${H}(?i:of)${H}\d{1,4})?${H}*+$|(?:Share|Copy|Copy${H}[Ll]ink|Link${H}copied|Print|Recommended)${H}*+$|(?:Updated|Published)${H}\d{1,2}:\d{2}${H}|(?i:Story continues below)|(?i:Read more|Read also|Also read|See also|Related(?: coverage| stories| articles?)?):${H})`;
const SUBHEAD = R`(?![^\n]{49})(?!${NOT_SUBHEAD})[\p{Lu}\p{N}‘']${SUBHEAD_WORD}*+(?:${H}++${SUBHEAD_WORD}++)*+(?<=[\p{L}\p{M}\p{N}’?])`;

// -------------------------------------------------------------------- rules

const repository = {
  slug: {
    comment: 'The slug line, then the next non-blank line as the headline unless it is a byline or the dateline; an Eds note before the headline is passed over.',
    begin: R`^${H}*+(${SLUG})`,
    beginCaptures: {
      1: { name: 'meta.slug.wire' },
      2: { name: 'keyword.control.cycle.wire' },
      3: { name: 'punctuation.separator.slug.wire' },
      4: { name: 'entity.name.tag.category.wire' },
      5: { name: 'punctuation.separator.slug.wire' },
      6: { name: 'entity.name.section.slug.wire' },
      7: { name: 'punctuation.separator.slug.wire' },
      8: { name: 'constant.other.version.wire' },
      9: { name: 'punctuation.separator.slug.wire' },
      10: { name: 'constant.numeric.word-count.wire' },
    },
    // An editor's note may come between the slug and the headline.
    end: R`^(?=${H}*+(?!Eds:|EDITOR['’]S${H})${NOT_HEADLINE})|^${H}*+(?!Eds:|EDITOR['’]S${H}|${PRIORITY}${H}*+$)(\S[^\n]*+)`,
    endCaptures: {
      1: { name: 'markup.heading.headline.wire', patterns: [{ include: '#quotation' }, { include: '#single-quotation' }] },
    },
    patterns: [
      { include: '#editors-note' },
      { comment: 'A priority line after the slug: URGENT, BULLETIN.', match: R`^${H}*+(${PRIORITY})${H}*+$`, captures: { 1: { name: 'keyword.other.priority.wire' } } },
    ],
  },
  'first-line-headline': {
    comment: 'Line 1 of the file is the headline when it is not a slug, byline, note or dateline and does not end like a sentence.',
    match: R`\A(?!${H}*+${NOT_HEADLINE})${H}*+([\p{Lu}\p{N}‘'][^\n]*+)(?<![.,;:])`,
    captures: {
      1: { name: 'markup.heading.headline.wire', patterns: [{ include: '#quotation' }, { include: '#single-quotation' }] },
    },
  },
  'editors-note': {
    begin: R`^${H}*+(?:(Eds)(:)|(EDITOR['’]S${H}++NOTE)${H}*+(:|_|—|–|--)?)`,
    beginCaptures: {
      1: { name: 'keyword.other.editors-note.wire' },
      2: { name: 'punctuation.separator.editors-note.wire' },
      3: { name: 'keyword.other.editors-note.wire' },
      4: { name: 'punctuation.separator.editors-note.wire' },
    },
    end: R`^(?=${H}*+$|${H}++\S|${H}*+(?:By|BY)${H}|${H}*+___|${H}*+${noCaptures(SLUG)}|${H}*+${noCaptures(DATELINE)})`,
    name: 'meta.editors-note.wire comment.block.editors-note.wire',
  },
  'correction-note': {
    comment: 'A note to readers at the foot of a story: This story has been corrected to show …, CORRECTION: …',
    begin: R`^${H}*+(This${H}++(?:story|article|version)${H}++(?:has${H}++been|was)${H}++(?:corrected|updated)\b|This${H}++version${H}++corrects\b|CORRECTION:|Correction:)`,
    beginCaptures: { 1: { name: 'keyword.other.editors-note.wire' } },
    end: R`^(?=${H}*+$|${H}++\S|${H}*+___|${H}*+${noCaptures(SLUG)})`,
    name: 'meta.editors-note.wire comment.block.editors-note.wire',
  },
  byline: {
    comment: 'By NAME[, NAME][ and NAME][, Associated Press], then an optional title line: Associated Press, AP Business Writer.',
    begin: R`^${H}*+(By|BY)${H}++(${NAME}(?>(?:(?:,${H}++and|,|${H}++and)${H}++(?!${AGENCY_WORDS})${NAME}){0,5}))(?:(,)${H}*+(${BYLINE_TITLE}))?${H}*+$`,
    beginCaptures: {
      1: { name: 'keyword.other.byline.wire' },
      2: {
        patterns: [
          { match: NAME, name: 'entity.name.type.author.wire' },
          { match: ',', name: 'punctuation.separator.byline.wire' },
        ],
      },
      3: { name: 'punctuation.separator.byline.wire' },
      4: { name: 'entity.other.attribute-name.byline-title.wire' },
    },
    // Blank lines stay inside: copy that sets every header line apart puts one before the title line.
    end: R`^(?!${H}*+$)(?:${H}*+(${BYLINE_TITLE})${H}*+$)?+`,
    endCaptures: {
      1: { name: 'entity.other.attribute-name.byline-title.wire' },
    },
    name: 'meta.byline.wire',
  },
  dateline: {
    match: R`^${H}*+${DATELINE}`,
    captures: {
      1: { name: 'meta.dateline.wire' },
      2: { name: 'entity.name.type.city.wire' },
      3: { name: 'punctuation.separator.region.wire' },
      4: { name: 'entity.name.namespace.region.wire' },
      5: { name: 'meta.credit.wire' },
      6: { name: 'punctuation.definition.credit.begin.wire' },
      7: { name: 'constant.language.agency.wire' },
      8: { name: 'punctuation.definition.credit.end.wire' },
      9: { name: 'punctuation.separator.dash.wire' },
    },
  },
  quotation: {
    comment: 'A double quotation: curly, straight, or 7-bit ANPA double backticks … double apostrophes. It ends at its closing mark or where a new paragraph starts (running and unclosed quotes).',
    begin: R`“|\x60\x60|${BEFORE_OPENING}(?:"|''(?=[\p{L}\p{N}]))`,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.wire' } },
    end: R`[”"]|''|${PARAGRAPH_START}`,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.wire' } },
    name: 'string.quoted.double.wire',
    patterns: [{ include: '#single-quotation' }, { include: '#residue' }],
  },
  'single-quotation': {
    comment: 'A quote inside a quote (or in a headline). An apostrophe inside or before a word (don’t, O’Brien, ’90s, rock ’n’ roll) never opens one; a mark followed by a letter never closes one.',
    begin: R`${BEFORE_OPENING}(?:‘|'(?=\p{L}))(?!${ELISION})`,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.wire' } },
    // In 7-bit copy ''' closes a single quote and then the double one.
    end: R`'(?='')|(?='')|[’'](?![\p{L}\p{N}])|(?=[”"])|${PARAGRAPH_START}`,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.wire' } },
    name: 'string.quoted.single.wire',
  },
  attribution: {
    comment: 'The speaker and speech verb right after a closing mark: ,” Marsh said / ,” said Levesque / ,” she told reporters.',
    match: R`(?<=[”"]|'')${H}++((?:(according${H}++to|${SPEECH_VERB})${H}++(${SPEAKER})|(${SPEAKER})${H}++(${SPEECH_VERB})))`,
    captures: {
      1: { name: 'meta.attribution.wire' },
      2: { name: 'keyword.other.speech-verb.wire' },
      3: { name: 'variable.other.speaker.wire' },
      4: { name: 'variable.other.speaker.wire' },
      5: { name: 'keyword.other.speech-verb.wire' },
    },
  },
  'paragraph-label': {
    comment: 'A label opening a paragraph: an interview’s Q: and A:, a fact check’s speaker (OSEI:) and THE FACTS:.',
    match: R`^${H}*+(Q|A|\p{Lu}[\p{Lu}'’-]{1,24}(?:${H}\p{Lu}[\p{Lu}'’-]{1,24})?)(:)(?=${H}++\S)`,
    captures: {
      1: { name: 'entity.name.tag.label.wire' },
      2: { name: 'punctuation.separator.label.wire' },
    },
  },
  'paragraph-boundary': {
    comment: 'Entered at a blank line or at the end of a line ending a sentence; the next line is a subhead when it is short, starts with a capital and has no end punctuation.',
    begin: R`(?:^|(?<=[.?!”"’)\]]))${H}*+\n`,
    end: R`^(?:${H}*+(${SUBHEAD})${H}*+$)?+`,
    endCaptures: { 1: { name: 'markup.heading.subhead.wire' } },
  },
  'photo-credit': {
    patterns: [
      {
        comment: '(AP Photo/Name, File)',
        match: R`(\()(AP${H}(?:Photo|Video|Illustration|Graphic))(?:(/)((?>[^()\n,/]{1,60})))?(?:(,)${H}*+((?>[^()\n]{1,30})))?(\))`,
        captures: {
          1: { name: 'punctuation.definition.photo-credit.begin.wire' },
          2: { name: 'constant.language.agency.wire' },
          3: { name: 'punctuation.separator.photo-credit.wire' },
          4: { name: 'entity.name.type.author.wire' },
          5: { name: 'punctuation.separator.photo-credit.wire' },
          6: { name: 'constant.other.credit-note.wire' },
          7: { name: 'punctuation.definition.photo-credit.end.wire' },
        },
        name: 'meta.photo-credit.wire',
      },
      {
        comment: '(Name/Provider via AP, Pool)',
        match: R`(\()((?>[^()\n/]{1,60}))(/)([^()\n]{1,60}?)${H}++(via)${H}++(AP)(?:(,)${H}*+((?>[^()\n]{1,30})))?(\))`,
        captures: {
          1: { name: 'punctuation.definition.photo-credit.begin.wire' },
          2: { name: 'entity.name.type.author.wire' },
          3: { name: 'punctuation.separator.photo-credit.wire' },
          4: { name: 'entity.name.type.provider.wire' },
          5: { name: 'keyword.other.via.wire' },
          6: { name: 'constant.language.agency.wire' },
          7: { name: 'punctuation.separator.photo-credit.wire' },
          8: { name: 'constant.other.credit-note.wire' },
          9: { name: 'punctuation.definition.photo-credit.end.wire' },
        },
        name: 'meta.photo-credit.wire',
      },
      {
        comment: '(Provider via AP)',
        match: R`(\()([^()\n/]{1,60}?)${H}++(via)${H}++(AP)(?:(,)${H}*+((?>[^()\n]{1,30})))?(\))`,
        captures: {
          1: { name: 'punctuation.definition.photo-credit.begin.wire' },
          2: { name: 'entity.name.type.provider.wire' },
          3: { name: 'keyword.other.via.wire' },
          4: { name: 'constant.language.agency.wire' },
          5: { name: 'punctuation.separator.photo-credit.wire' },
          6: { name: 'constant.other.credit-note.wire' },
          7: { name: 'punctuation.definition.photo-credit.end.wire' },
        },
        name: 'meta.photo-credit.wire',
      },
    ],
  },
  residue: {
    comment: 'Page residue from print: a bracketed line or a lone bar on its own line, or a bracketed jump line inside text.',
    patterns: [
      { match: R`^${H}*+(?:\[[^\]\n]{1,80}\]|\|)${H}*+$`, name: 'comment.line.residue.wire' },
      // Web-page residue on a line of its own, as the engine's residue lines read it.
      { match: R`^${H}*+(?:Advertisement|ADVERTISEMENT|\(?(?i:Story continues below(?: (?:this )?(?:advertisement|ad))?)\)?|(?i:Continue reading|Share this (?:story|article))|(?i:Page) \d{1,4}(?: (?i:of) \d{1,4})?|- \d{1,4} -|Share|Copy|Copy [Ll]ink|Link copied|Print|Recommended|Leer en español|(?:Updated|Published) \d{1,2}:\d{2} [AP]\.?M\.?(?: [A-Z]{2,4})?,? [^\n]{0,40}|(?i:Read more|Read also|Also read|See also|Related(?: coverage| stories| articles?)?): \S[^\n]{0,90})${H}*+$`, name: 'comment.line.residue.wire' },
      {
        match: R`\[ ?(?i:to top of|to bottom of|continued on|continued from|cont['’]d|see page|from page|jump)[^\]\n]{0,60}\]`,
        name: 'comment.line.residue.wire',
      },
    ],
  },
  contributor: {
    comment: 'Associated Press writer(s) NAME … contributed to this report. May wrap; ends at “contributed”, a sentence end at a line end, or a paragraph start.',
    begin: R`^${H}*+((?:The${H}++)?(?:Associated${H}++Press|AP)${H}++(?:(?!${STAFF_ROLE})[\p{L}-]++${H}++)?${STAFF_ROLE})(?:${H}++(${NAME}))?`,
    beginCaptures: {
      1: { name: 'entity.other.attribute-name.byline-title.wire' },
      2: { name: 'entity.name.type.author.wire' },
    },
    end: R`\bcontributed\b[^\n]*+|(?<=[.!?])(?=${H}*+$)|${PARAGRAPH_START}`,
    name: 'meta.contributor.wire comment.block.contributor.wire',
    patterns: [{ match: R`(?<=\band${H})${NAME}`, name: 'entity.name.type.author.wire' }],
  },
  copyright: {
    begin: R`^${H}*+(Copyright|©)(?:${H}++(©))?${H}++((?:19|20)\d\d)(?!\d)`,
    beginCaptures: {
      1: { name: 'keyword.other.copyright.wire' },
      2: { name: 'keyword.other.copyright.wire' },
      3: { name: 'constant.numeric.year.wire' },
    },
    end: R`\bredistributed\b\.?|^(?=${H}*+$|${H}*+${noCaptures(SLUG)})`,
    name: 'meta.copyright.wire comment.block.copyright.wire',
  },
  'end-matter': {
    comment: 'The ___ end mark and everything after it up to the next slug: contributor lines, boxes, copyright.',
    begin: R`^${H}*+(___++)${H}*+$`,
    beginCaptures: {
      0: { name: 'meta.separator.end-mark.wire' },
      1: { name: 'keyword.control.end-mark.wire' },
    },
    end: R`^(?=${H}*+${noCaptures(SLUG)})`,
    name: 'meta.end-matter.wire',
    patterns: [
      {
        match: R`^${H}*+(___++)${H}*+$`,
        name: 'meta.separator.end-mark.wire',
        captures: { 1: { name: 'keyword.control.end-mark.wire' } },
      },
      { include: '#contributor' },
      { include: '#copyright' },
      { include: '#correction-note' },
      {
        comment: 'A box heading: UP NEXT, TIP-INS.',
        match: R`^${H}*+(?![^\n]{41})(\p{Lu}[\p{Lu}\p{N}&'’/:-]*+(?:${H}++[\p{Lu}\p{N}&'’/:-]++)*+)${H}*+$`,
        captures: { 1: { name: 'markup.heading.subhead.wire' } },
      },
      { include: '#residue' },
      { include: '#photo-credit' },
      { include: '#quotation' },
      { include: '#attribution' },
    ],
  },
};

const grammar = {
  information_for_contributors: [
    'Generated by syntaxes/build-grammar.mjs. Edit that file, then run: node syntaxes/build-grammar.mjs',
  ],
  name: 'Wire Story',
  scopeName: 'text.wire',
  patterns: [
    { include: '#slug' },
    { include: '#first-line-headline' },
    { include: '#editors-note' },
    { include: '#correction-note' },
    { include: '#byline' },
    { include: '#end-matter' },
    { include: '#dateline' },
    { include: '#contributor' },
    { include: '#copyright' },
    { include: '#residue' },
    { include: '#photo-credit' },
    { include: '#paragraph-label' },
    { include: '#quotation' },
    { include: '#attribution' },
    { include: '#paragraph-boundary' },
  ],
  repository,
};

const outPath = fileURLToPath(new URL('./wire.tmLanguage.json', import.meta.url));
const text = JSON.stringify(grammar, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('syntaxes/wire.tmLanguage.json is stale: run node syntaxes/build-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath}`);
}
