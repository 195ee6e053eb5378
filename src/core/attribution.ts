// People and attribution: who is named, and who said each quotation.
//
// One pass over the body paragraphs in order finds the people (first
// references, later mentions); a second pass reads every speech verb's
// subject and gives each quotation the speaker its sentence, its paragraph,
// a colon paragraph or a running quote names.

import type { Attribution, AttributionVia, Block, Gender, Mention, Party, Person, Quotation, Span, Story } from './types';
import type { ResolvedOptions } from './options';
import { isBodyBlock } from './quotes';
import { firstStartingAtOrAfter, sortByStart } from './lines';
import { SPELLED_OUT_STATES } from './data/datelines';
import { datelineStartingAt, storyBounds } from './story';
import { tokenizeBlock, endsPossessive, partyHometownTag, isAllCaps, isCapitalized, isPartyState, partyAfter, stripPossessive, type Token } from './tokens';
import { NOBODY, PeopleIndex, appositiveRole, editDistance, genderOf, givenNameGender, isProductNamed, isRoleNoun, parseRun, roleAfter, runAround, STOP_BEFORE_ROLE, surnameOf, familySurname, type NameRun } from './people';
import { EAST_ASIAN_FAMILY_NAMES, FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, MONONYM_ROLES, NAME_PARTICLES, NAME_SUFFIXES, NATIONALITY_WORDS, NON_NAME_WORDS, ORG_DESCRIPTORS, PLACE_LAST_WORDS, ROLE_NOUNS, TITLE_WORDS, WELL_KNOWN_ORGANIZATIONS, VIETNAMESE_FAMILY_NAMES, isGivenName } from './data/names';

interface Para {
  blockIndex: number;
  /** The people of this paragraph's story. */
  index: PeopleIndex;
  /** Offset where this paragraph's story starts: look-backs stop there. */
  storyStart: number;
  block: Block;
  tokens: Token[];
  quotes: Quotation[];
  /** Depth-0 quotations, in order. */
  topQuotes: Quotation[];
  /** Speech verbs and their speakers, in token order. */
  verbs: VerbAttribution[];
  sentences?: Sentences;
}

interface VerbAttribution {
  verb: number; // token index
  subject: Subject;
}

type Subject =
  | { kind: 'person'; person: Person; span: Span; text: string; misspelled?: string; ambiguous?: Person[]; joint?: Person[] }
  | { kind: 'pronoun'; pronoun: string; span: Span; person?: Person; candidates: Person[]; otherGender?: Person; otherGenderHere?: boolean; otherGenderDescribed?: string; afterGroup?: string }
  | { kind: 'role'; person: Person; span: Span; text: string; ambiguous?: Person[] }
  | { kind: 'description'; span: Span; text: string };

const CORE_VERBS = new Set(`said says told tells added adds wrote writes posted tweeted testified announced asked asks explained noted
recalled warned replied responded`.split(/\s+/));
const PRONOUNS = new Set(`he she they it i we`.split(/\s+/));
const ADVERBS = new Set(`both each all also later then again previously earlier once has had have would will did does never often
recently simply still`.split(/\s+/));
const TERMINAL = new Set(['.', '?', '!', ';']);
// Who can speak: role nouns, organisations (`the bank said`, `the university said in a
// statement`), groups of people, and documents.
/**
 * What a quotation can be read from: `“Go home,” the sign read`, `read a banner on the fence`;
 * from `order` on, documents read out or quoted (`the order read`, `the memo read`).
 */
const WRITTEN_THINGS = `sign signs banner banners placard placards poster posters note card message headline inscription plaque
billboard sticker shirt t-shirt post tweet caption slogan letter email statement alert warning text label
flier flyer leaflet notice menu ad review screen order memo warrant indictment affidavit complaint filing
petition transcript document bill measure amendment law resolution ordinance statute proclamation`.split(/\s+/);
const WRITTEN_THING_SET = new Set(WRITTEN_THINGS);
/** A written thing, one or several (`stickers that read`). */
function isWrittenThing(word: string): boolean {
  return WRITTEN_THING_SET.has(word) || (word.endsWith('s') && WRITTEN_THING_SET.has(word.slice(0, -1)));
}

// Institutions, which speak as bodies (BODY_NOUNS) and are named by their kind (INSTITUTION_NOUNS).
const INSTITUTION_WORDS = `university college museum church ministry government administration committee council bureau institute
foundation embassy military diocese archdiocese parish academy clinic railroad airport zoo hotel casino prison jail hospice
library refinery brewery studio army navy authority office school hospital court board commission`.split(/\s+/);

// Bodies and groups that speak (`the university said`, `police said`, `witnesses said`).
const BODY_NOUNS = new Set([...INSTITUTION_WORDS, ...`campaign tribe synod presbytery consulate store coalition association party
officials police residents authorities investigators prosecutors witnesses neighbors experts analysts forecasters organizers
workers students parents people fans leaders lawmakers members governor congressman congresswoman city state county report
study survey documents records lawsuit release`.split(/\s+/)]);
// Documents a court, a legislature or an office speaks through (`the opinion said`, `the majority
// wrote`, `the ordinance says`, `according to the affidavit`), and rulers who speak by their title.
const DOCUMENT_AND_RULER_NOUNS = new Set(`opinion ruling decision majority dissent judgment brief motion contract agreement settlement statute law
ordinance bill resolution constitution regulation policy advisory bulletin analysis audit poll pope king queen
prince princess emir monarch`.split(/\s+/));
// `someone shouted`, `a voice from the back yelled`, `the bot replied`.
const VOICE_NOUNS = new Set(`someone somebody voice voices bot chatbot robot glasses device headset doorbell gadget`.split(/\s+/));
// Officers, clergy and diplomats, who speak by their title alone (`the general said`, `the pontiff said`);
// bodies that speak (`the palace said`, `the junta said`); `the Texas native said`, `the second-year pro said`.
const TITLE_ALONE_NOUNS = new Set(`general admiral colonel commander sergeant lieutenant corporal marine soldier sailor airman medic paramedic
pontiff cardinal bishop archbishop nun monk pilgrim worshipper congregant envoy diplomat ambassador delegate
rapporteur negotiator mediator minister premier sheikh sultan secretary-general governor-general source palace
mission junta militia kremlin native pro left-hander right-hander`.split(/\s+/));

const PERSON_NOUNS = new Set([...ROLE_NOUNS, ...ORG_DESCRIPTORS, ...BODY_NOUNS, ...DOCUMENT_AND_RULER_NOUNS, ...WRITTEN_THINGS, ...VOICE_NOUNS, ...TITLE_ALONE_NOUNS,
  ...[...NATIONALITY_WORDS].map((w) => w.toLowerCase())]);

/** Role nouns that stand for the person holding a title: `the governor` → `Gov.` */
const ROLE_TITLES: Record<string, string[]> = {
  governor: ['Gov.', 'Governor'],
  mayor: ['Mayor'],
  senator: ['Sen.', 'Senator'],
  president: ['President'],
  'vice president': ['Vice'],
  sheriff: ['Sheriff'],
  chief: ['Chief'],
  judge: ['Judge'],
  secretary: ['Secretary'],
  congressman: ['Rep.'],
  congresswoman: ['Rep.'],
  representative: ['Rep.'],
  superintendent: ['Superintendent', 'Supt.'],
  commissioner: ['Commissioner'],
  coach: ['Coach'],
  'prime minister': ['Prime'],
  general: ['Gen.', 'General'],
  admiral: ['Adm.', 'Admiral'],
  colonel: ['Col.', 'Colonel'],
  captain: ['Capt.', 'Captain'],
  lieutenant: ['Lt.', 'Lieutenant'],
  sergeant: ['Sgt.', 'Sergeant'],
  commander: ['Cmdr.', 'Commander'],
  detective: ['Det.', 'Detective'],
  pontiff: ['Pope'],
  cardinal: ['Cardinal'],
  bishop: ['Bishop'],
  archbishop: ['Archbishop'],
  ambassador: ['Ambassador', 'Amb.'],
  'secretary-general': ['Secretary-General'],
  minister: ['Minister'],
  chancellor: ['Chancellor'],
  pope: ['Pope'],
  ceo: ['CEO', 'chief executive'],
  'chief executive': ['CEO', 'Executive'],
  cfo: ['CFO', 'chief financial officer'],
  doctor: ['Dr.'],
  physician: ['Dr.'],
  // (A title of two words is matched whole: `the prosecutor` is no district judge.)
  prosecutor: ['Prosecutor', 'District Attorney', 'State’s Attorney', 'U.S. Attorney'],
  'lieutenant governor': ['Lt. Gov.', 'Lieutenant Governor'],
  councilman: ['Council', 'Councilman'],
  councilwoman: ['Council', 'Councilwoman'],
  alderman: ['Ald.', 'Alderman'],
  alderwoman: ['Ald.', 'Alderwoman'],
  attorney: ['Attorney', 'Lawyer'],
  lawmaker: ['Rep.', 'Sen.', 'Assemblyman', 'Assemblywoman'],
};

export function attributeQuotations(story: Story, options: ResolvedOptions): void {
  const problemsBefore = story.quoteProblems.length;
  const quotesByBlock = new Map<number, Quotation[]>();
  for (const q of story.quotations) {
    const list = quotesByBlock.get(q.blockIndex);
    if (list) list.push(q);
    else quotesByBlock.set(q.blockIndex, [q]);
  }
  // One story of a day file at a time: nothing reaches across a slug line, and each
  // story's tokens die young instead of piling up in the heap for the whole file.
  const { blocks } = story;
  for (let from = 0; from < blocks.length; ) {
    const storyIndex = blocks[from].storyIndex;
    let to = from;
    while (to < blocks.length && blocks[to].storyIndex === storyIndex) to++;
    // A digest of briefs: each item (a subhead, then its own dateline) is a story of its own,
    // whose names and pronouns reach neither into the item before nor the one after.
    let itemStart = from;
    let datelineSeen = false;
    for (let k = from; k < to; k++) {
      if (blocks[k].kind !== 'dateline') continue;
      if (datelineSeen) {
        const cut = blocks[k - 1].kind === 'subhead' && k - 1 > itemStart ? k - 1 : k;
        attributeStory(story, options, itemStart, cut, quotesByBlock);
        itemStart = cut;
      }
      datelineSeen = true;
    }
    attributeStory(story, options, itemStart, to, quotesByBlock);
    from = to;
  }
  for (const p of story.people) sortByStart(p.mentions);
  // Problems found here (a running quote that names another speaker) join the list in
  // text order: one sort at the end, not one per problem over the whole file's list.
  if (story.quoteProblems.length > problemsBefore) sortByStart(story.quoteProblems);
}

/** Attribution within one story: blocks [from, to). */
function attributeStory(story: Story, options: ResolvedOptions, from: number, to: number, quotesByBlock: Map<number, Quotation[]>): void {
  const index = new PeopleIndex(story);
  const storyStart = story.blocks[from].start;
  const paras: Para[] = [];
  for (let blockIndex = from; blockIndex < to; blockIndex++) {
    const block = story.blocks[blockIndex];
    if (!isBodyBlock(block)) continue;
    const quotes = quotesByBlock.get(blockIndex) ?? [];
    const topQuotes = quotes.length ? quotes.filter((q) => q.depth === 0) : quotes;
    const tokens = tokenizeBlock(story, block, topQuotes);
    paras.push({ blockIndex, block, index, storyStart, tokens, quotes, topQuotes, verbs: [] });
  }
  if (paras.length === 0) return;
  findPeople(story, paras, options);
  const ctx: Ctx = { story, options, verbShapes: verbShapes(options.speechVerbs), paras, speakerEvents: [], firstSpoke: new Map(), mentionLog: [], attributionSubjects: new Set(), pronounsTeachGender: true };
  ctx.mentionLog = buildMentionLog(ctx, index.members);
  for (let pi = 0; pi < paras.length; pi++) attributeParagraph(ctx, pi);
}

// ---------------------------------------------------------------------------
// People.

function findPeople(story: Story, paras: Para[], options: ResolvedOptions): void {
  // People introduced after a role that opens a sentence, so was read in lower case (`Cardinal coach`).
  const capitalRoles: { name: string; run: NameRun; index: PeopleIndex }[] = [];
  // Surname-only references seen before any full name with that surname.
  const early: { word: string; span: Span; form: 'surname' | 'titleSurname' | 'possessive'; index: PeopleIndex; gender: Gender; kin: Gender | undefined }[] = [];
  let sharedTitle = { at: -1, title: '' };
  for (const para of paras) {
    const { tokens, index } = para;
    // The dateline's city and state are not names.
    const skipTo = datelineStartingAt(story, para.block.start)?.end ?? -1;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || !isCapitalized(t.text) || t.start < skipTo) continue;
      const r = runAround(tokens, k);
      if (!r) continue;
      k = r.last;
      let run = parseRun(tokens, r.first, r.last);
      if (!run) continue;
      // `Judges Anthony Kessel and Pieter Vanwyk`, `Sens. Blanchard-Ruiz and Wilde`: a plural title
      // is each one's, in the singular.
      const plural = run.title.length ? PLURAL_TITLES.get(run.title[run.title.length - 1]) : r.first === sharedTitle.at && run.title.length === 0 ? sharedTitle.title : undefined;
      if (plural) {
        run = { ...run, title: [...run.title.slice(0, -1), plural] };
        if (tokens[run.last + 1]?.text === 'and') sharedTitle = { at: run.last + 2, title: plural };
      }
      // `Said Marsh: “…”`, `Added Levesque, …`: a speech verb opening the sentence, then the name
      // of someone the story has introduced (`Said Abdullah`, never named before, is a name).
      if (run.words.length >= 2 && run.title.length === 0 && run.first === r.first && options.speechVerbs.has(tokens[r.first].text.toLowerCase()) && (r.first === 0 || tokens[r.first - 1].kind !== 'word')) {
        const rest = parseRun(tokens, r.first + 1, r.last);
        if (rest && (index.byFullName(rest.words.join(' ')) || index.withSurname(rest.words[rest.words.length - 1]).some((p) => p.kind === 'person'))) run = rest;
      }
      // `crossing into the U.S. Beltran-Kessler said`: the abbreviation ends the sentence before.
      if (run.first === r.first && r.first < r.last && endsSentenceAbbreviation(index, tokens, r.first, r.last)) {
        const rest = parseRun(tokens, r.first + 1, r.last);
        if (rest) run = rest;
      }
      // `the Republican`, `Democrats`, `the Democratic governor`: a party's member or a party's
      // adjective, nobody's name (see partySubject).
      if (run.words.length === 1 && (PARTY_NOUNS.has(run.words[0]) || run.words[0] === 'Democratic' || run.words[0] === 'GOP')) continue;
      // `the Racine Democrat`: a hometown and a party.
      if (run.words.length >= 2 && run.words.length <= 4 && PARTY_NOUNS.has(run.words[run.words.length - 1])) continue;
      // `German Finance Minister von Essen`: a title and a surname with its particles, no given name.
      if (run.words.length >= 2 && run.words.slice(0, -1).every((w) => NAME_PARTICLES.has(w) && /^[a-z]/.test(w))) run = { ...run, words: [run.words[run.words.length - 1]] };
      // `THIS IS A BREAKING NEWS UPDATE.`: words shouted in capitals name no one.
      if (run.words.length >= 3 && run.words.every((w) => w === w.toUpperCase())) continue;
      // `the journal Ecology Letters`, `the ferry Island Queen`: the name of a work or a vessel.
      if (run.title.length === 0 && WORK_NOUNS.has(tokens[run.first - 1]?.text ?? '')) continue;
      // `the Van der Berg family`, `the de la Cruz family`: a family, no one of it nor a body.
      // (Not `Isabel Van Buren-Ortiz’s family`: hers.)
      if (run.title.length === 0 && /^famil(?:y|ies)$/.test(tokens[run.last + 1]?.text ?? '') && !endsPossessive(tokens[run.last].text)) continue;
      // `the Voss farm`: a known surname after `the` is still the person.
      const knownSurname = run.words.length === 1 && run.title.length === 0 && (index.withSurname(run.words[0]).some((p) => p.kind === 'person') || (isAllCaps(run.words[0]) && index.inCapitals(run.words[0]).length > 0));
      // `Delacroix Boone said` after `Maya Delacroix-Boone`: her surname, its hyphen dropped.
      const apart = surnameWrittenApart(index, run);
      if (apart) {
        apart.variants.push({ start: run.span.start, end: run.span.end, written: run.words.join(' '), expected: apart.surname });
        continue;
      }
      // `Van der Burg said` after `Victor Van der Berg`, `St. Claire said` after `Eugene St.
      // Clair`: particles and a surname with no given name are a surname reference, spelled
      // wrong here (or made before any full name), read by the surname after the particles.
      if (isParticleReference(index, run)) {
        early.push({ word: run.words[run.words.length - 1], span: { start: tokens[run.last].start, end: run.span.end }, form: 'surname', index, gender: 'unknown', kin: undefined });
        continue;
      }
      // A single capitalised word is an organisation only after `the` or as an acronym
      // (`Harbor master Tom Levesque` opens with a role, not a body called Harbor). A surname
      // the story gave someone is theirs (`Park Ji-won …` then `Park paused`).
      if (run.org && run.words.length === 1 && !knownSurname && !/^[A-Z]{2,6}s?$/.test(run.words[0]) && (tokens[run.first - 1]?.text ?? '').toLowerCase() !== 'the' && tokens[run.first].text !== 'The' && !isProductNamed(tokens, run.first)) continue;
      // `The San Francisco company said`, `The German automaker said`: where the company is, or
      // whose it is, before the noun for it; no organisation called San Francisco.
      if (run.org && run.title.length === 0 && isPlaceBeforeDescriptor(story, options, run, tokens)) continue;
      // `The Kaczmarecks said`, `the Kratochvill ranch`, after `Frank and Dorothy Kaczmarek`: the
      // family's name misspelled, as a plural or before a noun; no organisation.
      if (run.org && run.words.length === 1 && run.title.length === 0 && (/^the$/i.test(tokens[run.first - 1]?.text ?? '') || tokens[run.first].text === 'The')) {
        const w = run.words[0];
        const singular = w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w;
        if ((singular !== w || tokens[run.last + 1]?.kind === 'word') && !index.withSurname(singular).length && !index.withSurname(w).length && new Set(index.nearMisses(singular).map((p) => p.surname)).size === 1) {
          early.push({ word: singular, span: { start: run.span.start, end: run.span.start + singular.length }, form: 'surname', index, gender: 'unknown', kin: undefined });
          continue;
        }
      }
      if (run.org && !knownSurname) {
        noteOrganization(story, index, run, tokens);
        continue;
      }
      // `another Honduran city, La Ceiba,`: a place set off after the noun that says so.
      // (`spoke briefly to Cho`: the one spoken to, though `to` often says where. `The EU’s envoy
      // for the region, Ingrid Vestergaard,`: a given name and a surname are a person.)
      // (`a rice paddy in Ben Tre province`: the kind of place after its name.)
      if ((run.place && !(knownSurname && spokenTo(tokens, run.first))) || (tokens[run.first - 1]?.text === ',' && PLACE_NOUNS.has(tokens[run.first - 2]?.text ?? '') && !(run.words.length === 2 && isGivenName(run.words[0]))) || PLACE_KIND_AFTER.has(tokens[run.last + 1]?.text ?? '')) {
        if (run.words.length >= 2 && run.words.length <= 3 && !run.org && run.title.length === 0) index.placeLike.push(run);
        continue;
      }
      // `Pike Hollow resident Dana Ortiz`: words before a role noun and a name say where
      // the person is from or works, and are nobody themselves.
      const after = tokens[run.last + 1];
      if (run.title.length === 0 && tokens[run.last].text === run.words[run.words.length - 1] && after?.kind === 'word' && isRoleNoun(after.text) && isCapitalized(tokens[run.last + 2]?.text ?? '') && tokens[run.last + 2].kind === 'word') continue;
      if (run.words.length >= 2) {
        // (A month or weekday after a given name is a surname: `Derek May`, `Alma Friday`.)
        if (NON_NAME_WORDS.has(run.words[run.words.length - 1]) && !(run.words.length === 2 && isGivenName(run.words[0]))) continue;
        // `De la Cruz` opening a sentence: the surname of `Luis de la Cruz Jr.`, capitalised.
        // (`Beaumont Jr.` after `Sen. Carl Beaumont Jr.`: a surname with its suffix, the same man.)
        const owners = suffixedSurnameOwners(index, run.words) ?? particleSurnameOwners(index, run.words);
        if (owners.length) {
          for (const p of owners) index.mention(p, run.span, 'surname');
          continue;
        }
        // (`Dorsey Jr.` with no one of that name: a surname and suffix introduce no one.)
        if (run.words.length === 2 && NAME_SUFFIXES.has(run.words[1])) continue;
        // `Brugada Molina` after `Mayor Clara Brugada Molina`: the end of a longer name is
        // the same person's double surname, not a new person.
        // Two such (a father and son, `Sr.` and `Jr.`): each is mentioned, and which one is meant
        // is settled where the surname speaks.
        const longer = nameTailOwners(index, run.words);
        if (longer.length && run.title.length === 0) {
          for (const p of longer) index.mention(p, run.span, 'surname');
          continue;
        }
        // `payments startup Ndani Pay`: a business described before its name is an organisation.
        // (Not `producer Caleb Ostrowski`, `software developer Jane Ruiz`: a given name opens a person's.)
        if (run.role && ORG_DESCRIPTORS.has(run.role.split(' ').pop()!) && !isGivenName(run.words[0])) {
          noteOrganization(story, index, run, tokens);
          continue;
        }
        if (run.title.length === 0 && !isGivenName(run.words[0]) && (describedAsBusiness(tokens, run.last) || namesUnion(tokens, run.last))) {
          noteOrganization(story, index, run, tokens);
          continue;
        }
        addFullName(story, index, run);
        const party = partyAfter(tokens, run.last) ?? partyBefore(run);
        if (party) {
          const p = index.byFullName(run.words.join(' '));
          if (p && !p.party) p.party = party;
        }
        if (run.roleWritten) capitalRoles.push({ name: run.words.join(' '), run, index });
        // `Alex Rivera, who … uses they/them pronouns,`: `they said` is Rivera.
        if (usesTheyPronouns(tokens, run.last)) {
          const p = index.byFullName(run.words.join(' '));
          if (p) p.gender = 'they';
        }
      } else {
        const word = run.words[0];
        if (NON_NAME_WORDS.has(word) || word.length < 2) continue;
        const form = run.title.length ? 'titleSurname' : tokens[run.last].text !== word ? 'possessive' : 'surname';
        const same = index.namedBySurname(word, index.withSurname(word).filter((p) => p.kind === 'person'));
        if (!same.length && !run.title.length && describedAsBusiness(tokens, run.last)) {
          noteOrganization(story, index, run, tokens);
          continue;
        }
        // `Harold and Ruth Kuehn`: a couple introduced together, his given name before hers and
        // the surname they share.
        const partner = !run.title.length && form === 'surname' && isGivenName(word) && tokens[run.last + 1]?.text === 'and' ? runAround(tokens, run.last + 2) : undefined;
        const partnerRun = partner && partner.first === run.last + 2 ? parseRun(tokens, partner.first, partner.last) : undefined;
        if (partnerRun && partnerRun.words.length === 2 && !partnerRun.title.length && !partnerRun.org && !partnerRun.place && isGivenName(partnerRun.words[0])) {
          addFullName(story, index, { ...run, words: [word, partnerRun.words[1]] });
          continue;
        }
        if (same.length) {
          // `The elder Ruiz waved that off.`: the father, of father and son.
          const gen = tokens[run.first - 1]?.text;
          const meant = gen === 'elder' || gen === 'younger' || gen === 'older' ? byGeneration(story.text, same, gen === 'younger' ? 'younger' : 'elder') : undefined;
          for (const p of meant ? [meant] : same) index.mention(p, run.span, form);
          // `Fairweather-Oduya, a Democrat,`: a party set off after the surname is hers too.
          const party = same.length === 1 ? partyAfter(tokens, run.last) : undefined;
          if (party && !same[0].party) same[0].party = party;
        }
        // `Pope Francis`, `Prince Harry`, `Sheikh Tamim`: known by one name after the title, in full.
        else if (run.title.length && SINGLE_NAME_TITLES.has(run.title[run.title.length - 1])) index.add('person', word, word, run.span, genderOf(run), titleText(run), true);
        // `Country newcomer Shaboozey`, `rapper Drake`: a performer known by one name, introduced
        // by it with what they do (a band's `lead singer Ramsey` is a surname: band members go
        // by their full names).
        else if (run.role && MONONYM_ROLES.has(run.role.split(' ').pop()!) && !/\b(?:lead|backup|rhythm|bass)\s/.test(run.role)) index.add('person', word, word, run.span, genderOf(run), run.role, true);
        else early.push({ word, span: run.span, form, index, gender: genderOf(run), kin: kinBefore(tokens, run) });
      }
    }
  }
  // The role's first word names an organisation of the story (`The Cardinal have lost …`): a
  // team or a body, whose capital the role keeps.
  for (const { name, run, index } of capitalRoles) {
    const p = index.byFullName(name);
    const head = run.roleWritten!.split(' ')[0];
    if (p && p.title === run.role && index.byFullName(head)?.kind === 'organization') p.title = run.roleWritten;
  }
  // A surname used before its full name: the person was not introduced at first reference.
  for (const e of early) {
    const index = e.index;
    const later = index.namedBySurname(e.word, index.withSurname(e.word).filter((p) => p.kind === 'person'));
    for (const p of later) {
      if (e.span.start < p.firstReference.start) p.introduced = false;
      index.mention(p, e.span, e.form);
    }
    if (!later.length) {
      // A near miss of an introduced surname is a misspelling of it.
      const near = index.nearMisses(e.word);
      // (Of a couple sharing the surname, the one named first: `Dale and Marlene Kratochvil`.)
      // (A straight apostrophe for a curly one, `O'Brien` for `O’Brien`, is no misspelling.)
      if ((near.length === 1 || (near.length > 1 && near.every((p) => p.surname === near[0].surname))) && e.word.replace(/'/g, '’') !== near[0].surname.replace(/'/g, '’')) near[0].variants.push({ start: e.span.start, end: e.span.end, written: e.word, expected: index.surnameMissed(near[0], e.word) });
      else if (!near.length && e.form === 'surname') {
        // `His wife, Irene, laughs`: a given name alone, of the one person the story gives it
        // (`Irene Koskinen`), names her, so a pronoun after it can find her.
        const holders = index.withGivenName(e.word).filter((p) => p.kind === 'person');
        const named = isGivenName(e.word) ? holders : NOBODY;
        if (named.length === 1) index.mention(named[0], e.span, 'given');
        // `his daughter Ava, 11, held up a puzzle`: AP names a child 15 or younger by first name
        // alone, and this is the child's first reference, so a pronoun after it can mean them.
        // So are people AP names by first name at their request (`who asked to be identified only
        // by her first name, Marisol,`, `identified only as Marisol`), or by surname (`who gave
        // only his surname, Wang,`).
        // And people with one name (`Sutrisno, a food vendor who like many Indonesians uses one name,`).
        else if (!named.length && (hasJuvenileAge(story.text, e.span.end) || FIRST_NAME_BY_REQUEST_RE.test(story.text.slice(Math.max(0, e.span.start - 40), e.span.start)) || NAME_WITHHELD_AFTER_RE.test(story.text.slice(e.span.end, e.span.end + 120)) || (story.text[e.span.end] === ',' && ONE_NAME_RE.test(/^[^.;!?]*/.exec(story.text.slice(e.span.end, e.span.end + 160))![0])) || playsCharacter(story.text, e.span))) index.add('person', e.word, e.word, e.span, e.gender !== 'unknown' ? e.gender : givenNameGender(e.word), undefined, true);
        // `Levesque’s wife, Anne, watched from the car`: a relative set off by first name (the
        // one the story names in full elsewhere, `Wilder Huamán`, if there is one).
        else if (!named.length && e.kin) {
          if (holders.length === 1) {
            index.mention(holders[0], e.span, 'given');
            // `Gunnar Lindahl … His wife, Karin,` … `Karin Lindahl`: kin by first name of someone
            // who shares her surname is her first reference, as AP writes a spouse's.
            const h = holders[0];
            if (e.span.start < h.firstReference.start && index.withSurname(h.surname).some((p) => p !== h && p.kind === 'person' && p.firstReference.start < e.span.start)) h.firstReference = { start: e.span.start, end: e.span.end };
            // `her husband, Walt,` … `Walt Vancura`: the relation tells what the name did not.
            if (holders[0].gender === 'unknown' && e.kin !== 'unknown') holders[0].gender = e.kin;
          }
          else if (!holders.length) index.add('person', e.word, e.word, e.span, e.kin !== 'unknown' ? e.kin : givenNameGender(e.word), undefined, true);
        }
      }
    }
  }
  void options;
}

/**
 * `Rosalind Mbeki … plays Hattie`, `Agnes (Lorna Feeney) tells her`: a character in a play or
 * film, introduced by the one name the script gives her.
 */
function playsCharacter(text: string, span: Span): boolean {
  return /\b(?:plays|played|playing|portrays|portrayed|portraying|(?:stars|starring|starred|cast)\s+as)\s+$/.test(text.slice(Math.max(0, span.start - 24), span.start)) || /^\s\((?:\p{Lu}[\p{L}’'.-]*\s+)+\p{Lu}[\p{L}’'-]+\)/u.test(text.slice(span.end, span.end + 60));
}

const ONE_NAME_RE = /\b(?:uses|goes\s+by|is\s+known\s+by|has|performs\s+under|records\s+under)\s+(?:only\s+)?(?:one|a\s+single)\s+name\b/;
// (White space, not spaces: hard-wrapped copy breaks the phrase across lines.)
const FIRST_NAME_BY_REQUEST_RE = /(?:\b(?:first\s+name|nickname|surname|last\s+name)(?:\s+as)?,?|\bwithheld,|\bidentified\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:only\s+)?as|\bgoes\s+by|\bwent\s+by)\s+$/i;
// `Esteban, who asked that his last name not be used,`, `Esteban, a farmworker who declined to give his last name,`.
const NAME_WITHHELD_AFTER_RE = /^,\s+(?:an?\s+[^,.;]{0,40}?\s+)?who\s+(?:asked\s+that\s+(?:his|her|their)\s+(?:last\s+name|surname|full\s+name)\s+(?:not\s+be\s+(?:used|published|printed)|be\s+withheld)|declined\s+to\s+(?:give|provide|share)\s+(?:his|her|their)\s+(?:last\s+name|surname|full\s+name))/i;

