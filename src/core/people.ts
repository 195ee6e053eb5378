// People and organisations named in the story: name runs (`Gov. Ellen Marsh`,
// `harbor master Tom Levesque`, `the Coast Guard`), first references, later
// surname-only mentions, near-miss spellings.

import type { Gender, Mention, Person, PersonKind, Span, Story } from './types';
import type { Token } from './tokens';
import { SPEECH_VERBS } from './data/words';
import { AP_STATE_ABBREVIATIONS, SPELLED_OUT_STATES } from './data/datelines';

/** Names of U.S. states of one word (`Texas`, `Nebraska`). */
const STATE_NAMES: ReadonlySet<string> = new Set(Object.keys(AP_STATE_ABBREVIATIONS).filter((s) => !s.includes(' ')));
/** Countries of one word, which speak for their governments in wire copy (`Taiwan asked`, `China said`). */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(`Afghanistan Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh
Belarus Belgium Bolivia Brazil Britain Bulgaria Cambodia Canada Chile China Colombia Cuba Denmark Ecuador Egypt Ethiopia Finland France
Germany Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Kazakhstan Kenya Kosovo
Kuwait Lebanon Libya Lithuania Malaysia Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands Nicaragua Nigeria Norway Oman Pakistan
Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Serbia Somalia Spain Sudan Sweden Switzerland Syria Taiwan
Thailand Tunisia Turkey Türkiye Uganda Ukraine Uruguay Venezuela Vietnam Yemen Zimbabwe`.split(/\s+/));
import { endsPossessive, partyHometownTag, isAllCaps, isCapitalized, isParticleName, isPartyState, stripPossessive } from './tokens';
import {
  EAST_ASIAN_FAMILY_NAMES, VIETNAMESE_FAMILY_NAMES, NATIONALITY_WORDS, FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, NAME_PARTICLES, NAME_SUFFIXES, NON_NAME_WORDS,
  ORG_DESCRIPTORS, ORG_LAST_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, ROLE_NOUNS, SPANISH_GIVEN_NAMES, TITLE_MODIFIERS, TITLE_WORDS,
  WELL_KNOWN_ORGANIZATION_NAMES, isGivenName,
} from './data/names';

export interface NameRun {
  /** Token indexes [first, last] of the whole run, title included. */
  first: number;
  last: number;
  title: string[];
  /** Name words, possessive stripped. */
  words: string[];
  /** Span of the name words (title excluded, possessive excluded). */
  span: Span;
  org: boolean;
  place: boolean;
  /** Lower-case role words just before the run (`harbor master`). */
  role?: string;
  /** The role as written, where opening a sentence cost its first word the capital (`Cardinal coach`). */
  roleWritten?: string;
}

const PLACE_PREPOSITIONS = new Set(`in at near from across outside inside to into toward towards through of around between along off via`.split(/\s+/));
const FROM_PERSON_WORDS = new Set(`points rebounds assists pass assist call calls letter message email text visit help goal goals hit hits`.split(/\s+/));
const GIVEN_TO_WORDS = new Set(`pass passes passed throw threw toss tossed handoff lob lobbed assist lost losing loss fell falls talked
spoke speaking wrote written letter apologized listened deferred married engaged`.split(/\s+/));
// (`through an interpreter`: the means, no one's role.)
const MEANS_PREPOSITIONS = new Set(['through', 'via', 'without']);
export const STOP_BEFORE_ROLE = new Set([...SPEECH_VERBS, ...MEANS_PREPOSITIONS, 'the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'said', 'says', 'told', 'his', 'her', 'their', 'its', 'who', 'that', 'as', 'from']);

function isNameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isPartyState(t)) return false;
  const w = t.text;
  if (!isCapitalized(w)) return false;
  return true;
}

/** Read the run of capitalised words that contains token `at`, widening both ways. */
export function runAround(tokens: Token[], at: number): { first: number; last: number } | undefined {
  if (!isNameToken(tokens[at])) return undefined;
  let first = at;
  let last = at;
  while (first > 0 && !endsPossessive(tokens[first - 1].text)) {
    const step = joinBefore(tokens, first);
    if (!step) break;
    first -= step;
  }
  // `D-Las Cruces`, `R-Fond du Lac`: the rest of a lawmaker's hometown after the party.
  if (partyHometownTag(tokens, first) >= 0) return undefined;
  last = widenAfter(tokens, last);
  // `Vietnam’s Embassy`, `Kenya’s Ministry of Health`, `Britain’s High Commission`: a country's
  // body of state is one organisation, read from either end.
  if (first === last && endsPossessive(tokens[first].text) && !isNameToken(tokens[first - 1]) && isNameToken(tokens[first + 1])) {
    const body = widenAfter(tokens, first + 1);
    if (STATE_BODIES.has(tokens[first + 1].text) || STATE_BODIES.has(tokens[body].text)) last = body;
  } else if (endsPossessive(tokens[first - 1]?.text ?? '') && isNameToken(tokens[first - 1]) && !isNameToken(tokens[first - 2]) && (STATE_BODIES.has(tokens[first].text) || STATE_BODIES.has(tokens[last].text))) first--;
  // `the Mine Safety and Health Administration`, `the Food and Drug Administration`: after
  // `the`, an `and` inside an institution's name joins its halves.
  while (first >= 2 && tokens[first - 1].text === 'and' && isNameToken(tokens[first - 2])) {
    let f = first - 2;
    while (f > 0 && !endsPossessive(tokens[f - 1].text)) {
      const step = joinBefore(tokens, f);
      if (!step) break;
      f -= step;
    }
    if (!afterThe(tokens, f) || !(AND_JOINED_HEADS.has(tokens[last].text) || hasOrgLink(tokens, f, first - 2))) break;
    first = f;
  }
  // So does one past `of` or `for` (`the Center for China and Globalization`).
  while (afterThe(tokens, first) && tokens[last + 1]?.text === 'and' && isNameToken(tokens[last + 2])) {
    const end = widenAfter(tokens, last + 2);
    if (!AND_JOINED_HEADS.has(tokens[end].text) && !hasOrgLink(tokens, first, last)) break;
    last = end;
  }
  // `Bend Fire and Rescue`, `Oregon Fish and Wildlife`, `Alcohol, Tobacco, Firearms and
  // Explosives`: a body whose name ends `and` a word no person's name ends with, read from
  // either end.
  if (tokens[last + 1]?.text === 'and' && AND_JOINED_TAILS.has(tokens[last + 2]?.text ?? '')) last += 2;
  else if (first === last && AND_JOINED_TAILS.has(tokens[first].text) && tokens[first - 1]?.text === 'and' && isNameToken(tokens[first - 2])) {
    first -= 2;
    while (first > 0 && !endsPossessive(tokens[first - 1].text)) {
      const step = joinBefore(tokens, first);
      if (!step) break;
      first -= step;
    }
  }
  return { first, last };
}

