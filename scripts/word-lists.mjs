// Build-time compression of the engine's word lists (see src/core/data/frontCoding.ts): every
// `` `…`.split(/\s+/) `` in src/core becomes a front-coded list, and all of them travel in one
// Huffman-coded string that the bundle unpacks once when it loads. The engine uses every such
// list as a set (a Set, `includes`, spread into a Set), so the words can be sorted and a repeated
// one dropped; its tests check each comes back whole.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/** `words` sorted and front coded; undefined when a word holds a digit (it would read as a count). */
export function frontCode(words) {
  const sorted = [...new Set(words)].sort();
  if (sorted.some((w) => /\d/.test(w) || w === '' || w.includes(LIST_SEPARATOR))) return undefined;
  let out = '';
  let previous = '';
  for (const w of sorted) {
    let shared = 0;
    while (shared < 9 && shared < previous.length && shared < w.length && previous[shared] === w[shared]) shared++;
    out += shared + w.slice(shared);
    previous = w;
  }
  return out;
}

const WORD_LIST_RE = /`([^`$\\]*)`\.split\(\/\\s\+\/\)/g;
const LIST_SEPARATOR = '|';
// The bits travel thirteen to two characters, in base 93: the printable ASCII characters but
// `"` and `\`, which a string literal would escape (6.5 bits a byte where base64 carries 6).
const BASE93 = Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

/**
 * `source` with its word lists written by `replace(coded)` (a front-coded list in, the code that
 * stands for it out), and whether any was. A list with a digit in a word is left alone.
 */
export function compressWordSets(source, replace = (coded) => `frontDecoded(${JSON.stringify(coded)})`) {
  let changed = false;
  const out = source.replace(WORD_LIST_RE, (whole, list) => {
    const coded = frontCode(list.trim().split(/\s+/));
    if (coded === undefined) return whole;
    changed = true;
    return replace(coded);
  });
  return { source: out, changed };
}

/**
 * The place a character's code is chosen by: the character before it (its code `c`), printable
 * ASCII each its own (0–94), anything else one (95); 96–105 for a front coding's letter coded as a
 * distance (codingSteps) after the digit 0–9. The build groups the places whose next characters
 * are alike, each group with a code of its own (huffmanPacked). src/core/data/frontCoding.ts has
 * the same function; a test holds them equal.
 */
export function placeOf(c) {
  return c > 31 && c < 127 ? c - 32 : 95;
}

/** A canonical Huffman code for the characters counted in `frequency`: code order, counts per length, and each one's code and length. */
function canonicalCode(frequency) {
  const symbols = [...frequency.keys()].sort();
  const length = new Map(symbols.map((s) => [s, 0]));
  // Code lengths: merge the two rarest nodes until one is left; a symbol's length is its depth.
  let nodes = symbols.map((s) => ({ weight: frequency.get(s), symbols: [s] }));
  if (nodes.length === 1) length.set(symbols[0], 1);
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.weight - b.weight || (a.symbols[0] < b.symbols[0] ? -1 : 1));
    const [a, b] = nodes;
    for (const s of [...a.symbols, ...b.symbols]) length.set(s, length.get(s) + 1);
    nodes = [{ weight: a.weight + b.weight, symbols: [...a.symbols, ...b.symbols] }, ...nodes.slice(2)];
  }
  const ordered = [...symbols].sort((a, b) => length.get(a) - length.get(b) || (a < b ? -1 : 1));
  const counts = [0];
  for (const s of ordered) counts[length.get(s)] = (counts[length.get(s)] ?? 0) + 1;
  for (let n = 0; n < counts.length; n++) counts[n] ??= 0;
  // Canonical codes: in symbol order within a length, each length's first code after the last.
  const code = new Map();
  let next = 0;
  let bits = ordered.length ? length.get(ordered[0]) : 0;
  for (const s of ordered) {
    next <<= length.get(s) - bits;
    bits = length.get(s);
    code.set(s, next.toString(2).padStart(bits, '0'));
    next++;
  }
  return { symbols: ordered.join(''), counts, code };
}

/**
 * A front coding's letter after its digit, where the word before has a letter at that place, is
 * coded as how far past that letter it is (the words are sorted: `0Aaron1bby` codes `b` as one
 * past `a`), in places of its own (one after each digit, codingSteps): small distances are far
 * more common than any one letter: about 600 bytes less in the bundles. DELTA is the offset that
 * keeps small distances printable in the symbol tables; src/core/data/frontCoding.ts has the same.
 */
const DELTA = 35;

