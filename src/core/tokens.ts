// Word tokens of a body paragraph with each top-level quotation folded into a
// single token, so attribution patterns (`“…,” Marsh said`) read as token sequences.

import type { Block, Party, Quotation, Story } from './types';
import { joinLineEndHyphen } from './lines';
import { storyBounds } from './story';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  text: string;
  start: number;
  end: number;
  /** For kind 'quote': the quotation. */
  quote?: Quotation;
}

// Abbreviations that keep their period (the period does not end a sentence).
const ABBREVIATIONS = new Set(`Gov. Govs. Lt. Sen. Sens. Rep. Reps. Dr. Rev. Gen. Col. Maj. Capt. Cpl. Sgt. Pvt. Pfc. Spc. Brig. Adm. Cmdr.
Supt. Atty. Prof. Insp. Ald. Mr. Mrs. Ms. Jr. Sr. St. Ste. Mt. Ft. Jan. Feb. Aug. Sept. Oct. Nov. Dec. No. Co. Inc.
Corp. Ltd. Ave. Blvd. Rd. vs. a.m. p.m. Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky.
La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Vt. Va. Wash. Wis. Wyo. U.S. D.C.
N.H. N.J. N.M. N.Y. N.C. N.D. R.I. S.C. S.D. W.Va. U.N. U.K. E.U.`.split(/\s+/));

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c < 0x2000);
}

/**
 * Tokens of `block`, in order. Each of the block's top-level quotations (`top`: depth 0,
 * in order) becomes one 'quote' token; their insides are not tokenised.
 */
export function tokenizeBlock(story: Story, block: Block, top: Quotation[]): Token[] {
  const text = story.text;
  const tokens: Token[] = [];
  let qi = 0;
  const spans = block.lineSpans;
  // Where the next line's words start, past a word finished there (see below).
  let resume = -1;
  for (let si = 0; si < spans.length; si++) {
    const span = spans[si];
    let i = Math.max(span.start, resume);
    while (i < span.end) {
      while (qi < top.length && top[qi].end <= i && top[qi].start < i) qi++;
      const q = qi < top.length ? top[qi] : undefined;
      if (q && q.start === i) {
        const last = tokens[tokens.length - 1];
        if (!last || last.quote !== q) tokens.push({ kind: 'quote', text: text.slice(q.start, q.end), start: q.start, end: q.end, quote: q });
        i = Math.max(i + 1, Math.min(q.end, span.end));
        if (q.end > span.end) break; // continues on the next line
        qi++;
        continue;
      }
      if (q && q.start < i && i < q.end) {
        // Inside a quotation that began on an earlier line.
        i = Math.min(q.end, span.end);
        if (q.end <= span.end) qi++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c <= 32 || c === 0xa0) {
        i++;
        continue;
      }
      if (isWordChar(c)) {
        let j = i + 1;
        // A soft hyphen or a PDF's ligature inside the word (`Bern\u00ADadette`, `Whit\uFB01eld`): read
        // through it, and the word's text is written without it.
        let odd = false;
        while (j < span.end) {
          const d = text.charCodeAt(j);
          if (isWordChar(d)) j++;
          else if (d === 0xad || (d >= 0xfb00 && d <= 0xfb06)) {
            odd = true;
            j++;
          }
          else if ((d === 0x2019 || d === 39 || d === 45 || d === 46) && j + 1 < span.end && isWordChar(text.charCodeAt(j + 1))) j += 2; // O’Brien, Winston-Salem, U.S
          else if (d === 44 && isThousandsComma(text, j, span.end)) j += 4; // 400,000: one number, not a clause's comma
          else break;
        }
        // A word hyphenated at the end of a line (copy pasted from a PDF): `Ruiz-` / `Hartman`
        // is `Ruiz-Hartman`, `Beau-` / `mont` is `Beaumont`, one word across the break.
        if (j + 1 === span.end && text.charCodeAt(j) === 45 && si + 1 < spans.length && isWordChar(text.charCodeAt(spans[si + 1].start))) {
          const next = spans[si + 1];
          let k = next.start + 1;
          while (k < next.end && isWordChar(text.charCodeAt(k))) k++;
          tokens.push({ kind: 'word', text: joinLineEndHyphen(text.slice(i, j + 1), text.slice(next.start, k), text, i, storyBounds(story, i)), start: i, end: k, quote: undefined });
          resume = k;
          i = span.end;
          continue;
        }
        // Keep the period of an abbreviation or an initial (`Gov.`, `J.`).
        if (text.charCodeAt(j) === 46 && keepsPeriod(text, i, j)) j++;
        // Every token has the same fields in the same order (one hidden class for V8).
        tokens.push({ kind: 'word', text: odd ? plainWord(text.slice(i, j)) : text.slice(i, j), start: i, end: j, quote: undefined });
        i = j;
        continue;
      }
      tokens.push({ kind: 'punct', text: text[i], start: i, end: i + 1, quote: undefined });
      i++;
    }
  }
  return tokens;
}