const CONVERSING_VERBS = new Set(`spoke speaks talked talks turned turns waved nodded whispered listened gestured shouted yelled called`.split(/\s+/));

/** `spoke briefly to Cho`, `turned to Marsh`: the name at `first` is whom someone spoke to. */
function spokenTo(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== 'to') return false;
  for (let k = first - 2; k >= 0 && k >= first - 4 && tokens[k].kind === 'word'; k--) if (CONVERSING_VERBS.has(tokens[k].text)) return true;
  return false;
}

/** The run names a city, a state or a nationality, and a noun for an organisation follows it (`San Francisco company`). */
function isPlaceBeforeDescriptor(story: Story, options: ResolvedOptions, run: NameRun, tokens: Token[]): boolean {
  const next = tokens[run.last + 1];
  if (!next || next.kind !== 'word' || !(ORG_DESCRIPTORS.has(next.text) || INSTITUTION_NOUNS.has(next.text))) return false;
  const name = run.words.join(' ');
  if (NATIONALITY_WORDS.has(name) || SPELLED_OUT_STATES.has(name) || options.standaloneCities.has(name.toUpperCase())) return true;
  return datelineCities(story, run.span.start).has(name.toUpperCase());
}

const datelineCitiesOf = new WeakMap<Story, Map<number, Set<string>>>();

/** The cities of the datelines of the story (of a day file) that holds `offset`, in capitals (made once per story). */
function datelineCities(story: Story, offset: number): Set<string> {
  const bounds = storyBounds(story, offset);
  let byStory = datelineCitiesOf.get(story);
  if (!byStory) datelineCitiesOf.set(story, (byStory = new Map()));
  let cities = byStory.get(bounds.start);
  if (!cities) {
    cities = new Set();
    const ds = story.datelines;
    for (let k = firstStartingAtOrAfter(ds, bounds.start); k < ds.length && ds[k].start < bounds.end; k++) cities.add(story.text.slice(ds[k].city.start, ds[k].city.end).toUpperCase());
    byStory.set(bounds.start, cities);
  }
  return cities;
}

/** The people whose full name ends with `words`, a surname and its suffix (`Beaumont Jr.`); undefined for other words. */
function suffixedSurnameOwners(index: PeopleIndex, words: string[]): Person[] | undefined {
  if (words.length !== 2 || !NAME_SUFFIXES.has(words[1])) return undefined;
  const tail = ` ${words.join(' ')}`;
  return index.withSurname(words[0]).filter((p) => p.kind === 'person' && p.name.endsWith(tail));
}

const PLURAL_TITLES = new Map([['Judges', 'Judge'], ['Justices', 'Justice'], ['Sens.', 'Sen.'], ['Reps.', 'Rep.'], ['Govs.', 'Gov.'], ['Commissioners', 'Commissioner'], ['Senators', 'Senator']]);

const PLACE_NOUNS = new Set(`city town village suburb hamlet state province country county region neighborhood capital island port`.split(/\s+/));
/** Kinds of place written lower case after the name (`Ben Tre province`, `Kherson region`). */
const PLACE_KIND_AFTER = new Set(`province district prefecture region oblast governorate county parish municipality commune canton`.split(/\s+/));

const SENTENCE_ABBREVIATIONS = new Set(['U.S.', 'U.K.', 'U.N.', 'D.C.', 'E.U.']);

/**
 * `… into the U.S. Beltran-Kessler said`: a run of tokens `first`..`last` opening with an
 * abbreviation that can end a sentence, followed by the name of someone the story has named.
 */
function endsSentenceAbbreviation(index: PeopleIndex, tokens: Token[], first: number, last: number): boolean {
  if (!SENTENCE_ABBREVIATIONS.has(tokens[first].text) || tokens[first + 1].kind !== 'word') return false;
  const surname = stripPossessive(tokens[last].text);
  return index.withSurname(surname).some((p) => p.kind === 'person' && p.firstReference.start < tokens[first].start);
}

/** Does the sentence go on, within a few words of token `last`, to say `they/them`? */
function usesTheyPronouns(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length - 2 && k <= last + 16; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && TERMINAL.has(t.text)) return false;
    if (t.text === 'they' && tokens[k + 1].text === '/' && tokens[k + 2].text === 'them') return true;
  }
  return false;
}

/**
 * `Van der Burg`, `St. Claire`: particles and a surname, no given name or title before them,
 * that are no one's name as written (a misspelling, or a surname before its full name). Read
 * as a place or a body (`St. Louis`) only when a surname of the story is one letter off.
 */
function isParticleReference(index: PeopleIndex, run: NameRun): boolean {
  const { words } = run;
  if (words.length < 2 || run.title.length || isGivenName(words[0]) || !words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()) || NAME_PARTICLES.has(w))) return false;
  // `Du Yifan`, `Le Van Tam`: a Chinese or Vietnamese family name first, no particle.
  if (EAST_ASIAN_FAMILY_NAMES.has(words[0]) || (words.length === 3 && VIETNAMESE_FAMILY_NAMES.has(words[0]))) return false;
  if (index.byFullName(words.join(' ')) || particleSurnameOwners(index, words).length || nameTailOwners(index, words).length) return false;
  return !(run.org || run.place) || index.nearMisses(words[words.length - 1]).length > 0;
}

/** The one person whose hyphenated surname `run` writes as two words (`Delacroix Boone`). */
function surnameWrittenApart(index: PeopleIndex, run: NameRun): Person | undefined {
  if (run.words.length !== 2 || run.title.length || isGivenName(run.words[0])) return undefined;
  const owners = index.withSurname(run.words.join('-')).filter((p) => p.kind === 'person');
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * People introduced with a surname that starts with particles (`Luis de la Cruz Jr.`,
 * `Ana Van Dyke`) whose surname `words` spell, particles in either case (`De la Cruz`).
 */
function particleSurnameOwners(index: PeopleIndex, words: string[]): readonly Person[] {
  if (!NAME_PARTICLES.has(words[0].toLowerCase()) && !NAME_PARTICLES.has(words[0])) return NOBODY;
  for (let k = 0; k < words.length - 1; k++) if (!NAME_PARTICLES.has(words[k].toLowerCase()) && !NAME_PARTICLES.has(words[k])) return NOBODY;
  const tail = ` ${words.join(' ').toLowerCase()}`;
  const owners = index.withSurname(words[words.length - 1]).filter((p) => {
    if (p.kind !== 'person') return false;
    const name = ` ${p.name.toLowerCase()}`;
    const at = name.indexOf(tail);
    // The particles and surname end the name, or come before a suffix (`Jr.`).
    return at > 0 && (at + tail.length === name.length || name[at + tail.length] === ' ');
  });
  return owners.length ? owners : NOBODY;
}

/** People introduced with a longer name that ends with `words` (`Clara Brugada Molina` for `Brugada Molina`). */
function nameTailOwners(index: PeopleIndex, words: string[]): Person[] {
  const tail = ` ${words.join(' ')}`;
  // Before a suffix too: `Bullard-St. John` for `Javon Bullard-St. John Jr.`
  return index.withSurname(surnameOf(words)).filter((p) => {
    if (p.kind !== 'person') return false;
    const name = nameSuffix(p.name.split(' ')) ? p.name.slice(0, p.name.lastIndexOf(' ')) : p.name;
    return name.length > tail.length && name.endsWith(tail);
  });
}

function addFullName(story: Story, index: PeopleIndex, run: NameRun): void {
  const name = run.words.join(' ');
  const surname = familySurname(run.words);
  const existing = index.byFullName(name);
  if (existing) {
    index.mention(existing, run.span, 'full');
    if (!existing.title && (run.title.length || run.role)) existing.title = titleText(run);
    return;
  }
  // The given name is the first word but for a family name written first (`Liu Jianguo`).
  const given = run.words[0] === surname && run.words.length > 1 ? run.words[1] : run.words[0];
  const givenOf = (p: Person) => {
    const words = p.name.split(' ');
    return words[0] === p.surname && words.length > 1 ? words[1] : words[0];
  };
  const sameSurname = index.withSurname(surname).filter((p) => p.kind === 'person');
  // `Gregory Okonjo` then `Gregroy Okonjo`, `Zhang Weiming` then `Zhang Wieming`: the other name
  // spelled two ways. Not two names of their own (`Dale Ruud` and `Dave Ruud` are brothers).
  for (const p of sameSurname) {
    const words = p.name.split(' ');
    if (words.length !== run.words.length) continue;
    const differ = words.flatMap((w, k) => (w === run.words[k] ? [] : [k]));
    if (differ.length !== 1) continue;
    const [k] = differ;
    const was = words[k];
    const written = run.words[k];
    const bothNames = isGivenName(was) && isGivenName(written);
    if (bothNames || !editClose(was, written)) continue;
    const at = story.text.indexOf(written, run.span.start);
    if (at < 0 || at >= run.span.end) continue;
    p.variants.push({ start: at, end: at + written.length, written, expected: was });
    index.mention(p, run.span, 'full');
    return;
  }
  // `Ellen Marsh` then `Gov. Ellen Marsh`: same person. A different given name is a different
  // person, and so is a different suffix (`Wade Tolliver Jr.` and his father `Wade Tolliver Sr.`).
  const suffix = nameSuffix(run.words);
  const same = sameSurname.find((p) => {
    const words = p.name.split(' ');
    if (givenOf(p) !== given) return false;
    const other = nameSuffix(words);
    return !suffix || !other || suffix === other;
  });
  if (same) {
    index.mention(same, run.span, 'full');
    return;
  }
  // `Tom Levesque` then `Tom Leveque`: one person spelled two ways.
  const variantOf = index.withGivenName(given).find((p) => p.name.split(' ').length === run.words.length && editClose(p.surname, surname));
  if (variantOf) {
    const surnameTok = story.text.lastIndexOf(surname, run.span.end);
    const start = surnameTok >= run.span.start ? surnameTok : run.span.start;
    variantOf.variants.push({ start, end: start + surname.length, written: surname, expected: variantOf.surname });
    index.mention(variantOf, run.span, 'full');
    return;
  }
  index.add('person', name, surname, run.span, genderOf(run), titleText(run), true);
}

function nameSuffix(words: string[]): string | undefined {
  const last = words[words.length - 1];
  return NAME_SUFFIXES.has(last) ? last.replace(/\.$/, '') : undefined;
}

/**
 * `Leveque` for `Levesque`: same initial, one edit apart (two for names of seven letters
 * or more). A swapped pair of letters (`Levseque`) counts as one edit.
 */
function editClose(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  const max = Math.min(a.length, b.length) >= 7 ? 2 : 1;
  return editDistance(a.toLowerCase(), b.toLowerCase(), max) <= max;
}

function titleText(run: NameRun): string | undefined {
  // `Former Mayor Raul Treviño` opening a sentence: AP writes `former` in lower case.
  if (run.title.length) return run.title[0] === 'Former' ? `former${run.title.length > 1 ? ' ' : ''}${run.title.slice(1).join(' ')}` : run.title.join(' ');
  return run.role;
}

/** Organisations are recorded when first named; they become speakers only if they speak. */
function noteOrganization(story: Story, index: PeopleIndex, run: NameRun, tokens: Token[]): void {
  const name = run.words.join(' ');
  const existing = index.byFullName(name);
  // `the Vikings` after `the Minnesota Vikings`: the same organisation, its name shortened.
  const shortened = !existing && run.words.length === 1 ? orgShortenedTo(index, name, run.span.start) : undefined;
  if (shortened) {
    index.mention(shortened, run.span, 'surname');
    return;
  }
  const org = existing ?? index.add('organization', name, name, run.span, 'unknown', undefined, true);
  if (existing) index.mention(existing, run.span, 'full');
  const alias = aliasAfter(tokens, run.last);
  if (alias && alias.text !== name) {
    index.addAlias(org, alias.text);
    index.mention(org, alias, 'full');
  }
  void story;
}

const BUSINESS_HEADS = new Set(`company firm startup retailer manufacturer automaker airline utility lender insurer maker conglomerate subsidiary`.split(/\s+/));
const AFTER_BUSINESS_HEAD = new Set(`based that which in of with from founded owned headquartered run known whose where on for near outside`.split(/\s+/));

/** `the Grain Millers union`, `Tobacco Workers and Grain Millers union`: the name of a union. */
function namesUnion(tokens: Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === 'and') for (k++; tokens[k]?.kind === 'word' && isCapitalized(tokens[k].text); ) k++;
  return tokens[k]?.text === 'union';
}

/** `Tillwright, a robotics company based in Salinas,`: the name before it is a business's, not a person's. */
function describedAsBusiness(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an)$/.test(tokens[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k < last + 7; k++) {
    const t = tokens[k];
    // Only the words that qualify it: not `a lawyer for the company`.
    if (t?.kind !== 'word' || !/^[a-z][a-z-]*$/.test(t.text) || AFTER_BUSINESS_HEAD.has(t.text) || t.text === 'the') return false;
    // The head noun: `a robotics company based in …`, not `a company spokesman`.
    if (BUSINESS_HEADS.has(t.text)) return !(tokens[k + 1]?.kind === 'word' && /^[a-z]/.test(tokens[k + 1].text) && !AFTER_BUSINESS_HEAD.has(tokens[k + 1].text));
  }
  return false;
}

/** The one organisation named before `pos` whose name starts or ends with the word `word`. */
function orgShortenedTo(index: PeopleIndex, word: string, pos: number): Person | undefined {
  let found: Person | undefined;
  for (const p of index.members) {
    if (p.kind !== 'organization' || p.firstReference.start >= pos || p.name.length <= word.length) continue;
    const starts = p.name.startsWith(word) && p.name.charCodeAt(word.length) === 32;
    const ends = p.name.endsWith(word) && p.name.charCodeAt(p.name.length - word.length - 1) === 32;
    if (!starts && !ends) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}

/**
 * The short name set off right after an organisation's name: `(FEMA)`, `, known as Conagua`,
 * `, known by its Spanish initials, Conagua`.
 */
function aliasAfter(tokens: Token[], last: number): (Span & { text: string }) | undefined {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  if (a?.text === '(' && b?.kind === 'word' && isCapitalized(b.text) && tokens[last + 3]?.text === ')') return { start: b.start, end: b.end, text: b.text };
  if (a?.text !== ',' || b?.text !== 'known') return undefined;
  // `known as X` or `known by … , X`: the first capitalised word within a few tokens.
  for (let k = last + 3; k < tokens.length && k <= last + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',') return undefined;
    if (t.kind === 'word' && isCapitalized(t.text) && t.text !== 'Spanish' && t.text !== 'English' && t.text !== 'French') return { start: t.start, end: t.end, text: t.text };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Attribution.

/** One story's attribution pass: `paras` are that story's body paragraphs. */
interface Ctx {
  story: Story;
  options: ResolvedOptions;
  /** See verbShapes. */
  verbShapes: number[];
  paras: Para[];
  /** Offsets at which a person spoke (quote or paraphrase), in order. */
  speakerEvents: { pos: number; person: Person }[];
  /** Where each person first spoke. */
  firstSpoke: Map<Person, number>;
  /** Offsets of names that stand as a quotation's attribution (`“…,” Marsh said`). */
  attributionSubjects: Set<number>;
  /** Named mentions outside quotations, sorted by offset, for pronoun look-back. */
  mentionLog: { pos: number; person: Person }[];
  /** Offsets of every capitalised word of the story's body, by word (built on first use). */
  wordIndex?: Map<string, Span[]>;
  /** Capitalised words of the body that follow another word somewhere (built with wordIndex). */
  midSentenceCapitals?: Set<string>;
  /** Who answers in a question-and-answer interview (`A: “…”`), fixed at the first answer. */
  interviewee?: Person;
  /**
   * False while reading the subject of a verb whose sentence quotes no speech: there a pronoun
   * teaches its person's gender only where it opens a clause (`Reached by phone, he said`,
   * `Warrington said she called`), not inside one (`a song he wrote in 1998` may mean someone
   * the story never named).
   */
  pronounsTeachGender: boolean;
}

function buildMentionLog(ctx: Ctx, people: Person[]): { pos: number; person: Person }[] {
  const log: { pos: number; person: Person }[] = [];
  for (const p of people) for (const m of p.mentions) if (!insideQuote(ctx, m.start)) log.push({ pos: m.start, person: p });
  logRoleMentions(ctx, people, log);
  return log.sort((a, b) => a.pos - b.pos);
}

/**
 * `The singer laughed when that was read back to her.`, after `Gospel singer Bernadette
 * Okafor-Lyle`: the role the story gave one person, with `the`, is a mention of her (a pronoun
 * after it can mean her), though it attributes nothing.
 */
function logRoleMentions(ctx: Ctx, people: Person[], log: { pos: number; person: Person }[]): void {
  const byRole = new Map<string, Person[]>();
  const add = (role: string, p: Person) => {
    const holders = byRole.get(role);
    if (!holders) byRole.set(role, [p]);
    else if (!holders.includes(p)) holders.push(p);
  };
  for (const p of people) {
    if (p.kind !== 'person' || !p.title) continue;
    const role = p.title.slice(p.title.lastIndexOf(' ') + 1).toLowerCase();
    if (role.length >= 4 && !role.endsWith('.')) add(role, p);
    // (`The governor toured a shelter` after `Gov. Lorraine Whitfield`: the noun of an abbreviated title.)
    for (const w of p.title.toLowerCase().split(' ')) for (const noun of TITLE_WORD_NOUNS.get(w) ?? []) add(noun, p);
    for (const beside of rolesBesideTitle(ctx, p)) add(beside.slice(beside.lastIndexOf(' ') + 1), p);
  }
  if (!byRole.size) return;
  for (const para of ctx.paras) {
    const { tokens } = para;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      if (t.text !== 'the' && t.text !== 'The') continue;
      const holders = byRole.get(tokens[k + 1].text);
      if (!holders || holders.length !== 1 || holders[0].firstReference.start >= t.start || insideQuote(ctx, t.start)) continue;
      // Not `the singer’s`, `the singer Ana Ruiz`: only the role standing for the person.
      const after = tokens[k + 2];
      if (after?.kind === 'word' && isCapitalized(after.text)) continue;
      log.push({ pos: tokens[k + 1].start, person: holders[0] });
    }
  }
}

// Each word of a title in ROLE_TITLES, lower case (`gov.`), to the role nouns it stands for (`governor`).
const TITLE_WORD_NOUNS = new Map<string, string[]>();
for (const noun in ROLE_TITLES) {
  if (noun.includes(' ')) continue;
  for (const t of ROLE_TITLES[noun]) {
    const nouns = TITLE_WORD_NOUNS.get(t.toLowerCase());
    if (nouns) nouns.push(noun);
    else TITLE_WORD_NOUNS.set(t.toLowerCase(), [noun]);
  }
}

/**
 * `Dr. Samuel Oduya, a microbiologist,`, `The committee’s chairman, state Sen. Lyle Pettibone,`:
 * the roles set off after and before a titled name, in lower case, which stand for them too
 * (`the microbiologist said`, `the chairman said`). (An untitled name's role is its title.)
 */
function rolesBesideTitle(ctx: Ctx, p: Person): string[] {
  let roles = rolesOf.get(p);
  if (roles) return roles;
  const para = paraAt(ctx, p.firstReference.start);
  roles = [];
  if (para && p.firstReference.start < para.block.end) {
    const { tokens } = para;
    const last = firstStartingAtOrAfter(tokens, p.firstReference.end) - 1;
    let first = firstStartingAtOrAfter(tokens, p.firstReference.start);
    while (first > 0 && tokens[first - 1].kind === 'word' && (TITLE_WORDS.has(tokens[first - 1].text) || tokens[first - 1].text === 'state' || tokens[first - 1].text === 'former')) first--;
    for (const r of [roleAfter(tokens, last), appositiveRole(tokens, first, last)]) if (r) roles.push(r.text.toLowerCase());
  }
  rolesOf.set(p, roles);
  return roles;
}

const rolesOf = new WeakMap<Person, string[]>();

function logMention(ctx: Ctx, person: Person, pos: number): void {
  if (insideQuote(ctx, pos)) return;
  const log = ctx.mentionLog;
  let k = log.length;
  while (k > 0 && log[k - 1].pos > pos) k--;
  log.splice(k, 0, { pos, person });
}

function noteSpeaker(ctx: Ctx, person: Person, pos: number): void {
  ctx.speakerEvents.push({ pos, person });
  const first = ctx.firstSpoke.get(person);
  if (first === undefined || pos < first) ctx.firstSpoke.set(person, pos);
}

/** First index in a sorted log whose position is >= pos. */
function lowerBound(log: { pos: number }[], pos: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log[mid].pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isVerb(ctx: Ctx, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.text;
  const c = w.charCodeAt(0);
  const lower = c >= 97 && c <= 122;
  // A word starting with a digit or other ASCII non-letter is never a verb: only letters are lowered.
  if (!lower && c < 128 && !(c >= 65 && c <= 90)) return false;
  // Most words are too short or end in a letter no speech verb of their length ends in:
  // a bit test settles them before any hashing. The low five bits of an ASCII letter's
  // code are the same in both cases, so `Said` and `SAID` pass where `said` does.
  const shapes = ctx.verbShapes;
  const last = w.charCodeAt(w.length - 1);
  if (last < 128 && (w.length >= shapes.length || !(shapes[w.length] & (1 << (last & 31))))) return false;
  return ctx.options.speechVerbs.has(lower ? w : w.toLowerCase());
}

const shapesOfVerbs = new WeakMap<ReadonlySet<string>, number[]>();

/**
 * For each word length, a bit per last character (its code's low five bits) found among
 * the speech verbs of that length. A word whose bit is clear is not a speech verb.
 */
function verbShapes(verbs: ReadonlySet<string>): number[] {
  let shapes = shapesOfVerbs.get(verbs);
  if (!shapes) {
    shapes = [];
    for (const v of verbs) {
      while (shapes.length <= v.length) shapes.push(0);
      shapes[v.length] |= 1 << (v.charCodeAt(v.length - 1) & 31);
    }
    shapesOfVerbs.set(verbs, shapes);
  }
  return shapes;
}

/**
 * `Sheriff Dale Whitlock lost his bid …`, `Park Ji-hoon grows strawberries. He employs six
 * workers.`: a sentence of the writer's that opens with one person, alone in it, then `his` or
 * `her` right after their verb, or `He` or `She` opening the next sentence, tells the gender a
 * given name did not (`Dale`; a family name written first).
 */
function learnGenderFromNarration(ctx: Ctx, para: Para): void {
  const { tokens } = para;
  const log = ctx.mentionLog;
  // (Most paragraphs name no one whose gender is still unknown: nothing to learn.)
  let unknown = false;
  for (let k = lowerBound(log, para.block.start); k < log.length && log[k].pos < para.block.end && !unknown; k++) unknown = log[k].person.gender === 'unknown' && log[k].person.kind === 'person';
  if (!unknown) return;
  const body = datelineStartingAt(ctx.story, para.block.start)?.end ?? -1;
  let opener: Person | undefined;
  for (let k = 0; k < tokens.length; ) {
    const { from, to } = sentenceBounds(para, k);
    k = to + 1;
    const said = tokens[from].text === 'He' ? 'male' : tokens[from].text === 'She' ? 'female' : undefined;
    if (opener && said && opener.gender === 'unknown') opener.gender = said;
    opener = undefined;
    const m = lowerBound(log, tokens[from].start);
    const end = tokens[to].end;
    if (m >= log.length || log[m].pos >= end || log[m].person.kind !== 'person') continue;
    let j = from;
    while (j < to && tokens[j].start < body) j++;
    while (tokens[j].start < log[m].pos && tokens[j].kind === 'word' && isCapitalized(tokens[j].text)) j++;
    // (`The coal takes 20 minutes to catch, and Amos Perreault spends …`: the subject of a
    // clause joined on after a comma.)
    const joined = tokens[j].start !== log[m].pos ? tokenAt(tokens, log[m].pos) : -1;
    if (joined >= 2 && (tokens[joined - 1].text === 'and' || tokens[joined - 1].text === 'but') && tokens[joined - 2].text === ',') j = joined;
    // (`A Kazakh freight forwarder, Aidana Seitkali, said her company …`: the name set off after
    // the description that opens the sentence, then its verb after the closing comma.)
    let verb = 1;
    if (joined >= 2 && tokens[joined - 1].text === ',' && /^(?:A|An|The)$/.test(tokens[from].text) && /^\p{Ll}/u.test(tokens[joined - 2].text) && !tokens.slice(from, joined - 1).some((x) => x.kind !== 'word')) j = joined;
    const r = tokens[j].start === log[m].pos ? runAround(tokens, j) : undefined;
    if (!r || endsPossessive(tokens[r.last].text)) continue;
    if (j === joined && tokens[j - 1].text === ',') {
      if (tokens[r.last + 1]?.text !== ',') continue;
      verb = 2;
    }
    // (`Zhou Minghua, who led the Chinese delegation, said his government …`: past the clause.)
    if (tokens[r.last + 1]?.text === ',' && tokens[r.last + 2]?.text === 'who') {
      let c = r.last + 3;
      while (c < to && c < r.last + 20 && tokens[c].kind === 'word') c++;
      if (tokens[c]?.text === ',') verb = c + 1 - r.last;
    }
    // `Park, told of the remark as she left the theater, smiled and spoke briefly to Cho`: a `she`
    // of the sentence with no one else it could mean before it.
    const lead = log[m].person;
    for (let n = r.last + 1; n <= to && n <= r.last + 15 && lead.gender === 'unknown' && !(tokens[n].kind === 'word' && (isCapitalized(tokens[n].text) || isPersonNoun(tokens[n].text, true))) && tokens[n].kind !== 'quote'; n++) {
      if (tokens[n].text === 'he' || tokens[n].text === 'she') lead.gender = tokens[n].text === 'he' ? 'male' : 'female';
    }
    let alone = true;
    for (let n = m + 1; n < log.length && log[n].pos < end; n++) alone &&= log[n].person === log[m].person;
    for (let n = from; n <= to && alone; n++) alone = tokens[n].kind !== 'quote';
    if (!alone) continue;
    opener = log[m].person;
    const own = tokens[r.last + verb + 1]?.text;
    if (opener.gender === 'unknown' && /^[a-z]+$/.test(tokens[r.last + verb]?.text ?? '') && (own === 'his' || own === 'her')) opener.gender = own === 'his' ? 'male' : 'female';
    // `… spends most of that time standing with his hands in his coat pockets`: whose hands, with
    // no one else in the sentence. (After a preposition and before a noun: not `thanked her`.)
    for (let n = r.last + 2; n <= to && n <= r.last + 10 && opener.gender === 'unknown' && /^[a-z]+$/.test(tokens[n].text) && !isPersonNoun(tokens[n].text, true); n++) {
      if ((tokens[n].text === 'his' || tokens[n].text === 'her') && POSSESSIVE_PREPOSITIONS.has(tokens[n - 1].text) && /^[a-z]+$/.test(tokens[n + 1]?.text ?? '') && !isPersonNoun(tokens[n + 1].text, true)) opener.gender = tokens[n].text === 'his' ? 'male' : 'female';
    }
    // (`… shortly after 11 p.m. He thanked his staff.`: an abbreviation ended the sentence.)
    for (let n = r.last + 1; n <= to && opener.gender === 'unknown'; n++) if ((tokens[n].text === 'He' || tokens[n].text === 'She') && tokens[n - 1].text.endsWith('.')) opener.gender = tokens[n].text === 'He' ? 'male' : 'female';
  }
}

const POSSESSIVE_PREPOSITIONS = new Set(`with in into on from at over under through behind beside between to`.split(/\s+/));

/** First and last token of the sentence holding token `at` (precomputed per paragraph). */
function sentenceBounds(para: Para, at: number): { from: number; to: number } {
  const s = sentencesOf(para);
  return { from: s.from[at], to: s.to[at] };
}

interface Sentences {
  from: number[];
  to: number[];
  /** Prefix counts: words and quotations before token k. */
  words: number[];
  quotes: number[];
}

// Plain arrays of small integers: V8 allocates them far faster than four typed arrays per paragraph.
function computeSentences(tokens: Token[], index: PeopleIndex): Sentences {
  const n = tokens.length;
  const from: number[] = new Array(n);
  const to: number[] = new Array(n);
  const words: number[] = new Array(n + 1);
  const quotes: number[] = new Array(n + 1);
  words[0] = 0;
  quotes[0] = 0;
  let start = 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    words[k + 1] = words[k] + (t.kind === 'word' ? 1 : 0);
    quotes[k + 1] = quotes[k] + (t.kind === 'quote' ? 1 : 0);
    // A terminal mark ends a sentence; so does a quotation ending in a period when a new
    // sentence starts after it (`…disaster.” He said`). `?”` and `!”` are often followed by
    // their attribution (`?” Marsh asked`), so they do not.
    let ends = k === n - 1 || (t.kind === 'punct' && TERMINAL.has(t.text));
    if (!ends && t.kind === 'quote' && endsWithPeriodInMarks(t.text)) {
      const next = tokens[k + 1];
      ends = next.kind === 'word' && isCapitalized(next.text) && !isVerbLike(tokens, k + 1);
    }
    // `… crossing into the U.S. Beltran-Kessler said`: the abbreviation's period ends it too.
    if (!ends && t.kind === 'word' && k + 1 < n && SENTENCE_ABBREVIATIONS.has(t.text) && endsSentenceAbbreviation(index, tokens, k, k + 1)) ends = true;
    if (ends) {
      for (let j = start; j <= k; j++) {
        from[j] = start;
        to[j] = k;
      }
      start = k + 1;
    }
  }
  return { from, to, words, quotes };
}

/** `…disaster.”`: a period followed only by closing marks, double or single. */
function endsWithPeriodInMarks(text: string): boolean {
  return charBeforeClosingMarks(text, true) === 46;
}

/** `…too long,”`: a comma followed only by closing double marks. */
function endsWithCommaInMarks(text: string): boolean {
  return charBeforeClosingMarks(text, false) === 44;
}

/** The code of the last character before the closing marks `text` ends with (double ones, and single ones with `singles`); NaN when there is none. */
function charBeforeClosingMarks(text: string, singles: boolean): number {
  let k = text.length - 1;
  const closing = (c: number) => c === 0x201d || c === 34 || (singles && (c === 0x2019 || c === 39));
  while (k >= 0 && closing(text.charCodeAt(k))) k--;
  return text.charCodeAt(k);
}

function sentencesOf(para: Para): Sentences {
  if (!para.sentences) para.sentences = computeSentences(para.tokens, para.index);
  return para.sentences;
}

/** `”Marsh said` after a quotation: the capitalised word starts its attribution, not a new sentence. */
function isVerbLike(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const w = tokens[j].text.toLowerCase();
    if (w === 'said' || w === 'says' || w === 'told' || w === 'added' || w === 'asked') return true;
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}

function attributeParagraph(ctx: Ctx, pi: number): void {
  const para = ctx.paras[pi];
  const { tokens } = para;
  learnGenderFromNarration(ctx, para);
  // 1. Every speech verb's subject, in order (pronouns resolved against what came before).
  for (let k = 0; k < tokens.length; k++) {
    if (!isVerb(ctx, tokens[k]) && !WORD_ATTRIBUTIONS.get(tokens[k].text)?.matches(tokens, k)) continue;
    const lower = tokens[k].text.toLowerCase();
    if (lower === 'according' && tokens[k + 1]?.text !== 'to') continue;
    // `Ahmed Said, 58,`: capitalised after a given name, a surname (`Said Marsh:` opens a sentence).
    if (k > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && tokens[k - 1].kind === 'word' && isGivenName(tokens[k - 1].text)) continue;
    // `pleaded guilty`, `pleaded no contest`: a plea, not speech.
    if ((lower === 'pleaded' || lower === 'pleads' || lower === 'pled') && PLEA_WORDS.has(tokens[k + 1]?.text ?? '')) continue;
    // `The Mariners recalled Seo from Triple-A`, `recalled its ambassador from Paris`: called back.
    if (lower === 'recalled' && tokens.slice(k + 2, k + 5).some((x) => x.text === 'from')) continue;
    // `cries of “Amen!”`, `shouts of “…”`: a noun, no verb.
    if (tokens[k + 1]?.text === 'of' && PLURAL_NOUN_VERBS.has(lower)) continue;
    // `who sings with Callahan on “Low Country Prayer”`: singing with someone, not words sung.
    if ((lower === 'sings' || lower === 'sang') && SINGING_WITH.has(tokens[k + 1]?.text ?? '')) continue;
    // `said in a statement posted on Facebook that …`: a participle telling of the statement.
    if (lower.endsWith('ed') && isWrittenThing(tokens[k - 1]?.text.toLowerCase() ?? '') && PARTICIPLE_PREPOSITIONS.has(tokens[k + 1]?.text ?? '')) continue;
    // `a small distributor agreed to finance it`: a deed agreed to, not words.
    if (tokens[k + 1]?.text === 'to' && DEED_VERBS.has(lower) && tokens[k + 2]?.kind === 'word') continue;
    const s = sentenceBounds(para, k);
    const counts = sentencesOf(para);
    const hasQuote = counts.quotes[s.to + 1] - counts.quotes[s.from] > 0;
    // `He added an empty-net goal`, `posted a video`: with an object and no quotation in
    // the sentence, the verb reports no speech.
    if (!hasQuote && OBJECT_VERBS.has(lower) && takesObject(tokens[k + 1])) continue;
    ctx.pronounsTeachGender = hasQuote && quotesSpeech(tokens, s.from, s.to);
    const subject = subjectOf(ctx, pi, k);
    ctx.pronounsTeachGender = true;
    if (!subject) continue;
    // `Kibet said the president would speak once the commission declared a result and would
    // accept “…”`: a verb in a clause of what someone else is reported saying attributes nothing.
    if (inReportedClause(para, k, subject)) continue;
    para.verbs.push({ verb: k, subject });
    // `Ruud said he and Karen would move`, with three Ruuds in the story: unclear, quotation or not.
    if (!hasQuote && subject.kind === 'person' && subject.ambiguous) ctx.story.ambiguousReports.push(attributionOf(subject, tokens[k], 'name'));
    const person = subjectPerson(subject);
    // `Van der Berg said he would bring the organ`: the pronoun that opens what a named person
    // said is, nearly always, that person. Only a gender no name or quotation has given yet.
    if (person && person.kind === 'person' && person.gender === 'unknown' && subject.kind === 'person' && !subject.joint && !subject.ambiguous) {
      const gender = reportedPronounGender(tokens, k);
      // (Not when someone else of that gender was named in the two paragraphs before.)
      if (gender && !namedOfGender(ctx, ctx.paras[Math.max(0, pi - 2)].block.start, tokens[k].start, gender, person)) person.gender = gender;
    }
    if (person && (hasQuote || CORE_VERBS.has(lower))) {
      person.speaks = true;
      noteSpeaker(ctx, person, tokens[k].start);
      if (subject.kind === 'person' && subject.joint) for (const p of subject.joint) p.speaks = true;
    }
  }
  // 2. Each quotation's speaker.
  for (const q of para.quotes) {
    if (q.depth !== 0 || q.marks !== 'double' || q.isTitle) continue;
    attributeQuote(ctx, pi, q);
  }
}

/**
 * Someone of `gender` (other than `except`) named from `from` up to `pos`: `Pryor, who worked with
 * Vance for 20 years, said she had a rare gift` has Vance in view, whom `she` could mean.
 */
function namedOfGender(ctx: Ctx, from: number, pos: number, gender: Gender, except?: Person): boolean {
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, pos) - 1; k >= 0 && log[k].pos >= from; k--) if (log[k].person !== except && log[k].person.gender === gender) return true;
  return false;
}

