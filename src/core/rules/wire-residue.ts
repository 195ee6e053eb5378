import type { Rule } from './rule';
import { meta } from './util';

// Inline residue of pasted web or print pages: bracketed jump lines and bracketed dates.
const INLINE_RESIDUE = /\[(?:to top of [^\]\n]{1,40}|continued (?:on|from) [^\]\n]{1,40}|see [^\]\n]{1,40}|story continues[^\]\n]{0,30}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\]/gi;

export const wireResidue: Rule = {
  meta: meta('wire-residue', 'warning', 'Page residue left in copy: jump lines, lone bars, bracketed web dates.', true),
  check({ story, report }) {
    const { text } = story;
    for (const b of story.blocks) {
      if (b.kind === 'residue') {
        // Delete the whole line with its line break.
        let end = b.end;
        while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
        if (text[end] === '\r') end++;
        if (text[end] === '\n') end++;
        let start = b.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
        // Between two blank lines, take one blank line too, so no double gap is left.
        const blankBefore = start >= 2 && text[start - 1] === '\n' && /\n[ \t]*\r?$/.test(text.slice(Math.max(0, start - 4), start - 1));
        const blankAfter = /^[ \t]*\r?\n/.test(text.slice(end, end + 4));
        if (blankBefore && blankAfter) end += /^[ \t]*\r?\n/.exec(text.slice(end, end + 4))![0].length;
        report({ start: b.start, end: b.end, message: `Page residue “${b.text}” left in the copy`, fix: { title: 'Delete the residue line', edits: [{ start, end, text: '' }] } });
        continue;
      }
      if (b.kind === 'slug') continue;
      for (const s of b.lineSpans) {
        const line = text.slice(s.start, s.end);
        INLINE_RESIDUE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = INLINE_RESIDUE.exec(line))) {
          let start = s.start + m.index;
          let end = start + m[0].length;
          // Take one neighbouring space with it so no double space is left.
          if (text[end] === ' ') end++;
          else if (start > s.start && text[start - 1] === ' ') start--;
          report({ start: s.start + m.index, end: s.start + m.index + m[0].length, message: `Page residue “${m[0]}” left in the copy`, fix: { title: 'Delete the residue', edits: [{ start, end, text: '' }] } });
        }
      }
    }
  },
};