/** The word without soft hyphens and with ligatures spelled out (`ﬁ` → `fi`). */
function plainWord(w: string): string {
  return w.replace(/\u00ad/g, '').normalize('NFKC');
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The comma at `j` groups thousands: a digit before it and exactly three after (`$400,000`, `12,870`). */
function isThousandsComma(text: string, j: number, end: number): boolean {
  return j + 3 < end && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !(j + 4 < end && isDigit(text.charCodeAt(j + 4)));
}

/** Is text[i, j) + `.` an abbreviation or an initial (`Gov.`, `J.`, `a.m.`)? */
function keepsPeriod(text: string, i: number, j: number): boolean {
  const first = text.charCodeAt(i);
  if (j - i === 1) return first >= 65 && first <= 90; // `J.`
  // A party and state after a lawmaker's name: `R-Okla.`, `D-N.M.`, `I-Vt.`
  if (text.charCodeAt(i + 1) === 45 && (first === 68 || first === 82 || first === 73) && j - i >= 4) return ABBREVIATIONS.has(text.slice(i + 2, j + 1));
  // Every listed abbreviation is at most five letters before its period, dots aside (`W.Va.`, `Sept.`),
  // unless it ends a hyphenated name (`Bullard-St. John`).
  if (j - i > 5 && text.charCodeAt(i + 1) !== 46) {
    // Only the word's own last few characters: `lastIndexOf` would search the whole text before it.
    for (let h = j - 1; h > i && h >= j - 4; h--) if (text.charCodeAt(h) === 45) return ABBREVIATIONS.has(text.slice(h + 1, j + 1));
    return false;
  }
  const w = text.slice(i, j + 1);
  // `Jose Ma. Villanueva`: the Filipino short form of Maria, inside a name (not `Jack Ma.`).
  if (w === 'Ma.') return /\b(?:Jose|José|Juan) $/.test(text.slice(Math.max(0, i - 6), i));
  return ABBREVIATIONS.has(w) || /^[A-Za-z](?:\.[A-Za-z])+\.$/.test(w);
}

/**
 * `R-Okla.`, `D-N.M.`, `I-Vt.`, `R-Texas`: a lawmaker's party and state, set off after the name;
 * for a state lawmaker, party and hometown (`R-Roswell`, the first word of `D-Las Cruces`, `DFL-St.`).
 */
export function isPartyState(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.text;
  const c = w.charCodeAt(0);
  // Minnesota's Democrats are the DFL: `DFL-St. Paul`.
  const dash = c === 68 && w.startsWith('DFL-') ? 3 : 1;
  if (!((c === 68 || c === 82 || c === 73) && w.charCodeAt(dash) === 45)) return false;
  const d = w.charCodeAt(dash + 1);
  return (d >= 65 && d <= 90) || (d >= 0xc0 && d <= 0xde);
}

/** Lower-case words and abbreviations inside a hometown's name (`Fond du Lac`, `Sault Ste. Marie`). */
const HOMETOWN_PARTICLES = new Set(['du', 'de', 'des', 'del', 'la', 'le', 'da', 'di', 'Ste.', 'St.']);

/**
 * Where the lawmaker's tag starts whose hometown token `at` is part of, after its first word, as
 * in `R-Fond du Lac` or `D-Las Cruces` (-1: none): the tag within the three tokens before, and
 * only capitalised words and hometown particles between.
 */
export function partyHometownTag(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k];
    if (isPartyState(t)) return k;
    if (t.kind !== 'word' || !(isCapitalized(t.text) || HOMETOWN_PARTICLES.has(t.text))) return -1;
  }
  return -1;
}

