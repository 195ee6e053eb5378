import type { Rule } from './rule';
import { meta } from './util';

// Inline residue of pasted web or print pages: bracketed jump lines and bracketed dates.
// White space inside may be a line break: hard-wrapped copy splits `[to top of` from
// `second column]`.
const INLINE_RESIDUE = /\[\s?(?:to\s+top\s+of\s[^\]]{1,40}|continued\s+(?:on|from)\s[^\]]{1,40}|see\s[^\]]{1,40}|story\s+continues[^\]]{0,30}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\]/gi;

export const wireResidue: Rule = {
  meta: meta('wire-residue', 'warning', 'Page residue left in copy: jump lines, lone bars, bracketed web dates.', true),
  check({ story, report }) {
    const { text } = story;
    const residueLines: { start: number; end: number }[] = [];
    for (const b of story.blocks) {
      if (b.kind === 'residue') {
        residueLines.push(b);
        // Delete the whole line with its line break.
        let end = b.end;
        while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
        if (text[end] === '\r') end++;
        if (text[end] === '\n') end++;
        let start = b.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
        // Copy quoted in an e-mail (`> Advertisement`): the line's `>` marks go with it.
        let lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r' && start - lineStart < 16) lineStart--;
        if (lineStart < start && (lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r') && /^[> \t]+$/.test(text.slice(lineStart, start))) start = lineStart;
        // Between two blank lines, take one blank line too, so no double gap is left (line
        // breaks of any kind: \n, \r\n, or an old Mac's lone \r).
        const blankBefore = /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/.test(text.slice(Math.max(0, start - 8), start));
        const blankAfter = /^[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(end, end + 8));
        if (blankBefore && blankAfter) end += blankAfter[0].length;
        report({ start: b.start, end: b.end, message: `Page residue “${b.text}” left in the copy`, fix: { title: 'Delete the residue line', edits: [{ start, end, text: '' }] } });
        continue;
      }
    }
    // Inline residue: one scan of the whole text, each match kept if it lies inside one
    // block of copy (not the slug, not a residue line already reported above).
    const { blocks } = story;
    let bi = 0;
    let ri = 0;
    INLINE_RESIDUE.lastIndex = 0;
    for (let m = INLINE_RESIDUE.exec(text); m; m = INLINE_RESIDUE.exec(text)) {
      const at = m.index;
      const to = at + m[0].length;
      while (bi < blocks.length && blocks[bi].end <= at) bi++;
      const b = blocks[bi];
      if (!b || b.start > at || to > b.end || b.kind === 'slug' || b.kind === 'residue') continue;
      // A residue line inside a paragraph's range is its own block, reported above.
      while (ri < residueLines.length && residueLines[ri].end <= at) ri++;
      if (ri < residueLines.length && residueLines[ri].start < to) continue;
      let start = at;
      let end = to;
      // Take one neighbouring space with it so no double space is left.
      if (text[end] === ' ') end++;
      else if (start > b.start && text[start - 1] === ' ') start--;
      report({ start: at, end: to, message: `Page residue “${m[0].replace(/\s+/g, ' ')}” left in the copy`, fix: { title: 'Delete the residue', edits: [{ start, end, text: '' }] } });
    }
  },
};