const REPORTED_CLAUSE_OPENERS = new Set(`once after when before until because if while since unless`.split(/\s+/));

/**
 * Verb `k` with `subject` stands in a clause (`once the commission declared`, `after the judges
 * announced`) inside what an earlier speech verb of the sentence reports its own subject saying.
 */
function inReportedClause(para: Para, k: number, subject: Subject): boolean {
  const { tokens } = para;
  const first = firstStartingAtOrAfter(tokens, subject.span.start);
  if (first <= 0 || first > k || !REPORTED_CLAUSE_OPENERS.has(tokens[first - 1].text)) return false;
  const from = sentenceBounds(para, k).from;
  return para.verbs.some((u) => u.verb >= from && u.verb < first - 1 && u.subject.span.start < tokens[u.verb].start && subjectPerson(u.subject)?.kind === 'person');
}

/** `Vance said Kessler told her …`: is verb `v` reported inside what another verb's subject said? */
function reportedWithin(para: Para, v: { verb: number; subject: Subject }): boolean {
  const { tokens } = para;
  return para.verbs.some((u) => {
    if (u.verb >= v.verb || u.subject.span.start >= tokens[u.verb].start) return false;
    const opens = tokens[u.verb + 1]?.text === 'that' ? tokens[u.verb + 2] : tokens[u.verb + 1];
    return !!opens && opens.start === v.subject.span.start;
  });
}

/** `said he`, `said that she`: the gender of the pronoun that opens the reported clause after verb `k`. */
function reportedPronounGender(tokens: Token[], k: number): 'male' | 'female' | undefined {
  let t = tokens[k + 1];
  if (t?.text === 'that') t = tokens[k + 2];
  return t?.text === 'he' ? 'male' : t?.text === 'she' ? 'female' : undefined;
}

const CLAUSE_OPENERS = new Set(`and but so then that because when while after before as if though although since until where also`.split(/\s+/));

/** The pronoun at `pos` opens a clause: after punctuation, a conjunction or a speech verb. */
function opensClause(ctx: Ctx, tokens: Token[], pos: number): boolean {
  const at = firstStartingAtOrAfter(tokens, pos);
  const before = at > 0 ? tokens[at - 1] : undefined;
  if (!before || before.kind !== 'word') return true;
  return CLAUSE_OPENERS.has(before.text.toLowerCase()) || isVerb(ctx, before);
}

const TRANSCRIPT_ROLES = new Set(`moderator question answer narrator announcer panelist audience interviewer caller`.split(/\s+/));

const PARTICIPLE_PREPOSITIONS = new Set(`on by to in at from online through via`.split(/\s+/));

const DEED_VERBS = new Set(`agreed agrees offered offers promised promises volunteered threatened threatens`.split(/\s+/));

const PLEA_WORDS = new Set(['guilty', 'not', 'no', 'innocent']);

/** Tokens `from`..`to` hold a quotation of speech, not only a title (`“Gravel Road Goodbye”`). */
function quotesSpeech(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (tokens[k].quote && !tokens[k].quote!.isTitle) return true;
  return false;
}

/**
 * Words that attribute a quotation without being speech verbs, or with a speaker found their
 * own way: each with the test that it does so at token `k`, and where the speaker is not the
 * word's subject as a verb's, how to find it.
 */
interface WordAttribution {
  matches(tokens: Token[], k: number): boolean;
  subject?(ctx: Ctx, pi: number, k: number): Subject | undefined;
}

const REMEMBERING_VERBS = `recalled recalls recall remembered remembers remember heard hears hear`.split(/\s+/);
const SAYING_WORDS = new Set(`saying telling asking say tell ask`.split(/\s+/));
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
// The subject form of a pronoun written as an object or a possessive: `recalled her saying`,
// `In his words`, `Her answer was short.`
const SUBJECT_FORMS: Record<string, string> = { him: 'he', his: 'he', her: 'she', them: 'they', their: 'they' };

const WORD_ATTRIBUTIONS = new Map<string, WordAttribution>();
function defineWordAttribution(words: string[], form: WordAttribution): void {
  for (const w of words) WORD_ATTRIBUTIONS.set(w, form);
}
// `Pfeiffer pushed back, saying two buyers had signed`: the sentence's subject speaks.
const SPEAKING_PARTICIPLES = new Set(`saying arguing noting adding insisting explaining warning telling claiming calling`.split(/\s+/));
defineWordAttribution([...SPEAKING_PARTICIPLES], {
  matches: (tokens, k) => tokens[k - 1]?.text === ',' && tokens[k - 2]?.kind === 'word',
  subject: (ctx, pi, k) => sentenceSubject(ctx, pi, k),
});
// `as he puts it, “…”`, `That’s how Marsh put it`.
defineWordAttribution(['put', 'puts'], { matches: isAsPutsIt });
// `called it “a blank check”`.
defineWordAttribution(['called', 'calls'], { matches: isCalledQuote });
// `“No,” came the reply from Levesque`: who it came from.
defineWordAttribution(['came', 'comes'], { matches: (tokens, k) => replyFrom(tokens, k) >= 0, subject: (ctx, pi, k) => subjectForward(ctx, pi, replyFrom(ctx.paras[pi].tokens, k)) });
// `“Closed for good,” the sign on the door read`: what was read from, else the verb's subject.
defineWordAttribution(['read', 'reads', 'reading'], { matches: isReadFrom, subject: (ctx, pi, k) => writtenSource(ctx, pi, k) ?? verbSubject(ctx, pi, k) });
// `“…,” Levesque quoted Marsh as saying`: the one quoted.
defineWordAttribution(['quoted', 'quotes'], { matches: (tokens, k) => quotedAsSaying(tokens, k) >= 0, subject: (ctx, pi, k) => subjectForward(ctx, pi, quotedAsSaying(ctx.paras[pi].tokens, k)) });
// `Levesque recalled Marsh saying, “…”`, `remembered her telling him`: the one remembered speaking.
defineWordAttribution([...REMEMBERING_VERBS], {
  matches: (tokens, k) => rememberedSpeaker(tokens, k) >= 0,
  subject: (ctx, pi, k) => {
    const at = rememberedSpeaker(ctx.paras[pi].tokens, k);
    return at < 0 ? verbSubject(ctx, pi, k) : objectSpeaker(ctx, pi, at);
  },
});
// `“…,” Cody Brandt shot back`, `fired back`: a retort.
defineWordAttribution(['shot', 'fired'], { matches: (tokens, k) => tokens[k + 1]?.text === 'back' });
// `“…,” an AP analysis found`, `the audit concluded`: what a document found is its words.
defineWordAttribution(['found', 'finds', 'concluded', 'concludes', 'showed', 'shows'], {
  matches: (tokens, k) => documentBefore(tokens, k) >= 0,
  subject: (ctx, pi, k) => {
    const { tokens } = ctx.paras[pi];
    const noun = documentBefore(tokens, k);
    if (noun < 0) return verbSubject(ctx, pi, k);
    // Back to its determiner: `an AP analysis`, `the state audit`.
    let from = noun;
    while (from > 0 && noun - from < 4) {
      const t = tokens[from - 1];
      if (t.kind !== 'word' || isVerb(ctx, t)) break;
      from--;
      if (DETERMINER_WORDS.has(t.text.toLowerCase())) break;
    }
    return describe(ctx, pi, tokens.slice(from, noun + 1).map((t) => t.text), { start: tokens[from].start, end: tokens[noun].end });
  },
});
// `In Levesque’s words, “…”`: the owner of the words.
defineWordAttribution(['words'], { matches: isInWords, subject: wordsOwner });
// `according to Ameren Missouri` (a speech verb in the configurable list): the source after `to`.
defineWordAttribution(['according'], { matches: (tokens, k) => tokens[k + 1]?.text === 'to', subject: accordingSource });

const DOCUMENT_NOUNS = new Set(`report study analysis review survey audit investigation poll assessment inspection memo indictment ruling
opinion evaluation inquiry`.split(/\s+/));

/**
 * The document noun before verb `k` (`an AP analysis found`, `an analysis of inspection records
 * found`, `the audit quietly concluded`), or -1.
 */
function documentBefore(tokens: Token[], k: number): number {
  let j = k - 1;
  if (tokens[j]?.kind === 'word' && /ly$/.test(tokens[j].text)) j--;
  if (tokens[j]?.kind === 'word' && DOCUMENT_NOUNS.has(tokens[j].text.toLowerCase())) return j;
  // Past a short phrase after the noun: `of inspection records`, `by the state`.
  for (let n = j - 1; n >= 0 && n >= j - 5 && tokens[n].kind === 'word'; n--) {
    if (DOCUMENT_NOUNS.has(tokens[n].text.toLowerCase()) && /^(?:of|by|from|into|for)$/.test(tokens[n + 1].text)) return n;
  }
  return -1;
}

/** `In Levesque’s words, “…”`, `in her words`: attribution without a speech verb. */
function isInWords(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== 'words' || tokens[k + 1]?.text !== ',') return false;
  const owner = tokens[k - 1];
  if (!owner || owner.kind !== 'word' || !(owner.text === 'his' || owner.text === 'her' || owner.text === 'their' || (endsPossessive(owner.text) && isCapitalized(owner.text)))) return false;
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) if (tokens[j].text === 'In' || tokens[j].text === 'in') return true;
  return false;
}

/** `recalled Marsh saying`, `remembered her telling`: the token index of who was remembered speaking, or -1. */
function rememberedSpeaker(tokens: Token[], k: number): number {
  const t = tokens[k + 1];
  if (!t || t.kind !== 'word' || !REMEMBERING_VERBS.includes(tokens[k].text)) return -1;
  if (OBJECT_PRONOUNS.has(t.text)) return SAYING_WORDS.has(tokens[k + 2]?.text ?? '') ? k + 1 : -1;
  if (!isCapitalized(t.text)) return -1;
  const r = runAround(tokens, k + 1);
  return r && SAYING_WORDS.has(tokens[r.last + 1]?.text ?? '') ? k + 1 : -1;
}

/** The speaker a verb's object names: a name, or `him`/`her`/`them` read as the pronoun it stands for. */
function objectSpeaker(ctx: Ctx, pi: number, at: number): Subject | undefined {
  const t = ctx.paras[pi].tokens[at];
  return OBJECT_PRONOUNS.has(t.text) ? pronounAsSubject(ctx, pi, t) : subjectForward(ctx, pi, at);
}

/** The pronoun subject token `t` stands for, read in its subject form (`her` as `she`). */
function pronounAsSubject(ctx: Ctx, pi: number, t: Token): Subject {
  const form = SUBJECT_FORMS[t.text.toLowerCase()];
  return pronounSubject(ctx, pi, form ? { ...t, text: form } : t);
}

// `quoted Marsh as saying`, `quotes one teller as telling investigators`, `as having said`.
const AS_SAYING = new Set(['saying', 'telling', 'writing', 'asking', 'having']);

/** `… quoted Marsh as saying`: the token index of the name quoted, or -1. */
function quotedAsSaying(tokens: Token[], k: number): number {
  const w = tokens[k].text;
  if (w !== 'quoted' && w !== 'quotes') return -1;
  // `quoted Marsh as saying`, `quoted an unnamed official at the Foreign Ministry as saying`.
  for (let j = k + 2; j < tokens.length && j <= k + 10; j++) {
    if (tokens[j].text === 'as' && AS_SAYING.has(tokens[j + 1]?.text ?? '')) return tokens[k + 1].kind === 'word' ? k + 1 : -1;
    if (tokens[j].kind !== 'word') return -1;
  }
  return -1;
}

const REPLY_NOUNS = new Set(['reply', 'response', 'answer', 'retort']);

/**
 * The person whose answer, reply or response tokens `from`..`to` (not including `to`) name:
 * `Marsh’s answer`, `Marsh’s only reply`, `the answer, from Marsh`.
 */
function replyOwner(ctx: Ctx, pi: number, from: number, to: number): PersonSubject | undefined {
  const { tokens } = ctx.paras[pi];
  // Only as what the words are (`was Marsh’s answer`, `came Marsh’s reply`, a sentence opening
  // `Marsh’s answer:`), not as what someone else did with it (`Levesque dismissed Marsh’s answer`).
  const stands = (j: number) => j < from || /^(?:was|is|came|comes|been)$/.test(tokens[j].text);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    let name = -1;
    if (isCapitalized(t.text) && endsPossessive(t.text) && stands(k - 1) && [k + 1, k + 2].some((j) => j < to && REPLY_NOUNS.has(tokens[j].text))) name = k;
    else if (REPLY_NOUNS.has(t.text) && /^(?:the|The)$/.test(tokens[k - 1]?.text ?? '') && stands(k - 2)) {
      const f = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
      if (tokens[f]?.text === 'from' && f + 1 < to && isCapitalized(tokens[f + 1].text)) name = f + 1;
    }
    if (name < 0) continue;
    // Someone the story has named before (`from Marsh` reads as a place to the name finder).
    const r = runAround(tokens, name);
    const s = r && nameSubject(ctx, pi, r.first, r.last);
    if (s && s.kind === 'person' && s.person.kind === 'person' && s.person.introduced && s.person.firstReference.start < t.start) return s;
  }
  return undefined;
}

/** `“…,” came the reply from Levesque`: the token index of who it came from, or -1. */
function replyFrom(tokens: Token[], k: number): number {
  const w = tokens[k].text;
  if (w !== 'came' && w !== 'comes') return -1;
  const n = tokens[k + 1]?.text === 'the' || tokens[k + 1]?.text === 'a' ? k + 2 : k + 1;
  if (!REPLY_NOUNS.has(tokens[n]?.text ?? '')) return -1;
  // A few words may come before `from` (`came the reply by email from Levesque`).
  for (let j = n + 1; j < tokens.length && j <= n + 4; j++) {
    if (tokens[j].text === 'from') return tokens[j + 1]?.kind === 'word' ? j + 1 : -1;
    if (tokens[j].kind !== 'word') return -1;
  }
  return -1;
}

/** `“Go home,” the sign read`, `read a banner on the fence`: words quoted from something written. */
function isReadFrom(tokens: Token[], k: number): boolean {
  const w = tokens[k].text;
  if (w !== 'read' && w !== 'reads' && w !== 'reading') return false;
  // `a statement read by his chief of staff`: read out by someone, who is the voice.
  // (Not `read by noon`: a time.)
  if (tokens[k + 1]?.text === 'by' && /^(?:his|her|their|the|a|an|[A-Z].*)$/.test(tokens[k + 2]?.text ?? '') && !/day$/.test(tokens[k + 2]?.text ?? '')) return false;
  // `banners reading “Dua periode cukup”`: what they bear.
  if (w === 'reading') return tokens[k + 1]?.kind === 'quote' && tokens[k - 1]?.kind === 'word' && isWrittenThing(tokens[k - 1].text.toLowerCase());
  // `Andre Meeks read aloud`, `read from a handwritten statement`.
  if (tokens[k + 1]?.text === 'aloud') return true;
  // `Carraway opened the envelope and read, “Album of the year …”`: the words read out follow.
  if ((tokens[k + 1]?.text === ',' || tokens[k + 1]?.text === ':') && tokens[k + 2]?.kind === 'quote') return true;
  // `The order issued by Levy County was blunt. “…,” it read.`: a written thing named before.
  if (tokens[k - 1]?.text === 'it') return writtenThingBefore(tokens, k - 1) >= 0;
  for (let j = Math.max(0, k - 8); j <= k + 5 && j < tokens.length; j++) if (j !== k && tokens[j].kind === 'word' && isWrittenThing(tokens[j].text.toLowerCase())) return true;
  return false;
}

/** `as he puts it, “…”`, `as Koskinen put it`, `That’s how Marsh put it`: attribution without a speech verb. */
function isAsPutsIt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || (t.text !== 'puts' && t.text !== 'put') || tokens[k + 1]?.text !== 'it') return false;
  // (`how Teresa Castillo, 41, put it`: past a name with its age.)
  for (let j = k - 2; j >= 0 && j >= k - 8 && !TERMINAL.has(tokens[j].text); j--) if (tokens[j].text === 'as' || tokens[j].text === 'As' || tokens[j].text === 'how') return true;
  return false;
}

/** `called it “a blank check with a nice label”`: naming something in quotation marks is speaking. */
function isCalledQuote(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || (t.text !== 'called' && t.text !== 'calls')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const x = tokens[j];
    if (x.kind === 'quote') return true;
    if (x.kind === 'punct') return false;
  }
  return false;
}

const OBJECT_VERBS = new Set(`added adds posted posts wrote writes`.split(/\s+/));

/** A determiner, possessive or number: the start of a noun phrase (`an empty-net goal`, `his third`, `27`). */
function takesObject(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return DETERMINER_WORDS.has(w) || NUMBER_WORDS.has(w) || /^\d/.test(w);
}

// `added eight rebounds`, `added a dozen`: a count after the verb is its object.
const NUMBER_WORDS = new Set(`four five six seven eight nine ten eleven twelve dozen dozens both more another`.split(/\s+/));

function subjectPerson(s: Subject): Person | undefined {
  if (s.kind === 'person' || s.kind === 'role') return s.person;
  if (s.kind === 'pronoun') return s.person;
  return undefined;
}

function attributeQuote(ctx: Ctx, pi: number, q: Quotation): void {
  const para = ctx.paras[pi];
  const qt = quoteTokenIndex(para.tokens, q);
  const explicit = qt === undefined ? undefined : explicitAttribution(para, qt);
  if (q.continues) {
    const prev = previousRunning(ctx, pi);
    const prevSpeaker = prev && prev.speaker >= 0 ? ctx.story.people[prev.speaker] : undefined;
    // An attribution of its own that names anyone but the running speaker (a person, an
    // unnamed `dockworker`, a pronoun for someone else) means this is a new quotation.
    const own = explicit ? subjectPerson(explicit.subject) : undefined;
    if (prev && prevSpeaker && narratesSpeaker(ctx, prev, prevSpeaker)) {
      // `“We wanted a fair contract. Vance said the company’s final offer …`: the writer's
      // sentence about the speaker inside the “running” quotation; it was never closed.
      prev.runsOn = false;
      q.continues = false;
      ctx.story.quoteProblems.push({ kind: 'unclosed', start: prev.open.start, end: prev.open.end, reason: 'speakerInside' });
    } else if (prev && explicit && prevSpeaker && own !== prevSpeaker) {
      // The “continuation” names someone else: the previous quotation was never closed.
      prev.runsOn = false;
      q.continues = false;
      ctx.story.quoteProblems.push({ kind: 'unclosed', start: prev.open.start, end: prev.open.end, reason: 'otherSpeaker' });
    } else if (prev) {
      setSpeaker(ctx, q, prevSpeaker, { via: 'running' }, coSpeakersOf(ctx, prev));
      return;
    }
  }
  // (`O’Connell read from a letter written by her roommate, Priya Menon: “…”`: the author's.)
  const author = explicit && qt && para.tokens[explicit.verb].text.startsWith('read') ? authorReadOut(ctx, pi, qt - 1) : undefined;
  if (author) {
    applySubject(ctx, q, author, undefined, 'colon');
    return;
  }
  if (explicit) {
    applySubject(ctx, q, explicit.subject, para.tokens[explicit.verb], explicit.via);
    return;
  }
  // `“We will rebuild every pier.” — Gov. Ellen Marsh`: the speaker after a dash, as in a
  // roundup of reaction.
  const signed = qt !== undefined ? dashSignature(ctx, pi, qt) : undefined;
  if (signed) {
    applySubject(ctx, q, signed, undefined, 'dash');
    return;
  }
  // `“We’ll see” was Marsh’s only answer.`, `That was Marsh’s answer.`, `The answer, from Marsh:
  // “…”`: whose answer the words are, in the sentence around the quotation.
  if (!q.partial && qt !== undefined) {
    const to = nextSentenceEnd(para.tokens, Math.min(qt + 2, para.tokens.length), Math.min(para.tokens.length, qt + 16));
    const owner = replyOwner(ctx, pi, qt + 1, to) ?? replyOwner(ctx, pi, sentenceBounds(para, qt).from, qt);
    if (owner) {
      applySubject(ctx, q, owner, undefined, 'colon');
      return;
    }
  }
  // An interview set out as questions and answers: `Q: …` is the interviewer's (the story's own
  // voice), `A: “…”` the answer of the person the story quoted last before the first answer.
  const label = interviewLabel(para.tokens);
  if (label === 'Q') {
    setSpeaker(ctx, q, undefined, { via: 'interview' });
    return;
  }
  // (The introduction often quotes no one: then the person it names last, `She spoke with The Associated Press …`.)
  // (`Whitcomb questioned Ixcot about …` before the first question: the one questioned answers.)
  const answerer = label === 'A' ? (ctx.interviewee ??= questionedBefore(ctx, pi) ?? (lastEventBefore(ctx, q.start, para.storyStart, (p) => p.kind === 'person', 20) ?? lastMentionBefore(ctx, q.start, para.storyStart, (p) => p.kind === 'person'))?.person) : undefined;
  if (answerer) {
    setSpeaker(ctx, q, answerer, { via: 'interview' });
    return;
  }
  // `McCready put it simply: “…”`: no speech verb, but a colon hands the quotation to the
  // name that opens the sentence.
  const lead = qt !== undefined && qt > 0 ? authorReadOut(ctx, pi, qt - 1) ?? colonLeadSubject(ctx, pi, qt - 1) : undefined;
  if (lead) {
    applySubject(ctx, q, lead, undefined, 'colon');
    return;
  }
  // `MODERATOR: “…”`, `QUESTION: “…”`: a transcript's label for a role opens the paragraph.
  const roleLabel = qt === 2 ? para.tokens[0] : undefined;
  if (roleLabel && para.tokens[1].text === ':' && isAllCaps(roleLabel.text) && (isRoleNoun(roleLabel.text.toLowerCase()) || TRANSCRIPT_ROLES.has(roleLabel.text.toLowerCase()))) {
    applySubject(ctx, q, { kind: 'description', span: { start: roleLabel.start, end: roleLabel.end }, text: roleLabel.text }, undefined, 'colon');
    return;
  }
  // `Levesque asked about the dredging. Her answer was short. “Spring.”`: where the paragraph's
  // speech verbs come earlier, a sentence of the writer's about one person right before the
  // quotation (and no quotation before it) is the nearer say.
  if (ctx.options.inheritFromParaphrase && !q.partial && para.verbs.length && qt !== undefined && qt > 0 && TERMINAL.has(para.tokens[qt - 1].text) && !para.quotes.some((x) => x.depth === 0 && x.start < q.start)) {
    const from = sentenceBounds(para, qt - 1).from;
    if (!para.verbs.some((v) => v.verb >= from && v.verb < qt)) {
      const beat = sentenceLeadPerson(ctx, pi, qt - 1);
      if (beat) {
        applySubject(ctx, q, beat, undefined, 'beat');
        return;
      }
    }
  }
  // Another quotation in the paragraph, or a paraphrase, names the speaker.
  const fromPara = paragraphSpeaker(ctx, para, q);
  if (fromPara) {
    setSpeaker(ctx, q, fromPara.person, { via: 'paragraph' }, fromPara.joint);
    return;
  }
  // `“…,” a neighbor said. “We waited years for this.”`: the paragraph attributes its words to
  // someone it does not name (or to a pronoun with nobody to refer to); that covers this one too.
  if (para.verbs.some((v) => !subjectPerson(v.subject) && !asksIndirectQuestion(para.tokens, v.verb))) {
    setSpeaker(ctx, q, undefined, { via: 'paragraph' });
    return;
  }
  // `He laughs when he hears that. “Then we’ve got about two more years.”`: a sentence of the
  // writer's about one person, then a quotation of its own: a feature's action beat.
  if (ctx.options.inheritFromParaphrase && !q.partial && !para.verbs.length && qt !== undefined && qt > 0 && TERMINAL.has(para.tokens[qt - 1].text)) {
    const beat = sentenceLeadPerson(ctx, pi, qt - 1);
    if (beat) {
      applySubject(ctx, q, beat, undefined, 'beat');
      return;
    }
  }
  // `“If they had come five minutes later …” She did not finish.`: the quotation ends its
  // sentence and the next, in the same paragraph, is about one person the story named.
  if (ctx.options.inheritFromParaphrase && !q.partial && !para.verbs.length && qt !== undefined && /[.?!…—–]$/.test(q.text)) {
    const next = para.tokens[qt + 1];
    if (next && next.kind === 'word' && isCapitalized(next.text)) {
      const end = nextSentenceEnd(para.tokens, qt + 1, Math.min(para.tokens.length - 1, qt + 40));
      const beat = sentenceLeadPerson(ctx, pi, end, qt + 1);
      if (beat) {
        applySubject(ctx, q, beat, undefined, 'beat');
        return;
      }
    }
  }
  if (q.open.start === para.block.start && pi > 0) {
    const prevPara = ctx.paras[pi - 1];
    const prevText = ctx.story.text.slice(prevPara.block.start, prevPara.block.end).trimEnd();
    // A lead-in ending in a colon: a letter read out is its author's (`O’Connell read aloud a
    // letter from …:`), else the lead-in's speech verb, the person or the thing that opens it.
    if (prevText.endsWith(':')) {
      const colon = prevPara.tokens.length - 1;
      const author = authorReadOut(ctx, pi - 1, colon);
      if (author) {
        applySubject(ctx, q, author, undefined, 'colon');
        return;
      }
      const lastVerb = prevPara.verbs[prevPara.verbs.length - 1];
      if (lastVerb) {
        applySubject(ctx, q, lastVerb.subject, prevPara.tokens[lastVerb.verb], 'colon');
        return;
      }
      const lead = colonLeadSubject(ctx, pi - 1, colon) ?? colonLeadThing(ctx, pi - 1);
      if (lead) {
        applySubject(ctx, q, lead, undefined, 'colon');
        return;
      }
    }
    if (ctx.options.inheritFromParaphrase && !q.partial) {
      // A partial quotation inside the paraphrase (`Haldane said the party had “lost its way.”`)
      // is still the writer's sentence.
      // (Not whoever speaks inside what they said: `Vance said Kessler told her …` is Vance's.)
      const speakers = new Set(prevPara.verbs.filter((v) => !reportedWithin(prevPara, v)).map((v) => subjectPerson(v.subject)).filter((p): p is Person => !!p));
      if (!hasFullQuotation(prevPara) && speakers.size === 1) {
        // `Prosecutor Iverson-Park asked Solberg how far away she had been.` then `“Maybe 40
        // feet.”`: the answer is the one asked's, never the asker's.
        const asking = prevPara.verbs.find((v) => ASK_VERB_RE.test(prevPara.tokens[v.verb].text));
        if (asking) {
          const asked = askedPerson(ctx, pi - 1, asking.verb);
          if (asked) setSpeaker(ctx, q, asked, { via: 'paraphrase' });
          return;
        }
        setSpeaker(ctx, q, [...speakers][0], { via: 'paraphrase' });
        return;
      }
    }
  }
  // No speaker: left for attribution-missing (full quotes) to report.
}

