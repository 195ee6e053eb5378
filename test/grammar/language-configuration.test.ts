// language-configuration.json: what VS Code reads for words, brackets and
// auto-closing. VS Code parses it as JSON with comments; so does this test.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './wireGrammar';

interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  autoCloseBefore: string;
  surroundingPairs: [string, string][];
  wordPattern: string;
  folding?: { offSide?: boolean; markers?: { start: string; end: string } };
}

function readConfig(): LanguageConfiguration {
  const text = readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8');
  // Only whole-line // comments are used in the file.
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

/** Words as VS Code finds them: the pattern run globally over the text. */
function words(pattern: string, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m[0]);
}

describe('language-configuration.json', () => {
  const config = readConfig();

  it('keeps names and contractions with an apostrophe as one word', () => {
    const found = words(config.wordPattern, 'O’Brien and O\'Neil don’t, won\'t; Zoë’s café');
    assert.deepEqual(found, ['O’Brien', 'and', "O'Neil", 'don’t', "won't", 'Zoë’s', 'café']);
  });

  it('leaves quotation marks, leading and trailing apostrophes and dashes out of words', () => {
    assert.deepEqual(words(config.wordPattern, '“Go,” the players’ coach said — ‘now’'), ['Go', 'the', 'players', 'coach', 'said', 'now']);
    assert.deepEqual(words(config.wordPattern, 'rock ’n’ roll in the ’90s'), ['rock', 'n', 'roll', 'in', 'the', '90s']);
    assert.deepEqual(words(config.wordPattern, 'ST. PAUL, Minn. (AP) — 3.5 inches'), ['ST', 'PAUL', 'Minn', 'AP', '3.5', 'inches']);
  });

  it('auto-closes curly and straight double marks outside quotations, and curly single marks', () => {
    const pair = (open: string) => config.autoClosingPairs.find((p) => p.open === open);
    assert.equal(pair('“')?.close, '”');
    assert.deepEqual(pair('“')?.notIn?.sort(), ['comment', 'string']);
    assert.equal(pair('"')?.close, '"');
    assert.deepEqual(pair('"')?.notIn?.sort(), ['comment', 'string']);
    assert.equal(pair('‘')?.close, '’');
    assert.ok(!pair('‘')?.notIn?.includes('string'), 'a single quotation is typed inside a double one');
    assert.equal(pair("'"), undefined, "straight ' is an apostrophe far more often than a quote mark");
    for (const p of config.autoClosingPairs) {
      for (const t of p.notIn ?? []) assert.ok(['string', 'comment'].includes(t), `notIn ${t} is not a VS Code token type`);
    }
    for (const ch of ['”', '’']) assert.ok(config.autoCloseBefore.includes(ch), `auto-close before ${ch}`);
  });

  it('surrounds a selection with any quotation mark or bracket', () => {
    const pairs = config.surroundingPairs.map(([a, b]) => a + b);
    for (const p of ['“”', '‘’', '""', "''", '()', '[]']) assert.ok(pairs.includes(p), p);
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
  });

  it('folding markers, if any, are valid patterns', () => {
    const markers = config.folding?.markers;
    if (markers) {
      new RegExp(markers.start);
      new RegExp(markers.end);
    }
    assert.equal(typeof config.folding?.offSide, 'boolean');
  });
});
