// The production build shortens the story model's field names in the extension bundles
// (scripts/build.mjs). A kind's string that is also such a name (`speaker`, `dateline`) must stay
// whole where a table is looked up by it, or the outline loses that kind's icon and symbol.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { bundleExtension } from './bundleExtension';
import path from 'node:path';
import ts from 'typescript';

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
    const result = await bundleExtension({
      platform: 'node',
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

/** Where the source writes one of `names` on something the bundle does not own, or as a string key. */
function unownedUses(names: ReadonlySet<string>): string[] {
  const root = path.resolve('.');
  const src = path.join(root, 'src') + path.sep;
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const program = ts.createProgram([path.join(root, 'src/extension/main.ts')], parsed!.options);
  const checker = program.getTypeChecker();
  const problems: string[] = [];
  const where = (n: ts.Node) => `${path.relative(root, n.getSourceFile().fileName)}:${n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const check = (type: ts.Type | undefined, name: string, at: ts.Node) => {
    if (!type) return;
    for (const t of type.isUnion() || type.isIntersection() ? type.types : [type]) {
      if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) problems.push(`${where(at)}: .${name} on ${checker.typeToString(t)}`);
      const apparent = checker.getApparentType(t);
      const property = checker.getPropertyOfType(apparent, name);
      if (!property && checker.getIndexInfosOfType(apparent).length > 0) problems.push(`${where(at)}: .${name} through the index of ${checker.typeToString(t)}`);
      for (const d of property?.declarations ?? []) {
        if (!d.getSourceFile().fileName.startsWith(src)) problems.push(`${where(at)}: .${name} of ${path.relative(root, d.getSourceFile().fileName)}`);
      }
    }
  };
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(src)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n) && names.has(n.name.text)) check(checker.getTypeAtLocation(n.expression), n.name.text, n);
      if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isMethodDeclaration(n)) && ts.isObjectLiteralExpression(n.parent) && ts.isIdentifier(n.name) && names.has(n.name.text)) {
        check(checker.getContextualType(n.parent), n.name.text, n);
      }
      if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent)) {
        const name = n.propertyName ?? n.name;
        if (ts.isIdentifier(name) && names.has(name.text)) check(checker.getTypeAtLocation(n.parent), name.text, n);
      }
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InKeyword && ts.isStringLiteral(n.left) && names.has(n.left.text)) problems.push(`${where(n)}: '${n.left.text}' in …`);
      if (ts.isElementAccessExpression(n) && ts.isStringLiteral(n.argumentExpression) && names.has(n.argumentExpression.text)) problems.push(`${where(n)}: ['${n.argumentExpression.text}']`);
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  return [...new Set(problems)];
}

describe('production bundle: no shortened name is one the bundle does not own', () => {
  // A shortened name is renamed wherever it is written as `.name`, `{ name }` or `{ name: … }`.
  // Harmless on the bundle's own objects; wrong on an object that VS Code, JavaScript or JSON
  // makes or reads (`range.start`, `statusBarItem.text`, `progress.report`), or where the name is
  // tested as a string (`'text' in x`, `x['kind']`), which is left as written. (A kind written as a
  // quoted key of a table looked up by kind is meant to stay whole: the test above.)
  it('never reads or writes one on a VS Code, library, untyped or indexed object, nor as a string key', function () {
    this.timeout(120000);
    assert.deepEqual(unownedUses(new Set(mangledNames())), []);
    // What it catches: the story model's `text` and `start` are also a status bar item's text, a range's start, and `'text' in s` in attribution.ts.
    const caught = unownedUses(new Set(['text', 'start'])).join('\n');
    for (const expected of ['statusBar.ts', '@types/vscode', "'text' in"]) assert.ok(caught.includes(expected), `${expected} in ${caught}`);
  });
});