const STATE_BODIES = new Set(`Embassy Consulate Ministry Parliament Senate Congress Cabinet Government Court Commission`.split(/\s+/));

function widenAfter(tokens: Token[], last: number): number {
  while (last + 1 < tokens.length && !endsPossessive(tokens[last].text)) {
    const step = joinAfter(tokens, last);
    if (!step) break;
    last += step;
  }
  return last;
}

/** Do tokens [first, last] hold an organisation's head and `of` or `for` (`Center for China`)? */
function hasOrgLink(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (isOrgLink(tokens[k]) && ORG_HEADS.has(tokens[k - 1].text)) return true;
  return false;
}

/** The run at `first` follows `the`, or opens with `The`. */
function afterThe(tokens: Token[], first: number): boolean {
  return tokens[first].text === 'The' || (first > 0 && (tokens[first - 1].text === 'the' || tokens[first - 1].text === 'The'));
}

/** Words after `and` that end a body's name whatever comes before (`Fire and Rescue`). */
const AND_JOINED_TAILS = new Set(['Rescue', 'Wildlife', 'Recreation', 'Explosives', 'Game']);

/** Last words of institutions whose names hold an `and`. */
const AND_JOINED_HEADS = new Set(`Administration Department Commission Agency Service Services Bureau Board Committee Council Authority
Institute Association Office Ministry Center Centers Foundation Company Co. Inc. Corp.`.split(/\s+/));

/** `Temple Beth Shalom`, `Congregation Beth El`, `Masjid Al-Noor`: a congregation, named like a person. */
function isCongregation(words: string[]): boolean {
  if (words.length < 2) return false;
  if (words[0] === 'Congregation' || words[0] === 'Masjid' || words[0] === 'Synagogue') return true;
  return words[0] === 'Temple' && /^(?:Beth|B[’']nai|Israel|Sinai|Emanu-El|Emanuel|Shalom|Tikvah|Judea|Ahavath|Rodef)$/.test(words[1]);
}

/** `1st Class`, `2nd Class` at token `k`: the class of a rank (`Sgt. 1st Class`, `Petty Officer 2nd Class`). */
function isRankClass(tokens: Token[], k: number): boolean {
  return tokens[k + 1]?.text === 'Class' && /^[1-9](?:st|nd|rd|th)$/.test(tokens[k]?.text ?? '');
}

/**
 * How many tokens after `last` join the name: a capitalised word (1), particles
 * before one (`de la Cruz`), or a nickname in quotes (`Robert “Bobby” Kane`).
 */
function joinAfter(tokens: Token[], last: number): number {
  if (isNameToken(tokens[last + 1])) return 1;
  // `Army Sgt. 1st Class Renee Calloway`: a rank's class goes on with the title.
  if (TITLE_WORDS.has(tokens[last].text) && isRankClass(tokens, last + 1)) return 2;
  if (isOrgLink(tokens[last + 1]) && isOrgHead(tokens, last) && isNameToken(tokens[last + 2])) return 2;
  // `Great Hall of the People`, `Museum of the Rockies`: past `of the` too.
  if (isOrgLink(tokens[last + 1]) && isOrgHead(tokens, last) && tokens[last + 2]?.text === 'the' && isNameToken(tokens[last + 3])) return 3;
  if (isAmpersand(tokens[last + 1]) && isNameToken(tokens[last + 2])) return 2; // `Pacific Gas & Electric`
  let k = last + 1;
  while (k < tokens.length && k <= last + 3 && NAME_PARTICLES.has(tokens[k].text)) k++;
  if (k > last + 1 && isNameToken(tokens[k])) return k - last;
  if (isNickname(tokens[last + 1]) && isNameToken(tokens[last + 2])) return 2;
  return 0;
}

function joinBefore(tokens: Token[], first: number): number {
  if (isNameToken(tokens[first - 1])) return 1;
  if (first >= 2 && isOrgLink(tokens[first - 1]) && (isOrgHead(tokens, first - 2) || (tokens[first - 1].text === 'of' && TITLE_OF_HEADS.has(tokens[first - 2].text)))) return 2;
  if (first >= 3 && tokens[first - 1].text === 'the' && isOrgLink(tokens[first - 2]) && isOrgHead(tokens, first - 3)) return 3;
  if (first >= 2 && isAmpersand(tokens[first - 1]) && isNameToken(tokens[first - 2])) return 2;
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && NAME_PARTICLES.has(tokens[k].text)) k--;
  if (k < first - 1 && isNameToken(tokens[k])) return first - k;
  // `Hendrik “Henk” van der Berg`: a nickname before the particles.
  if (k < first - 1 && k >= 1 && isNickname(tokens[k]) && isNameToken(tokens[k - 1])) return first - k + 1;
  if (isNickname(tokens[first - 1]) && isNameToken(tokens[first - 2])) return 2;
  return 0;
}

/**
 * Heads of organisations whose names go on past `of` or `for`: `Department of Public
 * Health`, `University of Massachusetts`, `Centers for Disease Control`, `Bank of America`.
 */
const ORG_HEADS = new Set(`Department University College Bank Bureau Office Board Institute Ministry Museum Academy Association Society
Chamber Division Commission Council Committee Center Centers School Church Federation League Coalition
Alliance Corps Port Conference Union Hall`.split(/\s+/));

const ROLE_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO']);

const COMPANY_SUFFIXES = new Set(`Co. Cos. Inc. Corp. Ltd. LLC PLC L.P. LLP`.split(/\s+/));

/**
 * Token `k` heads an organisation's name that goes on past `of`: `Department`, `Hall`; not a
 * surname that looks like one after a given name (`Ann Church of the Urban Institute`).
 */
function isOrgHead(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !ORG_HEADS.has(t.text)) return false;
  const before = tokens[k - 1]?.text ?? '';
  return !isGivenName(before);
}

function isAmpersand(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && t.text === '&';
}

