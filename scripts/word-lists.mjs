// Build-time compression of the engine's word lists (see src/core/data/frontCoding.ts):
// every `` `…`.split(/\s+/) `` becomes `frontDecoded('…')` with the list front coded. The
// engine uses every such list as a set (a Set, `includes`, spread into a Set), so the words
// can be sorted and a repeated one dropped; its tests check each comes back whole.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** `words` sorted and front coded; undefined when a word holds a digit (it would read as a count). */
export function frontCode(words) {
  const sorted = [...new Set(words)].sort();
  if (sorted.some((w) => /\d/.test(w) || w === '')) return undefined;
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

/** `source` with its word lists front coded, and whether any was. */
export function compressWordSets(source) {
  let changed = false;
  const out = source.replace(WORD_LIST_RE, (whole, list) => {
    const coded = frontCode(list.trim().split(/\s+/));
    if (coded === undefined) return whole;
    changed = true;
    return `frontDecoded(${JSON.stringify(coded)})`;
  });
  return { source: out, changed };
}

/** esbuild plugin: compress the word lists of every engine source file. */
export function wordListPlugin(coreDir) {
  const decoder = path.join(coreDir, 'data', 'frontCoding.ts');
  return {
    name: 'word-lists',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, async (args) => {
        const { source, changed } = compressWordSets(await readFile(args.path, 'utf8'));
        if (!changed) return undefined;
        const importPath = path.relative(path.dirname(args.path), decoder).replace(/\\/g, '/').replace(/\.ts$/, '');
        return { contents: `import { frontDecoded } from ${JSON.stringify(importPath.startsWith('.') ? importPath : `./${importPath}`)};\n${source}`, loader: 'ts' };
      });
    },
  };
}
