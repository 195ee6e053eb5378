import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { dataDecoded, frontDecoded, huffmanDecoded, placeOf as decoderPlaceOf } from '../../src/core/data/frontCoding';
// The build's encoder (plain JavaScript, run by esbuild's plugin in production builds).
import {
  codingSteps,
  compressDataLiterals,
  compressWordSets,
  dataLiterals,
  engineDataLiterals,
  enginePack,
  engineWordLists,
  frontCode,
  huffmanPacked,
  PLACES,
  placeOf,
  plainData,
} from '../../scripts/word-lists.mjs';

const coreDir = path.join(__dirname, '../../src/core');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('front-coded word lists (production bundles)', () => {
  it('decodes a coded list to the sorted words, sharing prefixes', () => {
    const coded = frontCode(['Abdul', 'Aaron', 'Abby', 'Zoe', 'Aaron']);
    assert.equal(coded, '0Aaron1bby2dul0Zoe');
    assert.deepEqual(frontDecoded(coded!), ['Aaron', 'Abby', 'Abdul', 'Zoe']);
  });

  it('leaves a list alone when a word holds a digit', () => {
    assert.equal(frontCode(['B52', 'Boeing']), undefined);
    const { source, changed } = compressWordSets('const S = new Set(`B52 Boeing`.split(/\\s+/));');
    assert.equal(changed, false);
    assert.equal(source, 'const S = new Set(`B52 Boeing`.split(/\\s+/));');
    assert.equal(compressWordSets('const A = `said says`.split(/\\s+/);').source, 'const A = frontDecoded("0said2ys");');
  });

  it('every word list of the engine comes back whole from its coding', () => {
    let lists = 0;
    for (const file of sourceFiles(coreDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/`([^`$\\]*)`\.split\(\/\\s\+\/\)/g)) {
        const words = m[1].trim().split(/\s+/);
        const coded = frontCode(words);
        if (coded === undefined) continue;
        lists++;
        assert.deepEqual(new Set(frontDecoded(coded)), new Set(words), `${path.basename(file)}: ${m[1].slice(0, 40)}…`);
      }
      const { source, changed } = compressWordSets(text);
      // Nothing but the lists is rewritten: the rest of the file is as written.
      if (changed) assert.equal(source.replace(/frontDecoded\("[^"]*"\)/g, 'LIST'), text.replace(/`([^`$\\]*)`\.split\(\/\\s\+\/\)/g, 'LIST'));
    }
    // names.ts alone has more than twenty: the plugin's pattern still matches how lists are written.
    assert.ok(lists > 50, `only ${lists} word lists found`);
  });

  it('packs text into a Huffman code, common letters in fewer bits, and reads it back', () => {
    const text = '0said2ys|0Aaron1bby2dul0Zoe|0é’-.';
    const packed = huffmanPacked(text);
    assert.equal(huffmanDecoded(packed.groups, packed.tables, packed.length, packed.data), text);
    // A group for each place, written as a letter.
    assert.equal(packed.groups.length, PLACES);
    assert.match(packed.groups, /^[a-z]+$/);
    const once = huffmanPacked('aaaa');
    assert.equal(huffmanDecoded(once.groups, once.tables, 4, once.data), 'aaaa');
    assert.equal(once.tables, '!!a', 'one group: one code length, one code of it, its symbol');
    // Every length, so the last group of thirteen bits is cut at every place.
    const source = 'Aaron Abby Abdul Zoe O’Brien Núñez said says ';
    for (let n = 1; n <= source.length; n++) {
      const part = source.slice(0, n);
      const p = huffmanPacked(part);
      assert.equal(huffmanDecoded(p.groups, p.tables, p.length, p.data), part);
    }
  });

  it('codes each character in the same place in the encoder and the decoder', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(decoderPlaceOf(c), placeOf(c), `character ${c}`);
    assert.deepEqual([' ', 'e', '~', '’', '\u007f', '\u001f'].map((ch) => placeOf(ch.charCodeAt(0))), [0, 69, 94, 95, 95, 95]);
  });

  it('groups the places whose next characters are alike, each group with a code of its own', () => {
    // After `q` always `u`, after a vowel never; the two take codes apart, and a place seen in
    // neither goes to the first group.
    const text = 'queen quiet quota aqua equal'.repeat(20).split(' ').join('|');
    const p = huffmanPacked(text);
    assert.equal(huffmanDecoded(p.groups, p.tables, p.length, p.data), text);
    const groupOf = (ch: string) => p.groups.charCodeAt(placeOf(ch.charCodeAt(0)));
    assert.notEqual(groupOf('q'), groupOf('e'));
    assert.equal(p.groups[placeOf('Z'.charCodeAt(0))], 'a');
    // Fewer bits than one code for every place would take.
    const steps = codingSteps(text);
    assert.ok(new Set(steps.map(([k]) => k)).size > new Set(p.groups).size);
  });

  it('every word list of the engine comes back whole from the production bundle’s pack, in about 4.1 bits a character', async () => {
    const lists = await engineWordLists(coreDir);
    const text = lists.join('|');
    const packed = huffmanPacked(text);
    assert.deepEqual(huffmanDecoded(packed.groups, packed.tables, packed.length, packed.data).split('|'), lists);
    // 4.1 bits a character with a code per group of places (4.7 with one code), carried 6.5 bits to a byte of base 93.
    assert.ok(packed.data.length < text.length * 0.66, `${packed.data.length} base-93 characters for ${text.length}`);
    // Printable ASCII that a string literal holds as written: no quote mark or backslash to escape.
    assert.match(packed.data, /^[ !#-[\]-~]*$/);
  });

  it('codes a front coding’s letter as its distance past the letter above it, and reads every length of it back', () => {
    // `1bby` after `Aaron`: `b` is one past `a`; `0Zoe` after `Obrien`: `Z` past `O`; after `|` a
    // list starts again (no word above); `Aaron` then `Aaronson`: no letter above the `s`; a run
    // of nine shared letters (the most a digit says) can go on with the same letter.
    const text = `${frontCode(['Aaron', 'Abby', 'Abdul', 'Zoe', 'Aaronson', 'Núñez', 'Nuñez', 'O’Brien', 'Obrien', 'abcdefghijkl', 'abcdefghijkm'])}|0said2ys|${frontCode(['é', 'e’s', 'é’s'])}`;
    assert.ok(text.includes('9jk'), text);
    const steps = codingSteps(text);
    assert.equal(steps.length, text.length);
    assert.deepEqual(steps[text.indexOf('1bby') + 1], [96 + 1, String.fromCharCode(35 + 1)]);
    assert.deepEqual(steps[text.indexOf('0Zoe') + 1], [96 + 0, String.fromCharCode(35 + 'Z'.charCodeAt(0) - 'O'.charCodeAt(0))]);
    assert.deepEqual(steps[text.indexOf('1’Brien') + 1], [96 + 1, String.fromCharCode(35 + '’'.charCodeAt(0) - 'b'.charCodeAt(0))]);
    assert.deepEqual(steps[text.indexOf('|0said') + 2], [placeOf(48), 's']);
    assert.deepEqual(steps[text.indexOf('5son') + 1], [placeOf(53), 's']);
    assert.deepEqual(steps[text.indexOf('9jk') + 1], [96 + 9, String.fromCharCode(35)]);
    for (let n = 1; n <= text.length; n++) {
      const part = text.slice(0, n);
      const p = huffmanPacked(part);
      assert.equal(huffmanDecoded(p.groups, p.tables, p.length, p.data), part, `${n} characters`);
    }
  });

  it('keeps to 26 groups when more would each save room', () => {
    // Forty places, each always followed by a character of its own.
    const pairs = Array.from({ length: 40 }, (_, k) => String.fromCharCode(40 + k) + String.fromCharCode(41 + k)).join('');
    const text = pairs.repeat(60);
    const p = huffmanPacked(text);
    assert.equal(new Set(p.groups).size, 26);
    assert.equal(huffmanDecoded(p.groups, p.tables, p.length, p.data), text);
  });

  it('the encoder and the decoder agree on any text of many places and groups', () => {
    const character = fc.oneof(fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)), fc.constantFrom('0', '1', '9', '|', 'é', '’', '\u{ffff}', '\u0000'));
    fc.assert(
      fc.property(fc.array(character, { maxLength: 600 }), (chars) => {
        const text = chars.join('');
        const p = huffmanPacked(text);
        assert.equal(huffmanDecoded(p.groups, p.tables, p.length, p.data), text);
      }),
      { numRuns: 200 },
    );
  });

  it('the encoder and the decoder agree on any text, digits and separators anywhere', () => {
    const character = fc.constantFrom(...'0123456789|aAbBeEzZ.’é -ñ'.split(''), '\u{ffff}', '\u0000');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const p = huffmanPacked(text);
        assert.equal(huffmanDecoded(p.groups, p.tables, p.length, p.data), text);
      }),
      { numRuns: 500 },
    );
  });

  it('packs a table of plain strings as JSON without quotation marks, and reads it back in its order', () => {
    const source = `const A: Record<string, string[]> = {
  governor: ['Gov.', 'Governor'],
  // a comment
  'vice president': ['Vice'], zeta: ['Z, or “zed”: the last'], alpha: ['A'], '10': ['ten'], beta: 'B', gamma: 'C',
};
const B = new Map([['sons', 'male'], ['daughters', 'female'], ['brothers', 'male'], ['sisters', 'female'], ['uncles', 'male'], ['aunts', 'female'], ['nephews', 'male']]);
`;
    const found = dataLiterals(source);
    assert.equal(found.length, 2);
    assert.equal(found[0].coded, '{governor=[Gov.;Governor];vice president=[Vice];zeta=[Z, or “zed”: the last];alpha=[A];10=[ten];beta=B;gamma=C}');
    for (const d of found) {
      const written = source.slice(d.start, d.end);
      // eslint-disable-next-line no-eval
      const value = (0, eval)(`(${written})`);
      assert.deepEqual(dataDecoded(d.coded), value);
      assert.deepEqual(plainData(d.value), value);
      assert.equal(JSON.stringify(dataDecoded(d.coded)), JSON.stringify(value), 'keys in the same order');
    }
    const { source: out } = compressDataLiterals(source, () => 'TABLE');
    assert.equal(out, 'const A: Record<string, string[]> = TABLE;\nconst B = new Map(TABLE);\n');
  });

  it('leaves alone a table in a function, one with a key the build shortens, and one with a mark in a string', () => {
    const long = Array.from({ length: 20 }, (_, k) => `'word${k}'`).join(', ');
    const table = (key: string, value = "'x'") => `{ ${key}: ${value}, other: [${long}] }`;
    assert.equal(dataLiterals(`function f() { return ${table('a')}; }`).length, 0);
    assert.equal(dataLiterals(`const f = () => ${table('a')};`).length, 0);
    assert.equal(dataLiterals(`class C { static t = ${table('a')}; }`).length, 0);
    assert.equal(dataLiterals(`const t = ${table('a')};`).length, 1);
    // A key written as a name that the build shortens would be shortened in the bundle; in the pack it would not.
    assert.equal(dataLiterals(`const t = ${table('speaker')};`, (name) => name !== 'speaker').length, 0);
    assert.equal(dataLiterals(`const t = ${table("'speaker'")};`, (name) => name !== 'speaker').length, 1);
    for (const value of ["'a;b'", "'a=b'", "'{'", "'a]'", "''", "'a|b'", "'\\\\'", `'"'`, "'a\\tb'", '1', 'x', '`t`']) assert.equal(dataLiterals(`const t = ${table('a', value)};`).length, 0, value);
    assert.equal(dataLiterals(`const t = ${table('__proto__')};`).length, 0);
  });

  it('every table of plain strings of the engine comes back from the production bundle’s pack equal to its source, in its order', async () => {
    let tables = 0;
    for (const file of sourceFiles(coreDir)) {
      const text = readFileSync(file, 'utf8');
      for (const d of dataLiterals(text)) {
        tables++;
        // eslint-disable-next-line no-eval
        const value = (0, eval)(`(${text.slice(d.start, d.end).replace(/\\s+as const$/, '')})`);
        assert.equal(JSON.stringify(dataDecoded(d.coded)), JSON.stringify(value), `${path.basename(file)}: ${d.coded.slice(0, 40)}…`);
        assert.deepEqual(dataDecoded(d.coded), value);
      }
    }
    // datelines.ts alone has five (the state abbreviations, the foreign cities, …).
    assert.ok(tables >= 8, `only ${tables} tables found`);
    const { lists, tables: coded, pack } = await enginePack(coreDir);
    assert.deepEqual(coded, await engineDataLiterals(coreDir));
    const decoded = huffmanDecoded(pack.groups, pack.tables, pack.length, pack.data).split('|');
    assert.deepEqual(decoded, [...lists, ...coded]);
    assert.match(pack.data, /^[ !#-[\]-~]*$/);
  });
});