function isOrgLink(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (t.text === 'of' || t.text === 'for');
}

// `a nurse at St. Aidan's for 19 years`: words after a place's name that are not the noun it owns.
const FUNCTION_WORDS_AFTER_NAME = new Set(`for in on at since until and or but when where while as by from to of with`.split(/\s+/));

const COMPANY_TITLE_WORDS = new Set(`Duke King Queen Prince Crown General Royal`.split(/\s+/));

/** `Haines, a farmer`, `Haines, 58,`, `Haines, who`: a name introduced by what follows it. */
function introducedAfter(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const w = tokens[last + 2]?.text ?? '';
  return w === 'a' || w === 'an' || w === 'who' || (/^\d{1,3}$/.test(w) && tokens[last + 3]?.text === ',');
}

/** `“Bobby”`, `“Big Jim”`: one or two capitalised words in closed quotes, no end punctuation. */
function isNickname(t: Token | undefined): boolean {
  if (!t || t.kind !== 'quote' || !t.quote || !t.quote.close) return false;
  const text = t.quote.text;
  const space = text.indexOf(' ');
  if (!isCapitalized(text)) return false;
  if (space >= 0 && (text.indexOf(' ', space + 1) >= 0 || !isCapitalized(text.slice(space + 1)))) return false;
  const end = text.charCodeAt(text.length - 1);
  return end !== 44 && end !== 46 && end !== 33 && end !== 63; // , . ! ?
}