/**
 * Each character of `text` as it is coded: the place it is coded in (placeOf the character
 * before, the text starting after a `|`, or 96 + the digit for a distance) and the symbol
 * (itself, or its distance from the letter above it in the word before).
 */
export function codingSteps(text) {
  const steps = [];
  // The word being read (a front coding's digit keeps that many of its letters) and, after a
  // digit, the place of the letter coded as a distance (-1: none).
  const word = [];
  let wordLength = 0;
  let above = -1;
  let k = placeOf(124);
  for (const ch of text) {
    let c = ch.charCodeAt(0);
    steps.push([k, above >= 0 ? String.fromCharCode((c - word[above] + DELTA) & 0xffff) : ch]);
    k = placeOf(c);
    if (c >= 48 && c <= 57) {
      c -= 48;
      // (A word keeps at most its own letters: in a front coding the digit never says more.)
      above = c < wordLength ? c : -1;
      if (above >= 0) {
        wordLength = c;
        k = 96 + c;
      }
    } else {
      above = -1;
      if (c === 124) wordLength = 0;
      else word[wordLength++] = c;
    }
  }
  return steps;
}

/** The places codingSteps codes in: placeOf's 96 and a distance after each digit. */
export const PLACES = 106;
/** A group's code is written as the letter a–z. */
const MAX_GROUPS = 26;
/** The longest code src/core/data/frontCoding.ts decodes. */
const MAX_CODE_BITS = 16;

/** The bits an optimal (Huffman) code takes for symbols counted in `frequency`. */
function huffmanBits(frequency) {
  const weights = [...frequency.values()].sort((a, b) => a - b);
  if (weights.length === 1) return weights[0];
  let bits = 0;
  // Two sorted queues: the leaves, and the merged nodes (made in increasing order).
  const merged = [];
  let i = 0;
  let j = 0;
  const take = () => (j >= merged.length || (i < weights.length && weights[i] <= merged[j]) ? weights[i++] : merged[j++]);
  for (let n = weights.length - 1; n > 0; n--) {
    const w = take() + take();
    bits += w;
    merged.push(w);
  }
  return bits;
}

/**
 * What a group with the symbols counted in `frequency` costs in the bundle, in characters: its
 * bits in base 93, and its table (its symbols as a string literal writes them, in UTF-8, and a
 * count for each code length).
 */
function groupCost(frequency) {
  let table = 2 + Math.ceil(Math.log2(frequency.size + 1));
  for (const s of frequency.keys()) table += Buffer.byteLength(JSON.stringify(s)) - 2;
  return huffmanBits(frequency) / 6.5 + table;
}

/**
 * The places grouped: each starts a group of its own, and the two groups whose merging costs
 * least (groupCost) merge, while that saves room (or while there are more than MAX_GROUPS).
 * Returns each place's group (unused places: 0) and each group's symbol counts.
 */
function groupedPlaces(steps) {
  const byPlace = new Map();
  for (const [k, symbol] of steps) {
    if (!byPlace.has(k)) byPlace.set(k, new Map());
    const f = byPlace.get(k);
    f.set(symbol, (f.get(symbol) ?? 0) + 1);
  }
  const merge = (a, b) => {
    const m = new Map(a);
    for (const [s, n] of b) m.set(s, (m.get(s) ?? 0) + n);
    return m;
  };
  let groups = [...byPlace.keys()].sort((a, b) => a - b).map((k) => ({ places: [k], frequency: byPlace.get(k), cost: groupCost(byPlace.get(k)) }));
  // What merging each two groups saves (negative: costs), kept for the groups that stay.
  const saving = new Map();
  const savingOf = (a, b) => {
    const key = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
    if (!saving.has(key)) saving.set(key, a.cost + b.cost - groupCost(merge(a.frequency, b.frequency)));
    return saving.get(key);
  };
  let id = 0;
  for (const g of groups) g.id = id++;
  while (groups.length > 1) {
    let best;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const s = savingOf(groups[a], groups[b]);
        if (best === undefined || s > best.s) best = { a, b, s };
      }
    }
    if (best.s <= 0 && groups.length <= MAX_GROUPS) break;
    const [a, b] = [groups[best.a], groups[best.b]];
    const frequency = merge(a.frequency, b.frequency);
    groups = groups.filter((g) => g !== a && g !== b);
    groups.push({ id: id++, places: [...a.places, ...b.places].sort((x, y) => x - y), frequency, cost: groupCost(frequency) });
  }
  // Groups in the order of their first place, so the same data always gives the same pack.
  groups.sort((a, b) => a.places[0] - b.places[0]);
  const groupOf = new Array(PLACES).fill(0);
  groups.forEach((g, n) => {
    for (const k of g.places) groupOf[k] = n;
  });
  return { groupOf, frequencies: groups.map((g) => g.frequency) };
}

