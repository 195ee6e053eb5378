import type { Person, Quotation, Story } from './types';

/** The person whose mention (name, surname, title + surname) covers `offset`, if any. */
export function personAt(story: Story, offset: number): Person | undefined {
  for (const p of story.people) {
    for (const m of p.mentions) if (m.start <= offset && offset <= m.end && m.form !== 'pronoun') return p;
  }
  return undefined;
}

/** The innermost quotation containing `offset`, if any. */
export function quotationAt(story: Story, offset: number): Quotation | undefined {
  let best: Quotation | undefined;
  for (const q of story.quotations) {
    if (q.start <= offset && offset <= q.end && (!best || q.depth > best.depth)) best = q;
  }
  return best;
}