/** Interpret tokens [first, last] as a title and a name, an organisation or a place. */
export function parseRun(tokens: Token[], first: number, last: number): NameRun | undefined {
  // `the Swede said`, `the British ambassador`: a nationality alone names no one.
  if (first === last && NATIONALITY_WORDS.has(tokens[first].text)) return undefined;
  let a = first;
  // Sentence openers and time words are not part of a name.
  // (Not a given name that is also a month, before a surname: `June Tran`, `April Nguyen`.)
  while (a <= last && isNonNameWord(tokens[a].text) && !(a < last && TITLE_WORDS.has(tokens[a].text)) && !isAssociatedPress(tokens, a) && !(a < last && isGivenName(tokens[a].text) && isCapitalized(tokens[a + 1].text) && !isNonNameWord(tokens[a + 1].text))) a++;
  if (a > last) return undefined;
  // `Department of Public Health`: joined past `of`, the run is an organisation's name,
  // and its capitalised words (`County`, `State`) are part of it, not a title.
  for (let k = a; k < last; k++) {
    if (isOrgLink(tokens[k]) && k > a && ORG_HEADS.has(tokens[k - 1].text)) return orgRun(tokens, first, a, last);
  }
  // `General Pantry Co.`, `Admiral Cruise Lines Inc.`: a company suffix makes the whole run a
  // company's name, whatever title word it starts with.
  if (COMPANY_SUFFIXES.has(tokens[last].text) && last > a) return orgRun(tokens, first, a, last);
  // The title runs to the last title word that still has a name after it:
  // `Gov. Ellen Marsh`, `Portland Mayor Kate Snow`, `U.S. Rep. Ana Ruiz`.
  let b = a;
  // `patrol spokesman Dean Whitacre`: after a role in lower case, a given name that is also a
  // title (`Dean`) before one surname is the name.
  // So is one set off by an appositive of its own (`Dean Haines, a farmer who …`, `Dean Haines,
  // 58,`): a title before a bare surname would not be introduced so.
  const givenNotTitle = last === a + 1 && isGivenName(tokens[a].text) && ((tokens[a - 1]?.kind === 'word' && !isCapitalized(tokens[a - 1].text) && isRoleNoun(tokens[a - 1].text)) || introducedAfter(tokens, last));
  // `Sheriff Dean Growdon`, `Dean Growdon`: a title word that is also a given name (`Dean`)
  // before one surname is the given name; a title before a bare surname is no first reference.
  while (!givenNotTitle && b < last && !(b + 1 === last && isGivenName(tokens[b].text)) && (TITLE_WORDS.has(tokens[b].text) || ELECT_TITLE_RE.test(tokens[b].text) || isRankClass(tokens, b) || (tokens[b].text === 'Class' && isRankClass(tokens, b - 1)))) b++;
  // (`County Prosecutor Simone Vatterott`, `State Epidemiologist Ruth Calder`: a modifier, then an
  // office in a role noun and a given name, is a title.)
  if (b === a + 1 && TITLE_MODIFIERS.has(tokens[a].text) && !(b + 2 <= last && isRoleNoun(tokens[b].text.toLowerCase()) && isGivenName(tokens[b + 1].text))) return orgRun(tokens, first, a, last);
  if (b === a + 1 && TITLE_MODIFIERS.has(tokens[a].text)) b++;
  // A title word further in (`Portland Mayor Kate Snow`) counts when a full name follows it;
  // `Gulfstream Energy Research` is a name, not the title `Gulfstream Energy` before `Research`.
  // A title inside the run ends what goes before it (`Maine Gov. Ellen Marsh`); right before the
  // last word only after a prefix of its own (`U.S. District Judge Ross-Whitfield`, `Assistant
  // U.S. Attorney Voss`: a titled surname).
  for (let k = last - 1; k >= b; k--) {
    if (TITLE_WORDS.has(tokens[k].text) && (k < last - 1 || k > a) && !(k === last - 1 && isGivenName(tokens[k].text))) {
      // `Webb County Historical Society`: no given name after the title word and an
      // institution's last word: the whole run is the institution's name.
      const lastWord = stripPossessive(tokens[last].text);
      if (k > a && ORG_LAST_WORDS.has(lastWord) && !isGivenName(tokens[k + 1].text)) return orgRun(tokens, first, a, last);
      b = k + 1;
      if (isRankClass(tokens, b) && b + 1 < last) b += 2;
      break;
    }
  }
  // `Secretary of State Miriam Castellanos`, `Commissioner of Agriculture Dale Pike`: the title
  // goes on past `of` to the given name (or to the last two words).
  if (b > a && b < last && tokens[b].text === 'of' && TITLE_OF_HEADS.has(tokens[b - 1].text)) {
    let g = b + 1;
    while (g < last - 1 && !isGivenName(tokens[g].text)) g++;
    b = Math.max(g, b + 2);
    if (b > last) return undefined;
  }
  // `Vice President` without a name after it is a title alone.
  if (b > last) return undefined;
  // `Vietnam’s Embassy`, read as one run by runAround.
  if (endsPossessive(tokens[a].text) && (STATE_BODIES.has(tokens[a + 1]?.text) || STATE_BODIES.has(stripPossessive(tokens[last].text)))) return orgRun(tokens, first, a, last);
  // `Duke Energy`, `General Electric`, `King Power`: a title word opening a company's name.
  if (b === a + 1 && b === last && COMPANY_TITLE_WORDS.has(tokens[a].text) && ORG_LAST_WORDS.has(stripPossessive(tokens[last].text))) return orgRun(tokens, first, a, last);
  // A nickname in quotes is not part of the name's words.
  const nameTokens: Token[] = [];
  for (let k = b; k <= last; k++) if (tokens[k].kind === 'word' || isAmpersand(tokens[k])) nameTokens.push(tokens[k]);
  if (!nameTokens.length) return undefined;
  const title: string[] = [];
  for (let k = a; k < b; k++) title.push(tokens[k].text);
  const words: string[] = [];
  for (let k = 0; k < nameTokens.length; k++) words.push(k === nameTokens.length - 1 ? stripPossessive(nameTokens[k].text) : nameTokens[k].text);
  // `Minneapolis-based`, `New York-area`, `Texas-born`: a place made into a modifier names nobody.
  // (Not `Lee Jae-myung`: a Korean given name is hyphenated too.)
  if (/-(?:based|area|born|bred|owned|run|made|led|backed|funded|style|era|bound|wide|centered|focused|flagged|listed|registered)$/.test(words[words.length - 1])) return undefined;
  const lastTok = nameTokens[nameTokens.length - 1];
  const possessiveLen = lastTok.text.length - words[words.length - 1].length;
  const span = { start: nameTokens[0].start, end: lastTok.end - possessiveLen };
  const before = tokens[first - 1];
  const beforeWord = before && before.kind === 'word' ? before.text.toLowerCase() : '';
  const lastWord = words[words.length - 1];
  // `the CEO said`: an executive's title, not an organisation's initials.
  if (words.length === 1 && ROLE_ACRONYMS.has(lastWord)) return undefined;
  const acronym = words.length === 1 && /^[A-Z]{2,6}s?$/.test(lastWord);
  const givenFirst = isGivenName(words[0]);
  // `Ann Church of the Urban Institute`: a given name and a surname that ends institutions' names,
  // followed by where the person works, is a person.
  const affiliated = givenFirst && words.length === 2 && (tokens[last + 1]?.text === 'of' || tokens[last + 1]?.text === 'at');
  // `an analyst at Edward Jones`, `a strategist with Raymond James`: where someone works, named
  // like a person (a firm named for its founders).
  // (Not the owner of a place: `The first customer at Otis Fairley’s barbershop`.)
  const employer = title.length === 0 && words.length >= 2 && (beforeWord === 'at' || beforeWord === 'with') && a === first && tokens[first - 2]?.kind === 'word' && isRoleNoun(tokens[first - 2].text) && !(endsPossessive(tokens[last].text) && tokens[last + 1]?.kind === 'word' && !FUNCTION_WORDS_AFTER_NAME.has(tokens[last + 1].text));
  // No one's name holds an ampersand (`Cascade Power & Light`, `Procter & Gamble`).
  // `Daniel Park, the company’s chief technology officer,`, `Ellen Hall, 52,`, `Marcus Mills said`:
  // a given name and a surname that ends places' and institutions' names, told of as a person.
  // `Director Park, 44,`, `“…,” Park said`: alone, such a word told of as a person is a surname too.
  // (Alone, only with an age, `who` or a role set off after it, or before `said` with no word
  // before it: `the Legislature said`, `Minnesota’s divided Legislature said` are no one.)
  const personNamed = ORG_LAST_WORDS.has(lastWord) && ((givenFirst && words.length === 2 && (toldOfAsPerson(tokens, last) || !!roleBefore(tokens, first) || !!appositiveRole(tokens, first, last))) || (words.length === 1 && (tokens[last + 1]?.text === ',' || tokens[first - 1]?.kind !== 'word') && toldOfAsPerson(tokens, last)));
  // `His mount, Sky Marshal,`, `a colt named Copper Lantern`: an animal, no person.
  const animal = isAnimalBefore(tokens, first);
  // `Brightwater Dairy shares jumped`, `Kessler Pruitt CEO Walter Pruitt`: what only a company has,
  // after a name that opens with no given name.
  const companyParts = !givenFirst && words.length >= 2 && COMPANY_PARTS_AFTER.has(tokens[last + 1]?.text ?? '');
  // (`Bill and Donna Merriweather`: a given name the list also ends bodies' names with, in a couple.)
  const org = title.length === 0 && (companyParts || animal || (ORG_LAST_WORDS.has(lastWord) && !affiliated && !personNamed && !(words.length === 1 && givenFirst && tokens[last + 1]?.text === 'and')) || acronym || beforeWord === 'the' || employer || words.includes('&') || isCongregation(words) || (a > first && tokens[first].text === 'The' && a === first + 1) || (words.length >= 2 && WELL_KNOWN_ORGANIZATION_NAMES.has(words.join(' '))));
  // (`a pass to Devonte Reese`, `lost to Maya Delacroix-Boone`: `to` after a word that hands
  // something to someone names a person, given name known or not.)
  // (`22 points from Maya Oduya and 18 from Hallie Brandt`, `a call from Kiki Holloway`: a
  // person something came from, whatever her given name.)
  const recipient = (beforeWord === 'to' && GIVEN_TO_WORDS.has(tokens[first - 2]?.text ?? '')) || (beforeWord === 'from' && words.length === 2 && (/^\d+$/.test(tokens[first - 2]?.text ?? '') || FROM_PERSON_WORDS.has(tokens[first - 2]?.text ?? '')));
  let place = title.length === 0 && !org && (PLACE_FIRST_WORDS.has(words[0]) || (PLACE_PREPOSITIONS.has(beforeWord) && !givenFirst && !recipient && !(tokens[last + 1]?.text === ',' && toldOfAsPerson(tokens, last))));
  // `Matinicus Rock`, `Owls Head Light`; not `Lauryn Hill`, whose first word is a given name.
  // (`a retired schoolteacher from Kelly Ridge`: where someone is from, whatever its first word.)
  if (!place && !org && title.length === 0 && words.length >= 2 && PLACE_LAST_WORDS.has(lastWord) && (!givenFirst || (beforeWord === 'from' && !recipient))) place = true;
  // `a flour mill in central Texas that says`: a state's name alone is a place.
  if (!place && !org && title.length === 0 && words.length === 1 && !givenFirst && (STATE_NAMES.has(words[0]) || COUNTRY_NAMES.has(words[0]))) place = true;
  // `Bangor, Maine`: a capitalised word before a comma and a state reads as a place.
  if (words.length === 1 && tokens[last + 1]?.text === ',' && tokens[last + 2] && (/^[A-Z][a-z]+\.$/.test(tokens[last + 2].text) || SPELLED_OUT_STATES.has(tokens[last + 2].text))) place = true;
  // `In Des Moines, …`: the preposition opening the sentence, read past as no name, still says place.
  if (!place && !org && title.length === 0 && words.length >= 2 && !givenFirst && a > first && PLACE_PREPOSITIONS.has(tokens[a - 1].text.toLowerCase())) place = true;
  // `Owner Gary Pruitt`, `Singer Shannon O’Brien`: a role noun capitalised at a sentence start;
  // `Democrat Rachel Osei`: a party before the name. With one word after it, `Owner Pruitt` is
  // a role and a surname and `Rapper Drake` a performer known by one name, unless the role noun
  // is also a given name (`Baker Mayfield`, `Ranger Suárez`, `Dean Phillips`).
  if (title.length === 0 && !org && (words.length >= 3 || (words.length === 2 && !ROLE_NOUN_GIVEN_NAMES.has(words[0]) && !givenFirst)) && (isRoleNoun(words[0].toLowerCase()) || words[0] === 'Democrat' || words[0] === 'Republican' || words[0] === 'Libertarian' || words[0] === 'Independent')) {
    const written = words.shift()!;
    const rest = nameTokens.slice(1);
    const runOut: NameRun = { first, last, title: [], words, span: { start: rest[0].start, end: span.end }, org, place: false, role: written.toLowerCase(), roleWritten: written };
    return runOut;
  }
  const run: NameRun = { first, last, title, words, span, org, place };
  if (title.length === 0 && !org) {
    const role = roleBefore(tokens, first) ?? appositiveRole(tokens, first, last) ?? (words.length >= 2 ? roleAfter(tokens, last) : undefined);
    if (role) {
      run.role = role.text;
      if (role.written !== role.text) run.roleWritten = role.written;
    }
  }
  return run;
}

