// The grammar as VS Code runs it (vscode-textmate + oniguruma), so `npm test`
// exercises highlighting even when `npm run test:grammar` is skipped.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { grammarPath, loadWireGrammar, repoRoot, scopesOf, tokenizeLines } from './wireGrammar';

const sample = [
  'Minneapolis opens warming centers as cold snap deepens',
  '',
  'By ANA RUIZ',
  'Associated Press',
  '',
  'MINNEAPOLIS (AP) — The city “will keep every center open,” Mayor Jo Tran said Monday.',
  '',
  '“We don’t close doors on people,” said Kofi Mensah, who runs a shelter.',
].join('\n');

describe('wire grammar: tokenizer', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadWireGrammar();
  });

  it('scopes the dateline city, credit and dash', () => {
    const lines = tokenizeLines(grammar, sample);
    assert.ok(scopesOf(lines, 'MINNEAPOLIS', 'MINNEAPOLIS').includes('entity.name.type.city.wire'));
    assert.ok(scopesOf(lines, 'MINNEAPOLIS', 'MINNEAPOLIS').includes('meta.dateline.wire'));
    assert.ok(scopesOf(lines, 'MINNEAPOLIS', 'AP', 2).includes('constant.language.agency.wire'));
    assert.ok(scopesOf(lines, 'MINNEAPOLIS', '(AP)').includes('meta.credit.wire'));
    assert.ok(scopesOf(lines, 'MINNEAPOLIS', '—').includes('punctuation.separator.dash.wire'));
    assert.ok(!scopesOf(lines, 'MINNEAPOLIS', 'The city').includes('meta.dateline.wire'));
  });

  it('scopes a quotation from its opening to its closing mark, and the attribution after it', () => {
    const lines = tokenizeLines(grammar, sample);
    const hint = 'MINNEAPOLIS';
    assert.ok(scopesOf(lines, hint, '“').includes('punctuation.definition.string.begin.wire'));
    assert.ok(scopesOf(lines, hint, 'will keep every center open,').includes('string.quoted.double.wire'));
    assert.ok(scopesOf(lines, hint, '”').includes('punctuation.definition.string.end.wire'));
    assert.ok(scopesOf(lines, hint, 'Mayor Jo Tran').includes('variable.other.speaker.wire'));
    assert.ok(scopesOf(lines, hint, 'said').includes('keyword.other.speech-verb.wire'));
    assert.ok(!scopesOf(lines, hint, 'Mayor Jo Tran').includes('string.quoted.double.wire'));
    assert.ok(!scopesOf(lines, hint, 'The city').includes('string.quoted.double.wire'));
  });

  it('keeps an apostrophe inside a word out of quotation marks', () => {
    const lines = tokenizeLines(grammar, sample);
    const scopes = scopesOf(lines, 'We don’t', 'don’t close');
    assert.ok(scopes.includes('string.quoted.double.wire'));
    assert.ok(!scopes.includes('string.quoted.single.wire'));
    assert.ok(scopesOf(lines, 'We don’t', 'Kofi Mensah').includes('variable.other.speaker.wire'));
  });

  it('scopes the byline, its title line and the headline', () => {
    const lines = tokenizeLines(grammar, sample);
    assert.ok(scopesOf(lines, 'By ANA RUIZ', 'By').includes('keyword.other.byline.wire'));
    assert.ok(scopesOf(lines, 'By ANA RUIZ', 'ANA RUIZ').includes('entity.name.type.author.wire'));
    assert.ok(scopesOf(lines, 'Associated Press', 'Associated Press').includes('entity.other.attribute-name.byline-title.wire'));
    assert.ok(scopesOf(lines, 'warming centers', 'Minneapolis opens').includes('markup.heading.headline.wire'));
  });

  it('ends an unclosed quotation at the blank line, not at the end of the file', () => {
    const text = ['“This one never closes, she said.', '', 'The council met Tuesday.', '', 'It adjourned at noon.'].join('\n');
    const lines = tokenizeLines(grammar, text);
    assert.ok(scopesOf(lines, 'never closes', 'she said.').includes('string.quoted.double.wire'));
    assert.ok(!scopesOf(lines, 'council', 'The council met Tuesday.').includes('string.quoted.double.wire'));
    assert.ok(!scopesOf(lines, 'adjourned', 'It adjourned at noon.').includes('string.quoted.double.wire'));
  });
});

describe('wire grammar: source and tests stay in step', () => {
  it('the JSON grammar is what syntaxes/build-grammar.mjs generates', () => {
    // Throws (exit 1) when someone edited the JSON by hand or forgot to rebuild.
    execFileSync(process.execPath, [path.join(repoRoot, 'syntaxes', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('every scope the grammar defines is asserted in a grammar test', () => {
    const grammarJson = JSON.parse(readFileSync(grammarPath, 'utf8'));
    const defined = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
          value.split(/\s+/).forEach((scope) => defined.add(scope));
        } else {
          walk(value);
        }
      }
    };
    walk(grammarJson.repository);
    walk(grammarJson.patterns);

    const asserted = new Set<string>();
    const dir = path.join(repoRoot, 'test', 'grammar');
    const files = readdirSync(dir).filter((f) => f.endsWith('.test.wire'));
    assert.ok(files.length >= 3, 'expected the grammar test files in test/grammar');
    for (const file of files) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        // `#   ^^^ scope scope - excluded` or `#<--- scope`: required scopes only.
        const m = /^#\s*(?:\^+|<-+)\s+(.*)$/.exec(line);
        if (!m) continue;
        m[1].split(/\s+-\s+|\s+-$/)[0].split(/\s+/).filter(Boolean).forEach((s) => asserted.add(s));
      }
    }
    const missing = [...defined].filter((s) => !asserted.has(s)).sort();
    assert.deepEqual(missing, [], `scopes never asserted in test/grammar/*.test.wire: ${missing.join(', ')}`);
    assert.ok(defined.size > 40, `only ${defined.size} scopes found; did the walk break?`);
  });

  it('firstLine in package.json recognises slugs and datelines, not ordinary sentences', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'wire');
    const firstLine = new RegExp(lang.firstLine);
    for (const yes of [
      'BC-US--Storm-Maine,1st Ld-Writethru,512',
      'AP-US-Bridge-Closure',
      'PM-Air Fares, 1st Ld-1st Add',
      'ST. PAUL, Minn. (AP) — Minnesota transportation officials closed a',
      'CARACAS, Venezuela (AP) _ Bakers in the hillside neighborhoods',
      'McALLEN, Texas (AP) -- Border crossings slowed Monday.',
      'GENEVA (AFP) -- A U.N. panel asked member states to share fare data.',
    ]) {
      assert.ok(firstLine.test(yes), `firstLine should match: ${yes}`);
    }
    for (const no of [
      'AP-NORC poll results released Tuesday show most travelers expect higher fares.',
      'The ferry resumed service Wednesday.',
      'TOKYO (Bloomberg) — Not a credit this grammar knows.',
      '# Notes (AP) from the meeting',
    ]) {
      assert.ok(!firstLine.test(no), `firstLine should not match: ${no}`);
    }
  });
});