/** The party a lawmaker's tag or a set-off noun gives: `, R-Roswell,`, `, a Democrat,`. */
export function partyAfter(tokens: Token[], last: number): Party | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  const t = tokens[last + 2];
  if (isPartyState(t)) return t!.text.charCodeAt(0) === 68 ? 'Democrat' : t!.text.charCodeAt(0) === 82 ? 'Republican' : 'independent';
  if (t?.text !== 'a' && t?.text !== 'the') return undefined;
  const noun = tokens[last + 3]?.text;
  return noun === 'Democrat' || noun === 'Republican' || noun === 'independent' ? noun : undefined;
}

/** `OSEI`, `THE`: a word in capitals (two letters or more). */
export function isAllCaps(word: string): boolean {
  // Character tests, not case conversions: this runs on every capitalised word.
  if (word.length < 2) return false;
  let from = 0;
  let second = word.charCodeAt(1);
  // `O’ROURKE`: past the apostrophe; `McCARTHY`, `MacLEOD`: past the prefix AP keeps in lower case.
  if ((second === 0x2019 || second === 39) && word.length > 3) second = word.charCodeAt(2);
  else if (second === 99 && word.charCodeAt(0) === 77 && word.length > 4) {
    from = word.charCodeAt(2) === 97 ? 3 : 2; // `Mac` or `Mc`
    second = word.charCodeAt(from + 1);
    if (!(word.charCodeAt(from) >= 65 && word.charCodeAt(from) <= 90)) return false;
  }
  if (!(second >= 65 && second <= 90) && !(second >= 0xc0 && second <= 0xde)) return false;
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff)) return false;
  }
  return true;
}

export function isCapitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) return true;
  // `al-Sudani`, `el-Sisi`, `bin-Ali`: an Arabic article or particle, lower case mid-sentence, before a name.
  if ((c === 97 || c === 101 || c === 98) && isParticleName(w)) return true;
  // `d’Arcy`, `l’Amour`: an elided French or Italian article before a capital.
  if ((c === 100 || c === 108) && w.length > 3 && (w.charCodeAt(1) === 0x2019 || w.charCodeAt(1) === 39)) {
    const d = w.charCodeAt(2);
    return (d >= 65 && d <= 90) || (d >= 0xc0 && d <= 0xde);
  }
  return false;
}

const PARTICLE_NAME_RE = /^(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|abu|ben|bint)-[A-Z\u00C0-\u00DE]/;

/** `al-Sudani`, `Al-Sudani`: a name that opens with an Arabic article or particle and a hyphen. */
export function isParticleName(w: string): boolean {
  // The hyphen comes third, fourth or fifth: most words are out before the expression runs.
  if (w.length <= 3 || (w.charCodeAt(2) !== 45 && w.charCodeAt(3) !== 45 && w.charCodeAt(4) !== 45)) return false;
  return PARTICLE_NAME_RE.test(w.charCodeAt(0) < 97 ? w.charAt(0).toLowerCase() + w.slice(1) : w);
}

/** `Marsh’s` → `Marsh`. */
export function stripPossessive(w: string): string {
  // Character tests, not regular expressions: this runs on every capitalised word.
  if (endsPossessive(w)) w = w.slice(0, -2);
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 2) === 115 && isApostrophe(w.charCodeAt(n - 1))) w = w.slice(0, -1);
  return w;
}

/** `Marsh’s`, `Marsh's`. */
export function endsPossessive(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && isApostrophe(w.charCodeAt(n - 2));
}

function isApostrophe(c: number): boolean {
  return c === 0x2019 || c === 39;
}
