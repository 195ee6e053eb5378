// Snippets must produce copy the grammar recognises: each one is expanded
// with its default placeholders (first choice) and tokenized.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { loadWireGrammar, repoRoot, scopesOf, tokenizeLines } from './wireGrammar';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(path.join(repoRoot, 'snippets', 'wire.json'), 'utf8'));

/** Splits a `${1|a,b\,c|}` choice list on unescaped commas. */
function choicesOf(list: string): string[] {
  return list.split(/(?<!\\),/).map((c) => c.replace(/\\(.)/g, '$1'));
}

/** The text VS Code inserts when every placeholder keeps its default. */
function expand(body: string | string[], pick: (choices: string[]) => string = (c) => c[0]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return text
    .replace(/\$CURRENT_YEAR/g, String(new Date().getFullYear()))
    .replace(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g, (_, list: string) => pick(choicesOf(list)))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

function choiceList(snippetName: string, index: number): string[] {
  const body = snippets[snippetName].body;
  const text = Array.isArray(body) ? body.join('\n') : body;
  const m = new RegExp(`\\$\\{${index}\\|((?:[^|\\\\]|\\\\.)*)\\|\\}`).exec(text);
  assert.ok(m, `${snippetName} has a choice $${index}`);
  return choicesOf(m[1]);
}

// snippet → [line containing, text, scope it must carry]
const expectations: Record<string, [string, string, string][]> = {
  'Dateline: city and state': [
    ['(AP)', 'CITY', 'entity.name.type.city.wire'],
    ['(AP)', 'Ala.', 'entity.name.namespace.region.wire'],
    ['(AP)', '—', 'punctuation.separator.dash.wire'],
  ],
  'Dateline: stand-alone city': [
    ['(AP)', 'ATLANTA', 'entity.name.type.city.wire'],
    ['(AP)', '(AP)', 'meta.credit.wire'],
  ],
  'Dateline: foreign city and country': [
    ['(AP)', 'CARACAS', 'entity.name.type.city.wire'],
    ['(AP)', 'Venezuela', 'entity.name.namespace.region.wire'],
  ],
  Byline: [
    ['By ', 'REPORTER NAME', 'entity.name.type.author.wire'],
    ['Associated Press', 'Associated Press', 'entity.other.attribute-name.byline-title.wire'],
  ],
  'Byline: web form': [
    ['By ', 'Reporter Name', 'entity.name.type.author.wire'],
    ['By ', 'Associated Press', 'entity.other.attribute-name.byline-title.wire'],
  ],
  "Editor's note: Eds": [
    ['Eds:', 'Eds', 'keyword.other.editors-note.wire'],
    ['Eds:', 'With AP Photos.', 'comment.block.editors-note.wire'],
  ],
  "Editor's note: EDITOR’S NOTE": [
    ['NOTE', 'EDITOR’S NOTE', 'keyword.other.editors-note.wire'],
    ['NOTE', 'This story', 'comment.block.editors-note.wire'],
  ],
  'End mark with contributor line': [
    ['___', '___', 'keyword.control.end-mark.wire'],
    ['contributed', 'Reporter Name', 'entity.name.type.author.wire'],
    ['contributed', 'contributed to this report.', 'comment.block.contributor.wire'],
  ],
  'Photo credit': [
    ['(AP Photo', 'AP Photo', 'constant.language.agency.wire'],
    ['(AP Photo', 'Photographer Name', 'entity.name.type.author.wire'],
  ],
  'Photo credit via AP': [
    ['via AP', 'Provider Name', 'entity.name.type.provider.wire'],
    ['via AP', 'via', 'keyword.other.via.wire'],
  ],
  'Slug line': [
    ['BC-', 'BC', 'keyword.control.cycle.wire'],
    ['BC-', 'Keyword-Place', 'entity.name.section.slug.wire'],
    ['BC-', '1st Ld-Writethru', 'constant.other.version.wire'],
    ['Headline', 'Headline', 'markup.heading.headline.wire'],
  ],
  'Copyright line': [
    ['Copyright', 'Copyright', 'keyword.other.copyright.wire'],
    ['Copyright', String(new Date().getFullYear()), 'constant.numeric.year.wire'],
  ],
};

describe('wire snippets', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadWireGrammar();
  });

  it('every snippet has a prefix, a body and a description, and is checked below', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix && snippet.prefix.length > 0, `${name}: prefix`);
      assert.ok(snippet.body && snippet.body.length > 0, `${name}: body`);
      assert.ok(snippet.description, `${name}: description`);
      assert.ok(expectations[name], `${name}: no expectations in this test`);
    }
    assert.deepEqual(Object.keys(expectations).sort(), Object.keys(snippets).sort());
  });

  for (const [name, checks] of Object.entries(expectations)) {
    it(`${name}: expands to copy the grammar scopes`, () => {
      // A sentence after the snippet stands for the writer's text at $0.
      const text = expand(snippets[name].body);
      const lines = tokenizeLines(grammar, text + 'More text.');
      for (const [hint, needle, scope] of checks) {
        assert.ok(scopesOf(lines, hint, needle).includes(scope), `${name}: ${JSON.stringify(needle)} should be ${scope}\n${text}`);
      }
    });
  }

  it('every state in the dateline choice list is read as the region', () => {
    const states = choiceList('Dateline: city and state', 2);
    assert.ok(states.length >= 50, 'all states and D.C.');
    for (const state of ['Calif.', 'N.Y.', 'W.Va.', 'Alaska', 'Texas', 'D.C.']) assert.ok(states.includes(state), state);
    for (const wrong of ['Ct.', 'Penn.', 'Wyoming', 'CA', 'Tex.']) assert.ok(!states.includes(wrong), `${wrong} is not AP style`);
    for (const state of states) {
      const text = expand(snippets['Dateline: city and state'].body, (c) => (c.includes(state) ? state : c[0])) + 'Text.';
      const lines = tokenizeLines(grammar, text);
      assert.ok(scopesOf(lines, '(AP)', state).includes('entity.name.namespace.region.wire'), `${state} in ${text}`);
    }
  });

  it('every stand-alone city in the choice list is read as the city', () => {
    const cities = choiceList('Dateline: stand-alone city', 1);
    assert.ok(cities.length >= 70, 'the U.S. and international lists');
    for (const city of cities) {
      const lines = tokenizeLines(grammar, `${city} (AP) — Text.`);
      assert.ok(scopesOf(lines, '(AP)', city).includes('entity.name.type.city.wire'), city);
    }
  });
});
