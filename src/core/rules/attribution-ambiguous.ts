import type { Rule } from './rule';
import { meta, preview } from './util';
import type { Attribution, Quotation } from '../types';

export const attributionAmbiguous: Rule = {
  meta: meta('attribution-ambiguous', 'warning', 'A surname shared by two people, or a pronoun or title (`the senator`) that could refer to more than one person.', false),
  check({ story, report }) {
    const seen = new Set<number>();
    // A quotation's attribution, or (no quotation) speech reported without marks.
    const check = (a: Attribution | undefined, q: Quotation | undefined) => {
      if (!a || !a.subject || !a.candidates || a.candidates.length < 2 || seen.has(a.subject.start)) return;
      seen.add(a.subject.start);
      const names = a.candidates.map((i) => story.people[i].name);
      const list = names.length === 2 ? `${names[0]} or ${names[1]}` : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
      const message = q && (a.via === 'pronoun' || a.via === 'role')
        ? `“${a.subjectText}” in the attribution of ${preview(q)} could refer to ${list}; name the speaker`
        : names.every((n) => n.startsWith(`${a.subjectText} `) && / (?:Jr\.?|Sr\.?|I{2,3}|IV)$/.test(n))
          ? `“${a.subjectText}” could be ${list}; write the suffix that tells them apart`
          : `“${a.subjectText}” could be ${list}; AP uses full names for people who share a surname`;
      // Name the speaker: each candidate's full name in place of the surname, pronoun or title.
      const suggestions = a.candidates.map((i) => {
        const name = story.people[i].name;
        return { title: `Write “${name}”`, edits: [{ start: a.subject!.start, end: a.subject!.end, text: name }] };
      });
      report({ start: a.subject.start, end: a.subject.end, message, suggestions });
    };
    for (const q of story.quotations) {
      check(q.attribution, q);
      // `Klobuchar said …` then `“…,” he said`, or `Some younger workers said …` then `“…,” he
      // said`: the reader takes the pronoun for someone the paragraph before is about.
      const a = q.attribution;
      if (!a?.subject || q.speaker < 0 || seen.has(a.subject.start)) continue;
      if (a.afterGroup === undefined && a.otherGender === undefined && a.otherGenderDescribed === undefined) continue;
      seen.add(a.subject.start);
      const at = { start: a.subject.start, end: a.subject.end };
      const meant = story.people[q.speaker];
      const suggestions = [{ title: `Write “${meant.name}”`, edits: [{ ...at, text: meant.name }] }];
      let reading: string;
      if (a.afterGroup !== undefined) {
        reading = `${a.afterGroup.replace(/^[A-Z]/, (c) => c.toLowerCase())}, so it reads as one of them, not ${meant.name}`;
      } else if (a.otherGender === undefined) {
        reading = `${a.otherGenderDescribed!.replace(/^[A-Z]/, (c) => c.toLowerCase())}, so it reads as ${meant.name}`;
      } else {
        const about = story.people[a.otherGender!];
        const other = about.kind === 'organization' ? 'it' : a.subjectText === 'he' || a.subjectText === 'He' ? 'she' : 'he';
        suggestions.push({ title: `Write “${other}” (${about.name})`, edits: [{ ...at, text: other }] });
        reading = `${about.name}, so it reads as ${meant.name}`;
      }
      report({ ...at, message: `“${a.subjectText}” in the attribution of ${preview(q)} follows a ${a.otherGenderHere ? 'sentence' : 'paragraph'} about ${reading}, named further back; name the speaker`, suggestions });
    }
    for (const a of story.ambiguousReports) check(a, undefined);
  },
};
