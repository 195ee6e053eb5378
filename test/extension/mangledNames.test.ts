// The production build shortens the story model's field names in the extension bundles
// (scripts/build.mjs). A kind's string that is also such a name (`speaker`, `dateline`) must stay
// whole where a table is looked up by it, or the outline loses that kind's icon and symbol.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

/** The mangled names, read from scripts/build.mjs as it writes them. */
function mangledNames(): string[] {
  const build = readFileSync('scripts/build.mjs', 'utf8');
  return [...build.matchAll(/const (?:INTERNAL|MODEL)_NAMES = '([^']+)'/g)].flatMap((m) => m[1].split('|'));
}

/** The string values of a union type alias in a source file (`export type OutlineKind = 'a' | 'b' | …`). */
function unionValues(file: string, name: string): string[] {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(`type ${name} =`);
  assert.ok(at >= 0, `${name} in ${file}`);
  const body = source.slice(at, source.indexOf(';', at));
  return [...body.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]);
}

describe('production bundle: shortened field names', () => {
  it('leaves every block and outline kind whole as a key of the tables looked up by kind', async function () {
    this.timeout(60000);
    const names = mangledNames();
    assert.ok(names.includes('speaker') && names.length > 100, 'the build’s name lists are read');
    const kinds = [...new Set([...unionValues('src/core/types.ts', 'BlockKind'), ...unionValues('src/extension/outline.ts', 'OutlineKind')])];
    assert.ok(kinds.includes('dateline') && kinds.includes('speaker'));
    const result = await esbuild.build({
      entryPoints: ['src/extension/main.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      logLevel: 'silent',
      mangleProps: new RegExp(`^(?:${names.join('|')})$`),
    });
    const code = result.outputFiles[0].text;
    for (const kind of kinds) {
      // SYMBOL_KIND has every kind; SECTION_KIND_LABEL every block kind.
      assert.match(code, new RegExp(`["']?${kind}["']?: [\\w.]*SymbolKind\\.`), `SYMBOL_KIND keeps “${kind}”`);
    }
    for (const kind of unionValues('src/core/types.ts', 'BlockKind')) {
      // SECTION_KIND_LABEL has every block kind, with its label.
      assert.match(code, new RegExp(`["']?${kind}["']?: "[a-z' ]+",?\\s`), `SECTION_KIND_LABEL keeps “${kind}”`);
    }
  });
});
