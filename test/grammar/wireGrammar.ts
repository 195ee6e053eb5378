// Loads syntaxes/wire.tmLanguage.json the way VS Code does (vscode-textmate
// over the oniguruma wasm) and tokenizes text line by line for the tests.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const grammarPath = path.join(repoRoot, 'syntaxes', 'wire.tmLanguage.json');

let loaded: Promise<vsctm.IGrammar> | undefined;

export function loadWireGrammar(): Promise<vsctm.IGrammar> {
  loaded ??= (async () => {
    const wasm = readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    // loadWASM returns the same promise when called again, so sharing the
    // process with other grammar users is safe.
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.wire' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar('text.wire');
    if (!grammar) throw new Error('text.wire grammar did not load');
    return grammar;
  })();
  return loaded;
}

export interface LineTokens {
  text: string;
  tokens: vsctm.IToken[];
  /** True when vscode-textmate gave up on the line (time limit hit). */
  stoppedEarly: boolean;
  /** Depth of the rule stack after the line (1 = top level). */
  depthAfter: number;
}

/** Tokenizes every line, carrying the rule stack across lines as an editor does. */
export function tokenizeLines(grammar: vsctm.IGrammar, text: string, timeLimitMs = 0): LineTokens[] {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack, timeLimitMs);
    stack = result.ruleStack;
    return { text: line, tokens: result.tokens, stoppedEarly: result.stoppedEarly, depthAfter: stack.depth };
  });
}

/**
 * The scopes every token overlapping the `occurrence`-th `needle` on the
 * first line containing `lineHint` carries (scopes common to all of them).
 */
export function scopesOf(lines: LineTokens[], lineHint: string, needle: string, occurrence = 1): string[] {
  const line = lines.find((l) => l.text.includes(lineHint));
  if (!line) throw new Error(`no line contains ${JSON.stringify(lineHint)}`);
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = line.text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(needle)} #${occurrence} not in ${JSON.stringify(line.text)}`);
  }
  const end = start + needle.length;
  const covering = line.tokens.filter((t) => t.startIndex < end && t.endIndex > start);
  return covering
    .map((t) => t.scopes)
    .reduce((common, scopes) => common.filter((s) => scopes.includes(s)));
}
