// The rule pages in docs/rules are checked against the engine: every
// `wire flagged` example must be reported by the page's rule, every `wire ok`
// example must lint clean (no error or warning from any rule), every
// `wire fixed` block must be what --fix makes of the flagged example before
// it (`wire fixed N`: of the page's Nth flagged example), and every `json`
// block must be a valid .wirelintrc.json.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeStory, rules, type AnalyzeOptions } from '../../src/core';
import { parseConfig } from '../../src/core/config';
import { fixUntilStable } from '../../src/cli/fix';

const DOCS = path.resolve(__dirname, '../../docs/rules');

interface Fence {
  info: string[];
  body: string;
  line: number;
}

function fences(markdown: string): Fence[] {
  const out: Fence[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(markdown))) out.push({ info: m[1].trim().split(/\s+/), body: m[2], line: markdown.slice(0, m.index).split('\n').length });
  return out;
}

describe('docs/rules', () => {
  it('has a page for every rule and no page for a rule that does not exist', () => {
    const pages = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(pages, rules.map((r) => r.meta.id).sort());
    for (const r of rules) assert.ok(fs.existsSync(path.resolve(DOCS, '../..', r.meta.docs)), r.meta.docs);
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      const file = path.join(DOCS, `${id}.md`);
      const markdown = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const blocks = fences(markdown);

      it('states its default severity and has flagged and ok examples and configuration', () => {
        assert.ok(markdown.startsWith(`# ${id}\n`));
        assert.ok(markdown.includes(`| Default severity | \`${rule.meta.defaultSeverity}\` |`));
        assert.ok(blocks.some((b) => b.info[0] === 'wire' && b.info[1] === 'flagged'));
        assert.ok(blocks.some((b) => b.info[0] === 'wire' && b.info[1] === 'ok'));
        assert.ok(markdown.includes('"wireStory.rules"') && markdown.includes('.wirelintrc.json'));
      });

      let config: AnalyzeOptions = {};
      const flagged: string[] = [];
      for (const b of blocks) {
        const [lang, kind, extra] = b.info;
        if (lang === 'json') {
          it(`json block at line ${b.line} is a valid .wirelintrc.json`, () => {
            const parsed = parseConfig(b.body, `${id}.md`);
            assert.deepEqual(parsed.problems, []);
          });
          config = parseConfig(b.body, `${id}.md`).options;
          continue;
        }
        if (lang !== 'wire') continue;
        const options = kind === 'ok' && extra === 'with-config' ? config : {};
        if (kind === 'flagged') {
          flagged.push(b.body);
          it(`flagged example at line ${b.line} is reported by ${id}`, () => {
            const found = analyzeStory(b.body, options).findings.filter((f) => f.rule === id);
            assert.ok(found.length > 0, `no ${id} finding`);
          });
        } else if (kind === 'ok') {
          it(`ok example at line ${b.line} lints clean`, () => {
            const found = analyzeStory(b.body, options).findings.filter((f) => f.severity !== 'info' || f.rule === id);
            assert.deepEqual(found.map((f) => `${f.rule}: ${f.message}`), []);
          });
        } else if (kind === 'fixed') {
          const before = extra ? flagged[Number(extra) - 1] : flagged[flagged.length - 1];
          it(`fixed example at line ${b.line} is what the fix makes of the flagged one`, () => {
            assert.ok(before, 'a fixed block follows a flagged one');
            const only = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? r.meta.defaultSeverity : 'off'])) as AnalyzeOptions['rules'];
            assert.equal(fixUntilStable(before!, { rules: only }).text, b.body);
            assert.ok(rule.meta.fixable, 'the rule is marked fixable');
          });
        } else {
          it(`wire block at line ${b.line} says flagged, ok or fixed`, () => assert.fail(`unknown kind "${kind}"`));
        }
      }
    });
  }
});
