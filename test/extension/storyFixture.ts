// Hand-built story models for the extension's unit tests. The extension's
// logic modules take narrow slices of Story, so these fixtures only fill what
// they read; spans are found in the text so they stay honest when it changes.
import type { Mention, Person, Quotation, Section, Span } from '../../src/core/types';

/** Span of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${occurrence} not in text`);
  }
  return { start: at, end: at + needle.length };
}

export function mention(text: string, needle: string, form: Mention['form'], occurrence = 0): Mention {
  return { ...spanOf(text, needle, occurrence), form };
}

export function person(fields: Partial<Person> & Pick<Person, 'index' | 'name' | 'firstReference' | 'mentions'>): Person {
  const words = fields.name.split(' ');
  // Cast: fields the extension does not read may be added to Person over time.
  return {
    kind: 'person',
    surname: words[words.length - 1],
    gender: 'unknown',
    quotations: [],
    speaks: false,
    introduced: true,
    variants: [],
    ...fields,
  } as Person;
}

/** A closed double-marked quotation whose opening mark is at `needle` (which includes both marks). */
export function quotation(text: string, needle: string, index: number, speaker: number, blockIndex = 0): Quotation {
  const s = spanOf(text, needle);
  return {
    index,
    start: s.start,
    end: s.end,
    marks: 'double',
    depth: 0,
    open: { start: s.start, end: s.start + 1 },
    close: { start: s.end - 1, end: s.end },
    content: { start: s.start + 1, end: s.end - 1 },
    text: needle.slice(1, -1).replace(/\s+/g, ' '),
    blockIndex,
    partial: false,
    continues: false,
    runsOn: false,
    isTitle: false,
    speaker,
  };
}

export function section(kind: Section['kind'], title: string, span: Span, extent: Span = span, blockIndex = 0): Section {
  return { kind, title, span, extent, blockIndex };
}