/** Does the paragraph hold a quotation of its own (top-level, in double marks, no title, not partial), or only the writer's words? */
function hasFullQuotation(para: Para): boolean {
  return para.topQuotes.some((q) => q.marks === 'double' && !q.partial && !q.isTitle);
}

/** `asked`, `asks`, `ask`: a question verb, whose speaker asks and does not answer. */
const ASK_VERB_RE = /^ask(?:ed|s)?$/;

/** `asked Solberg how far …`: the person named right after a question verb, when the story knows them. */
function askedPerson(ctx: Ctx, pi: number, verb: number): Person | undefined {
  const { tokens } = ctx.paras[pi];
  const t = tokens[verb + 1];
  if (t?.kind !== 'word' || !isCapitalized(t.text)) return undefined;
  const r = runAround(tokens, verb + 1);
  // (`asked Judge Anita Delacroix for a short recess`, `… to call a recess`: a request, which
  // the one asked does not answer.)
  if (!r || tokens[r.last + 1]?.text === 'for' || tokens[r.last + 1]?.text === 'to') return undefined;
  const s = r.first === verb + 1 ? nameSubject(ctx, pi, r.first, r.last) : undefined;
  return s?.kind === 'person' && s.person.kind === 'person' && s.person.introduced ? s.person : undefined;
}

function isSentenceEnd(t: Token): boolean {
  return t.kind === 'punct' && TERMINAL.has(t.text);
}

/** The first sentence-ending mark from token `from`, before `until`; `until` when there is none. */
function nextSentenceEnd(tokens: Token[], from: number, until: number): number {
  let k = from;
  while (k < until && !isSentenceEnd(tokens[k])) k++;
  return k;
}

/** `Q` or `A` when the paragraph opens with that label and a colon (`Q: Why now?`). */
function interviewLabel(tokens: Token[]): 'Q' | 'A' | undefined {
  const t = tokens[0];
  if (!t || t.kind !== 'word' || (t.text !== 'Q' && t.text !== 'A') || tokens[1]?.text !== ':') return undefined;
  return t.text;
}

/** Index of the token a top-level quotation was folded into (tokens are in text order). */
function quoteTokenIndex(tokens: Token[], q: Quotation): number | undefined {
  const k = firstStartingAtOrAfter(tokens, q.start);
  return k < tokens.length && tokens[k].quote === q ? k : undefined;
}

/**
 * The person named at the start of the sentence that token `colon` (a `:`) ends:
 * `McCready put it simply:`, `Marsh’s answer was short:`. Places, organisations and
 * descriptions do not count (`In Auburn, the message was the same:`).
 */
function colonLeadSubject(ctx: Ctx, pi: number, colon: number): Extract<Subject, { kind: 'person' }> | undefined {
  const c = ctx.paras[pi].tokens[colon];
  if (!c || c.kind !== 'punct' || c.text !== ':') return undefined;
  return sentenceLeadPerson(ctx, pi, colon);
}

/**
 * `O’Connell read aloud a letter from the student’s aunt, Lucia Ortega-Brandt:` (or `… a letter
 * written by …`): the words after the colon are the author's, not the reader's; a description
 * of the letter when its author is no one the story named (`a letter from her son:`).
 */
function authorReadOut(ctx: Ctx, pi: number, colon: number): Subject | undefined {
  const para = ctx.paras[pi];
  const { tokens } = para;
  if (tokens[colon]?.text !== ':') return undefined;
  for (let k = sentenceBounds(para, colon).from; k < colon; k++) {
    if (!/^read(?:s|ing)?$/.test(tokens[k].text)) continue;
    for (let j = k + 1; j < colon && j <= k + 5; j++) {
      if (!isWrittenThing(tokens[j].text.toLowerCase())) continue;
      // `reads part of Voss’s letter aloud:`: the one whose letter it is.
      const w = tokens[j - 1];
      const owners = endsPossessive(w.text) ? para.index.withSurname(stripPossessive(w.text)).filter((p) => p.kind === 'person') : NOBODY;
      if (owners.length === 1) return { kind: 'person', person: owners[0], span: { start: w.start, end: w.end }, text: w.text };
      let by = j + 1;
      if (tokens[by]?.text === 'written' || tokens[by]?.text === 'sent') by++;
      if (tokens[by]?.text !== 'from' && tokens[by]?.text !== 'by') return undefined;
      for (let n = by + 1; n < colon; n++) {
        if (tokens[n].kind !== 'word' || !isCapitalized(tokens[n].text)) continue;
        const r = runAround(tokens, n);
        if (!r || r.last >= colon) break;
        const s = knownPersonIn(ctx, pi, r.first, r.last);
        if (s) return s;
        n = r.last;
      }
      return { kind: 'description', span: { start: tokens[j - 1].start, end: tokens[j].end }, text: `${tokens[j - 1].text} ${tokens[j].text}` };
    }
  }
  return undefined;
}

/**
 * The person the sentence ending at token `end` (or the words from token `from`) opens with
 * (`Marsh`, `Gov. Ellen Marsh`, `She` when it is clear who that is), past descriptions (`Pike
 * Hollow resident Dana Ortiz`).
 */
function sentenceLeadPerson(ctx: Ctx, pi: number, end: number, from = sentenceBounds(ctx.paras[pi], end).from): Extract<Subject, { kind: 'person' }> | undefined {
  const para = ctx.paras[pi];
  const { tokens } = para;
  // `During a recess, Irene Vukovich sat on a bench …`: past a phrase that opens the sentence.
  from = pastOpeningPhrase(para, from, end);
  // `She read the letter aloud: “…”`: a pronoun opening the sentence, when it finds its person.
  const first = tokens[from];
  // `Her answer was short.`: a possessive opening the sentence is about the same person.
  if (first.text === 'She' || first.text === 'He' || first.text === 'Her' || first.text === 'His') {
    const s = pronounAsSubject(ctx, pi, first);
    const person = subjectPerson(s);
    return person && person.kind === 'person' && s.kind === 'pronoun' && !s.candidates.length ? { kind: 'person', person, span: s.span, text: first.text } : undefined;
  }
  // The first name that is a person, past descriptions (`Pike Hollow resident Dana Ortiz`).
  for (let k = from; k < end; ) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    if (!isCapitalized(t.text)) {
      // `The governor’s answer:`: the holder of a role the story gave someone.
      const owner = endsPossessive(t.text) ? stripPossessive(t.text) : '';
      if (owner && (isRoleNoun(owner) || ROLE_TITLES[owner]) && k === from + 1 && tokens[from].text === 'The') {
        const role = describe(ctx, pi, ['the', owner], { start: tokens[from].start, end: t.end - 2 });
        return role.kind === 'role' && role.person.kind === 'person' ? { kind: 'person', person: role.person, span: role.span, text: role.text } : undefined;
      }
      if (!isRoleNoun(t.text)) return undefined;
      k++;
      continue;
    }
    const r = runAround(tokens, k);
    if (!r || r.last >= end) return undefined;
    // Only people the story has named: reading a place as a new speaker is worse than no speaker.
    const s = knownPersonIn(ctx, pi, r.first, r.last);
    if (s) return s;
    k = r.last + 1;
  }
  return undefined;
}

/**
 * A name right after a dash that follows quotation token `qt` and ends the paragraph, or
 * goes on after a comma (`— Tom Levesque, harbor master in Rockland`).
 */
function dashSignature(ctx: Ctx, pi: number, qt: number): Extract<Subject, { kind: 'person' }> | undefined {
  const { tokens } = ctx.paras[pi];
  const dash = tokens[qt + 1];
  if (!dash || dash.kind !== 'punct' || (dash.text !== '—' && dash.text !== '–')) return undefined;
  const r = runAround(tokens, qt + 2);
  if (!r || r.first !== qt + 2) return undefined;
  // The name ends the paragraph (with its period: `— Gov. Michelle Lujan Grisham.`) or goes on after a comma.
  const after = tokens[r.last + 1];
  if (after && after.text !== ',' && !(after.text === '.' && r.last + 2 === tokens.length)) return undefined;
  const s = nameSubject(ctx, pi, r.first, r.last);
  return s && s.kind === 'person' ? s : undefined;
}

/** Do tokens [first, last] name a person already in the story's index (no side effects)? */
function namesKnownPerson(para: Para, first: number, last: number): boolean {
  const run = parseRun(para.tokens, first, last);
  const { index } = para;
  if (run && run.words.length === 1 && isAllCaps(run.words[0]) && index.inCapitals(run.words[0]).length === 1) return true;
  if (!run || run.org || run.place) return false;
  if (run.words.length >= 2) {
    const p = index.byFullName(run.words.join(' ')) ?? index.mentionedAt(run.span.start);
    return !!p && p.kind === 'person';
  }
  return index.withSurname(run.words[0]).some((p) => p.kind === 'person');
}

/**
 * Does a sentence inside the quotation open with its own speaker's surname and a speech verb
 * (`… on Friday. Vance said the company’s …`)? A speaker does not report herself by surname:
 * those are the writer's words, after a closing mark (and, in hard-wrapped copy, a paragraph
 * break) that was lost.
 */
function narratesSpeaker(ctx: Ctx, q: Quotation, speaker: Person): boolean {
  if (speaker.kind !== 'person') return false;
  const re = /[.!?]\s+(\p{Lu}[\p{L}’'-]+)\s+(\p{Ll}+)/gu;
  re.lastIndex = q.content.start;
  const inner = ctx.story.text.slice(0, q.content.end);
  for (let m; (m = re.exec(inner)); ) if (m[1] === speaker.surname && ctx.options.speechVerbs.has(m[2])) return true;
  return false;
}

function previousRunning(ctx: Ctx, pi: number): Quotation | undefined {
  for (let k = pi - 1; k >= 0; k--) {
    const runs = ctx.paras[k].quotes.filter((x) => x.runsOn);
    if (runs.length) return runs[runs.length - 1];
    if (ctx.paras[k].quotes.length) return undefined;
  }
  return undefined;
}

/** The attribution in the quotation's own sentence: `“…,” Marsh said` or `Marsh said: “…”`. */
function explicitAttribution(para: Para, qt: number): { subject: Subject; verb: number; via: AttributionVia } | undefined {
  const { tokens, verbs } = para;
  const { from, to } = sentenceBounds(para, qt);
  // `verbs` is in token order: binary search for the first verb after the quotation.
  let lo = 0;
  let hi = verbs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verbs[mid].verb <= qt) lo = mid + 1;
    else hi = mid;
  }
  let after: VerbAttribution | undefined;
  // Within ten words of the quotation; further only when the subject follows the quotation at
  // once and a long description of it comes before the verb (`“…,” Rita Gomez, 71, a retired
  // teacher who has lived on the island since 1962, said`).
  const subjectAtOnce = tokens[qt + (tokens[qt + 1]?.text === ',' ? 4 : 3)]?.start ?? -1;
  for (let k = lo; k < verbs.length && verbs[k].verb <= Math.min(to, qt + 30); k++) {
    const v = verbs[k];
    if (asksIndirectQuestion(tokens, v.verb)) continue;
    if (v.verb > qt + 10 && v.subject.span.start > subjectAtOnce) continue;
    // `“You are family now.” Aguilar said the search had cost …`: after a quotation that ends
    // its sentence with a period (inside an inner quotation's mark too: `… ‘bring the shop
    // vac.’”`), a verb with a clause of its own reports other words.
    if (charBeforeClosingMarks(tokens[qt].text, true) === 46 && REPORTED_CLAUSE_STARTS.has(tokens[v.verb + 1]?.text ?? '')) continue;
    if (!quoteBetween(tokens, qt, v.verb) && subjectAfter(v, qt, tokens)) {
      after = v;
      break;
    }
  }
  const before = lo > 0 && verbs[lo - 1].verb >= from ? verbs[lo - 1] : undefined;
  const counts = sentencesOf(para);
  const wordsBefore = counts.words[qt] - counts.words[from] > 0;
  const pick = wordsBefore ? before ?? after : after ?? before;
  if (!pick) return undefined;
  return { subject: pick.subject, verb: pick.verb, via: viaOf(pick.subject) };
}

const PLURAL_NOUN_VERBS = new Set(`cries shouts yells screams murmurs barks snaps sneers counters chants pleads hollers mutters`.split(/\s+/));
const SINGING_WITH = new Set(`with alongside backup lead harmony`.split(/\s+/));
const REPORTED_CLAUSE_STARTS = new Set(`that the a an his her their its he she they it we there this these those no some most`.split(/\s+/));

/**
 * `… to answer “yes, your honor” when Varga asked whether he understood`: a question reported
 * in the writer's words follows the verb, so the quotation before it is not what was asked.
 */

function asksIndirectQuestion(tokens: Token[], verb: number): boolean {
  const w = tokens[verb].text;
  if (w !== 'asked' && w !== 'asks') return false;
  const next = tokens[verb + 1]?.text;
  return next === 'whether' || next === 'if';
}

function subjectAfter(v: VerbAttribution, qt: number, tokens: Token[]): boolean {
  // The subject must lie after the quotation too (`“…,” Marsh said`, `“…,” said Marsh`).
  return v.subject.span.start > tokens[qt].start;
}

function quoteBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (tokens[k].kind === 'quote') return true;
  return false;
}

function viaOf(s: Subject): AttributionVia {
  switch (s.kind) {
    case 'person':
      return 'name';
    case 'pronoun':
      return 'pronoun';
    case 'role':
      return 'role';
    default:
      return 'description';
  }
}

/** The speaker (and whoever says it with them) that the rest of the paragraph gives quotation `q`. */
function paragraphSpeaker(ctx: Ctx, para: Para, q: Quotation): { person: Person; joint?: Person[] } | undefined {
  // Nearest attributed quotation in the same paragraph, before then after.
  const others = para.quotes.filter((x) => x !== q && x.depth === 0 && x.marks === 'double' && !x.isTitle);
  // (`“…,” a farm spokeswoman said. “We follow the rules.”`: the one described, whom the
  // story does not name, not a named speaker before her.)
  const before = others.filter((x) => x.start < q.start && (x.speaker >= 0 ? x.attribution?.via !== 'paragraph' : x.attribution?.via === 'description'));
  if (before.length) {
    const last = before[before.length - 1];
    return last.speaker >= 0 ? { person: ctx.story.people[last.speaker], joint: coSpeakersOf(ctx, last) } : undefined;
  }
  const speakers = new Set<Person>();
  let joint: Person[] | undefined;
  for (const v of para.verbs) {
    const p = subjectPerson(v.subject);
    if (p && !asksIndirectQuestion(para.tokens, v.verb)) {
      speakers.add(p);
      if (v.subject.kind === 'person' && v.subject.joint) joint = v.subject.joint;
    }
  }
  if (speakers.size === 1) return { person: [...speakers][0], joint };
  return undefined;
}

/** `verbTok` is absent when no verb attributes the quotation (`McCready put it simply: “…”`). */
function applySubject(ctx: Ctx, q: Quotation, s: Subject, verbTok: Token | undefined, via: AttributionVia): void {
  // A name attributing a full quotation only labels a voice; one whose partial quotation sits in
  // the writer's sentence (`Dominguez argued …, telling the judge that Bream had “every reason”`)
  // is what that sentence is about.
  if (!q.partial) ctx.attributionSubjects.add(s.span.start);
  setSpeaker(ctx, q, subjectPerson(s), attributionOf(s, verbTok, via), s.kind === 'person' ? s.joint : undefined);
}

/** The attribution a subject and its speech verb make, with the people an unclear subject could mean. */
function attributionOf(s: Subject, verbTok: Token | undefined, via: AttributionVia): Attribution {
  const a: Attribution = { via, subject: s.span, subjectText: 'text' in s ? s.text : s.kind === 'pronoun' ? s.pronoun : undefined };
  if (verbTok) {
    a.verb = { start: verbTok.start, end: verbTok.end };
    a.verbText = verbTok.text;
  }
  if (s.kind === 'pronoun' && s.candidates.length) a.candidates = s.candidates.map((p) => p.index);
  if (s.kind === 'pronoun' && s.otherGender) {
    a.otherGender = s.otherGender.index;
    if (s.otherGenderHere) a.otherGenderHere = true;
  }
  if (s.kind === 'pronoun' && s.otherGenderDescribed) a.otherGenderDescribed = s.otherGenderDescribed;
  if (s.kind === 'pronoun' && s.afterGroup) a.afterGroup = s.afterGroup;
  if ((s.kind === 'person' || s.kind === 'role') && s.ambiguous) a.candidates = s.ambiguous.map((p) => p.index);
  if (s.kind === 'person' && s.misspelled) a.unresolvedName = s.misspelled;
  return a;
}

function setSpeaker(ctx: Ctx, q: Quotation, person: Person | undefined, attribution: Attribution, joint?: readonly Person[]): void {
  q.attribution = attribution;
  if (!person) return;
  q.speaker = person.index;
  person.quotations.push(q.index);
  person.speaks = true;
  noteSpeaker(ctx, person, q.start);
  if (!joint?.length) return;
  q.coSpeakers = joint.map((p) => p.index);
  for (const p of joint) {
    p.quotations.push(q.index);
    p.speaks = true;
  }
}

/** Who says quotation `q` with its speaker, as people (for a quotation that carries its words on). */
function coSpeakersOf(ctx: Ctx, q: Quotation | undefined): Person[] | undefined {
  return q?.coSpeakers?.map((i) => ctx.story.people[i]);
}

/**
 * `Pike and Castellanos said`: the person named with `and` right before the name run starting at
 * token `first` is the speaker too, and the first named; the run's own person joins them.
 */
function withPartnerBefore(ctx: Ctx, pi: number, first: number, s: Subject | undefined): Subject | undefined {
  if (!s || s.kind !== 'person' || s.person.kind !== 'person') return s;
  const { tokens } = ctx.paras[pi];
  // Past the run's own role words: `Gov. Marsh and harbor master Levesque said`.
  let and = first - 1;
  while (and > first - 4 && tokens[and]?.kind === 'word' && tokens[and].text !== 'and' && !isCapitalized(tokens[and].text) && (isRoleNoun(tokens[and].text) || isRoleNoun(tokens[and + 1].text))) and--;
  if (tokens[and]?.text !== 'and') return s;
  let partner = knownPersonEndingAt(ctx, pi, and - 1);
  if (!partner || partner.subject.person === s.person) return s;
  const joint = [s.person];
  // `Marsh, Levesque and Mayor Kate Snow said`: the names listed before, one comma apart.
  while (joint.length < 5 && tokens[partner.first - 1]?.text === ',') {
    const earlier = knownPersonEndingAt(ctx, pi, partner.first - 2);
    if (!earlier || earlier.subject.person === partner.subject.person || joint.includes(earlier.subject.person)) break;
    joint.unshift(partner.subject.person);
    partner = earlier;
  }
  return { ...partner.subject, span: { start: partner.subject.span.start, end: s.span.end }, joint };
}

/** `said Pike and Castellanos`: the person named with `and` right after the run ending at token `last` joins the speaker. */
function withPartnerAfter(ctx: Ctx, pi: number, last: number, s: Subject | undefined): Subject | undefined {
  if (!s || s.kind !== 'person' || s.person.kind !== 'person') return s;
  const partner = ctx.paras[pi].tokens[last + 1]?.text === 'and' ? knownPersonStartingAt(ctx, pi, last + 2) : undefined;
  if (!partner || partner.person === s.person) return s;
  return { ...s, span: { start: s.span.start, end: partner.span.end }, joint: [partner.person] };
}

type PersonSubject = Extract<Subject, { kind: 'person' }>;

/** The person the story has named whose name run ends at token `last`, with the run's first token. */
function knownPersonEndingAt(ctx: Ctx, pi: number, last: number): { subject: PersonSubject; first: number } | undefined {
  const { tokens } = ctx.paras[pi];
  if (tokens[last]?.kind !== 'word' || !isCapitalized(tokens[last].text)) return undefined;
  const r = runAround(tokens, last);
  if (!r || r.last !== last) return undefined;
  const subject = knownPersonIn(ctx, pi, r.first, r.last);
  return subject && { subject, first: r.first };
}

/** The person the story has named whose name run starts at token `first`. */
function knownPersonStartingAt(ctx: Ctx, pi: number, first: number): PersonSubject | undefined {
  const { tokens } = ctx.paras[pi];
  if (tokens[first]?.kind !== 'word' || !isCapitalized(tokens[first].text)) return undefined;
  const r = runAround(tokens, first);
  return r && r.first === first ? knownPersonIn(ctx, pi, r.first, r.last) : undefined;
}

/** Tokens [first, last] name a person the story already has (checked before nameSubject records anything). */
function knownPersonIn(ctx: Ctx, pi: number, first: number, last: number): PersonSubject | undefined {
  if (!namesKnownPerson(ctx.paras[pi], first, last)) return undefined;
  const s = nameSubject(ctx, pi, first, last);
  return s && s.kind === 'person' && s.person.kind === 'person' ? s : undefined;
}

// ---------------------------------------------------------------------------
// Subjects of speech verbs.

function subjectOf(ctx: Ctx, pi: number, v: number): Subject | undefined {
  const form = WORD_ATTRIBUTIONS.get(ctx.paras[pi].tokens[v].text.toLowerCase());
  return form?.subject ? form.subject(ctx, pi, v) : verbSubject(ctx, pi, v);
}

const QUANTIFIERS = new Set(`both all each some one two three four several many most none neither either`.split(/\s+/));

/**
 * The first token of a group standing as the subject right before verb `v`, after a quotation
 * or at a sentence's start (`both said`, `each of them said`, `all three said`), or -1.
 */
function groupBefore(tokens: Token[], v: number): number {
  const w = tokens[v - 1]?.text.toLowerCase();
  let at = -1;
  if (w === 'both' || w === 'all') at = v - 1;
  else if ((w === 'them' || w === 'us') && tokens[v - 2]?.text === 'of' && QUANTIFIERS.has(tokens[v - 3]?.text.toLowerCase() ?? '')) at = v - 3;
  else if (/^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(w ?? '') && tokens[v - 2]?.text.toLowerCase() === 'all') at = v - 2;
  if (at < 0) return -1;
  const before = tokens[at - 1];
  return !before || before.kind === 'quote' || TERMINAL.has(before.text) ? at : -1;
}

/** `according to Ameren Missouri`: a named source nobody has introduced is an organisation. */
function accordingSource(ctx: Ctx, pi: number, v: number): Subject | undefined {
  const source = subjectForward(ctx, pi, v + 2);
  // A place does not report anything; an organisation does, and `the utility said` can find it later.
  if (source && source.kind === 'description' && isCapitalized(source.text)) {
    const { index } = ctx.paras[pi];
    const org = index.byFullName(source.text) ?? index.add('organization', source.text, source.text, source.span, 'unknown', undefined, true);
    logMention(ctx, org, source.span.start);
    return { kind: 'person', person: org, span: source.span, text: source.text };
  }
  return source;
}

/** `In Levesque’s words`, `in her words`: the owner of the words. */
function wordsOwner(ctx: Ctx, pi: number, v: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  const owner = tokens[v - 1];
  const lower = owner.text.toLowerCase();
  if (lower === 'his' || lower === 'her' || lower === 'their') return pronounAsSubject(ctx, pi, owner);
  const r = runAround(tokens, v - 1);
  return r ? nameSubject(ctx, pi, r.first, r.last) : undefined;
}

/** The person who asks the question a paragraph ends with (`“Out of how many?” asked Rep. Fulbright.`). */
function questionAskerIn(para: Para): Person | undefined {
  const last = para.topQuotes[para.topQuotes.length - 1];
  if (!last || !/\?$/.test(last.text)) return undefined;
  const v = para.verbs[para.verbs.length - 1];
  if (!v || !ASK_VERB_RE.test(para.tokens[v.verb].text)) return undefined;
  return subjectPerson(v.subject);
}

const QUESTIONING_VERBS = new Set(`pressed questioned asked quizzed grilled cross-examined`.split(/\s+/));

/**
 * Whom `asker` was questioning in the two paragraphs before paragraph `pi` (`Tolliver pressed
 * Quintero on why …`).
 */
function questionedBy(ctx: Ctx, pi: number, asker: Person): Person | undefined {
  for (let k = pi - 1; k >= Math.max(0, pi - 2); k--) {
    const questioned = questionedIn(ctx.paras[k], QUESTIONING_VERBS, asker);
    if (questioned) return questioned;
  }
  return undefined;
}

/**
 * The last one person a verb of `verbs` in `para` has questioned, by the surname right after it
 * (`questioned Ixcot`); with `asker`, only where the asker's surname stands before the verb.
 */
function questionedIn(para: Para, verbs: ReadonlySet<string>, asker?: Person): Person | undefined {
  const { tokens, index } = para;
  const surname = asker ? surnameOf(asker.name.split(' ')) : '';
  for (let j = tokens.length - 2; j > 0; j--) {
    if (!verbs.has(tokens[j].text) || !isCapitalized(tokens[j + 1].text) || (asker && stripPossessive(tokens[j - 1].text) !== surname)) continue;
    const named = index.withSurname(stripPossessive(tokens[j + 1].text)).filter((p) => p.kind === 'person' && p !== asker);
    if (named.length === 1) return named[0];
  }
  return undefined;
}

/**
 * `The order, sent to cellphones shortly after 1 p.m., read:`, `The alert sent Wednesday said:`:
 * a lead-in that ends in a speech verb (or `read`) and a colon, whose subject is a thing or an
 * unnamed someone: the words that open its sentence, up to its first comma or verb.
 */
function colonLeadThing(ctx: Ctx, pi: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  const v = tokens.length - 2;
  const verb = tokens[v];
  // (`A report by the engineering firm …, was blunt:`: a verdict on its words, no speech verb.)
  if (!verb || (!isVerb(ctx, verb) && verb.text !== 'read' && verb.text !== 'reads' && !/^(?:was|is|were|are)$/.test(tokens[v - 1]?.text ?? ''))) return undefined;
  const from = sentenceBounds(ctx.paras[pi], v).from;
  if (tokens[from].kind !== 'word' || !DETERMINER_WORDS.has(tokens[from].text.toLowerCase())) return undefined;
  let e = from;
  while (e + 1 < v && e < from + 4 && tokens[e + 1].kind === 'word' && !isVerb(ctx, tokens[e + 1]) && !/ed$/.test(tokens[e + 1].text)) e++;
  if (e === from) return undefined;
  return { kind: 'description', span: { start: tokens[from].start, end: tokens[e].end }, text: tokens.slice(from, e + 1).map((t) => t.text).join(' ') };
}