/**
 * `text` in canonical Huffman codes, one code per group of places (codingSteps, groupedPlaces):
 * letters are far from equally common, and what comes next depends on the character before,
 * about 4 bits each instead of 8. `groups`: each place's group, as a letter from `a`; `tables`:
 * for each group, how many code lengths it has, how many codes of each length and its symbols in
 * code order (the counts as base-93 digits); the bits, thirteen to two characters (base 93).
 * src/core/data/frontCoding.ts reads it back.
 */
export function huffmanPacked(text) {
  if ([...text].length !== text.length) throw new Error('word lists: a character outside the Basic Multilingual Plane');
  const steps = codingSteps(text);
  const { groupOf, frequencies } = groupedPlaces(steps);
  const codes = frequencies.map(canonicalCode);
  let tables = '';
  for (const { counts, symbols } of codes) {
    if (counts.length > 93 || counts.some((n) => n > 92)) throw new Error('word lists: a code table too large for base-93 counts');
    // The decoder reads a code with one look-up in a table of 2^(longest code) entries, from a
    // 31-bit window: codes stay short enough for both (the engine's longest is 12).
    if (counts.length - 1 > MAX_CODE_BITS) throw new Error(`word lists: a code of ${counts.length - 1} bits, longer than the decoder's ${MAX_CODE_BITS}`);
    tables += BASE93[counts.length - 1] + counts.slice(1).map((n) => BASE93[n]).join('') + symbols;
  }
  let bitString = '';
  for (const [k, symbol] of steps) bitString += codes[groupOf[k]].code.get(symbol);
  let data = '';
  for (let i = 0; i < bitString.length; i += 13) {
    const v = parseInt(bitString.slice(i, i + 13).padEnd(13, '0'), 2);
    data += BASE93[Math.floor(v / 93)] + BASE93[v % 93];
  }
  return { groups: groupOf.map((g) => String.fromCharCode(97 + g)).join(''), tables, length: text.length, data };
}

// Tables of plain strings (`{ governor: ['Gov.', 'Governor'], … }`, `['ATLANTA', …]`) travel in
// the same pack: written as JSON without its quotation marks, with `=` and `;` for its `:` and `,`,
// which sentences hold (`{governor=[Gov.;Governor];…}`), and read back with JSON.parse at load,
// each in its own order (AP_STATE_ABBREVIATIONS' order is the postal codes'). Only a table built
// once, at the top level of a module (not in a function, where it would be parsed again at every
// call), of at least DATA_MIN characters as JSON, whose strings hold none of the marks that
// structure it (nor one JSON would escape), and none of whose keys the build shortens
// (mangleProps: a key written as a name would be shortened in the bundle, in the pack it would not).
const DATA_MIN = 100;
const DATA_MARKS = /[{}[\]=;"\\|\u0000-\u001f]/;

/** The value of a literal of strings, arrays and objects with plain keys; undefined for anything else. */
function plainValue(node) {
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isArrayLiteralExpression(node)) {
    const values = node.elements.map(plainValue);
    return values.includes(undefined) ? undefined : values;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const entries = [];
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return undefined;
      const value = plainValue(p.initializer);
      if (value === undefined) return undefined;
      entries.push([p.name.text, value, ts.isIdentifier(p.name)]);
    }
    return { entries };
  }
  return undefined;
}

/** `value` as JSON (objects as written, entries in order) without its quotation marks; undefined when a string holds a mark or is empty, or a key is `__proto__`. */
function dataText(value, keepsName) {
  if (typeof value === 'string') return value === '' || DATA_MARKS.test(value) ? undefined : value;
  const parts = [];
  if (Array.isArray(value)) {
    for (const v of value) parts.push(dataText(v, keepsName));
    return parts.includes(undefined) ? undefined : `[${parts.join(';')}]`;
  }
  for (const [key, v, written] of value.entries) {
    if (key === '__proto__' || (written && !keepsName(key))) return undefined;
    const k = dataText(key, keepsName);
    const t = dataText(v, keepsName);
    if (k === undefined || t === undefined) return undefined;
    parts.push(`${k}=${t}`);
  }
  return `{${parts.join(';')}}`;
}

/** The value a literal of plain strings stands for, as JSON.parse gives it back (for tests). */
export function plainData(value) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plainData);
  return Object.fromEntries(value.entries.map(([k, v]) => [k, plainData(v)]));
}

