// An original short wire story and its hand-built model, used by several tests.
import type { Person, Quotation, Section } from '../../src/core/types';
import { mention, person, quotation, section, spanOf } from './storyFixture';

export const FERRY_TEXT = [
  'BC-US--Harbor-Ferry/61',
  'Ferry service resumes after storm closes Kittering pier',
  'By DANA OKAFOR',
  'Associated Press',
  '',
  'PORTLAND, Maine (AP) — Ferries returned to the Kittering pier on Tuesday, three days after a winter storm tore away part of the landing, harbor master Ellen Marsh said.',
  '',
  '“We had crews out there before the wind dropped,” Marsh said. “Nobody wanted to wait for spring.”',
  '',
  'Ticket agent Paul Ridley said the first boat sold out by 7 a.m.',
  '',
  '“People have been stuck on the island since Saturday,” Ridley said.',
  '',
  'REPAIRS',
  '',
  'Marsh said the city would rebuild the damaged section by March, and Marsh’s crews would work weekends.',
  '',
].join('\n');

const t = FERRY_TEXT;

export const FERRY_QUOTATIONS: Quotation[] = [
  quotation(t, '“We had crews out there before the wind dropped,”', 0, 0, 5),
  quotation(t, '“Nobody wanted to wait for spring.”', 1, 0, 5),
  quotation(t, '“People have been stuck on the island since Saturday,”', 2, 1, 7),
];

export const FERRY_PEOPLE: Person[] = [
  person({
    index: 0,
    name: 'Ellen Marsh',
    title: 'harbor master',
    gender: 'female',
    firstReference: spanOf(t, 'Ellen Marsh'),
    mentions: [
      mention(t, 'Ellen Marsh', 'full'),
      mention(t, 'Marsh', 'surname', 1),
      mention(t, 'Marsh', 'surname', 2),
      mention(t, 'Marsh’s', 'possessive'),
    ],
    quotations: [0, 1],
    speaks: true,
  }),
  person({
    index: 1,
    name: 'Paul Ridley',
    title: 'Ticket agent',
    gender: 'male',
    firstReference: spanOf(t, 'Paul Ridley'),
    mentions: [mention(t, 'Paul Ridley', 'full'), mention(t, 'Ridley', 'surname', 1)],
    quotations: [2],
    speaks: true,
  }),
  // Named but never quoted: not a speaker.
  person({
    index: 2,
    name: 'Kittering',
    kind: 'organization',
    firstReference: spanOf(t, 'Kittering'),
    mentions: [mention(t, 'Kittering', 'full')],
  }),
];

const lineSpan = (line: string) => spanOf(t, line);
const lead = lineSpan('PORTLAND, Maine (AP)');
export const FERRY_SECTIONS: Section[] = [
  section('slug', 'BC-US--Harbor-Ferry/61', lineSpan('BC-US--Harbor-Ferry/61')),
  section('headline', 'Ferry service resumes after storm closes Kittering pier', lineSpan('Ferry service resumes after storm closes Kittering pier')),
  section('byline', 'By DANA OKAFOR', lineSpan('By DANA OKAFOR')),
  section('dateline', 'PORTLAND, Maine', { start: lead.start, end: t.indexOf('\n', lead.start) }, { start: lead.start, end: t.indexOf('REPAIRS') }),
  section('subhead', 'REPAIRS', lineSpan('REPAIRS'), { start: t.indexOf('REPAIRS'), end: t.length }),
];

/** Paragraph index of each block: 0 slug, 1 headline, 2 byline, 3 agency line, 4 lead, 5…8 paragraphs. */
export const FERRY_BLOCKS = [-1, -1, -1, -1, 0, 1, 2, 3, -1, 4].map((paragraphIndex) => ({ paragraphIndex }));

export const FERRY_STORY = {
  text: t,
  sections: FERRY_SECTIONS,
  people: FERRY_PEOPLE,
  quotations: FERRY_QUOTATIONS,
  blocks: FERRY_BLOCKS,
};