const ANIMAL_NOUNS = new Set(`mount horse colt filly mare stallion gelding thoroughbred dog puppy pup cat kitten pet cow bull steer calf pig
goat parrot retriever shepherd terrier spaniel poodle`.split(/\s+/));

/** `His mount, Sky Marshal,`, `a colt named Copper Lantern`, `the retriever Biscuit`: the name after an animal noun. */
function isAnimalBefore(tokens: Token[], first: number): boolean {
  const b = tokens[first - 1];
  if (!b) return false;
  if (b.kind === 'word' && ANIMAL_NOUNS.has(b.text)) return true;
  const head = tokens[first - 2];
  if (!!head && head.kind === 'word' && ANIMAL_NOUNS.has(head.text) && (b.text === ',' || b.text === 'named' || b.text === 'called')) return true;
  return isProductNamed(tokens, first);
}

/** `the product, called Juniper,`, `an app named Tilly`: a thing given the name at `first`, no person. */
export function isProductNamed(tokens: Token[], first: number): boolean {
  const b = tokens[first - 1];
  return !!b && (b.text === 'called' || b.text === 'named') && PRODUCT_NOUNS.has(tokens[first - (tokens[first - 2]?.text === ',' ? 3 : 2)]?.text ?? '');
}

const PRODUCT_NOUNS = new Set(`product app assistant robot chatbot bot system software device model program service tool platform glasses headset
watch drone camera phone tablet vehicle gadget toy game`.split(/\s+/));

/** Titles that go on with `of` and an office: `Secretary of State`, `Commissioner of Agriculture`. */
const TITLE_OF_HEADS = new Set(`Secretary Commissioner Superintendent Director Minister Chancellor Comptroller Auditor Surgeon`.split(/\s+/));

/** `Mayor-elect`, `Governor-elect`, `President-elect`: a title to come. */
export const ELECT_TITLE_RE = /^[A-Z][a-z]+-elect$/;

const COMPANY_PARTS_AFTER = new Set(`shares stock CEO CFO executives shareholders stockholders`.split(/\s+/));

const PERSON_VERBS_AFTER = new Set(`said says told tells testified wrote added recalled who`.split(/\s+/));