const INTERVIEWING_VERBS = new Set(['questioned', 'asked', 'interviewed', 'pressed', 'cross-examined']);

/** Whom the paragraph before the transcript's first `Q:` has someone questioning or interviewing (`Whitcomb questioned Ixcot`). */
function questionedBefore(ctx: Ctx, pi: number): Person | undefined {
  let k = pi - 1;
  while (k >= 0 && /^\s*[QA]:/.test(ctx.story.text.slice(ctx.paras[k].block.start, ctx.paras[k].block.start + 4))) k--;
  return k < 0 ? undefined : questionedIn(ctx.paras[k], INTERVIEWING_VERBS);
}

/** The nearest written thing named in the 30 tokens before `k` (`The order … was blunt.`), or -1. */
function writtenThingBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 30; j--) if (tokens[j].kind === 'word' && isWrittenThing(tokens[j].text.toLowerCase())) return j;
  return -1;
}

/** `the sign on the door read`: what was read from, past its own modifiers. */
function writtenSource(ctx: Ctx, pi: number, v: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  // `“…,” it read.`: the written thing named before.
  if (tokens[v - 1]?.text === 'it') {
    const j = writtenThingBefore(tokens, v - 1);
    if (j >= 0) {
      const from = j > 0 && DETERMINER_WORDS.has(tokens[j - 1].text.toLowerCase()) ? j - 1 : j;
      return describe(ctx, pi, tokens.slice(from, j + 1).map((x) => x.text), { start: tokens[v - 1].start, end: tokens[v - 1].end });
    }
  }
  for (let k = v - 1; k >= 0 && k >= v - 8; k--) {
    if (tokens[k].kind === 'quote' || TERMINAL.has(tokens[k].text)) break;
    if (tokens[k].kind !== 'word') continue;
    if (!isWrittenThing(tokens[k].text.toLowerCase())) continue;
    const from = k > 0 && DETERMINER_WORDS.has(tokens[k - 1].text.toLowerCase()) ? k - 1 : k;
    return describe(ctx, pi, tokens.slice(from, v).map((x) => x.text), { start: tokens[from].start, end: tokens[v - 1].end });
  }
  return undefined;
}

/** The subject of speech verb `v`: before it (`Marsh said`), after it (`said Marsh`), or the sentence's. */
function verbSubject(ctx: Ctx, pi: number, v: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  const verb = tokens[v].text.toLowerCase();
  // `Dana Kim said Glide had added 30 workers`: after an auxiliary the verb is not attribution.
  // But `“…,” Archuleta has said.`, `Archuleta has said, “…”`: with the quotation right there, it is.
  const aux = tokens[v - 1]?.text.toLowerCase();
  const next = tokens[v + 1];
  const quotedHere = !next || next.kind === 'quote' || next.text === '.' || next.text === ',' || next.text === ':';
  if ((aux === 'had' || aux === 'has' || aux === 'have' || aux === 'having') && !(quotedHere && aux !== 'having' && (verb === 'said' || verb === 'told' || verb === 'written' || verb === 'argued' || verb === 'insisted' || verb === 'maintained'))) return undefined;
  // `a developer, who has not said what will go there`: speech denied is no speech.
  if ((aux === 'not' || aux === 'never') && /^(?:had|has|have|having)$/.test(tokens[v - 2]?.text ?? '')) return undefined;
  // `“…,” both said`, `each of them said`, `all three said`: a group the story has named.
  const group = groupBefore(tokens, v);
  if (group >= 0) return { kind: 'description', span: { start: tokens[group].start, end: tokens[v - 1].end }, text: tokens.slice(group, v).map((t) => t.text).join(' ') };
  let j = pastAdverbs(tokens, v - 1);
  // `Gov. Maura Healey on Tuesday called …`, `Marsh late Monday said …`: past the day.
  j = beforeDayPhrase(tokens, j);
  // `Park bowed twice and, in English, added`: past a phrase set off after the `and`.
  const aside = coordinatorBeforeAside(tokens, j);
  if (aside >= 0) j = aside;
  const prev = tokens[j];
  // Only these verbs take their subject after them (`said Levesque`); after `urged` or
  // `told` the next name is the object.
  const forward = () => {
    if (!INVERTING_VERBS.has(verb)) return undefined;
    const s = subjectForward(ctx, pi, v + 1);
    // `said the group had raised $180,000`: a verb after the phrase makes it the start of what
    // was said, not the speaker.
    return s && !clauseFollows(tokens, v + 1, s.span.end) ? s : undefined;
  };
  // `“…,” said Levesque` and `, said Levesque,` read forward.
  if (!prev || prev.kind === 'quote' || (prev.kind === 'punct' && (prev.text === ',' || TERMINAL.has(prev.text)) && (!tokens[j - 1] || tokens[j - 1].kind === 'quote' || TERMINAL.has(prev.text)))) {
    return forward();
  }
  // `Desjardins called the walkout illegal and said the agency would …`: a verb joined to the
  // sentence's first by `and` has its subject, not the words after it.
  const joined = prev.text === 'and' || prev.text === 'then' || prev.text === 'but';
  return subjectBackward(ctx, pi, j, v) ?? placedGroup(ctx, pi, j, v) ?? (joined ? sentenceSubject(ctx, pi, v) ?? forward() : forward() ?? sentenceSubject(ctx, pi, v));
}

/** `Residents at the hearing said`, `Protesters in the gallery chanted`: people, past where they are. */
function placedGroup(ctx: Ctx, pi: number, j: number, v: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  for (let p = j; p > 0 && p > j - 4 && tokens[p].kind === 'word'; p--) {
    if (/^(?:at|in|on|outside|inside|near)$/.test(tokens[p].text)) return tokens[p - 1].kind === 'word' && isPersonNoun(tokens[p - 1].text, false) ? subjectBackward(ctx, pi, p - 1, v) : undefined;
  }
  return undefined;
}

/** The index of the first token at or before `j` that is not an adverb (`simply`, `quietly`). */
function pastAdverbs(tokens: Token[], j: number): number {
  while (j >= 0 && tokens[j].kind === 'word' && (ADVERBS.has(tokens[j].text) || (/ly$/.test(tokens[j].text) && !isCapitalized(tokens[j].text) && !LY_NOUNS.has(tokens[j].text)))) j--;
  return j;
}

/** `and, in English,` ending at comma `j`: the index of the `and` (or `then`, `but`), else -1. */
function coordinatorBeforeAside(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== ',') return -1;
  for (let k = j - 1; k > 0 && k >= j - 6 && tokens[k].kind === 'word'; k--) {
    if (tokens[k - 1].text !== ',') continue;
    const c = tokens[k - 2]?.text;
    return c === 'and' || c === 'then' || c === 'but' ? k - 2 : -1;
  }
  return -1;
}

const FINITE_AFTER_SUBJECT = new Set(`had has have was were is are would will could should can may might must did does do planned plans wanted wants
needed needs`.split(/\s+/));

/** Is the first token at or after `end` (searching from token `from`) a verb that opens a clause? */
function clauseFollows(tokens: Token[], from: number, end: number): boolean {
  let k = from;
  while (k < tokens.length && tokens[k].start < end) k++;
  const t = tokens[k];
  return !!t && t.kind === 'word' && FINITE_AFTER_SUBJECT.has(t.text);
}

const INVERTING_VERBS = new Set(`read reads said says added adds asked asks wrote writes explained continued recalled noted replied answered
posted tweeted warned cautioned insisted claimed admitted stated declared acknowledged quipped joked shouted yelled whispered argued
vowed predicted conceded mused lamented texted cracked deadpanned grumbled griped marveled`.split(/\s+/));

/** `Pike toured the farm and called it “…”`: the name that opens the sentence. */
function sentenceSubject(ctx: Ctx, pi: number, v: number): Subject | undefined {
  const para = ctx.paras[pi];
  const { tokens } = para;
  let { from } = sentenceBounds(para, v);
  if (from >= v) return undefined;
  // Only across a coordination: `… and called`, `…, then said`; or a participle after a comma
  // (`Pfeiffer pushed back, saying …`).
  // `and simply said`, `and, in English, added`: past adverbs and an aside to the `and`.
  let c = pastAdverbs(tokens, v - 1);
  const aside = coordinatorBeforeAside(tokens, c);
  if (aside >= 0) c = aside;
  const prev = tokens[c];
  const participle = tokens[v - 1]?.text === ',' && SPEAKING_PARTICIPLES.has(tokens[v].text);
  if (!prev || !(['and', 'then', 'but'].includes(prev.text) || participle)) return undefined;
  // `Marsh smiled and said`: the subject of a speech verb earlier in the sentence.
  const { verbs } = para;
  for (let i = verbs.length - 1; i >= 0 && verbs[i].verb >= from; i--) if (verbs[i].verb < v) return verbs[i].subject;
  // `Asked about a veto, Marsh paused and said`, `In Augusta, she paused and said`: the subject
  // comes after the opening phrase's comma.
  from = pastOpeningPhrase(para, from, v);
  const t = tokens[from];
  if (!t || t.kind !== 'word') return undefined;
  if (PRONOUNS.has(t.text.toLowerCase())) return pronounSubject(ctx, pi, t);
  // `Her husband turned to her and said`, `The clerk looked up and said`: the one described, as
  // in `Her husband said`.
  if (/^(?:Her|His|Their|The|A|An)$/.test(t.text) && tokens[from + 1]?.kind === 'word' && from + 1 < v && isPersonNoun(tokens[from + 1].text, true)) return subjectBackward(ctx, pi, from + 1, v);
  if (!isCapitalized(t.text)) return undefined;
  const r = runAround(tokens, from);
  if (!r || r.last >= v) return undefined;
  // `Italy’s spokeswoman, Giulia Ferraresi, praised the deal and said`, `Marsh’s husband toured
  // the pier and said`: the one described, not the owner.
  if (endsPossessive(tokens[r.last].text) && tokens[r.last + 1]?.kind === 'word') {
    const named = describedThenNamed(ctx, pi, from, r.last);
    if (named?.kind === 'person') return named;
    const noun = tokens[r.last + 1];
    return isPersonNoun(noun.text, true) ? describe(ctx, pi, [...tokens.slice(from, r.last + 1).map((x) => x.text), noun.text], { start: tokens[from].start, end: noun.end }) : undefined;
  }
  // After a participle only someone the story has named (not `Human rights groups …, saying`,
  // nor a dateline's city).
  if (participle && !para.index.withSurname(stripPossessive(tokens[r.last].text)).some((p) => p.kind === 'person') && !para.index.byFullName(tokens.slice(r.first, r.last + 1).map((x) => x.text).join(' '))) return undefined;
  return personAfterRole(ctx, pi, r.last) ?? nameSubject(ctx, pi, r.first, r.last);
}

const PHRASE_OPENERS = new Set(`after before during later earlier still then afterward afterwards when while as once with without asked
pressed told moments minutes hours days weeks`.split(/\s+/));

/** Where the sentence starting at token `from` has its subject: past an opening phrase and its comma, if one comes before `end`. */
function pastOpeningPhrase(para: Para, from: number, end: number): number {
  if (!opensWithPhrase(para, from)) return from;
  let c = from + 1;
  while (c < end && para.tokens[c].text !== ',') c++;
  return c + 1 < end ? c + 1 : from;
}

/** Does the sentence starting at token `from` open with a phrase before its subject (`Asked about a veto,`, `In Augusta,`, `Later,`)? */
function opensWithPhrase(para: Para, from: number): boolean {
  const t = para.tokens[from];
  if (t?.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  if (PHRASE_OPENERS.has(lower) || OBJECT_PREPOSITIONS.has(lower)) return true;
  // `Smiling, Marsh said`, `Frustrated, she said`, `Finally, …`; not a surname (`Reed`, `Fielding`).
  return /(?:ing|ed|ly)$/.test(lower) && !para.index.withSurname(t.text).length;
}

/**
 * `Central Maine Power spokeswoman Jo Ellis`, `Kremlin spokesman Dmitry Peskov`: the person named
 * after a role that the name run ending at token `last` (an organisation) qualifies.
 */
function personAfterRole(ctx: Ctx, pi: number, last: number): Extract<Subject, { kind: 'person' }> | undefined {
  const { tokens } = ctx.paras[pi];
  // `Comets coach`, and any lower-case words before a full name (`Comets safety Khalil
  // Dorsey`, `Portland general manager Ray Hollister`), as `said union steward Carl Boudreau`.
  let k = last + 1;
  while (k < last + 4 && tokens[k]?.kind === 'word' && /^[a-z][a-z-]*$/.test(tokens[k].text) && !STOP_BEFORE_ROLE.has(tokens[k].text)) k++;
  if (k === last + 1 || tokens[k]?.kind !== 'word' || !isCapitalized(tokens[k].text)) return undefined;
  const named = runAround(tokens, k);
  if (!named || (!isRoleNoun(tokens[k - 1].text) && named.last === named.first)) return undefined;
  const person = nameSubject(ctx, pi, k, named.last);
  return person && person.kind === 'person' && person.person.kind === 'person' ? person : undefined;
}

function subjectBackward(ctx: Ctx, pi: number, j: number, v: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  // `Levesque — who has run the harbor since 1985 — said`, `Levesque (pronounced luh-VECK) said`:
  // past an aside set off by dashes or parentheses.
  const close = tokens[j]?.text;
  if (close === ')' || close === '—' || close === '–') {
    const open = close === ')' ? '(' : close;
    let k = j - 1;
    while (k >= 0 && j - k < 30 && tokens[k].text !== open && tokens[k].kind !== 'quote' && !TERMINAL.has(tokens[k].text)) k--;
    if (k > 0 && tokens[k].text === open) j = k - 1;
  }
  // Appositive: `Marsh, who toured the docks Tuesday, said` / `Levesque, 54, said`.
  if (tokens[j]?.text === ',') {
    // `His wife, Adaeze, 74, said`: past the age of a relative's name set off in turn, as `His
    // wife, Adaeze, said` (not `One of the volunteers, Marcus, 34,`: an adult by first name alone).
    if (/^\d{1,3}$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',' && tokens[j - 4]?.text === ',' && KIN_WORDS.has(tokens[j - 5]?.text ?? '')) j -= 2;
    let k = j - 1;
    let steps = 0;
    // (`of the Bakery, Confectionery, Tobacco Workers and Grain Millers union, said`: the commas
    // of a series of capitalised names ending in `and` one are inside the phrase set off.)
    let series = false;
    while (k >= 0 && steps < 25 && (tokens[k].text !== ',' || (series && isSeriesComma(tokens, k))) && tokens[k].kind !== 'quote' && !TERMINAL.has(tokens[k].text)) {
      if (tokens[k].text === 'and' && tokens[k + 1]?.kind === 'word' && isCapitalized(tokens[k + 1].text)) series = true;
      k--;
      steps++;
    }
    if (k < 0 || tokens[k].text !== ',') return undefined;
    // `Marsh’s spokeswoman, Dana Kim, said`: a name between the commas is the speaker
    // (not `, D-Las Cruces,`, a lawmaker's party and hometown).
    // `An analyst, Sunita Varghese of Jefferies, said`: the name before where the person works.
    let nameEnd = j - 1;
    for (let m = k + 2; m < j - 1; m++) {
      if (/^(?:of|at|with|from)$/.test(tokens[m].text) && tokens.slice(m + 1, j).every((x) => x.kind === 'word' && isCapitalized(x.text))) {
        nameEnd = m - 1;
        break;
      }
    }
    // `A retired teacher, 81-year-old Harriet Lindqvist, said`: past the age before the name.
    const nameStart = /^\d{1,3}-year-old$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (nameEnd - nameStart >= 1 && !isPartyState(tokens[nameStart]) && tokens.slice(nameStart, nameEnd + 1).every((x) => x.kind === 'word' && isCapitalized(x.text))) {
      const named = nameSubject(ctx, pi, nameStart, nameEnd);
      if (named && named.kind === 'person') return named;
    }
    // `“…,” his wife, Marisol, said`: one name set off after a relation, whom the people
    // finder took it for (the relative by first name, or one the story names in full).
    else if (nameEnd === nameStart && KIN_WORDS.has(tokens[k - 1]?.text ?? '')) {
      const index = ctx.paras[pi].index;
      const p = index.mentionedAt(tokens[nameStart].start);
      if (p && p.kind === 'person') return referTo(ctx, index, p, tokens[nameStart], 'given', tokens[nameStart].text);
    }
    j = k - 1;
    // `Marta Olsen, 67, of Paradise, Calif., a retired schoolteacher, said`: past the hometown.
    if (tokens[j - 1]?.text === ',' && /^\p{Lu}\p{Ll}*\.$/u.test(tokens[j]?.text ?? '') && isCapitalized(tokens[j - 2]?.text ?? '')) j -= 2;
    let h = j;
    while (h > 0 && j - h < 4 && tokens[h].kind === 'word' && isCapitalized(tokens[h].text)) h--;
    if (h < j && (tokens[h].text === 'of' || tokens[h].text === 'from') && tokens[h - 1]?.text === ',') j = h - 2;
    // `Marsh, 54, a former harbor pilot, said`: past the age set off before the description.
    if (tokens[j]?.kind === 'word' && /^\d{1,3}$/.test(tokens[j].text) && tokens[j - 1]?.text === ',') j -= 2;
  }
  // `Sen. Curtis Halvorsen, R-Neb., who …, said`: past the party and state to the name.
  // (`D-Las Cruces`, `R-Fond du Lac`: a hometown of more words after the party's letter.)
  for (;;) {
    if (j >= 2 && isPartyState(tokens[j]) && tokens[j - 1].text === ',') j -= 2;
    else {
      const tag = j >= 3 ? partyHometownTag(tokens, j) : -1;
      if (tag < 0 || tokens[tag - 1]?.text !== ',') break;
      j = tag - 2;
    }
  }
  // `A woman who lives on a houseboat at the marina, and who …, said`: the noun before `who`.
  // (Not `Whitfield, who she said had played …`: the clause's own subject speaks.)
  for (let k = j, steps = 0; k > 0 && steps < 15 && tokens[k].kind === 'word' && !(tokens[j].text === 'she' || tokens[j].text === 'he'); k--, steps++) {
    if (tokens[k].text === 'who' && k < j && tokens[k - 1].kind === 'word' && !isCapitalized(tokens[k - 1].text)) return subjectBackward(ctx, pi, k - 1, v);
    // `the woman, who gave only her first name, Rita, said`: a clause set off by commas that
    // holds a comma of its own; the subject stands before it.
    if ((tokens[k].text === 'who' || tokens[k].text === 'whose') && k < j && k >= 2 && tokens[k - 1].text === ',') {
      const head = subjectBackward(ctx, pi, k - 2, v);
      if (head) return head;
      // `a woman at the landing, who …`: the subject before a phrase of place.
      const p = placePhraseStart(tokens, k - 2);
      return p > 0 ? subjectBackward(ctx, pi, p - 1, v) : undefined;
    }
  }
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  const lower = t.text.toLowerCase();
  if (PRONOUNS.has(lower) && (lower !== 'i' && lower !== 'we')) return pronounSubject(ctx, pi, t);
  if (lower === 'who' && tokens[j - 1]?.text === ',') return subjectBackward(ctx, pi, j - 2, v);
  // `a brief, which said`, `a statement that said`: the thing the relative pronoun stands for.
  if (lower === 'which' || lower === 'that') {
    const head = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    return tokens[head]?.kind === 'word' ? subjectBackward(ctx, pi, head, v) : undefined;
  }
  // `United Steelworkers Local 1207 said`, `American Legion Post 5 said`: a body and its number.
  if (/^\d+[A-Z]*$/.test(t.text) && /^(?:Local|Lodge|Post|Chapter)$/.test(tokens[j - 1]?.text ?? '')) return subjectBackward(ctx, pi, j - 1, v);
  if (isCapitalized(t.text)) {
    let r = runAround(tokens, j);
    if (!r) return undefined;
    // `analyst Joyce Whitfield of Gulfstream Energy Research said`: the person before `of` speaks.
    // `… of the National Autonomous University of Mexico said`: past `the` too.
    const linkAt = tokens[r.first - 1]?.text === 'the' ? r.first - 2 : r.first - 1;
    const link = tokens[linkAt]?.text;
    if ((link === 'of' || link === 'at' || link === 'for' || link === 'with' || link === 'from') && isCapitalized(tokens[linkAt - 1]?.text ?? '') && tokens[linkAt - 1].kind === 'word') {
      const holder = runAround(tokens, linkAt - 1);
      // `Analysts at Harlow & Finch called`: people of a kind, in the plural, opening the sentence.
      const h = tokens[linkAt - 1].text;
      if (holder && holder.first === linkAt - 1 && (linkAt === 1 || tokens[linkAt - 2].kind !== 'word') && pluralOfPeople(ctx, pi, h)) return descriptionBackward(ctx, pi, linkAt - 1);
      const named = holder && nameSubject(ctx, pi, holder.first, holder.last);
      if (named && named.kind === 'person' && named.person.kind === 'person') return named;
    }
    // `a spokeswoman for Marsh said`, `an aide to Marsh`, `the governor of Maine`: the person
    // described speaks, not the one named after the preposition. For an organisation its
    // spokesman speaks as it does (`a spokesman for Amazon said` is Amazon's word).
    if ((link === 'for' || link === 'of' || link === 'to') && tokens[linkAt - 1]?.kind === 'word' && !isCapitalized(tokens[linkAt - 1].text) && isPersonNoun(tokens[linkAt - 1].text, true) && !namesOrganization(ctx, pi, r.first, Math.min(r.last, j))) {
      const described = descriptionBackward(ctx, pi, linkAt - 1);
      if (described) return described;
    }
    // `Critics of the plan to widen Commercial Street said`: a street or an organisation after a
    // verb or preposition ends the subject's phrase; the subject opens the sentence.
    // (`Republicans in the Senate said`: past `the` to the preposition.)
    const article = tokens[r.first - 1]?.text;
    const b = article === 'the' || ((article === 'a' || article === 'an') && OBJECT_PREPOSITIONS.has(tokens[r.first - 2]?.text ?? '')) ? r.first - 2 : r.first - 1;
    const before = tokens[b];
    if (before && before.kind === 'word' && (OBJECT_PREPOSITIONS.has(before.text) || (tokens[b - 1]?.text === 'to' && !isCapitalized(before.text) && !isRoleNoun(before.text)))) {
      const opener = phraseOpener(ctx, pi, v, r.first);
      if (opener) return opener;
      // `A father from Fort Mill said`, `a mother of two at Sullivan Middle School said`: the
      // person described before the place.
      const noun = tokens[b - 1];
      if (OBJECT_PREPOSITIONS.has(before.text) && noun?.kind === 'word' && !isCapitalized(noun.text) && isPersonNoun(noun.text, true)) {
        const described = descriptionBackward(ctx, pi, b - 1);
        if (described) return described;
      }
    }
    // `Refiners said` at a sentence start: a plural description, not a surname.
    // After `,”` the sentence goes on, so the capital is a name's (`“…,” Sanders said`); after
    // `?”` writers often capitalise anyway (`“Where would we park?” Regulars asked`).
    const opensSentence = j === 0 || tokens[j - 1].kind !== 'word' && !(tokens[j - 1].kind === 'quote' && endsWithCommaInMarks(tokens[j - 1].text));
    if (r.first === j && opensSentence && pluralOfPeople(ctx, pi, t.text) && !capitalizedMidSentence(ctx, t.text)) {
      return descriptionBackward(ctx, pi, j);
    }
    r = r as { first: number; last: number };
    // `The Ministry of Health in Nairobi said`, `police in Portland said`: who is in the place.
    if (r.first >= 2 && PLACE_PREPOSITIONS_AFTER.has(tokens[r.first - 1].text) && tokens[r.first - 2].kind === 'word') {
      const inPlace = subjectBackward(ctx, pi, r.first - 2, v);
      if (inPlace) return inPlace;
    }
    // `Police said`, `Officials said` at a sentence start are descriptions, not names.
    return withPartnerBefore(ctx, pi, r.first, nameSubject(ctx, pi, r.first, Math.min(r.last, j))) ?? (r.first === j ? descriptionBackward(ctx, pi, j) : undefined);
  }
  // `a woman near the stage shouted`, `a man in a Red Sox cap yelled`, `a mother outside the school
  // said` (not the school): the person before a phrase of place.
  const p = placePhraseStart(tokens, j + 1, 6, PERSON_PHRASE_PREPOSITIONS);
  let described = p > 0 && tokens[p - 1].kind === 'word' && !isCapitalized(tokens[p - 1].text) && isPersonNoun(tokens[p - 1].text, true) && !INSTITUTION_NOUNS.has(tokens[p - 1].text) ? descriptionBackward(ctx, pi, p - 1) : undefined;
  described ??= descriptionBackward(ctx, pi, j);
  // `Marsh and the harbor master said`: a named person with the one a role names speak together.
  if (described?.kind === 'role' && !described.ambiguous) {
    const first = firstStartingAtOrAfter(tokens, described.span.start);
    const joint = withPartnerBefore(ctx, pi, first, { kind: 'person', person: described.person, span: described.span, text: described.text });
    if (joint?.kind === 'person' && joint.joint) return joint;
  }
  return described;
}

const WEEKDAYS = new Set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`.split(/\s+/));
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Token index before a day phrase ending at `j` (`on Tuesday`, `late Monday night`), or `j` itself. */
function beforeDayPhrase(tokens: Token[], j: number): number {
  let k = j;
  if (k >= 1 && DAY_PARTS.has(tokens[k].text) && WEEKDAYS.has(tokens[k - 1].text)) k--;
  if (k < 1 || !WEEKDAYS.has(tokens[k].text)) return j;
  k--;
  if (tokens[k].text === 'on' || tokens[k].text === 'late' || tokens[k].text === 'early') k--;
  // Only between a subject and its verb: a name (or a pronoun) must stand right before.
  return k >= 0 && tokens[k].kind === 'word' && (isCapitalized(tokens[k].text) || PRONOUNS.has(tokens[k].text)) ? k : j;
}

/** Words after which a name is the object of a phrase, not a subject (`near Harborview`, `to widen Commercial Street`). */
const OBJECT_PREPOSITIONS = new Set(`in on at near from along across about over against into around through under outside inside between toward
towards`.split(/\s+/));

/**
 * The subject that opens the sentence of verb `v`, when it is a plural description (`Critics`,
 * `Officials`) or a person's name, and comes before token `until`.
 */
function phraseOpener(ctx: Ctx, pi: number, v: number, until: number): Subject | undefined {
  const para = ctx.paras[pi];
  const { tokens } = para;
  let from = sentenceBounds(para, v).from;
  // (Past the dateline: `NAIROBI, Kenya (AP) — The Ministry of Health in Nairobi said`.)
  const body = datelineStartingAt(ctx.story, para.block.start)?.end ?? -1;
  // `“…,” Republicans in the Senate said`: past the quotation the sentence opens with.
  while (from < until && (tokens[from].kind === 'quote' || tokens[from].text === ',' || tokens[from].start < body)) from++;
  const t = tokens[from];
  if (!t || t.kind !== 'word' || from >= until) return undefined;
  const lower = t.text.toLowerCase();
  if (looksPlural(lower) && isPersonNoun(lower, true) && !para.index.withSurname(t.text).length) return describe(ctx, pi, [t.text], { start: t.start, end: t.end });
  if (!opensName(tokens, from)) return undefined;
  const r = runAround(tokens, from);
  if (!r || r.last >= until) return undefined;
  const s = nameSubject(ctx, pi, r.first, r.last);
  return s && s.kind === 'person' && s.person.kind === 'person' ? s : undefined;
}

function subjectForward(ctx: Ctx, pi: number, j: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  let t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  const lower = t.text.toLowerCase();
  if (PRONOUNS.has(lower) && lower !== 'i' && lower !== 'we') return pronounSubject(ctx, pi, t);
  // `said harbor master Tom Levesque`: skip role words before a name.
  let k = j;
  while (k < j + 3 && tokens[k]?.kind === 'word' && !isCapitalized(tokens[k].text) && !['the', 'a', 'an'].includes(tokens[k].text)) k++;
  // Role words are those in the list, or any lower-case words before a full name (`union steward Carl Boudreau`).
  // `said van der Merwe`, `said de la Fuente`: a surname's particles lead to it the same way.
  if (k > j && tokens[k] && isCapitalized(tokens[k].text) && (ROLE_NOUNS.has(tokens[k - 1].text.toLowerCase()) || NAME_PARTICLES.has(tokens[k - 1].text) || (isCapitalized(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.kind === 'word'))) {
    j = k;
    t = tokens[j];
  }
  if (opensName(tokens, j)) {
    const r = runAround(tokens, j);
    if (!r) return undefined;
    // `said Huamán’s neighbor, Felicitas Ramos,`: a possessive name describes the speaker after it.
    // `said Kohl’s.`: nothing after it to describe; a business named for its founder.
    if (r.first === j && endsPossessive(tokens[r.last].text) && tokens[r.last + 1]?.kind === 'word') return describedThenNamed(ctx, pi, j, r.last);
    return personAfterRole(ctx, pi, r.last) ?? withPartnerAfter(ctx, pi, r.last, nameSubject(ctx, pi, j, r.last));
  }
  if (t.text === 'the' || t.text === 'a' || t.text === 'an' || PERSON_NOUNS.has(lower) || DETERMINER_WORDS.has(lower) || endsPossessive(lower)) {
    // `said the governor`, `said a spokeswoman for the agency`, `according to the Coast Guard`.
    if (tokens[j + 1] && isCapitalized(tokens[j + 1].text) && t.text === 'the' && tokens[j + 1].text !== 'No.') {
      const r = runAround(tokens, j + 1);
      // `said the Swede`: a nationality for the one it describes; `said the Vipers coach`: one of the team's.
      if (r && r.first === r.last && NATIONALITY_WORDS.has(tokens[r.first].text)) return describe(ctx, pi, ['the', tokens[r.first].text], { start: t.start, end: tokens[r.first].end });
      const role = r ? tokens[r.last + 1] : undefined;
      if (r && role?.kind === 'word' && !isCapitalized(role.text) && isOnesRole(role.text) && !isCapitalized(tokens[r.last + 2]?.text ?? '')) return describe(ctx, pi, tokens.slice(j, r.last + 2).map((x) => x.text), { start: t.start, end: role.end });
      if (r) {
        // `said the Lindquist family’s pediatrician, Dr. Wesley Haddad`, `said the Pruitts’
        // pastor, the Rev. Alan Moody`: the family's, named after the description of them.
        // (The plural's apostrophe is a token of its own: `Pruitts` `’`.)
        const after = tokens[r.last + 1]?.text ?? '';
        const owner = /^famil(?:y|ies)['’]s?$/.test(after) || ((after === '’' || after === "'") && tokens[r.last].text.endsWith('s')) ? r.last + 1 : r.last;
        if (owner > r.last) {
          if (tokens[owner + 1]?.kind === 'word') {
            const described = describedThenNamed(ctx, pi, j + 1, owner);
            if (described) return described;
          }
        }
        return nameSubject(ctx, pi, j + 1, r.last);
      }
    }
    // `said his neighbor, Felicitas Ramos`, `said the mayor’s aide Dan Cole`.
    const described = describedThenNamed(ctx, pi, j);
    if (described) return described;
    // `a spokeswoman for the agency`, `a Coast Guard statement`: up to the head noun.
    let e = j;
    while (e + 1 < tokens.length && e < j + 5 && tokens[e + 1].kind === 'word' && tokens[e + 1].text !== 'for' && tokens[e + 1].text !== 'who' && tokens[e + 1].text !== 'that' && tokens[e + 1].text !== 'of') e++;
    // The head is the last person noun in the phrase.
    while (e > j && !isPersonNoun(tokens[e].text, true)) e--;
    const words = tokens.slice(j, e + 1).map((x) => x.text);
    const head = words[words.length - 1].toLowerCase();
    if (!isPersonNoun(head, DETERMINER_WORDS.has(t.text.toLowerCase()))) return undefined;
    return describe(ctx, pi, words, { start: tokens[j].start, end: tokens[e].end });
  }
  return undefined;
}