// A top-level table: only these stand between it and the module (a declaration, `new Set(…)`, `as const`).
const ONCE = new Set([ts.SyntaxKind.SourceFile, ts.SyntaxKind.VariableStatement, ts.SyntaxKind.VariableDeclarationList, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.AsExpression, ts.SyntaxKind.SatisfiesExpression, ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.SpreadElement, ts.SyntaxKind.ArrayLiteralExpression]);

/**
 * The tables of plain strings in `source` that the pack carries: where each is written, its
 * value (plainValue) and its coded text. `keepsName(key)`: whether the build leaves a property
 * of that name whole.
 */
export function dataLiterals(source, keepsName = () => true) {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
      const value = plainValue(node);
      if (value !== undefined) {
        let once = true;
        for (let up = node.parent; up && once; up = up.parent) once = ONCE.has(up.kind);
        const coded = once ? dataText(value, keepsName) : undefined;
        if (coded !== undefined && coded.length >= DATA_MIN) found.push({ start: node.getStart(file), end: node.end, value, coded });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** `source` with its tables of plain strings written by `replace(coded)`, and whether any was. */
export function compressDataLiterals(source, replace, keepsName) {
  let out = source;
  const found = dataLiterals(source, keepsName);
  for (const d of found.reverse()) out = out.slice(0, d.start) + replace(d.coded) + out.slice(d.end);
  return { source: out, changed: found.length > 0 };
}

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [])));
  return nested.flat().sort();
}

/** Every front-coded list of the engine's sources, each once, in a fixed order. */
export async function engineWordLists(coreDir) {
  const lists = new Set();
  for (const file of await sourceFiles(coreDir)) {
    compressWordSets(await readFile(file, 'utf8'), (coded) => {
      lists.add(coded);
      return '';
    });
  }
  return [...lists];
}

/** Every table of plain strings of the engine's sources (dataLiterals), each once, in a fixed order. */
export async function engineDataLiterals(coreDir, keepsName) {
  const tables = new Set();
  for (const file of await sourceFiles(coreDir)) for (const d of dataLiterals(await readFile(file, 'utf8'), keepsName)) tables.add(d.coded);
  return [...tables];
}

/** What the pack carries: the word lists, then the tables, one string `|` apart. */
export async function enginePack(coreDir, keepsName) {
  const lists = await engineWordLists(coreDir);
  const tables = await engineDataLiterals(coreDir, keepsName);
  return { lists, tables, pack: huffmanPacked([...lists, ...tables].join(LIST_SEPARATOR)) };
}

/**
 * esbuild plugin: the engine's word lists front coded and its tables of plain strings, packed
 * into one Huffman-coded string.
 */
export function wordListPlugin(coreDir) {
  const decoder = path.join(coreDir, 'data', 'frontCoding.ts');
  return {
    name: 'word-lists',
    setup(build) {
      // Each build its own pack: which names a build shortens decides which tables it carries.
      const mangled = build.initialOptions.mangleProps;
      const keepsName = (name) => !mangled || !new RegExp(mangled.source, mangled.flags.replace('g', '')).test(name);
      let position = new Map();
      let pack;
      build.onStart(async () => {
        const { lists, tables, pack: p } = await enginePack(coreDir, keepsName);
        position = new Map([...lists, ...tables].map((coded, k) => [coded, k]));
        pack = p;
      });
      build.onResolve({ filter: /^wire-story:word-lists$/ }, () => ({ path: 'word-lists', namespace: 'wire-story' }));
      build.onLoad({ filter: /.*/, namespace: 'wire-story' }, () => ({
        contents: `import { huffmanDecoded, dataDecoded } from ${JSON.stringify(decoder)};
const lists = huffmanDecoded(${JSON.stringify(pack.groups)}, ${JSON.stringify(pack.tables)}, ${pack.length}, ${JSON.stringify(pack.data)}).split(${JSON.stringify(LIST_SEPARATOR)});
export const packedList = (k) => lists[k];
export const packedData = (k) => dataDecoded(lists[k]);`,
        loader: 'js',
        resolveDir: path.dirname(decoder),
      }));
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, async (args) => {
        const words = compressWordSets(await readFile(args.path, 'utf8'), (coded) => `frontDecoded(packedList(${position.get(coded)}))`);
        const data = compressDataLiterals(words.source, (coded) => `packedData(${position.get(coded)})`, keepsName);
        if (!words.changed && !data.changed) return undefined;
        return { contents: `import { frontDecoded } from ${JSON.stringify(decoder)};\nimport { packedList, packedData } from 'wire-story:word-lists';\n${data.source}`, loader: 'ts' };
      });
    },
  };
}
