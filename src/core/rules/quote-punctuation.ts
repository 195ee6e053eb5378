import type { Rule } from './rule';
import { isSpeech, meta, preview } from './util';

export const quotePunctuation: Rule = {
  meta: meta('quote-punctuation', 'warning', 'A comma or period outside the closing mark, or no comma between “said” and a full quotation, or before its closing mark when the attribution follows.', true),
  check({ story, report }) {
    const { text } = story;
    for (const q of story.quotations) {
      if (!q.close) continue;
      // `“…”,` → `“…,”`: AP puts commas and periods inside the closing mark.
      let end = q.close.end;
      // `“…festive” .`: a stray space or two between the closing mark and the period or comma.
      if (text[end] === ' ' || text[end] === '\t') {
        let k = end;
        while (k < end + 2 && (text[k] === ' ' || text[k] === '\t')) k++;
        if ((text[k] === ',' || text[k] === '.') && (k + 1 >= text.length || /\s/.test(text[k + 1]))) end = k;
      }
      // `‘no’,”`: the comma belongs inside both marks; fix the innermost pair only.
      const p = text[end];
      if ((p === ',' || p === '.') && text[end + 1] !== '.' && !(p === '.' && /\d/.test(text[end + 1] ?? ''))) {
        const inner = text[q.close.start - 1];
        const what = p === ',' ? 'comma' : 'period';
        if (inner === ',' || inner === '.' || inner === '?' || inner === '!') {
          // `…years?”,` — the mark inside already ends the quotation; the one outside goes.
          report({
            start: q.close.start,
            end: end + 1,
            message: `Stray ${what} after the closing mark of ${preview(q)}; the ${inner === '?' ? 'question mark' : inner === '!' ? 'exclamation point' : 'punctuation'} inside takes its place`,
            fix: { title: `Delete the ${what}`, edits: [{ start: q.close.end, end: end + 1, text: '' }] },
          });
        } else {
          report({
            start: q.close.start,
            end: end + 1,
            message: `${p === ',' ? 'Comma' : 'Period'} outside the closing mark of ${preview(q)}; AP puts it inside`,
            fix: { title: `Move the ${what} inside`, edits: [{ start: q.close.start, end: end + 1, text: p + text.slice(q.close.start, q.close.end) }] },
          });
        }
      }
    }
    // `“We were lucky” Levesque said.`: a quotation followed by its attribution ends in a comma
    // (or its own `?`, `!`, a dash or an ellipsis) inside the closing mark.
    for (const q of story.quotations) {
      if (!q.close || !isSpeech(q) || q.partial) continue;
      const a = q.attribution;
      const next = a ? Math.min(a.subject?.start ?? Infinity, a.verb?.start ?? Infinity) : Infinity;
      if (next === Infinity || next < q.close.end || !/^[ \t]+$/.test(text.slice(q.close.end, next))) continue;
      // Past a stray space and the inner quote's own closing mark (`‘…,’”`).
      let i = q.close.start - 1;
      while (i > q.content.start && /[\s’'”"]/.test(text[i])) i--;
      if (i <= q.content.start || /[,?!—–…:;.\-]/.test(text[i])) continue;
      report({
        start: q.close.start,
        end: q.close.end,
        message: `Add a comma before the closing mark of ${preview(q)}: its attribution follows`,
        fix: { title: 'Insert a comma', edits: [{ start: q.close.start, end: q.close.start, text: ',' }] },
      });
    }
    // `Marsh said “We …`: a comma (or colon) introduces a full quotation after the verb.
    for (const q of story.quotations) {
      if (!isSpeech(q) || q.partial || q.continues) continue;
      const a = q.attribution;
      if (!a || !a.verb || a.verb.end > q.open.start) continue;
      const between = text.slice(a.verb.end, q.open.start);
      if (between.length > 40 || /[,:;.—–(-]/.test(between) || !/\s$/.test(between)) continue;
      // `shouted “Shame!” at senators`: the sentence goes on past the mark, the words its object.
      if (q.close && /^ [a-z]/.test(text.slice(q.close.end, q.close.end + 2))) continue;
      let at = q.open.start;
      while (at > a.verb.end && /\s/.test(text[at - 1])) at--;
      report({
        start: a.verb.start,
        end: q.open.end,
        message: `Add a comma before the full quotation ${preview(q)}`,
        fix: { title: 'Insert a comma', edits: [{ start: at, end: at, text: ',' }] },
      });
    }
  },
};