/**
 * The speaker a description from token `from` names after it, set off by a comma or not:
 * `said his neighbor, Felicitas Ramos`, `said Huamán’s chief of staff, Ana Ruiz`, `said the
 * mayor’s aide Dan Cole`. Without a name, the description itself when it ends in a person noun
 * (`said Huamán’s neighbor`). `from` is the first word after the verb.
 */
function describedThenNamed(ctx: Ctx, pi: number, from: number, owner = -1): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  // The description's words: lower case (`of` too: `chief of staff`), after a possessive name
  // (tokens from..owner) or a determiner.
  const start = owner >= 0 ? owner + 1 : from;
  let e = start;
  while (e < tokens.length && e < start + 6 && tokens[e].kind === 'word' && !isCapitalized(tokens[e].text) && !PHRASE_ENDS.has(tokens[e].text)) e++;
  if (e === start && owner >= 0) {
    // `said Grand Traverse County Sheriff’s Lt. Dana Kirsch`: the owner's officer, by title and name.
    const r = TITLE_WORDS.has(tokens[start]?.text ?? '') ? runAround(tokens, start) : undefined;
    return r && r.first === start && r.last > start ? nameSubject(ctx, pi, start, r.last) : undefined;
  }
  // `his neighbor, Felicitas Ramos`: a name set off by a comma after a person noun; not after a
  // thing (`According to the notebook, Delgado leads`: a new clause's subject).
  let describesPerson = false;
  for (let k = start; k < e && !describesPerson; k++) describesPerson = isPersonNoun(tokens[k].text, true);
  let nameAt = tokens[e]?.text === ',' && describesPerson ? e + 1 : e;
  // `the Pruitts’ pastor, the Rev. Alan Moody`: the article AP puts before `Rev.`
  if (tokens[nameAt]?.text === 'the' && tokens[nameAt + 1]?.text === 'Rev.') nameAt++;
  if (tokens[nameAt]?.kind === 'word' && opensName(tokens, nameAt)) {
    const named = runAround(tokens, nameAt);
    // A single name the story has not given anyone (`his wife, Irene,`) is left to the description.
    const index = ctx.paras[pi].index;
    const word = tokens[nameAt].text;
    const known = !named || named.last > nameAt || index.withSurname(word).length > 0 || index.withGivenName(word).length > 0;
    const subject = named && named.first === nameAt && known ? nameSubject(ctx, pi, nameAt, named.last) : undefined;
    if (subject && subject.kind === 'person' && subject.person.kind === 'person') return subject;
  }
  // `Italy’s consul in Chicago, Giulia Ferraresi,`: past the place the role is in, to a full name.
  if (e > start && (tokens[e]?.text === 'in' || tokens[e]?.text === 'at') && isCapitalized(tokens[e + 1]?.text ?? '')) {
    const place = runAround(tokens, e + 1);
    const after = place && place.first === e + 1 && tokens[place.last + 1]?.text === ',' ? runAround(tokens, place.last + 2) : undefined;
    const person = after && after.first === place!.last + 2 && after.last > after.first ? nameSubject(ctx, pi, after.first, after.last) : undefined;
    if (person && person.kind === 'person' && person.person.kind === 'person') return person;
  }
  // Unnamed: the description up to its last person noun (`Marsh’s chief of staff`: `chief`).
  let head = e - 1;
  while (head >= start && !isPersonNoun(tokens[head].text, true)) head--;
  if (head < start || head < e - 3) return undefined;
  return describe(ctx, pi, tokens.slice(from, head + 1).map((x) => x.text), { start: tokens[from].start, end: tokens[head].end });
}

/** Words that end a description read after a speech verb (`said Marsh’s chief of staff at the time`). */
const PHRASE_ENDS = new Set(`who that which for at in on from with during after before since as to when while and but`.split(/\s+/));

const PERSON_PLURAL_RE = /(?:workers|men|women|people|kids|ers|ors|ists|ians|ents|ants)$/;
/** Common surnames shaped like plurals of people (`Sanders said` opening a sentence is a person, not sanders). */
const PLURAL_LOOKING_SURNAMES = new Set(`Sanders Rogers Peters Powers Waters Walters Myers Meyers Summers Flowers Rivers Chambers Childers Withers
Akers Byers Conyers Landers Sellers Masters Bowers Vickers Sommers Winters Somers Rodgers Desrosiers Ellers
Brewers Sievers Lamers Saunders Struthers Carruthers Albers Timmers Jagers`.split(/\s+/));

// Nouns that end like adverbs: `the family said` is not `the … quietly said`.
const LY_NOUNS = new Set(`family ally bully assembly daily weekly monthly quarterly rally supply homily`.split(/\s+/));

const COLLECTIVE_NOUNS = new Set(`gang cartel militia mob jury team band crew`.split(/\s+/));

const GROUP_HEADS = new Set(`two three four both couple pair trio family relatives families children kids girls boys teens youths crowd
audience congregation chorus class`.split(/\s+/));

/** `Refiners`, `Children`: a word shaped like a plural noun. */
/** `Analysts`, `Fishermen`, `Regulars`: people of a kind in the plural, not a surname the story gave someone. */
function pluralOfPeople(ctx: Ctx, pi: number, word: string): boolean {
  return looksPlural(word) && !PLURAL_LOOKING_SURNAMES.has(word) && isPersonNoun(word, true) && !ctx.paras[pi].index.withSurname(word).length;
}

function looksPlural(word: string): boolean {
  return word.endsWith('s') || word.endsWith('hildren') || word.endsWith('men');
}

// Players' positions of two words: `the tight end said`, `the left tackle said`.
const POSITION_TAILS: Record<string, string[]> = {
  end: ['tight', 'defensive'],
  back: ['running', 'defensive', 'offensive'],
  tackle: ['left', 'right', 'defensive', 'offensive', 'nose'],
  safety: ['free', 'strong', 'the', 'a'],
  guard: ['point', 'shooting', 'left', 'right'],
  forward: ['power', 'small'],
  baseman: ['first', 'second', 'third'],
  wing: ['left', 'right'],
};

/** Token `j` ends a player's position (`tight end`, `strong safety`, `the safety`). */
function isPosition(tokens: Token[], j: number): boolean {
  // (`the world No. 4 said`: a ranking.)
  if (tokens[j - 1]?.text === 'No.' && /^\d+$/.test(tokens[j].text)) return true;
  const before = POSITION_TAILS[tokens[j].text];
  return !!before && j > 0 && before.includes(tokens[j - 1].text.toLowerCase());
}

/** A noun that can name a speaker: a listed one, or one shaped like a person noun (`dockworker`). */
function isPersonNoun(word: string, afterDeterminer: boolean): boolean {
  const w = word.toLowerCase();
  // `the mayor-elect said`.
  if (afterDeterminer && w.endsWith('-elect')) return true;
  // `the 31-year-old said`.
  if (afterDeterminer && w.endsWith('-year-old') && /^(?:\d+|[a-z]+)-year-old$/.test(w)) return true;
  if (PERSON_NOUNS.has(w) || w === 'democrats' || w === 'republicans' || w.endsWith('children')) return true;
  // `the two said`, `the couple said`.
  if (afterDeterminer && GROUP_HEADS.has(w)) return true;
  // A plural needs no determiner: `critics said`, `regulars say`, `researchers said`, `allies said`.
  if (w.length > 3 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) !== 115) {
    const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    if (PERSON_NOUNS.has(singular) || isRoleNoun(singular) || PERSON_PLURAL_RE.test(w)) return true;
  }
  return afterDeterminer && /(?:worker|man|woman|men|women|person|people|er|ers|or|ors|ist|ists|ian|ians|ent|ents|ant|ants)$/.test(w);
}

const DETERMINER_WORDS = new Set(`a an the another one two three several many some other his her their its both all`.split(/\s+/));

/** A singular role a person holds in a team or a body (`captain`, `coach`, `native`), not its voice (`spokesman`). */
function isOnesRole(head: string): boolean {
  return !head.startsWith('spokes') && !looksPlural(head) && (isRoleNoun(head) || TITLE_ALONE_NOUNS.has(head));
}

function descriptionBackward(ctx: Ctx, pi: number, j: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  const head = tokens[j].text.toLowerCase();
  let hasDeterminer = false;
  // A possessive determines too: `Marsh’s family said`.
  for (let k = j - 1; k >= 0 && k >= j - 4 && tokens[k].kind === 'word'; k--) if (DETERMINER_WORDS.has(tokens[k].text.toLowerCase()) || endsPossessive(tokens[k].text)) hasDeterminer = true;
  if (!isPersonNoun(head, hasDeterminer) && !(hasDeterminer && isPosition(tokens, j))) return undefined;
  let k = j;
  while (k > 0 && k > j - 5) {
    const t = tokens[k - 1];
    if (t.kind !== 'word') break;
    const l = t.text.toLowerCase();
    if (['and', 'or', 'but', 'that', 'which', 'who', 'as', 'when', 'while', 'after', 'before', 'because', 'said', 'says'].includes(l)) break;
    k--;
    if (l === 'the' || l === 'a' || l === 'an' || l === 'his' || l === 'her' || l === 'their' || l === 'its') break;
  }
  // `Coast Guard officials said`, `an Amazon spokesman said`: the organisation named before the
  // description speaks; not for one of its people (`the Mariners captain said`).
  const capRun = tokens.slice(k, j).filter((t) => isCapitalized(t.text) && !NON_NAME_WORDS.has(t.text));
  if (capRun.length && !isOnesRole(head)) {
    const first = tokens.indexOf(capRun[0]);
    const last = tokens.indexOf(capRun[capRun.length - 1]);
    const run = parseRun(tokens, first, last);
    if (run && (run.org || run.words.length >= 1)) {
      const org = ctx.paras[pi].index.byFullName(run.words.join(' '));
      if (org && org.kind === 'organization') return { kind: 'person', person: org, span: run.span, text: run.words.join(' ') };
    }
  }
  const words = tokens.slice(k, j + 1).map((t) => t.text);
  return describe(ctx, pi, words, { start: tokens[k].start, end: tokens[j].end });
}


const PLACE_PREPOSITIONS_AFTER = new Set(`at from in on near outside inside behind over down across`.split(/\s+/));
// (And `a spokeswoman for the farm said`, `the mother of the boy said`: whose the person is.)
const PERSON_PHRASE_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS_AFTER, 'for', 'of', 'with']);

/** Where a short phrase of place ending at token `end` begins (`at the landing`, `from Portland`), or -1. */
function placePhraseStart(tokens: Token[], end: number, reach = 4, prepositions = PLACE_PREPOSITIONS_AFTER): number {
  for (let k = end - 1; k >= 0 && k >= end - reach && tokens[k].kind === 'word'; k--) if (prepositions.has(tokens[k].text)) return k;
  return -1;
}

/** Do the tokens `first`..`last` name an organisation the story knows? */
function namesOrganization(ctx: Ctx, pi: number, first: number, last: number): boolean {
  const s = nameSubject(ctx, pi, first, last);
  return !!s && s.kind === 'person' && s.person.kind === 'organization';
}

/** `Kansas City`, `St. Charles County`: named places that the organisation list holds too. */
function isPlaceName(name: string): boolean {
  // `Owls Head Light` is a place; `Cascade Power & Light` a company.
  return PLACE_LAST_WORDS.has(name.slice(name.lastIndexOf(' ') + 1)) && !name.includes('&');
}

/** `the governor` → the one person titled Gov.; `the company` → the organisation last named; anything else stays a description. */
function describe(ctx: Ctx, pi: number, words: string[], span: Span): Subject {
  const phrase = words.join(' ');
  const lower = phrase.toLowerCase().replace(/^(?:the|a|an|his|her|their)\s+/, '');
  // `the ministry said` after `the Ministry of Foreign Affairs`: an institution the story named,
  // by the noun its name holds (only then: `the court said` names no court on its own).
  if (/^the\s/i.test(phrase) && INSTITUTION_NOUNS.has(lower)) {
    const named = organizationNaming(ctx, pi, lower, span.start);
    if (named) return { kind: 'role', person: named, span, text: phrase };
  }
  if (/^the\s/i.test(phrase) && ORG_DESCRIPTORS.has(lower)) {
    const log = ctx.mentionLog;
    // An organisation whose name says what it is (`the Japan Meteorological Agency` for `the
    // agency`), however far back, before whichever was named last.
    const named = organizationNaming(ctx, pi, lower.slice(lower.lastIndexOf(' ') + 1), span.start);
    if (named) return { kind: 'role', person: named, span, text: phrase };
    const from = pi > 1 ? ctx.paras[pi - 2].block.start : ctx.paras[pi].storyStart;
    for (let k = lowerBound(log, span.start) - 1, seen = 0; k >= 0 && log[k].pos >= Math.max(from, ctx.paras[pi].storyStart) && seen < 40; k--, seen++) {
      // `the utility` is no city or county, whatever else the story named, nor a venue named
      // after a preposition (`a show at the Tower Theatre`).
      if (log[k].person.kind === 'organization' && !isPlaceName(log[k].person.name) && !namesOtherKind(log[k].person.name, lower) && !PLACE_PREPOSITION_BEFORE_RE.test(ctx.story.text.slice(Math.max(0, log[k].pos - 12), log[k].pos))) return { kind: 'role', person: log[k].person, span, text: phrase };
    }
  }
  // `the mayor-elect` is the one titled `Mayor-elect`.
  const titles = ROLE_TITLES[lower] ?? titlesPastModifiers(lower) ?? (/^[a-z]+-elect$/.test(lower) ? [lower.charAt(0).toUpperCase() + lower.slice(1)] : undefined);
  if (titles && /^the\s/i.test(phrase)) {
    let holders = ctx.paras[pi].index.members.filter((p) => p.kind === 'person' && p.title && titleHas(p.title, titles) && p.firstReference.start < span.start);
    // `the British ambassador` of two ambassadors: the one whose title says British.
    const modifiers = lower.split(' ').slice(0, -1);
    if (holders.length > 1 && modifiers.length) {
      const matching = holders.filter((p) => modifiers.every((m) => p.title!.toLowerCase().split(' ').includes(m)));
      if (matching.length) holders = matching;
      // `the dissenting judge` after `Judge Alan Oyelaran dissented`: the one the story says did.
      else if (modifiers[0] === 'dissenting' || modifiers[0] === 'concurring') {
        const did = new RegExp(`^[^.]{0,60}\\b${modifiers[0] === 'dissenting' ? 'dissent' : 'concurr'}`);
        const doers = holders.filter((p) => p.mentions.some((m) => did.test(ctx.story.text.slice(m.end, m.end + 70))));
        if (doers.length === 1) holders = doers;
      }
    }
    if (holders.length === 1) return { kind: 'role', person: holders[0], span, text: phrase };
    // `the senator said` after two senators: either could be meant.
    if (holders.length > 1) return { kind: 'role', person: lastMentioned(holders, span.start), span, text: phrase, ambiguous: holders };
  }
  // `the harbor master said` after `harbor master Tom Levesque`: the role the story gave someone
  // (`his mother said` after `His mother, Denise Caldwell,`).
  if (!titles && /^(?:the|his|her|their)\s/i.test(phrase) && !lower.includes(' of ')) {
    const holders = ctx.paras[pi].index.members.filter((p) => {
      if (p.kind !== 'person' || !p.title || p.firstReference.start >= span.start) return false;
      const t = p.title.toLowerCase();
      // (`the chef` is the one titled `Chef and owner` too.)
      if (t === lower || t.endsWith(` ${lower}`) || t.startsWith(`${lower} and `)) return true;
      return rolesBesideTitle(ctx, p).some((role) => role === lower || role.endsWith(` ${lower}`));
    });
    if (holders.length === 1) return { kind: 'role', person: holders[0], span, text: phrase };
    if (holders.length > 1) return { kind: 'role', person: lastMentioned(holders, span.start), span, text: phrase, ambiguous: holders };
  }
  return { kind: 'description', span, text: phrase };
}

const PLACE_PREPOSITION_BEFORE_RE = /\b(?:at|in|on|into|inside|outside|near|from)\s+(?:the\s+)?$/i;

/** The organisation last named before `pos` in this story whose name holds the word `noun` (`agency`, `ministry`). */
function organizationNaming(ctx: Ctx, pi: number, noun: string, pos: number): Person | undefined {
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, pos) - 1, seen = 0; k >= 0 && log[k].pos >= ctx.paras[pi].storyStart && seen < 200; k--, seen++) {
    const p = log[k].person;
    if (p.kind !== 'organization') continue;
    const words = p.name.toLowerCase().split(' ');
    // (`the union` is `Teamsters Local 89` too, named before any company its members work for.)
    if (words.includes(noun) || (noun === 'union' && words.some((w) => UNION_NAME_WORDS.has(w)))) return p;
  }
  return undefined;
}

const UNION_NAME_WORDS = new Set(`local teamsters workers guild brotherhood steelworkers`.split(/\s+/));

// Seats of government a story names for the state they run: no union, agency or company.
const GOVERNMENT_SEATS = new Set(['Vatican', 'Kremlin', 'Pentagon', 'White House', 'Holy See']);

/**
 * An organisation whose name says it is of another kind than `descriptor`: `the union said` is
 * not St. Hedwig Catholic Church nor the Vatican, though either was named last.
 */
function namesOtherKind(name: string, descriptor: string): boolean {
  if (GOVERNMENT_SEATS.has(name)) return true;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (last === descriptor) return false;
  // `Stellantis Group` is still `the company`; `Delta Air Lines` has no noun to say otherwise.
  // `Keystone Steel Corp.` is a business: not `the team` nor `the union`.
  if (COMPANY_ENDINGS.has(last)) return !BUSINESS_DESCRIPTORS.has(descriptor);
  return INSTITUTION_NOUNS.has(last) || (ORG_DESCRIPTORS.has(last) && !GENERIC_DESCRIPTORS.has(descriptor));
}

const COMPANY_ENDINGS = new Set(`corp. inc. co. ltd. llc plc`.split(/\s+/));
const BUSINESS_DESCRIPTORS = new Set(`company firm business startup retailer maker manufacturer carrier airline utility chain lender insurer bank
automaker developer operator publisher broadcaster producer brand platform group`.split(/\s+/));

const GENERIC_DESCRIPTORS = new Set(['company', 'firm', 'group', 'business', 'organization']);

const INSTITUTION_NOUNS = new Set([...INSTITUTION_WORDS, ...`palace mission center laboratory service legislature senate house
parliament`.split(/\s+/)]);

// Words that make a title someone else's: `the former governor` is not the governor.
const OTHER_HOLDER_WORDS = new Set(`former ex late then acting interim incoming outgoing future next previous new deputy assistant vice lieutenant`.split(/\s+/));

/** `first-term governor`, `two-term mayor`: the title of the head noun, past modifiers that keep its holder. */
function titlesPastModifiers(lower: string): string[] | undefined {
  const words = lower.split(' ');
  if (words.length < 2 || words.some((w) => OTHER_HOLDER_WORDS.has(w))) return undefined;
  return ROLE_TITLES[words[words.length - 1]];
}


const PARTY_NOUNS = new Set(['Democrat', 'Republican', 'Democrats', 'Republicans']);

// Nouns before the name of a work or a vessel, which names no one: `the journal Ecology Letters`.
const WORK_NOUNS = new Set(`journal newspaper magazine book novel memoir film movie documentary album song podcast play musical opera ship
vessel yacht tanker freighter ferry schooner tugboat`.split(/\s+/));

/** `Democrat Rachel Osei`, `Democratic Gov. Tony Evers`: a party written before the name. */
function partyBefore(run: NameRun): Party | undefined {
  if (run.roleWritten === 'Democrat' || run.roleWritten === 'Republican') return run.roleWritten;
  if (run.title.includes('Democratic')) return 'Democrat';
  if (run.title.includes('Republican')) return 'Republican';
  return undefined;
}

/**
 * `the Republican said`, `the 71-year-old Democrat added`: the lawmaker the story gave that
 * party (`Sen. Carl Beaumont Jr., R-Roswell`); `the Racine Democrat`, of two, the one whose tag
 * names Racine. A plural or an unknown party is a description.
 */
function partySubject(ctx: Ctx, pi: number, words: string, span: Span): Subject {
  const parts = words.split(' ');
  const party = parts[parts.length - 1];
  // (`the Las Cruces Democrat`: a hometown of more than one word.)
  const place = parts.slice(/^the$/i.test(parts[0]) ? 1 : 0, -1);
  const hometown = place.length ? place.join(' ') : undefined;
  let holders = ctx.paras[pi].index.members.filter((p) => p.party === party && p.firstReference.start < span.start);
  if (hometown && holders.length > 1) {
    const text = ctx.story.text;
    const from = holders.filter((p) => text.slice(p.firstReference.end, p.firstReference.end + 40).includes(`-${hometown}`));
    if (from.length) holders = from;
  }
  if (holders.length === 1) return { kind: 'role', person: holders[0], span, text: words };
  if (holders.length > 1) return { kind: 'role', person: lastMentioned(holders, span.start), span, text: words, ambiguous: holders };
  return { kind: 'description', span, text: words };
}

/** Does `title` hold one of `titles`, in any case (`Education Secretary`, `education secretary`)? */
function titleHas(title: string, titles: string[]): boolean {
  const words = title.toLowerCase().split(' ');
  return titles.some((t) => (t.includes(' ') ? ` ${title.toLowerCase()} `.includes(` ${t.toLowerCase()} `) : words.includes(t.toLowerCase())));
}