/** What follows a name at `last` tells of a person: a speech verb, an age, `who`, or a role set off by commas. */
function toldOfAsPerson(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  if (next.kind === 'word') return PERSON_VERBS_AFTER.has(next.text);
  if (next.text !== ',') return false;
  const t = tokens[last + 2];
  if (!t || t.kind !== 'word') return false;
  if (/^\d{1,3}$/.test(t.text) || t.text === 'who') return true;
  const lower = t.text.toLowerCase();
  if (lower !== 'a' && lower !== 'an' && lower !== 'the' && lower !== 'his' && lower !== 'her' && !endsPossessive(t.text)) return false;
  for (let k = last + 3; k < tokens.length && k <= last + 8 && tokens[k].kind === 'word'; k++) if (isRoleNoun(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** A sentence opener or time word, also in capitals (`THE FACTS:` in a fact check). */
function isNonNameWord(w: string): boolean {
  return NON_NAME_WORDS.has(w) || (isAllCaps(w) && NON_NAME_WORDS.has(w.charAt(0) + w.slice(1).toLowerCase())) || DESCRIBING_WORD_RE.test(w);
}

// `Top-seeded Katarina Vollmer`, `Two-time champion …`, `Embattled Mayor …`: words that open a
// sentence to describe the person, no part of the name.
const DESCRIBING_WORD_RE = /^(?:[A-Z][a-z]+-(?:seeded|ranked|time|year)|Unseeded|Unranked|Embattled|Beleaguered|Longtime|Reigning|Defending|Rival)$/;

/** `The Associated Press`: `Associated` is no name on its own (contributor lines), but here it is one. */
function isAssociatedPress(tokens: Token[], a: number): boolean {
  return tokens[a].text === 'Associated' && tokens[a + 1]?.text === 'Press';
}

function orgRun(tokens: Token[], first: number, a: number, last: number): NameRun | undefined {
  const words: string[] = [];
  for (let k = a; k <= last; k++) if (tokens[k].kind === 'word' || isAmpersand(tokens[k])) words.push(k === last ? stripPossessive(tokens[k].text) : tokens[k].text);
  const possessiveLen = tokens[last].text.length - words[words.length - 1].length;
  return { first, last, title: [], words, span: { start: tokens[a].start, end: tokens[last].end - possessiveLen }, org: true, place: false };
}

/**
 * A listed role noun, or a compound ending in one: `schoolteacher`, `dockworker`,
 * `co-owner`, `stepfather`. The head is five letters or more and what comes before it
 * three or more, so `remember` is not a `member`.
 */
export function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  for (let i = 3; i <= word.length - 5; i++) if (ROLE_NOUNS.has(word.slice(i))) return true;
  // `glaciologist`, `oceanographer`, `pediatrician`, `psychiatrist`: endings no name has.
  return word.length >= 8 && ROLE_ENDING_RE.test(word);
}

const ROLE_ENDING_RE = /(?:ologist|ographer|ician|iatrist)$/;

/** Lower-case role words right before a name: `harbor master`, `spokesperson`. */
function roleBefore(tokens: Token[], first: number): { text: string; written: string } | undefined {
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word' || !(isRoleNoun(prev.text.toLowerCase()) || ORG_DESCRIPTORS.has(prev.text))) return undefined;
  const words = [prev.text];
  let k = first - 2;
  // Up to four words back: `harbor master`, `City Council member`, `union executive director`.
  while (k >= 0 && words.length < 4) {
    const t = tokens[k];
    // `Chef and owner Marisol Etxeberria`: two roles joined, both hers.
    if (t.text === 'and' && words.length === 1 && k > 0 && tokens[k - 1].kind === 'word' && isRoleNoun(tokens[k - 1].text.toLowerCase()) && (k === 1 || tokens[k - 2].kind !== 'word' || STOP_BEFORE_ROLE.has(tokens[k - 2].text.toLowerCase()))) {
      words.unshift(tokens[k - 1].text, 'and');
      k -= 2;
      break;
    }
    if (t.kind !== 'word' || STOP_BEFORE_ROLE.has(t.text.toLowerCase()) || NON_NAME_WORDS.has(t.text)) break;
    words.unshift(t.text);
    k--;
  }
  // Only a sentence's first word owes its capital to the sentence: `Harbor master` opening one
  // is `harbor master`, but `“…,” Blues coach Drew Bannister said` keeps the team's name.
  const written = words.join(' ');
  return { text: opensSentence(tokens, k + 1) ? asMidSentence(words) : written, written };
}

const ROLE_AFTER_ENDS = new Set(`with of at from for in on who whose that and or since`.split(/\s+/));

/**
 * `Carla Benavides, a fire information officer with the Lassen National Forest,`: the role set
 * off after a full name, up to what it is with or of (`fire information officer`).
 */
export function roleAfter(tokens: Token[], last: number): { text: string; written: string } | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  // Past an age and a hometown set off before the role: `Lorraine Whitby, 58, a retired
  // schoolteacher,`, `Marta Olsen, 67, of Paradise, a …`.
  if (/^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',') last += 2;
  if (tokens[last + 2]?.text === 'of' || tokens[last + 2]?.text === 'from') {
    let k = last + 3;
    while (k < tokens.length && k < last + 7 && tokens[k].kind === 'word' && isCapitalized(tokens[k].text)) k++;
    if (tokens[k]?.text === ',' && /^\p{Lu}\p{Ll}*\.$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 2;
    if (k > last + 3 && tokens[k]?.text === ',') last = k - 1;
  }
  const article = tokens[last + 2]?.text;
  // (AP's role after an inverted `said` often has no article: `, director of the district`.)
  const from = article === 'a' || article === 'an' || article === 'the' ? last + 3 : isRoleNoun(article ?? '') ? last + 2 : -1;
  if (from < 0) return undefined;
  const words: string[] = [];
  for (let k = from; k < tokens.length && k < from + 6 && tokens[k].kind === 'word' && !ROLE_AFTER_ENDS.has(tokens[k].text); k++) {
    // `a 54-year-old food vendor`: the age is no part of the role.
    if (!/^\d+-year-old$/.test(tokens[k].text)) words.push(tokens[k].text);
  }
  // (Not a noun that also names a business, `a press operator`: a role before a name makes
  // the name a company's, `startup Ndani Pay`.)
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  if (!isRoleNoun(head) || ORG_DESCRIPTORS.has(head)) return undefined;
  const text = words.join(' ');
  return { text, written: text };
}

const NOT_IN_ROLE = new Set(`has had have is was are were one two three`.split(/\s+/));

/**
 * `Pruitt’s lawyer, Marcus Delahunt, argued`, `the state’s education secretary, Daniel Whitford,`:
 * a role set off before a name that is set off in turn. Only a noun phrase opened by an
 * article or a possessive counts (not `The school has one teacher, …`).
 */
export function appositiveRole(tokens: Token[], first: number, last: number): { text: string; written: string } | undefined {
  // (Set off at the sentence's end too: `said the family’s lawyer, Owen Castile.`)
  const after = tokens[last + 1]?.text;
  if (tokens[first - 1]?.text !== ',' || (after !== ',' && after !== '.' && after !== undefined)) return undefined;
  const head = tokens[first - 2];
  if (!head || head.kind !== 'word' || !isRoleNoun(head.text.toLowerCase())) return undefined;
  const words = [head.text];
  // At most two words before the role (`union executive director`), then the article or possessive.
  for (let k = first - 3; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    const lower = t.text.toLowerCase();
    if (lower === 'the' || lower === 'a' || lower === 'an' || lower === 'his' || lower === 'her' || lower === 'their' || lower === 'its' || lower === 'another' || endsPossessive(t.text)) {
      // (Not the object of a preposition: `Speaking through an interpreter, Faraj bin Omran,`.)
      if (MEANS_PREPOSITIONS.has(tokens[k - 1]?.text ?? '')) return undefined;
      const text = words.join(' ');
      return { text, written: text };
    }
    if (STOP_BEFORE_ROLE.has(lower) || NON_NAME_WORDS.has(t.text) || NOT_IN_ROLE.has(lower)) return undefined;
    // `the school’s only teacher`: no part of the role.
    if (lower !== 'only' && lower !== 'own') words.unshift(t.text);
  }
  return undefined;
}

/** Does token `k` open a sentence (first of its paragraph, or after `.`, `?`, `!` or a quotation ending in one)? */
function opensSentence(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return true;
  if (before.kind === 'punct') return before.text === '.' || before.text === '?' || before.text === '!';
  if (before.kind === 'quote') return /[.?!][’'”"]*$/.test(before.text);
  return false;
}

/**
 * A description as it would stand mid-sentence: `Harbor master` → `harbor master`,
 * but `City Council member` keeps its proper nouns.
 */
function asMidSentence(words: string[]): string {
  const properAfterFirst = words.slice(1).some((w) => isCapitalized(w));
  const role = words.join(' ');
  return properAfterFirst ? role : role.charAt(0).toLowerCase() + role.slice(1);
}

export function genderOf(run: NameRun): Gender {
  for (const t of run.title) {
    if (FEMALE_WORDS.has(t)) return 'female';
    if (MALE_WORDS.has(t)) return 'male';
  }
  if (run.role) {
    for (const w of run.role.split(' ')) {
      if (FEMALE_WORDS.has(w)) return 'female';
      if (MALE_WORDS.has(w)) return 'male';
    }
  }
  return run.words.length >= 2 ? givenNameGender(run.words[0]) : 'unknown';
}

/** The gender a given name usually goes with, when only one of the lists has it. */
export function givenNameGender(given: string): Gender {
  // `María`, `José`, `Inés`: the lists hold names as English copy spells them.
  if (!FEMALE_NAMES.has(given) && !MALE_NAMES.has(given) && hasAccent(given)) given = withoutAccents(given);
  if (FEMALE_NAMES.has(given) && !MALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given) && !FEMALE_NAMES.has(given)) return 'male';
  return 'unknown';
}

function hasAccent(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0xc0) return true;
  return false;
}

function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function surnameOf(words: string[]): string {
  let k = words.length - 1;
  while (k > 0 && NAME_SUFFIXES.has(words[k])) k--;
  return words[k].replace(/,$/, '');
}

/**
 * The surname of a full name: its last word (suffixes aside), or its first for a Chinese or
 * Korean name written family name first (`Li Qiang`, `Lee Jae-myung`, `Kim Jong Un`). A
 * common Western given name (`Kim Clijsters`) counts only before a hyphenated or short given name.
 */
export function familySurname(words: string[]): string {
  if (words.length >= 2 && words.length <= 3 && EAST_ASIAN_FAMILY_NAMES.has(words[0])) {
    const rest = words.slice(1);
    const western = isGivenName(words[0]);
    // `Kim Tran`: a given name Korean family names share, before a Vietnamese family name.
    if (western && rest.length === 1 && VIETNAMESE_FAMILY_NAMES.has(rest[0])) return surnameOf(words);
    const asianGiven = rest.every((w) => /^[A-Z][a-z]+-[a-z]+$/.test(w) || (w.length <= 5 && !isGivenName(w)));
    if (asianGiven || (!western && rest.length === 1 && !isGivenName(rest[0]))) return words[0];
  }
  return surnameOf(words);
}

/** Optimal string alignment distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const la = a.length;
  const lb = b.length;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const cur = new Array<number>(lb + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[lb];
}

/**
 * Is `written` a likely misspelling of `surname`? Short names (`Kim`, `Pell`) count
 * only where `shortOk`: where the word stands as a speaker, not anywhere in the copy.
 */
export function isNearMiss(written: string, surname: string, shortOk = false): boolean {
  if (written === surname) return false;
  const a = written.toLowerCase();
  const b = surname.toLowerCase();
  // Capitals inside the name differ (`LaChance` for `Lachance`): a misspelling. Not a capital
  // opening a sentence (`Al-Sudani`) nor a name in capitals (`OSEI` in a fact check's label).
  if (a === b) return written.slice(1) !== surname.slice(1) && !isAllCaps(written) && !isAllCaps(surname);
  const shorter = Math.min(a.length, b.length);
  if (shorter < (shortOk ? 3 : 4)) return false;
  // (Two edits when the introduced name is long, however short the slip: `Dunmer` for `Dunmore`.)
  const max = b.length >= 7 && shorter >= 5 ? 2 : 1;
  return editDistance(a, b, max) <= max && a[0] === b[0];
}

// ---------------------------------------------------------------------------

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const NOBODY: readonly Person[] = [];

/** Role nouns that are given names too, so a capital does not make them a role: `Baker Mayfield`. */
const ROLE_NOUN_GIVEN_NAMES = new Set(`Baker Ranger Dean Hunter Deacon Judge Major Porter Carter Mason Cooper Tanner Parker Fisher Walker Taylor
Gardner Chase Junior`.split(/\s+/));

/** A word of a full name that can stand for the person: not a particle, an initial or a suffix. */
function isInnerName(word: string): boolean {
  return word.length >= 3 && !word.endsWith('.') && !isParticleName(word) && !NAME_SUFFIXES.has(word) && /^\p{Lu}\p{Ll}/u.test(word);
}

/**
 * `Rosa Elena García Márquez`, `Mateo Pineda García`: a Spanish given name (or accented letters)
 * and two surnames after it; the first surname, the one used alone on later reference. Not
 * `Ana Maria Lopez` (a second given name) nor `Margaret Pelkey Doyle` (an English maiden name).
 */
function spanishFirstSurname(words: string[], surname: string): string | undefined {
  if (words.length < 3 || words[words.length - 1] !== surname) return undefined;
  const first = words[words.length - 2];
  if (!isInnerName(first) || isGivenName(first) || SPANISH_GIVEN_NAMES.has(first) || NAME_PARTICLES.has(first)) return undefined;
  return SPANISH_GIVEN_NAMES.has(words[0]) || /[áéíóúñÁÉÍÓÚÑ]/.test(words.join('')) ? first : undefined;
}

/** The people of one story, indexed; `people` is the whole file's list they are added to. */
export class PeopleIndex {
  readonly people: Person[];
  /** The people of this story only. */
  readonly members: Person[] = [];
  private byName = new Map<string, Person>();
  private bySurname = new Map<string, Person[]>();
  /** People by the first letter of their surname, for near-miss look-ups. */
  private byInitial = new Map<string, Person[]>();
  private byGiven = new Map<string, Person[]>();
  /** People with a given and a surname, by the given name's first letter, for near-miss look-ups. */
  private givenByInitial = new Map<string, Person[]>();
  /** People by a name inside their full name (`Lula` of Luiz Inácio Lula da Silva). */
  private byInner = new Map<string, Person[]>();
  /**
   * Two-word runs read as places because of the word before them (`a pass from Mats
   * Zuccarello`), kept in case the surname later speaks: then the run was a person.
   */
  readonly placeLike: NameRun[] = [];
  /** People with two Spanish surnames, by the first (`García` of Rosa Elena García Márquez). */
  private firstSurnames = new Map<Person, string>();
  /** Who is mentioned at each offset: a story's name runs are looked up by where they start. */
  private byMentionStart = new Map<number, Person>();

  constructor(story: Story) {
    this.people = story.people;
  }

  add(kind: PersonKind, name: string, surname: string, span: Span, gender: Gender, title: string | undefined, introduced: boolean): Person {
    const p: Person = {
      index: this.people.length,
      kind,
      name,
      surname,
      gender,
      firstReference: span,
      mentions: [{ start: span.start, end: span.end, form: 'full' }],
      quotations: [],
      speaks: false,
      introduced,
      variants: [],
    };
    if (title) p.title = title;
    this.people.push(p);
    this.members.push(p);
    this.byName.set(name, p);
    push(this.bySurname, surname, p);
    // `al-Sudani` is `Al-Sudani` when it opens a sentence: both spellings find the person.
    if (isParticleName(surname)) push(this.bySurname, surname.charAt(0) === surname.charAt(0).toLowerCase() ? surname.charAt(0).toUpperCase() + surname.slice(1) : surname.charAt(0).toLowerCase() + surname.slice(1), p);
    if (!this.byMentionStart.has(span.start)) this.byMentionStart.set(span.start, p);
    if (kind === 'person') {
      push(this.byInitial, surname.charAt(0).toLowerCase(), p);
      const space = name.indexOf(' ');
      push(this.byGiven, space < 0 ? name : name.slice(0, space), p);
      if (space > 0) push(this.givenByInitial, name.charAt(0).toLowerCase(), p);
      const words = name.split(' ');
      for (let k = 1; k < words.length - 1; k++) if (isInnerName(words[k]) && words[k] !== surname) push(this.byInner, words[k], p);
      const first = spanishFirstSurname(words, surname);
      if (first) {
        this.firstSurnames.set(p, first);
        push(this.bySurname, first, p);
        if (first.charAt(0).toLowerCase() !== surname.charAt(0).toLowerCase()) push(this.byInitial, first.charAt(0).toLowerCase(), p);
      }
    }
    return p;
  }

  /**
   * Of `persons` who answer to the surname `word`, those it names: with two Spanish surnames
   * (`Mateo Pineda García`) a person goes by the first (`Pineda`), so `García` is the one whose
   * first surname it is (`Rosa Elena García Márquez`). Everyone, when that leaves nobody.
   */
  namedBySurname(word: string, persons: readonly Person[]): readonly Person[] {
    if (persons.length < 2 || !this.firstSurnames.size) return persons;
    const named = persons.filter((p) => (this.firstSurnames.get(p) ?? word) === word);
    return named.length ? named : persons;
  }

  byFullName(name: string): Person | undefined {
    return this.byName.get(name);
  }

  /** Everyone (people and organisations) with this surname, in order of first reference. Read only. */
  withSurname(surname: string): readonly Person[] {
    return this.bySurname.get(surname) ?? NOBODY;
  }

  /**
   * People whose surname or full name is `upper` in capitals (`OSEI:` for Rachel Osei, as a
   * fact check or transcript labels its speakers). A scan: capitals are rare in body copy.
   */
  inCapitals(upper: string): Person[] {
    const key = upper.toUpperCase(); // `McCARTHY` for McCarthy
    return this.members.filter((p) => p.kind === 'person' && (p.surname.toUpperCase() === key || p.name.toUpperCase() === key));
  }

  /** People whose given name `written` misspells (`Somchal` for Somchai Wongsakul). */
  givenNearMisses(written: string): Person[] {
    return (this.givenByInitial.get(written.charAt(0).toLowerCase()) ?? NOBODY).filter((p) => isNearMiss(written, p.name.slice(0, p.name.indexOf(' ')), true));
  }

  /** People whose surname `written` misspells. */
  nearMisses(written: string, shortOk = false): Person[] {
    const out: Person[] = [];
    for (const p of this.byInitial.get(written.charAt(0).toLowerCase()) ?? []) if (isNearMiss(written, this.surnameMissed(p, written), shortOk)) out.push(p);
    return out;
  }

  /** The surname of `p` that `written` misses: a Spanish name's first surname when it starts the same (`Echeverria` for Echeverría Luna). */
  surnameMissed(p: Person, written: string): string {
    const first = this.firstSurnames.get(p);
    return first && first.charAt(0).toLowerCase() === written.charAt(0).toLowerCase() && p.surname.charAt(0).toLowerCase() !== written.charAt(0).toLowerCase() ? first : p.surname;
  }

  /** `the National Water Commission, known … as Conagua`: `alias` names the organisation too. */
  addAlias(p: Person, alias: string): void {
    if (this.byName.has(alias)) return;
    this.byName.set(alias, p);
    push(this.bySurname, alias, p);
  }

  /** People with `word` inside their full name, neither first nor last (`Lula`). */
  withInnerName(word: string): readonly Person[] {
    return this.byInner.get(word) ?? NOBODY;
  }

  withGivenName(given: string): readonly Person[] {
    return this.byGiven.get(given) ?? NOBODY;
  }

  mention(p: Person, span: Span, form: Mention['form']): void {
    let seen = this.mentionStarts.get(p);
    if (!seen) this.mentionStarts.set(p, (seen = new Set(p.mentions.map((m) => m.start))));
    if (seen.has(span.start)) return;
    seen.add(span.start);
    p.mentions.push({ start: span.start, end: span.end, form });
    if (!this.byMentionStart.has(span.start)) this.byMentionStart.set(span.start, p);
  }

  /** The first person recorded with a mention starting at `start`. */
  mentionedAt(start: number): Person | undefined {
    return this.byMentionStart.get(start);
  }

  /** Start offsets of each person's mentions, so a mention is recorded once. */
  private mentionStarts = new Map<Person, Set<number>>();
}
