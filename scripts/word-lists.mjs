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
 * The context a character is coded in, from the character before it (its code `c`): a digit,
 * a lower-case vowel, another lower-case letter, a capital, the lists' separator `|`, or anything
 * else. Letters follow letters differently after a vowel than after a consonant, and a front
 * coding's digit is followed by letters of its own: a code per context takes about 8% fewer bits.
 * src/core/data/frontCoding.ts has the same function; a test holds them equal.
 */
export function contextOf(c) {
  if (c >= 48 && c <= 57) return 0;
  if (c >= 97 && c <= 122) return (0x104111 >> (c - 97)) & 1 ? 1 : 2;
  if (c >= 65 && c <= 90) return 3;
  return c === 124 ? 4 : 5;
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
 * past `a`), in a code of its own (context 6): small distances are far more common than any one
 * letter: about 600 bytes less in the bundles. DELTA is the offset that keeps small distances printable in the
 * symbol tables; src/core/data/frontCoding.ts has the same.
 */
const DELTA = 35;

/**
 * Each character of `text` as it is coded: the context it is coded in (contextOf the character
 * before, the text starting after a `|`, or 6 for a distance) and the symbol (itself, or its
 * distance from the letter above it in the word before).
 */
export function codingSteps(text) {
  const steps = [];
  // The word being read (a front coding's digit keeps that many of its letters) and, after a
  // digit, the place of the letter coded as a distance (-1: none).
  const word = [];
  let wordLength = 0;
  let above = -1;
  let k = 4;
  for (const ch of text) {
    let c = ch.charCodeAt(0);
    steps.push([k, above >= 0 ? String.fromCharCode((c - word[above] + DELTA) & 0xffff) : ch]);
    if (c >= 48 && c <= 57) {
      c -= 48;
      // (A word keeps at most its own letters: in a front coding the digit never says more.)
      above = c < wordLength ? c : -1;
      if (above >= 0) wordLength = c;
      k = above >= 0 ? 6 : 0;
    } else {
      above = -1;
      k = contextOf(c);
      if (c === 124) wordLength = 0;
      else word[wordLength++] = c;
    }
  }
  return steps;
}

/**
 * `text` in canonical Huffman codes, one code per context (codingSteps): letters are far from
 * equally common, about 4 bits each instead of 8. For each context the symbols in code order and
 * how many codes there are of each length, and the bits, thirteen to two characters (base 93).
 * src/core/data/frontCoding.ts reads it back.
 */
export function huffmanPacked(text) {
  if ([...text].length !== text.length) throw new Error('word lists: a character outside the Basic Multilingual Plane');
  const steps = codingSteps(text);
  const frequencies = Array.from({ length: 7 }, () => new Map());
  for (const [k, symbol] of steps) frequencies[k].set(symbol, (frequencies[k].get(symbol) ?? 0) + 1);
  const tables = frequencies.map(canonicalCode);
  let bitString = '';
  for (const [k, symbol] of steps) bitString += tables[k].code.get(symbol);
  let data = '';
  for (let i = 0; i < bitString.length; i += 13) {
    const v = parseInt(bitString.slice(i, i + 13).padEnd(13, '0'), 2);
    data += BASE93[Math.floor(v / 93)] + BASE93[v % 93];
  }
  return { symbols: tables.map((t) => t.symbols), counts: tables.map((t) => t.counts), length: text.length, data };
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
const lists = huffmanDecoded(${JSON.stringify(pack.symbols)}, ${JSON.stringify(pack.counts)}, ${pack.length}, ${JSON.stringify(pack.data)}).split(${JSON.stringify(LIST_SEPARATOR)});
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