function nameSubject(ctx: Ctx, pi: number, first: number, last: number): Subject | undefined {
  const { tokens } = ctx.paras[pi];
  // `May said` after `Council member Derek May`: a surname that is also a month or weekday.
  if (first === last && NON_NAME_WORDS.has(tokens[first].text)) {
    const named = ctx.paras[pi].index.withSurname(tokens[first].text).filter((p) => p.kind === 'person');
    if (named.length === 1) return referTo(ctx, ctx.paras[pi].index, named[0], tokens[first], 'surname', tokens[first].text);
  }
  // `crossing into the U.S. Beltran-Kessler said`: the sentence ended with the abbreviation.
  if (first < last && endsSentenceAbbreviation(ctx.paras[pi].index, tokens, first, last)) first++;
  const run = parseRun(tokens, first, last);
  if (!run) return undefined;
  const text = run.words.join(' ');
  const { options } = ctx;
  const { index } = ctx.paras[pi];
  // `the Republican`, `the Racine Democrat` (a hometown and a party), with the article: the
  // words that name the speaker.
  if (PARTY_NOUNS.has(run.words[run.words.length - 1]) && run.words.length <= 4) {
    const the = tokens[first - 1]?.kind === 'word' && tokens[first - 1].text.toLowerCase() === 'the' ? tokens[first - 1] : undefined;
    return partySubject(ctx, pi, the ? `${the.text} ${text}` : text, the ? { start: the.start, end: run.span.end } : run.span);
  }
  // `Macy’s said`, `said McDonald’s`: no person's possessive says anything; a business
  // named for its founder does.
  if (endsPossessive(tokens[last].text) && (isVerb(ctx, tokens[last + 1]) || (isVerb(ctx, tokens[first - 1]) && tokens[last + 1]?.kind !== 'word'))) {
    const span = { start: run.span.start, end: tokens[last].end };
    const name = ctx.story.text.slice(span.start, span.end);
    const org = index.byFullName(name) ?? index.add('organization', name, name, span, 'unknown', undefined, true);
    logMention(ctx, org, span.start);
    return { kind: 'person', person: org, span, text: name };
  }
  // `OSEI: “…”`: a fact check's or a transcript's label, the surname in capitals (not an acronym).
  if (run.words.length === 1 && isAllCaps(run.words[0])) {
    const named = index.inCapitals(run.words[0]);
    if (named.length === 1) return referTo(ctx, index, named[0], run.span, 'surname', text);
  }
  // `Van der Burg said`: particles and a surname are read by the surname.
  if (isParticleReference(index, run)) return nameSubject(ctx, pi, last, last);
  // `Dorsey Jr. said`, `Pikes Jr. said`, no one in the story with that surname and suffix: the
  // surname alone, never introduced, or misspelled.
  if (run.words.length === 2 && NAME_SUFFIXES.has(run.words[1]) && tokens[last].text === run.words[1] && last > first && !index.byFullName(text) && !suffixedSurnameOwners(index, run.words)?.length) return nameSubject(ctx, pi, first, last - 1);
  const apart = surnameWrittenApart(index, run);
  if (apart) return { kind: 'person', person: apart, span: run.span, text, misspelled: text };
  // A known person's surname wins over shapes that look like places (`according to Reyna`).
  const knownPerson = run.words.length === 1 && index.withSurname(run.words[0]).some((p) => p.kind === 'person');
  // `Santa Cruz said` after `Councilwoman Lane Santa Cruz`: the end of a person's longer name,
  // however much it looks like a place.
  if ((run.org || run.place) && run.words.length >= 2) {
    const owners = nameTailOwners(index, run.words);
    if (owners.length === 1) return referTo(ctx, index, owners[0], run.span, 'surname', text);
  }
  if ((run.org || run.place) && !knownPerson) {
    const org = index.byFullName(text);
    if (org) return organizationSubject(ctx, org, run.span, text);
    const shortened = run.org && run.words.length === 1 ? orgShortenedTo(index, text, run.span.start) : undefined;
    if (shortened) return referTo(ctx, index, shortened, run.span, 'surname', text);
    return { kind: 'description', span: run.span, text };
  }
  if (run.words.length >= 2) {
    const full = index.byFullName(text);
    const tailOwners = full || run.title.length ? [] : nameTailOwners(index, run.words);
    // Only one of them introduced yet: that one (`Bullard-St. John said his father, Javon Bullard-St. John Sr., …`).
    const introduced = tailOwners.filter((p) => p.firstReference.start < run.span.start);
    const owners = introduced.length ? introduced : tailOwners;
    if (owners.length === 1 && tailOwners.length > 1) return { kind: 'person', person: owners[0], span: run.span, text };
    if (owners.length > 1) {
      const meant = generationNamed(ctx, pi, run.first, owners);
      if (meant) return { kind: 'person', person: meant, span: run.span, text };
      return { kind: 'person', person: lastMentioned(owners, run.span.start), span: run.span, text, ambiguous: owners };
    }
    // `Walter Pike said` when the story has Walter Pike Sr. and Walter Pike Jr.: either of them.
    if (!full && !nameSuffix(run.words)) {
      const alike = index.withSurname(run.words[run.words.length - 1]).filter((x) => x.kind === 'person' && x.name.startsWith(`${text} `) && !!nameSuffix(x.name.split(' ')));
      if (alike.length > 1) return { kind: 'person', person: lastMentioned(alike, run.span.start), span: run.span, text, ambiguous: alike };
    }
    const p = full ?? index.mentionedAt(run.span.start);
    if (p) {
      const variant = p.variants.find((vr) => vr.start >= run.span.start && vr.end <= run.span.end);
      return { kind: 'person', person: p, span: run.span, text, ...(variant ? { misspelled: variant.written } : {}) };
    }
    return { kind: 'description', span: run.span, text };
  }
  // A single word: a surname (or an organisation's one-word name).
  const word = run.words[0];
  const pos = run.span.start;
  const people = index.withSurname(word);
  const persons = [...index.namedBySurname(word, people.filter((p) => p.kind === 'person'))];
  if (persons.length === 1) return { kind: 'person', person: persons[0], span: run.span, text };
  if (persons.length > 1) {
    const before = persons.filter((p) => p.firstReference.start < pos);
    // Only one of them introduced yet: the reader knows just that one, so the surname is
    // clear here (`Ruth Abernathy … Abernathy said`, and only then `Dale Abernathy`).
    if (before.length === 1) return { kind: 'person', person: before[0], span: run.span, text };
    // `His wife, Irene, laughs` … `Koskinen says`: where the story has called the others by
    // first name, as AP does for people who share a surname, the surname is the one left.
    // The first name may come later in the same sentence (`Pettibone said she will retire when
    // someone loves the place as much as Harold did`).
    const para = ctx.paras[pi];
    const sentenceEnd = para.tokens[sentenceBounds(para, last).to]?.end ?? pos;
    // (Not one quoted by full name since: `his father, Ernesto,` then `“…,” Ernesto Fonseca, 71,
    // said` leaves `Fonseca said` open to both.)
    const limit = Math.max(pos, sentenceEnd);
    const pool = before.length ? before : persons;
    const givenAt = new Map(pool.map((p) => [p, p.mentions.reduce((at, m) => (m.form === 'given' && m.start < limit ? Math.max(at, m.start) : at), -1)]));
    const speaksAfter = (m: Mention) => {
      const verb = /^(?:,\s*\d{1,3},)?\s+(\p{Ll}+)/u.exec(ctx.story.text.slice(m.end, m.end + 24));
      return !!verb && options.speechVerbs.has(verb[1]);
    };
    const quotedInFull = pool.some((p) => givenAt.get(p)! >= 0 && p.mentions.some((m) => m.form === 'full' && m.start > givenAt.get(p)! && m.start < pos && speaksAfter(m)));
    const bySurname = quotedInFull ? [] : pool.filter((p) => givenAt.get(p)! < 0);
    if (bySurname.length === 1) return { kind: 'person', person: bySurname[0], span: run.span, text };
    // `the elder Mercier`, `the younger Tolliver`: father and son, told apart by age.
    const meant = generationNamed(ctx, pi, run.first, before.length ? before : persons) ?? notCalledByGeneration(ctx.story.text, pool, pos);
    if (meant) return { kind: 'person', person: meant, span: run.span, text };
    const pick = lastMentioned(before.length ? before : persons, pos);
    return { kind: 'person', person: pick, span: run.span, text, ambiguous: persons };
  }
  const org = people.find((p) => p.kind === 'organization');
  if (org) return organizationSubject(ctx, org, run.span, text);
  // `Harborview said` after `Harborview General Hospital`, `the Vikings said` after `the Minnesota
  // Vikings`: an organisation's first or last word names it on later reference.
  const shortFor = orgShortenedTo(index, word, pos);
  if (shortFor) return referTo(ctx, index, shortFor, run.span, 'surname', text);
  // Known to the desk: a configured person or organisation.
  const known = options.knownPeople.find((n) => n.split(/\s+/).pop() === word);
  if (known) {
    const p = index.add('person', known, word, run.span, 'unknown', undefined, true);
    logMention(ctx, p, run.span.start);
    return { kind: 'person', person: p, span: run.span, text };
  }
  if (options.knownOrganizations.has(word) || looksLikeOrganization(ctx, pi, word, last)) {
    const p = index.add('organization', word, word, run.span, 'unknown', undefined, true);
    return organizationSubject(ctx, p, run.span, text);
  }
  // `Lula said` after `Luiz Inácio Lula da Silva`: a name inside a long full name that AP uses
  // on later reference.
  const byInner = index.withInnerName(word).filter((x) => x.introduced && x.firstReference.start < pos);
  if (byInner.length === 1) return referTo(ctx, index, byInner[0], run.span, 'surname', text);
  // `Tom said` after `Tom Harris`: a given name alone names the one person introduced with it
  // (AP's later reference for people who share a surname, and for Thai and Icelandic names).
  // The full name counts where it came before, even if a bare surname came earlier still (`Senior
  // guard Brandt`, then `Her father, Doug Brandt,`, then `Doug said`). (Before near misses:
  // `Somchai said` names Somchai Wongsakul, whatever else is spelled like it.)
  const byGiven = index.withGivenName(word).filter((x) => x.kind === 'person' && x.name !== word && x.firstReference.start < pos && (x.introduced || x.mentions.some((m) => m.form === 'full' && m.start < pos)));
  if (byGiven.length === 1) return referTo(ctx, index, byGiven[0], run.span, 'given', text);
  // A misspelling of an introduced surname? Those introduced by now count first; two people
  // who share the surname it misses (`Vos` for Raymond and Angela Voss) are one spelling.
  const near = index.nearMisses(word, true);
  const nearBefore = near.filter((x) => x.firstReference.start < pos);
  const nearPool = nearBefore.length ? nearBefore : near;
  if (nearPool.length >= 1 && nearPool.every((x) => x.surname === nearPool[0].surname)) {
    const p = nearPool.length === 1 ? nearPool[0] : lastMentioned(nearPool, pos);
    if (!p.variants.some((vr) => vr.start === run.span.start)) p.variants.push({ start: run.span.start, end: run.span.end, written: word, expected: index.surnameMissed(p, word) });
    index.mention(p, run.span, 'surname');
    logMention(ctx, p, run.span.start);
    return { kind: 'person', person: p, span: run.span, text, misspelled: word };
  }
  if (NON_NAME_WORDS.has(word) || TITLE_WORDS.has(word)) return { kind: 'description', span: run.span, text };
  // `a pass from Mats Zuccarello`, read as a place, then `Zuccarello said`: that was the full name.
  const placed = index.placeLike.find((r) => r.span.start < pos && surnameOf(r.words) === word);
  if (placed) {
    const p = index.add('person', placed.words.join(' '), word, placed.span, genderOf(placed), undefined, true);
    logMention(ctx, p, placed.span.start);
    mentionEveryUse(ctx, index, p, word, (sp) => sp.start === placed.span.start || sp.start + word.length === placed.span.end);
    return { kind: 'person', person: p, span: run.span, text };
  }
  // `Somchal said` after `Somchai Wongsakul`: a misspelling of the given name of the one person
  // introduced with it (where it is no one's given name itself).
  if (!isGivenName(word)) {
    const givenNear = index.givenNearMisses(word).filter((x) => x.introduced && x.firstReference.start < pos);
    if (givenNear.length === 1) {
      const p = givenNear[0];
      if (!p.variants.some((vr) => vr.start === run.span.start)) p.variants.push({ start: run.span.start, end: run.span.end, written: word, expected: p.name.slice(0, p.name.indexOf(' ')) });
      index.mention(p, run.span, 'given');
      logMention(ctx, p, run.span.start);
      return { kind: 'person', person: p, span: run.span, text, misspelled: word };
    }
  }
  // `One of her students, Jaylen, 10, said`: AP names a child 15 or younger by first name alone,
  // so a single name whose first use gives such an age is introduced there.
  const juvenile = isJuvenileFirstName(ctx, word);
  // Never introduced: keep them as a person so the outline and the rules can name them.
  const p = index.add('person', word, word, run.span, 'unknown', run.title.length ? run.title.join(' ') : undefined, juvenile);
  p.mentions[0].form = run.title.length ? 'titleSurname' : 'surname';
  mentionEveryUse(ctx, index, p, word, (sp) => sp.start === run.span.start);
  logMention(ctx, p, run.span.start);
  p.firstReference = { start: p.mentions[0].start, end: p.mentions[0].end };
  return { kind: 'person', person: p, span: run.span, text };
}

/** `span` (written `text`) refers to `p`, someone the story already has: record the mention and make it the subject. */
/**
 * An organisation named as a subject (`Lumina said its board …`): logged where it is named, so a
 * later `it said` in the paragraph finds it rather than a company named further back.
 */
function organizationSubject(ctx: Ctx, org: Person, span: Span, text: string): Subject {
  const log = ctx.mentionLog;
  const k = lowerBound(log, span.start);
  if (!(k < log.length && log[k].pos === span.start && log[k].person === org)) logMention(ctx, org, span.start);
  return { kind: 'person', person: org, span, text };
}

function referTo(ctx: Ctx, index: PeopleIndex, p: Person, span: Span, form: Mention['form'], text: string): Subject {
  index.mention(p, span, form);
  logMention(ctx, p, span.start);
  return { kind: 'person', person: p, span, text };
}

/** Titles before a single name that is a full first reference (popes, royals, emirs). */
const SINGLE_NAME_TITLES = new Set(`Pope King Queen Prince Princess Emperor Empress Sultan Sheikh Emir Duke Duchess Patriarch`.split(/\s+/));

const KIN_PLURALS = new Map<string, Gender>([['sons', 'male'], ['daughters', 'female'], ['brothers', 'male'], ['sisters', 'female'], ['grandsons', 'male'], ['granddaughters', 'female'], ['children', 'unknown'], ['grandchildren', 'unknown'], ['twins', 'unknown']]);

/** `sons, Daniel and Thomas`, `daughters, Ava, Mia and Lena`: the plural kin noun before the name at `first`. */
function pluralKinBefore(tokens: Token[], first: number): string | undefined {
  let k = first - 1;
  // Back over the names listed before this one.
  for (let n = 0; n < 4 && k >= 2 && (tokens[k].text === 'and' || tokens[k].text === ',') && tokens[k - 1].kind === 'word' && isCapitalized(tokens[k - 1].text); n++) {
    if (tokens[k - 2].text === ',' && KIN_PLURALS.has(tokens[k - 3]?.text ?? '')) return tokens[k - 3].text;
    k -= 2;
  }
  return tokens[first - 1]?.text === ',' && KIN_PLURALS.has(tokens[first - 2]?.text ?? '') ? tokens[first - 2].text : undefined;
}

const KIN_WORDS = new Set(`wife husband son daughter mother father brother sister grandson granddaughter grandmother grandfather niece
nephew aunt uncle cousin partner fiancee fiance widow widower`.split(/\s+/));

/**
 * `his wife, Anne,`, `Levesque’s son, Eli.`: a single name set off by commas after a word for a
 * relative; the gender that word gives (unknown for `cousin`, `partner`), or undefined.
 */
function kinBefore(tokens: Token[], run: NameRun): Gender | undefined {
  if (run.words.length !== 1 || run.title.length) return undefined;
  const after = tokens[run.last + 1]?.text;
  // `His sons, Daniel and Thomas,`: each of the kin named.
  const plural = pluralKinBefore(tokens, run.first);
  if (plural && (after === ',' || after === '.' || after === 'and' || after === undefined)) return KIN_PLURALS.get(plural);
  // `his son Daniel said`: one of several, named without commas, by a given name.
  if (tokens[run.first - 1]?.kind === 'word' && KIN_WORDS.has(tokens[run.first - 1].text) && isGivenName(run.words[0])) {
    const kin = tokens[run.first - 1].text;
    return FEMALE_WORDS.has(kin) ? 'female' : MALE_WORDS.has(kin) ? 'male' : 'unknown';
  }
  if (tokens[run.first - 1]?.text !== ',') return undefined;
  let kin = tokens[run.first - 2];
  // `His wife of 61 years, Marjorie,`: past the years.
  if (kin?.text === 'years' && tokens[run.first - 4]?.text === 'of' && /^\d+$/.test(tokens[run.first - 3]?.text ?? '')) kin = tokens[run.first - 5];
  if (!kin || kin.kind !== 'word' || !KIN_WORDS.has(kin.text)) return undefined;
  // (`survived by his wife, Ruth; a son, …`: a survivors list sets each off with a semicolon.)
  if (after !== ',' && after !== '.' && after !== ';' && after !== undefined) return undefined;
  return FEMALE_WORDS.has(kin.text) ? 'female' : MALE_WORDS.has(kin.text) ? 'male' : 'unknown';
}

/** Is the first use of `word` in the story followed by an age of 15 or under (`Jaylen, 10,`)? */
function isJuvenileFirstName(ctx: Ctx, word: string): boolean {
  const first = wordSpans(ctx, word)[0];
  if (!first) return false;
  return hasJuvenileAge(ctx.story.text, first.end);
}

/** Does an age of 15 or under follow a name ending at `end` (`Jaylen, 10,`)? */
function hasJuvenileAge(text: string, end: number): boolean {
  const m = /^,\s+(\d{1,2}),/.exec(text.slice(end, end + 8));
  return !!m && Number(m[1]) <= 15;
}

/** Every other use of `word` in the story's body (not `isOwn`) is a mention of `p` too; `p`'s mentions end in text order. */
function mentionEveryUse(ctx: Ctx, index: PeopleIndex, p: Person, word: string, isOwn: (sp: Span) => boolean): void {
  for (const sp of wordSpans(ctx, word)) {
    if (isOwn(sp)) continue;
    index.mention(p, sp, 'surname');
    logMention(ctx, p, sp.start);
  }
  sortByStart(p.mentions);
}

/** Capitalised words of the story's body, by word. */
function wordSpans(ctx: Ctx, word: string): Span[] {
  if (!ctx.wordIndex) indexCapitalizedWords(ctx);
  return ctx.wordIndex!.get(word) ?? [];
}

/** Is `word` written with its capital after another word somewhere (`that Gov. Evers had`), not only where a sentence starts? Then it is a name. */
function capitalizedMidSentence(ctx: Ctx, word: string): boolean {
  if (!ctx.midSentenceCapitals) indexCapitalizedWords(ctx);
  return ctx.midSentenceCapitals!.has(word);
}

function indexCapitalizedWords(ctx: Ctx): void {
  const idx = new Map<string, Span[]>();
  const mid = new Set<string>();
  for (const para of ctx.paras) {
    const { tokens } = para;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || !isCapitalized(t.text)) continue;
      const w = stripPossessive(t.text);
      const list = idx.get(w);
      const span = { start: t.start, end: t.start + w.length };
      if (list) list.push(span);
      else idx.set(w, [span]);
      if (k > 0 && tokens[k - 1].kind === 'word') mid.add(w);
    }
  }
  ctx.wordIndex = idx;
  ctx.midSentenceCapitals = mid;
}

/**
 * A one-word speaker never introduced is an organisation, not a person, when the
 * copy treats it as one: an acronym or mixed case (`FEMA`, `PayPal`), `the Pentagon`
 * somewhere in the story, `Walmart Inc.`, or `its` later in the sentence.
 */
function looksLikeOrganization(ctx: Ctx, pi: number, word: string, last: number): boolean {
  // Mixed case, but not a surname's prefix (`McAllister`, `MacLeod`, `LaRue`, `DeLuca`, `FitzGerald`).
  if (/^[A-Z]{2,6}s?$/.test(word) || (/^[A-Z][a-z]+[A-Z]/.test(word) && !SURNAME_PREFIX_RE.test(word)) || WELL_KNOWN_ORGANIZATIONS.has(word)) return true;
  const text = ctx.story.text;
  for (const sp of wordSpans(ctx, word)) {
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, sp.start - 5), sp.start))) return true;
    const after = text.slice(sp.end, sp.end + 40);
    if (/^\s+(?:Inc\.|Corp\.|Co\.|LLC|Ltd\.|Group|Holdings)/.test(after)) return true;
    // `Coldiretti, which represents small farmers, said`: `which`, not `who`.
    if (/^,\s+which\b/.test(after)) return true;
    // `Amazon’s shares`, `Amazon CEO Andy Jassy`: what only a company has.
    if (COMPANY_PARTS_RE.test(after)) return true;
    // `Amazon will cut 14,000 jobs, the company said`: the sentence calls it a company.
    const sentenceEnd = text.slice(sp.end, sp.end + 300).search(/[.?!](?:\s|$)/);
    if (sentenceEnd > 0 && COMPANY_SAID_RE.test(text.slice(sp.end, sp.end + sentenceEnd))) return true;
  }
  // `Walmart said its stores …` / `Walmart said that its …`: `its` right after the verb.
  const { tokens } = ctx.paras[pi];
  for (let k = last + 1; k < last + 4 && k < tokens.length; k++) {
    if (!isVerb(ctx, tokens[k])) continue;
    const a = tokens[k + 1]?.text;
    return a === 'its' || (a === 'that' && tokens[k + 2]?.text === 'its');
  }
  return false;
}

const SURNAME_PREFIX_RE = /^(?:Mc|Mac|La|Le|De|Di|Da|Du|Van|Von|Fitz|St)[A-Z][a-z’']+$/;
const COMPANY_PARTS_RE = /^(?:['’]s)?\s+(?:shares|stock|headquarters|board of directors|chief executive|CEO|CFO|executives|earnings|quarterly|factory|factories|warehouses?)\b/;
const COMPANY_SAID_RE = new RegExp(`,\\s+the\\s+(?:${[...ORG_DESCRIPTORS].join('|')})\\s+(?:said|says)\\b`);

function lastMentioned(people: Person[], pos: number): Person {
  let best = people[0];
  let bestPos = -1;
  for (const p of people) for (const m of p.mentions) if (m.start < pos && m.start > bestPos) {
    bestPos = m.start;
    best = p;
  }
  return best;
}

// ---------------------------------------------------------------------------
// Pronouns.

function pronounSubject(ctx: Ctx, pi: number, t: Token): Subject {
  const s = resolvePronoun(ctx, pi, t);
  if (s.kind === 'pronoun' && s.person && !s.candidates.length && (s.pronoun === 'he' || s.pronoun === 'she')) {
    const gender = s.pronoun === 'he' ? 'female' : 'male';
    const here = otherGenderHere(ctx, pi, t.start, s.person, gender);
    const other = here ?? otherGenderBefore(ctx, pi, t.start, s.person, gender);
    const described = other ? undefined : describedOtherBefore(ctx, pi, t.start, s.person, s.pronoun);
    if (other) {
      s.otherGender = other;
      if (here) s.otherGenderHere = true;
    } else if (described) {
      s.otherGenderDescribed = described;
    } else {
      const group = groupSpokeBefore(ctx, pi, t.start, s.person);
      if (group) s.afterGroup = group;
    }
  }
  return s;
}

/**
 * `Some younger workers said the fight mattered more to them.` then `“…,” he said`: the paragraph
 * before has only a group speaking, in the writer's words, and names no one, while the pronoun's
 * person is named only further back. The reader takes the pronoun for one of the group.
 */
function groupSpokeBefore(ctx: Ctx, pi: number, pos: number, person: Person): string | undefined {
  if (pi === 0) return undefined;
  const prev = ctx.paras[pi - 1];
  if (hasFullQuotation(prev) || !prev.verbs.length) return undefined;
  let group: string | undefined;
  for (const v of prev.verbs) {
    if (v.subject.kind !== 'description' || !descriptionFits(v.subject.text, 'they')) return undefined;
    group ??= v.subject.text;
  }
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, prev.block.start); k < log.length && log[k].pos < pos; k++) if (log[k].person.kind === 'person' || log[k].person === person) return undefined;
  return group;
}

/**
 * Does the sentence right before `pos` (in its paragraph, or the last of the paragraph before when
 * `pos` opens its quotation's paragraph) open with a group: a plural of people (`Kittering
 * residents`, `Officials`) or two subjects joined by `and` (`The union and the company`)?
 */
function groupLeadBefore(ctx: Ctx, pi: number, pos: number): boolean {
  let para = ctx.paras[pi];
  let k = firstStartingAtOrAfter(para.tokens, pos) - 1;
  // Back past the quotation and its own sentence to the sentence before.
  while (k >= 0 && !isSentenceEnd(para.tokens[k])) k--;
  if (k < 0) {
    if (pi === 0) return false;
    para = ctx.paras[pi - 1];
    k = para.tokens.length - 1;
  }
  if (k < 0) return false;
  const { tokens } = para;
  const from = sentenceBounds(para, k).from;
  for (let j = from; j < tokens.length && j < from + 5 && tokens[j].kind === 'word'; j++) {
    const w = tokens[j].text.toLowerCase();
    if (w === 'and' && j > from) return true;
    // `The gang had sent a message.` then `They said, “…”`: a body of people, after its article.
    if (j > from && (GROUP_HEADS.has(w) || COLLECTIVE_NOUNS.has(w)) && /^(?:the|a)$/i.test(tokens[j - 1].text)) return true;
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isPersonNoun(w, false) && !(j === from && isCapitalized(tokens[j].text) && para.index.withSurname(tokens[j].text).length)) return true;
    if (j > from && isVerb(ctx, tokens[j])) return false;
  }
  return false;
}

/**
 * `One juror, a retired machinist who asked that his name not be used, said …` then `“…,” she
 * said`, the woman found further back: the words describing the one person the paragraph before
 * has speaking, when a clause about them gives the other gender and `person` is named in neither
 * paragraph.
 */
function describedOtherBefore(ctx: Ctx, pi: number, pos: number, person: Person, pronoun: string): string | undefined {
  if (pi === 0) return undefined;
  const prev = ctx.paras[pi - 1];
  if (hasFullQuotation(prev)) return undefined;
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, prev.block.start); k < log.length && log[k].pos < pos; k++) if (log[k].person === person || log[k].person.kind === 'person') return undefined;
  let described: string | undefined;
  for (const v of prev.verbs) {
    if (v.subject.kind !== 'description') return undefined;
    const told = clauseGender(ctx.story.text.slice(v.subject.span.start, prev.tokens[v.verb].start));
    if (!told || told === pronoun || (described && described !== v.subject.text)) return undefined;
    described = v.subject.text;
  }
  return described;
}

/**
 * `Okonkwo said the jurors had been patient. “…,” he said.`: the one person of `gender` (the
 * other one) a sentence before the pronoun, in its own paragraph, has speaking in the writer's
 * words, while no one the pronoun fits is named there (`person` came from further back).
 */
function otherGenderHere(ctx: Ctx, pi: number, pos: number, person: Person, gender: Gender): Person | undefined {
  const para = ctx.paras[pi];
  // (A paragraph that opens with a quotation answers it: two voices trading quotes.)
  if (para.tokens[0]?.kind === 'quote') return undefined;
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, para.block.start); k < log.length && log[k].pos < pos; k++) {
    const p = log[k].person;
    if (p === person || (p.kind === 'person' && p.gender !== gender)) return undefined;
  }
  let speaker: Person | undefined;
  for (const v of para.verbs) {
    if (para.tokens[v.verb].start >= pos) break;
    const p = subjectPerson(v.subject);
    if (!p || p.kind !== 'person' || p.gender !== gender || (speaker && speaker !== p)) return undefined;
    speaker = p;
  }
  // `Arreola shook his head. “…,” she said.`: the paragraph's first sentence, about one person
  // of that gender, right before the quotation.
  const end = sentenceBounds(para, 0).to;
  if (!speaker && para.tokens[end + 1]?.kind === 'quote' && para.tokens[end + 1].start < pos) {
    const lead = sentenceLeadPerson(ctx, pi, end);
    if (lead?.person.kind === 'person' && lead.person.gender === gender) return lead.person;
  }
  return speaker;
}

/**
 * `Klobuchar said the biggest win …` then `“…,” he said`, the man it finds named further back:
 * the one person the paragraph before is about and has speaking, when of `gender` (the other
 * one) while `person` is named in neither paragraph.
 */
const KIN_OF_BEFORE_RE = /\b(?:mother|father|son|daughter|wife|husband|sister|brother|widow|widower|parents?)\s+of\s+$/;

function otherGenderBefore(ctx: Ctx, pi: number, pos: number, person: Person, gender: Gender): Person | undefined {
  if (pi === 0) return undefined;
  const prev = ctx.paras[pi - 1];
  // After a quote paragraph the pronoun answers it (`“He cheats,” Delgado said.` then `“I do
  // not,” he said.`): two voices trading quotes, told apart by the pronoun. Only the writer's
  // words about one person set up a quotation of theirs.
  if (hasFullQuotation(prev)) return undefined;
  // `Owen, 8, asked her what the world was like before television.` then `“Quieter,” she told
  // him.`: the one asked answers, whom the pronoun means.
  const object = gender === 'female' ? 'him' : 'her';
  if (prev.verbs.some((v) => ASK_VERB_RE.test(prev.tokens[v.verb].text) && prev.tokens[v.verb + 1]?.text === object)) return undefined;
  // `She has read the reviews, though she tries not to.`: a sentence of that paragraph is
  // about someone the pronoun fits.
  const same = gender === 'female' ? 'He' : 'She';
  if (prev.tokens.some((t, k) => t.text === same && (k === 0 || TERMINAL.has(prev.tokens[k - 1].text)))) return undefined;
  const log = ctx.mentionLog;
  const before = new Set<Person>();
  let named = false;
  // (`His wife, Loretta, said`: named between the subject the verb has and the verb.)
  const mentionedAt = new Map<Person, number[]>();
  const speaks = (p: Person) => prev.verbs.some((v) => subjectPerson(v.subject) === p || (v.subject.kind === 'description' && p.kind === 'person' && (mentionedAt.get(p) ?? []).some((at) => at >= v.subject.span.start && at < prev.tokens[v.verb].start)));
  // (`Asked whether Delacroix-Baines had threatened anyone, Szczepanski said …`: whom a question
  // was about is no one the paragraph is about.)
  const askedAbout: Span[] = [];
  prev.tokens.forEach((t, k) => {
    if (t.text !== 'Asked' || (k > 0 && !TERMINAL.has(prev.tokens[k - 1].text))) return;
    let c = k + 1;
    while (c < prev.tokens.length && prev.tokens[c].text !== ',' && !TERMINAL.has(prev.tokens[c].text)) c++;
    askedAbout.push({ start: t.start, end: prev.tokens[c]?.start ?? t.end });
  });
  for (let k = lowerBound(log, prev.block.start); k < log.length && log[k].pos < pos; k++) {
    const p = log[k].person;
    // (`received Lindgren’s message`, `the mother of Tyrone Ellis`: an owner or a relative named
    // in passing is not whom it is about.)
    if (isPossessiveMention(ctx.story.text, p, log[k].pos) || KIN_OF_BEFORE_RE.test(ctx.story.text.slice(Math.max(0, log[k].pos - 16), log[k].pos)) || askedAbout.some((a) => log[k].pos >= a.start && log[k].pos < a.end)) continue;
    if (p === person) named = true;
    if (log[k].pos < prev.block.end) {
      const at = mentionedAt.get(p);
      if (at) at.push(log[k].pos);
      else mentionedAt.set(p, [log[k].pos]);
    }
  }
  for (const [p] of mentionedAt) if (p.kind === 'person' || speaks(p)) before.add(p);
  // `She said she had already started applying for jobs.`: the paragraph is about the one its
  // pronoun subject means, though it names no one.
  for (const v of prev.verbs) if (v.subject.kind === 'pronoun' && v.subject.person && v.subject.person !== person) before.add(v.subject.person);
  // `Albrecht said he plans to sit where Kessler sat` then `“…,” she said`: one speaker, and
  // whoever else it names is of his gender too, so the pronoun can mean none of them.
  if (before.size > 1) {
    const speakers = [...before].filter(speaks);
    if (speakers.length === 1 && [...before].every((p) => p === speakers[0] || (p.kind === 'person' && p.gender === gender))) {
      before.clear();
      before.add(speakers[0]);
    }
    // `Brightline reported net income …. Farquhar said …` then `“…,” she said`: a company is no
    // `she` either; the one person there, of the other gender, is whom the paragraph is about.
    const persons = [...before].filter((p) => p.kind === 'person');
    if (persons.length === 1 && persons[0].gender === gender) {
      before.clear();
      before.add(persons[0]);
    }
  }
  if (named || before.size !== 1) return undefined;
  const [only] = before;
  // `Tri-State Chemical Supply said in a statement …` then `“…,” he said`: no company is `he`.
  if (only.kind === 'organization') return only;
  // Only where that paragraph has them speaking, as a quote's set-up does (`His wife, Anne, has
  // run the shop since 1990.` then `“…,” he said` is still the husband quoted before), or
  // asked, as a set-up for the answer (`Asked whether the meal will return, Warrington hesitated.`).
  if (only.gender !== gender) return undefined;
  return speaks(only) || prev.tokens.some((t) => t.text === 'Asked' || t.text === 'asked') || SETUP_RE.test(ctx.story.text.slice(prev.block.start, prev.block.end)) ? only : undefined;
}

// `Bluff City coach Paul Whitaker was blunter.`: a sentence that sets up what someone said next.
const SETUP_RE = /\b(?:(?:was|is) (?:blunter|more blunt|more direct|less diplomatic|less sure|less certain|less optimistic|more cautious|unmoved|not so sure)|disagreed|disagrees|saw it differently|sees it differently|had a different view|pushed back|pushes back|objected|objects|bristled|bristles|(?:shook|shakes) (?:his|her) head)\b/;

const PRONOUN_LOOK_BACK = 4000;

/** Set while a pronoun opening the paragraph before is resolved for the one after it. */
let chasingOpener = false;

function resolvePronoun(ctx: Ctx, pi: number, t: Token): Subject {
  const pronoun = t.text.toLowerCase();
  const span = { start: t.start, end: t.end };
  const pos = t.start;
  const para = ctx.paras[pi];
  // At most a few thousand characters back: a paragraph of normal copy is well under that, and a
  // pathological one (megabytes on one line) must not make every pronoun scan all of it.
  const windowStart = Math.max(pi > 0 ? ctx.paras[pi - 1].block.start : para.block.start, pos - PRONOUN_LOOK_BACK);
  const compatible = (p: Person) => {
    if (pronoun === 'it') return p.kind === 'organization';
    if (p.kind === 'organization') return pronoun === 'they';
    if (pronoun === 'she') return p.gender === 'female' || p.gender === 'unknown';
    if (pronoun === 'he') return p.gender === 'male' || p.gender === 'unknown';
    return p.gender === 'unknown' || p.gender === 'they';
  };
  // `A woman who lives on a houseboat … said she had seen Pickett. “…,” she said.`: the last
  // speaker was described, not named; the pronoun is hers, not that of someone named before.
  const described = describedSpeaker(ctx, pi, pos, pronoun, compatible);
  if (described) return { kind: 'description', span, text: t.text };
  // `Kittering residents packed the meeting. “…,” they said.`: the group the sentence before is about.
  if (pronoun === 'they' && groupLeadBefore(ctx, pi, pos)) return { kind: 'description', span, text: t.text };
  // People named (outside quotations) from the previous paragraph up to the pronoun, most recent first.
  const recent = new Map<Person, number>();
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, pos) - 1; k >= 0 && log[k].pos >= windowStart; k--) if (!recent.has(log[k].person)) recent.set(log[k].person, log[k].pos);
  // The speaker of the previous paragraph's quotation stays in view.
  // So do the speakers of the last two paragraphs.
  let speakersFrom = pi > 1 ? ctx.paras[pi - 2].block.start : windowStart;
  const ev = ctx.speakerEvents;
  // (One paragraph further back in a run of quotation paragraphs, when the one just before quotes
  // only someone the pronoun cannot mean: `“…,” said Councilwoman Patrice Hamill.` between two
  // men's quotes leaves both in view.)
  if (pi > 2 && ctx.paras[pi - 2].tokens[0]?.kind === 'quote' && ctx.paras[pi - 3].tokens[0]?.kind === 'quote') {
    let fits = false;
    let other = false;
    for (let k = lowerBound(ev, pos) - 1; k >= 0 && ev[k].pos >= ctx.paras[pi - 1].block.start; k--) {
      if (compatible(ev[k].person)) fits = true;
      else other = true;
    }
    if (other && !fits) speakersFrom = ctx.paras[pi - 3].block.start;
  }
  const recentSpeakers = new Set<Person>();
  for (let k = ev.length - 1, seen = 0; k >= 0 && seen < 20; k--, seen++) {
    if (ev[k].pos >= pos) continue;
    if (ev[k].pos < speakersFrom) break;
    recentSpeakers.add(ev[k].person);
    if (!recent.has(ev[k].person)) recent.set(ev[k].person, ev[k].pos);
  }
  let candidates = [...recent.entries()].filter(([p]) => compatible(p)).sort((a, b) => b[1] - a[1]).map(([p]) => p);
  // `She hugged Kessler at midcourt.` then `“…,” she said`: a paragraph of one sentence opening
  // with the same pronoun is about whom that pronoun means, not the one it names after its verb.
  // (One paragraph back only: a run of such paragraphs must not resolve each in turn.)
  const opener = !chasingOpener && pi > 0 && (pronoun === 'he' || pronoun === 'she') && !candidates.some((p) => (recent.get(p) ?? -1) >= para.block.start) ? ctx.paras[pi - 1].tokens[0] : undefined;
  if (opener && opener.text.toLowerCase() === pronoun && sentenceBounds(ctx.paras[pi - 1], 0).to === ctx.paras[pi - 1].tokens.length - 1) {
    chasingOpener = true;
    let meant: Person | undefined;
    try {
      meant = subjectPerson(pronounAsSubject(ctx, pi - 1, opener));
    } finally {
      chasingOpener = false;
    }
    if (meant && compatible(meant)) return { kind: 'pronoun', pronoun, span, person: meant, candidates: [] };
  }
  // `“Out of how many?” asked Rep. David Fulbright.` then `“Roughly 3,200,” he said.`: the one
  // who asked does not answer.
  const asker = pi > 0 ? questionAskerIn(ctx.paras[pi - 1]) : undefined;
  if (asker && candidates.length > 1 && candidates.includes(asker)) candidates = candidates.filter((p) => p !== asker);
  // `Tolliver pressed Quintero on why …` then `“… Is that right?” Tolliver asked.`: the one he
  // was questioning answers.
  if (!candidates.length && asker) {
    const questioned = questionedBy(ctx, pi, asker);
    if (questioned && compatible(questioned)) candidates = [questioned];
  }
  if (!candidates.length) {
    // Further back: the most recent compatible speaker; failing that, whoever the pronoun can
    // mean who was named last (`At the dedication, she told the crowd …` in an obituary whose
    // subject has not been quoted yet).
    // Only for `he` and `she`: `they` is as often a group the story never named as one.
    let e =
      lastEventBefore(ctx, pos, para.storyStart, compatible) ??
      (pronoun === 'he' || pronoun === 'she' ? lastMentionBefore(ctx, pos, para.storyStart, (p) => p.kind === 'person' && compatible(p)) : undefined);
    // After someone else's question (`“Why a half-mile?” Pickett asked.`), the one named since
    // the last such speaker is the likelier to answer (`Assistant Attorney General Rebecca Strunk
    // argued the case …`).
    if (e && asker && (pronoun === 'he' || pronoun === 'she')) {
      const named = lastMentionBefore(ctx, pos, para.storyStart, (p) => p.kind === 'person' && p !== asker && compatible(p));
      if (named && named.pos > e.pos) e = named;
    }
    if (e) candidates = [e.person];
  }
  if (candidates.length <= 1) {
    const person = candidates[0];
    if (person && person.gender === 'unknown' && person.kind === 'person' && (pronoun === 'he' || pronoun === 'she') && (ctx.pronounsTeachGender || opensClause(ctx, para.tokens, pos))) person.gender = pronoun === 'she' ? 'female' : 'male';
    return { kind: 'pronoun', pronoun, span, ...(person ? { person } : {}), candidates: [] };
  }
  // Several people fit: the one named in this paragraph, then a single known-gender
  // match, then a single earlier speaker.
  const log2 = ctx.mentionLog;
  const namedHere = new Set<Person>();
  for (let k = lowerBound(log2, Math.max(para.block.start, pos - PRONOUN_LOOK_BACK)); k < log2.length && log2[k].pos < pos; k++) namedHere.add(log2[k].person);
  const here = candidates.filter((p) => namedHere.has(p));
  if (here.length === 1) return { kind: 'pronoun', pronoun, span, person: here[0], candidates: [] };
  let subject: ReturnType<typeof lastSentenceSubject>;
  if (here.length > 1) {
    candidates = here;
    // Whom the sentences before the pronoun, in its own paragraph, are about: alone there, the
    // one meant (`Levesque’s son, Eli, 12, hauled traps beside him. “…,” he said.`).
    subject = lastSentenceSubject(ctx, para, candidates, pos);
    if (subject?.alone) return { kind: 'pronoun', pronoun, span, person: subject.person, candidates: [] };
    if (subject?.joint.length) return { kind: 'pronoun', pronoun, span, person: subject.person, candidates: subject.joint };
  } else if (pi > 0) {
    // Nobody named here: the people the previous paragraph tells about (not merely the
    // speakers it attributes quotes to) are the ones a reader has in mind.
    const prevPara = ctx.paras[pi - 1];
    const told = new Set<Person>();
    for (let k = lowerBound(log2, Math.max(prevPara.block.start, pos - PRONOUN_LOOK_BACK)); k < log2.length && log2[k].pos < para.block.start; k++) {
      if (!ctx.attributionSubjects.has(log2[k].pos)) told.add(log2[k].person);
    }
    // (`She said she had spoken with Mayor Ann Jorgenson.`: a pronoun that speaks there tells of its person too.)
    for (const v of prevPara.verbs) if (v.subject.kind === 'pronoun' && v.subject.person) told.add(v.subject.person);
    const there = candidates.filter((p) => told.has(p));
    // `“I felt good,” Morishita said through his interpreter, Daisuke Arai.` (or `said Crewe, who
    // found Andre Fulbright`), then `“…,” he said.`: a paragraph that is one quotation and its
    // attribution is about its speaker; whoever the attribution names in passing is not.
    const led = quoteLedSpeaker(ctx, prevPara);
    if (led && there.length && !there.includes(led) && candidates.includes(led)) return { kind: 'pronoun', pronoun, span, person: led, candidates: [] };
    // `“…,” Bellamy said.` then `“…,” he said.`: still Bellamy, when no one else who could be
    // meant was quoted (not merely paraphrased) in the two paragraphs before.
    if (led && !there.length && candidates.includes(led) && !quotedBesides(ctx, pi, led, candidates)) return { kind: 'pronoun', pronoun, span, person: led, candidates: [] };
    // (`Maddox did not let it go. “…,” he said.` after `“…,” Whitcomb said.`: a beat and a quote
    // of one voice, answering another's: the next `he said` may be either.)
    if (there.length === 1 && !(hasFullQuotation(prevPara) && quotedBesides(ctx, pi - 1, there[0], candidates))) return { kind: 'pronoun', pronoun, span, person: there[0], candidates: [] };
    if (there.length > 1) candidates = there;
    subject = lastSentenceSubject(ctx, prevPara, candidates);
    // `Okafor was asked about her defense. “…,” she said.`: the one asked answers.
    if (subject?.asked) return { kind: 'pronoun', pronoun, span, person: subject.person, candidates: [] };
    if (subject?.joint.length) return { kind: 'pronoun', pronoun, span, person: subject.person, candidates: subject.joint };
    // `O’Rourke-Diaz said the union would return “the minute they call.”` then `“…,” she said.`:
    // the one person the previous paragraph reports speaking in the writer's words is still
    // speaking. (After `“…,” Calloway said.` it is not so clear: two voices may be trading quotes.)
    const spokeBefore = new Set<Person>();
    for (const v of prevPara.verbs) {
      const p = subjectPerson(v.subject);
      if (p && candidates.includes(p) && prevPara.tokens[sentenceBounds(prevPara, v.verb).from].kind !== 'quote') spokeBefore.add(p);
    }
    // `Liu asked Marsh-Ibarra whether the plant would be next.` then `“…,” she said.`: the one
    // asked answers.
    const asking = prevPara.verbs.find((v) => ASK_VERB_RE.test(prevPara.tokens[v.verb].text));
    const asked = asking ? askedPerson(ctx, pi - 1, asking.verb) : undefined;
    if (asked && candidates.includes(asked) && !hasFullQuotation(prevPara)) return { kind: 'pronoun', pronoun, span, person: asked, candidates: [] };
    if (spokeBefore.size === 1) {
      const [only] = spokeBefore;
      if (!subject || subject.person === only) return { kind: 'pronoun', pronoun, span, person: only, candidates: [] };
    }
  }
  // One of them is known to fit the pronoun, the others merely might: that one, unless the
  // previous paragraph has just made another of them its subject (`Dani Okafor blocked a shot by
  // Lindqvist.`, where Dani could be a woman too).
  const known = candidates.filter((p) => p.gender !== 'unknown');
  if (known.length === 1 && (!subject || subject.person === known[0])) return { kind: 'pronoun', pronoun, span, person: known[0], candidates: [] };
  // The voice the reader has in mind: whoever of them was quoted in the last two paragraphs,
  // else earlier. One voice wins unless the previous paragraph has just made someone else its
  // subject (`Marsh thanked Calloway …` after Calloway was quoted; `Okafor blocked a shot by
  // Lindqvist.`): then both readings stand.
  const spokeRecently = candidates.filter((p) => recentSpeakers.has(p));
  const voices = spokeRecently.length ? spokeRecently : candidates.filter((p) => (ctx.firstSpoke.get(p) ?? Infinity) < pos);
  // Nobody quoted yet who fits: the one the paragraph before is about (`Levesque’s son, Eli,
  // 12, hauled traps with him.` then `“…,” he said.`).
  if (!voices.length && subject?.alone) return { kind: 'pronoun', pronoun, span, person: subject.person, candidates: [] };
  if (voices.length === 1 && (!subject || subject.person === voices[0])) return { kind: 'pronoun', pronoun, span, person: voices[0], candidates: [] };
  const pool = voices.length > 1 ? voices : candidates;
  return { kind: 'pronoun', pronoun, span, person: pool[0], candidates: pool };
}

const YOUNGER_KIN_RE = /\b(?:son|daughter|grandson|granddaughter|nephew|niece),?\s+(?:[a-z]+\s+){0,2}$/;
const ELDER_KIN_RE = /\b(?:father|mother|grandfather|grandmother|dad|mom|uncle|aunt),?\s+(?:[a-z]+\s+){0,2}$/;

/** `the elder Mercier`, `the younger Tolliver` before the name at token `first`: which of `people` it means. */
function generationNamed(ctx: Ctx, pi: number, first: number, people: Person[]): Person | undefined {
  const word = ctx.paras[pi].tokens[first - 1]?.text;
  if (word !== 'elder' && word !== 'younger' && word !== 'older') return undefined;
  return byGeneration(ctx.story.text, people, word === 'younger' ? 'younger' : 'elder');
}

const GENERATION_BEFORE_RE = /\b(?:elder|younger|older)\s+$/;

/**
 * `The elder Ruiz, now 81, …` then `“I listen,” Ruiz said`: of two people who share a surname,
 * where the story has called one of them `the elder` (or `the younger`) by it before `pos`, and
 * never the other, the surname alone is the other.
 */
function notCalledByGeneration(text: string, people: readonly Person[], pos: number): Person | undefined {
  if (people.length !== 2) return undefined;
  const called = people.filter((p) => firstCalledByGeneration(text, p) < pos);
  return called.length === 1 ? people.find((p) => p !== called[0]) : undefined;
}

/** Where the story first calls `p` `the elder` or `the younger` (Infinity: never), found once per person (the people finder has recorded every mention by then). */
function firstCalledByGeneration(text: string, p: Person): number {
  let at = calledByGeneration.get(p);
  if (at === undefined) {
    at = Infinity;
    for (const m of p.mentions) if (m.start < at && GENERATION_BEFORE_RE.test(text.slice(Math.max(0, m.start - 9), m.start))) at = m.start;
    calledByGeneration.set(p, at);
  }
  return at;
}

const calledByGeneration = new WeakMap<Person, number>();

/** Of two people who share a surname, the one `the elder` or `the younger` means: by suffix, or kin word at introduction. */
function byGeneration(text: string, people: readonly Person[], which: 'elder' | 'younger'): Person | undefined {
  if (people.length !== 2) return undefined;
  const generation = (p: Person): 'elder' | 'younger' | undefined => {
    const suffix = nameSuffix(p.name.split(' '));
    if (suffix === 'Sr') return 'elder';
    if (suffix) return 'younger';
    const before = text.slice(Math.max(0, p.firstReference.start - 40), p.firstReference.start);
    return YOUNGER_KIN_RE.test(before) ? 'younger' : ELDER_KIN_RE.test(before) ? 'elder' : undefined;
  };
  const [a, b] = people;
  const ga = generation(a);
  const gb = generation(b);
  const other = (g: 'elder' | 'younger' | undefined) => (g === 'elder' ? 'younger' : g === 'younger' ? 'elder' : undefined);
  const ra = ga ?? other(gb);
  const rb = gb ?? other(ga);
  if (!ra || !rb || ra === rb) return undefined;
  return ra === which ? a : b;
}

/** The comma at `k` joins two capitalised names of a series (`Bakery, Confectionery`), not a lawmaker's tag. */
function isSeriesComma(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before?.kind === 'word' && after?.kind === 'word' && isCapitalized(before.text) && isCapitalized(after.text) && !isPartyState(after);
}

/**
 * Token `k` can open a name: capitalised and no sentence word (`The`, `June` as a month), unless a
 * given name that is also one comes before a surname (`April Nguyen`).
 */
function opensName(tokens: Token[], k: number): boolean {
  const w = tokens[k].text;
  if (!isCapitalized(w)) return false;
  if (!NON_NAME_WORDS.has(w)) return true;
  const next = tokens[k + 1];
  return isGivenName(w) && !!next && next.kind === 'word' && isCapitalized(next.text) && !NON_NAME_WORDS.has(next.text);
}

/** The named speaker of a paragraph that is a single sentence opening with its quotation (`“…,” Marsh said …`). */
/** Is one of `candidates` other than `person` the speaker of a quotation in the two paragraphs before `pi`? */
function quotedBesides(ctx: Ctx, pi: number, person: Person, candidates: Person[]): boolean {
  for (let k = pi - 1; k >= Math.max(0, pi - 2); k--) {
    for (const q of ctx.paras[k].topQuotes) {
      const speaker = q.speaker >= 0 ? ctx.story.people[q.speaker] : undefined;
      if (speaker && speaker !== person && candidates.includes(speaker)) return true;
    }
  }
  return false;
}

function quoteLedSpeaker(ctx: Ctx, para: Para): Person | undefined {
  const first = para.tokens[0];
  const q = first?.quote;
  if (!q || q.speaker < 0 || !q.attribution || (q.attribution.via !== 'name' && q.attribution.via !== 'role')) return undefined;
  if (sentencesOf(para).to[0] !== para.tokens.length - 1) return undefined;
  return ctx.story.people[q.speaker];
}

/**
 * The subject of the last sentence of `para` that names one of `candidates`: the first of them
 * it names, when nobody else is named before it. `asked` when it goes on `was asked` (the person
 * a question was put to, whose answer the next quotation is likely to be).
 */
function lastSentenceSubject(ctx: Ctx, para: Para, candidates: Person[], until = para.block.end): { person: Person; asked: boolean; alone: boolean; joint: Person[] } | undefined {
  const log = ctx.mentionLog;
  const tokens = para.tokens;
  // The last sentence is near the end: no scan from the start of a pathological paragraph.
  const from = Math.max(para.block.start, until - PRONOUN_LOOK_BACK);
  let best: { person: Person; sentence: number; token: number } | undefined;
  for (let k = lowerBound(log, from); k < log.length && log[k].pos < until; k++) {
    if (ctx.attributionSubjects.has(log[k].pos) || isPossessiveMention(ctx.story.text, log[k].person, log[k].pos)) continue;
    const t = tokenAt(tokens, log[k].pos);
    if (t < 0) continue;
    const sentence = sentenceBounds(para, t).from;
    // (`She sat beside Stubblefield during the count.`: a sentence about whom its pronoun means,
    // named before, not about the one it names.)
    const opener = tokens[sentence]?.text;
    if (opener === 'She' || opener === 'He') continue;
    // The first mention of each sentence; a later sentence replaces an earlier one.
    if (!best || sentence > best.sentence) best = { person: log[k].person, sentence, token: t };
  }
  // `After Ilunga handed out the coins, Pettibone took the last one.`, `Asked about his pass to
  // Gadsby, Morishita laughed.`: the subject of the main clause, after the comma that ends a
  // clause or phrase opening the sentence.
  if (best && (SUBORDINATORS.has(tokens[best.sentence]?.text.toLowerCase() ?? '') || opensWithPhrase(para, best.sentence))) {
    const end = sentenceBounds(para, best.token).to;
    let comma = best.sentence + 1;
    while (comma < end && tokens[comma].text !== ',') comma++;
    if (best.token < comma) {
      for (let k = lowerBound(log, tokens[comma].end); k < log.length && log[k].pos < until && log[k].pos < tokens[end].end; k++) {
        if (ctx.attributionSubjects.has(log[k].pos) || isPossessiveMention(ctx.story.text, log[k].person, log[k].pos)) continue;
        const t = tokenAt(tokens, log[k].pos);
        if (t > comma) {
          best = { person: log[k].person, sentence: best.sentence, token: t };
          break;
        }
      }
    }
  }
  if (!best || !candidates.includes(best.person)) return undefined;
  // Another of the candidates named in the same sentence, not as a possessive (`Martin Ochoa and
  // Derek Pruitt split on the vote`), shares the subject.
  let alone = true;
  // Joined to it by `and` (`Lindgren and Fargo Mayor Tim Halvorson toured a shelter`): a subject
  // of two, either of whom a pronoun after it could mean.
  const joint: Person[] = [];
  for (let k = lowerBound(log, from); k < log.length && log[k].pos < until; k++) {
    const p = log[k].person;
    if (p === best.person || !candidates.includes(p) || isPossessiveMention(ctx.story.text, p, log[k].pos)) continue;
    const t = tokenAt(tokens, log[k].pos);
    if (t < 0 || sentenceBounds(para, t).from !== best.sentence) continue;
    alone = false;
    if (t > best.token && joinedByAnd(tokens, best.token, t) && !joint.includes(p)) joint.push(p);
  }
  const end = sentenceBounds(para, best.token).to;
  let asked = false;
  for (let j = best.token + 1; j < end && j <= best.token + 12; j++) {
    const w = tokens[j].text;
    if (w === 'asked' && /^(?:was|were|is|being)$/.test(tokens[j - 1].text)) {
      asked = true;
      break;
    }
  }
  return { person: best.person, asked, alone, joint: joint.length ? [best.person, ...joint] : joint };
}

const SUBORDINATORS = new Set(`after when while before although though because as once since until if unless whenever`.split(/\s+/));

/** Do tokens `a` and `b` start names joined by one `and`, with only names, titles and roles between (`Natarajan and Dr. Helen Marsh`)? */
function joinedByAnd(tokens: Token[], a: number, b: number): boolean {
  let ands = 0;
  let from = a + 1;
  // `Lockett, a sophomore, and Avery Ruiz`: past a phrase set off after the first.
  if (tokens[from]?.text === ',') {
    let k = from + 1;
    while (k < b && k < from + 7 && tokens[k].kind === 'word' && !isCapitalized(tokens[k].text)) k++;
    if (k < b && k > from + 1 && tokens[k].text === ',') from = k + 1;
  }
  for (let k = from; k < b; k++) {
    const t = tokens[k];
    // `Perreault and a neighbor, Mathieu Dunn,`: the second set off after its role.
    if (t.text === ',' && k === b - 1 && tokens[k - 1].kind === 'word' && !isCapitalized(tokens[k - 1].text) && isRoleNoun(tokens[k - 1].text)) continue;
    if (t.kind !== 'word') return false;
    if (t.text === 'and') ands++;
    // `Brandt and her neighbor Lucy Harmon`, `Lindgren and Fargo Mayor Tim Halvorson`.
    else if (!isCapitalized(t.text) && !isRoleNoun(t.text) && !/^(?:his|her|their|a|an|the)$/.test(t.text)) return false;
  }
  return ands === 1;
}

/** `Pelletier’s granddaughter Mila`: the name at `pos` is followed by an apostrophe, so it modifies the sentence's subject. */
function isPossessiveMention(text: string, person: Person, pos: number): boolean {
  const m = person.mentions.find((x) => x.start === pos);
  if (!m) return false;
  const c = text.charCodeAt(m.end);
  return c === 0x2019 || c === 39;
}

/** Index of the token starting at `pos`, or -1. */
function tokenAt(tokens: Token[], pos: number): number {
  const k = firstStartingAtOrAfter(tokens, pos);
  return k < tokens.length && tokens[k].start === pos ? k : -1;
}

/**
 * The described, unnamed subject of the last speech verb before `pos` (in this paragraph or the
 * one before), when it fits the pronoun and nobody the pronoun could mean is named after it.
 */
function describedSpeaker(ctx: Ctx, pi: number, pos: number, pronoun: string, compatible: (p: Person) => boolean): Subject | undefined {
  for (let k = pi; k >= Math.max(0, pi - 1); k--) {
    const verbs = ctx.paras[k].verbs;
    for (let i = verbs.length - 1; i >= 0; i--) {
      const v = verbs[i];
      if (v.subject.span.start >= pos) continue;
      let s = v.subject;
      // `A Foreign Ministry spokesman said …` then `“…,” he said`: the ministry spoke through
      // someone a pronoun can mean.
      if (s.kind === 'person' && s.person.kind === 'organization' && pronoun !== 'they') {
        const voice = spokespersonBefore(ctx.paras[k].tokens, v.verb);
        if (voice) s = { kind: 'description', span: s.span, text: `a ${voice}` };
      }
      // `A father … said he …. A mother of two … said she agreed.` then `he said`: past a
      // described speaker the pronoun cannot mean (and her own pronoun), in the paragraph before,
      // to one it can.
      const said = s.kind === 'pronoun' ? (s.person ? '' : s.pronoun) : s.kind === 'description' ? s.text.toLowerCase() : '';
      if (k < pi && (pronoun === 'he' || pronoun === 'she') && (said === 'he' || said === 'she') && said !== pronoun) continue;
      // `A nurse …, said …. She said staff …` then `“…,” she said`: the same pronoun, read as the
      // one described before it, stands for her.
      if (s.kind === 'description' && said === pronoun) continue;
      if (s.kind !== 'description') return undefined;
      // `One juror, a retired machinist who asked that his name not be used, said`: the clause
      // about the one described tells the gender the description's words did not.
      const told = clauseGender(ctx.story.text.slice(s.span.start, ctx.paras[k].tokens[v.verb].start));
      const fits = descriptionFits(s.text, pronoun, () => (pronoun !== 'he' && pronoun !== 'she') || !namedOfGender(ctx, ctx.paras[pi].storyStart, pos, pronoun === 'she' ? 'female' : 'male')) && !(told && told !== pronoun && (pronoun === 'he' || pronoun === 'she'));
      if (!fits) {
        if (k === pi || (pronoun !== 'he' && pronoun !== 'she') || !descriptionFits(s.text, pronoun === 'he' ? 'she' : 'he')) return undefined;
        continue;
      }
      // `“Will you sign it?” a reporter asked.` then `“…,” she said.`: the one asked answers.
      if (k < pi && ASK_VERB_RE.test(ctx.paras[k].tokens[v.verb].text)) return undefined;
      const log = ctx.mentionLog;
      // `Kettering’s lawyer, public defender Anne Castellanos, said`: described, then named.
      for (let j = lowerBound(log, s.span.end); j < log.length && log[j].pos < ctx.paras[k].tokens[v.verb].start; j++) if (compatible(log[j].person)) return undefined;
      // Someone named in what the described person said (`said she had seen Pickett`) is
      // not the speaker; someone named in a paragraph after it might be.
      for (let j = lowerBound(log, k < pi ? ctx.paras[k].block.end : pos); j < log.length && log[j].pos < pos; j++) if (compatible(log[j].person)) return undefined;
      return s;
    }
  }
  return undefined;
}

const SPOKESPEOPLE = new Set(`spokesman spokeswoman spokesperson official representative aide executive lawyer attorney`.split(/\s+/));

/** `A Foreign Ministry spokesman said`, `a spokeswoman for Amazon said`: the one the organisation spoke through, before verb `v` in its sentence. */
function spokespersonBefore(tokens: Token[], v: number): string | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 8 && tokens[k].kind === 'word'; k--) if (SPOKESPEOPLE.has(tokens[k].text)) return tokens[k].text;
  return undefined;
}

/** `who asked that his name not be used`: the pronoun (`he`, `she`) a relative clause about a described speaker uses for them. */
function clauseGender(text: string): string | undefined {
  const m = /\bwho\b[^,.;]*?\b(his|her|he|she)\b/.exec(text);
  return m ? (m[1] === 'his' || m[1] === 'he' ? 'he' : 'she') : undefined;
}

/** Can `he`/`she`/`they` stand for someone described as `text` (`A woman who lives …`, `a neighbor`)? */
function descriptionFits(text: string, pronoun: string, kinUnnamed: () => boolean = () => false): boolean {
  // `they`: a plural description (`Critics`, `police`, `the two`), not `a neighbor`.
  if (pronoun === 'they') {
    if (/^(?:a|an|one|another)\s/i.test(text)) return false;
    const head = text.toLowerCase().split(/[^a-z]+/).filter(Boolean).pop() ?? '';
    return head === 'police' || GROUP_HEADS.has(head) || (head.endsWith('s') && !head.endsWith('ss'));
  }
  // Only a single person described with an article (`a woman`, `one neighbor`), not `police`;
  // or by a role no one named holds (`The clerk, who asked that her name not be used,`). A
  // written thing (`a statement posted on social media`) is no one.
  // So is a role someone holds for another (`His lawyer said …`, `Ixcot’s lawyer said …`), and
  // kin when the story has named no one of that gender: `Her husband says …` is the husband it
  // named, if it named a man; `his widow said` in an obituary naming no woman is unnamed.
  const head = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  if (!/^(?:a|an|one|another)\s/i.test(text) && !(/^the\s/i.test(text) && isRoleNoun(head)) && !(/^(?:his|her|their|\S+['’]s)\s/i.test(text) && isRoleNoun(head) && (!KIN_WORDS.has(head) || kinUnnamed()))) return false;
  const words = text.toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => isWrittenThing(w))) return false;
  // The gender words that tell a titled name's gender (`spokeswoman`), and any `-woman`, `-man`
  // compound; `woman` ends in `man`, so the female words are tested first.
  const female = words.some((w) => FEMALE_WORDS.has(w) || w.endsWith('woman'));
  if (pronoun === 'she') return female || !words.some((w) => MALE_WORDS.has(w) || (w.length > 3 && w.endsWith('man')));
  if (pronoun === 'he') return !female;
  return false;
}

/** The most recent speaker event before `pos` that passes `test` (looks back at most `lookBack` events). */
function lastEventBefore(ctx: Ctx, pos: number, storyStart: number, test: (p: Person) => boolean, lookBack = 60): { pos: number; person: Person } | undefined {
  const ev = ctx.speakerEvents;
  for (let k = ev.length - 1, seen = 0; k >= 0 && seen < lookBack && ev[k].pos >= storyStart; k--, seen++) if (ev[k].pos < pos && test(ev[k].person)) return ev[k];
  return undefined;
}

/** The last person (outside quotations) named before `pos` in the story who passes `test`. */
function lastMentionBefore(ctx: Ctx, pos: number, storyStart: number, test: (p: Person) => boolean): { pos: number; person: Person } | undefined {
  const log = ctx.mentionLog;
  for (let k = lowerBound(log, pos) - 1, seen = 0; k >= 0 && seen < 60 && log[k].pos >= storyStart; k--, seen++) if (test(log[k].person)) return log[k];
  return undefined;
}

/** The last paragraph starting at or before `offset` (binary search: paragraphs are in text order). */
function paraAt(ctx: Ctx, offset: number): Para | undefined {
  const paras = ctx.paras;
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].block.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return paras[lo - 1];
}

function insideQuote(ctx: Ctx, offset: number): boolean {
  // The paragraph holding `offset`, then its quotations.
  const para = paraAt(ctx, offset);
  if (!para) return false;
  // The paragraph's top-level quotations do not overlap and are in order: binary search again.
  const qs = para.topQuotes;
  let a = 0;
  let b = qs.length - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (qs[mid].start <= offset) a = mid;
    else b = mid - 1;
  }
  const q = qs[a];
  return !!q && q.start < offset && offset < q.end;
}

