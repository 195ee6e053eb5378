// The grammar must never hang the editor. The proof is structural (no
// repeated group can backtrack into itself: checked on every regex below);
// the timed runs only catch a hang, with a cap far above the real cost.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import type { IGrammar } from 'vscode-textmate';
import { grammarPath, loadWireGrammar, tokenizeLines, type LineTokens } from './wireGrammar';

// ------------------------------------------------ regex structure checking

interface Quantifier {
  max: number; // Infinity when unbounded
  possessive: boolean;
}

interface RegexNode {
  group?: 'capture' | 'plain' | 'atomic' | 'look';
  children: RegexNode[];
  quantifier?: Quantifier;
  source: string;
}

/**
 * Parses the parts of oniguruma syntax the grammar uses into groups and
 * quantified atoms; alternation is irrelevant to the check and is ignored.
 * Reports `{n,m}+`, which oniguruma's Ruby syntax reads as a repeat of a
 * repeat, not as a possessive interval.
 */
function parseRegex(source: string, problems: string[]): RegexNode {
  let pos = 0;

  function parseSequence(): RegexNode[] {
    const nodes: RegexNode[] = [];
    while (pos < source.length && source[pos] !== ')') {
      if (source[pos] === '|') {
        pos++;
        continue;
      }
      const start = pos;
      const node = parseAtom();
      const quantifier = parseQuantifier();
      if (quantifier) node.quantifier = quantifier;
      node.source = source.slice(start, pos);
      nodes.push(node);
    }
    return nodes;
  }

  function parseAtom(): RegexNode {
    const ch = source[pos];
    if (ch === '\\') {
      const next = source[pos + 1];
      pos += 2;
      if ((next === 'p' || next === 'P') && source[pos] === '{') pos = source.indexOf('}', pos) + 1;
      return { children: [], source: '' };
    }
    if (ch === '[') {
      pos++;
      let depth = 1;
      while (pos < source.length && depth > 0) {
        if (source[pos] === '\\') pos++;
        else if (source[pos] === '[') depth++;
        else if (source[pos] === ']') depth--;
        pos++;
      }
      return { children: [], source: '' };
    }
    if (ch === '(') {
      pos++;
      let group: RegexNode['group'] = 'capture';
      if (source[pos] === '?') {
        const rest = source.slice(pos, pos + 3);
        if (rest.startsWith('?>')) group = 'atomic';
        else if (rest.startsWith('?=') || rest.startsWith('?!') || rest.startsWith('?<=') || rest.startsWith('?<!')) group = 'look';
        else group = 'plain';
        // skip the group's flags/kind up to the first char of its body
        if (rest.startsWith('?<=') || rest.startsWith('?<!')) pos += 3;
        else if (group === 'plain') pos = source.indexOf(':', pos) + 1;
        else pos += 2;
      }
      const children = parseSequence();
      if (source[pos] !== ')') problems.push(`unbalanced group in ${source}`);
      pos++;
      return { group, children, source: '' };
    }
    pos++;
    return { children: [], source: '' };
  }

  function parseQuantifier(): Quantifier | undefined {
    const ch = source[pos];
    let max: number;
    let interval = false;
    if (ch === '*' || ch === '+') {
      max = Infinity;
      pos++;
    } else if (ch === '?') {
      max = 1;
      pos++;
    } else if (ch === '{' && /^\{\d*(,\d*)?\}/.test(source.slice(pos))) {
      const m = /^\{(\d*)(,(\d*))?\}/.exec(source.slice(pos))!;
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      interval = true;
      pos += m[0].length;
    } else {
      return undefined;
    }
    let possessive = false;
    if (source[pos] === '+') {
      if (interval) problems.push(`\`${source.slice(Math.max(0, pos - 12), pos + 1)}\`: {n,m}+ is a nested repeat in oniguruma, use (?>x{n,m})`);
      else possessive = true;
      pos++;
    } else if (source[pos] === '?') {
      pos++; // lazy
    }
    return { max, possessive };
  }

  const children = parseSequence();
  if (pos < source.length) problems.push(`unbalanced ) in ${source}`);
  return { children, source };
}

/** Quantifiers that can backtrack, inside `node`, not looking into atomic groups or lookarounds. */
function backtrackingRepeatsInside(node: RegexNode): RegexNode[] {
  const found: RegexNode[] = [];
  for (const child of node.children) {
    if (child.quantifier && child.quantifier.max > 1 && !child.quantifier.possessive) found.push(child);
    if (child.group !== 'atomic' && child.group !== 'look') found.push(...backtrackingRepeatsInside(child));
  }
  return found;
}

/**
 * A repeated group (max > 1) holding another repeat is the shape behind
 * catastrophic backtracking. Allowed only when nothing inside can backtrack
 * and the group itself is possessive or is the whole of an atomic group.
 */
function nestedQuantifierProblems(source: string): string[] {
  const problems: string[] = [];
  const root = parseRegex(source, problems);
  const visit = (node: RegexNode, parent: RegexNode | undefined) => {
    const repeated = node.group && node.quantifier && node.quantifier.max > 1;
    if (repeated) {
      const inner = backtrackingRepeatsInside(node);
      if (inner.length > 0) {
        problems.push(`\`${node.source}\` repeats a group holding a backtracking repeat (${inner.map((n) => n.source).join(', ')})`);
      }
      const holdsRepeat = JSON.stringify(node.children).includes('"quantifier"');
      const wrappedAtomic = parent?.group === 'atomic' && parent.children.length === 1;
      if (holdsRepeat && !node.quantifier!.possessive && !wrappedAtomic) {
        problems.push(`\`${node.source}\` is a backtracking repeat of a group holding a repeat; make it possessive or wrap it in (?>…)`);
      }
    }
    node.children.forEach((child) => visit(child, node));
  };
  visit(root, undefined);
  return problems;
}

function grammarRegexes(): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') found.push({ where: `${where}.${key}`, source: value });
      else walk(value, `${where}.${key}`);
    }
  };
  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
  walk(grammar.repository, 'repository');
  walk(grammar.patterns, 'patterns');
  return found;
}

describe('wire grammar: no catastrophic backtracking by construction', () => {
  it('the checker catches the shapes it is meant to catch', () => {
    assert.equal(nestedQuantifierProblems(String.raw`(a+)+b`).length > 0, true);
    assert.equal(nestedQuantifierProblems(String.raw`(?:\w+\s?)*$`).length > 0, true);
    assert.equal(nestedQuantifierProblems(String.raw`(?:x[a-z]*+){0,4}`).length > 0, true, 'greedy repeat of a group holding a repeat');
    assert.equal(nestedQuantifierProblems(String.raw`[a-z]{1,60}+`).length > 0, true, '{n,m}+ is a nested repeat');
    assert.deepEqual(nestedQuantifierProblems(String.raw`(?:x[a-z]*+)*+`), []);
    assert.deepEqual(nestedQuantifierProblems(String.raw`(?>(?:x[a-z]*+){0,4})`), []);
    assert.deepEqual(nestedQuantifierProblems(String.raw`(?:ab)*c(?:\s++x)?[^\n]{1,60}?\]`), []);
  });

  it('no regex in the grammar nests a backtracking repeat inside a repeated group', () => {
    const regexes = grammarRegexes();
    assert.ok(regexes.length > 20, `found only ${regexes.length} regexes`);
    const problems = regexes.flatMap(({ where, source }) => nestedQuantifierProblems(source).map((p) => `${where}: ${p}`));
    assert.deepEqual(problems, []);
  });
});

// ------------------------------------------------------------- timed runs

/** Generous: real runs take well under a second; this only catches a hang. */
const HANG_CAP_MS = 20_000;

function timed(grammar: IGrammar, text: string): { lines: LineTokens[]; ms: number } {
  const started = performance.now();
  const lines = tokenizeLines(grammar, text);
  return { lines, ms: performance.now() - started };
}

function assertCovered(lines: LineTokens[]): void {
  for (const line of lines) {
    assert.equal(line.stoppedEarly, false);
    assert.ok(line.tokens.length > 0, 'tokens were produced');
    const last = line.tokens[line.tokens.length - 1];
    assert.ok(last.endIndex >= line.text.length, `tokens cover the whole line (${last.endIndex} of ${line.text.length})`);
  }
}

describe('wire grammar: pathological input finishes', function () {
  this.timeout(4 * HANG_CAP_MS);
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadWireGrammar();
  });

  const cases: [string, () => string][] = [
    [
      'a 200 KB line of quotes, credits, apostrophes and datelines',
      () => {
        const chunk =
          'MINNEAPOLIS (AP) — “We don’t know,” said Ana O’Brien. ‘Not yet,’ (AP Photo/Jo Ruiz) [to top of page] "It\'s the \'90s," she said. ';
        return chunk.repeat(Math.ceil(200_000 / chunk.length)).slice(0, 200_000);
      },
    ],
    ['a 200 KB line of one letter', () => 'A'.repeat(200_000)],
    ['thousands of unmatched opening marks', () => '“ " ‘ '.repeat(5_000)],
    ['thousands of unmatched closing marks', () => '” ’ '.repeat(5_000)],
    ['thousands of quotation marks with no spaces', () => '“”"‘’\''.repeat(5_000)],
    ['a line of only dashes', () => '-'.repeat(200_000)],
    ['a line of only em dashes and underscores', () => '—'.repeat(50_000) + '_'.repeat(50_000)],
    ['thousands of apostrophes', () => "'".repeat(50_000) + '’'.repeat(50_000)],
    ['apostrophes inside an open quotation', () => '“' + "don’t 'a ’n’ ".repeat(10_000)],
    ['thousands of open parentheses and brackets', () => '(AP Photo/'.repeat(10_000) + '[to top of '.repeat(10_000)],
    ['a capitalised run that looks like a dateline, name or slug', () => 'BC-' + 'ST. PAUL, '.repeat(10_000) + ' (AP'],
    ['a long run of spaces after sentence punctuation', () => '.' + ' '.repeat(200_000)],
  ];

  for (const [title, make] of cases) {
    it(title, () => {
      const text = make();
      const { lines, ms } = timed(grammar, text);
      assertCovered(lines);
      assert.ok(ms < HANG_CAP_MS, `took ${Math.round(ms)} ms`);
    });
  }

  it('thousands of lines that each open a quotation never deepen the rule stack', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? '“Unclosed running quote number ' + i : "  'and ‘nested singles too")).join('\n');
    const { lines, ms } = timed(grammar, text);
    assertCovered(lines);
    assert.ok(ms < HANG_CAP_MS, `took ${Math.round(ms)} ms`);
    const deepest = Math.max(...lines.map((l) => l.depthAfter));
    assert.ok(deepest <= 4, `rule stack reached depth ${deepest}`);
  });
});

// ------------------------------------------ quotations never run away

describe('wire grammar: a quotation ends with its paragraph', function () {
  this.timeout(60_000);
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadWireGrammar();
  });

  // Words that stress the quote rules: marks of every kind, apostrophes,
  // attribution and things that look like wire furniture.
  const word = fc.constantFrom(
    '“', '”', '"', '‘', '’', "'", '“We', 'said.”', 'don’t', "it's", 'O’Brien', 'players’', '’90s', "'n'",
    'Marsh', 'said', 'the', 'harbor', '—', '(AP)', '(AP Photo/Jo Ruiz)', '[to', 'top]', 'wrote', '‘Get', 'out!’',
  );
  const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
  const paragraph = fc.array(line, { minLength: 1, maxLength: 4 });

  /** True when the first token of the line carries a quotation scope. */
  const startsInsideQuotation = (l: LineTokens) => l.tokens[0].scopes.some((s) => s.startsWith('string.quoted'));

  it('blank-line layout: a paragraph opening with a plain word starts outside any quotation', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (paragraphs) => {
        const text = paragraphs.map((p) => ['Plain ' + p[0], ...p.slice(1)].join('\n')).join('\n\n');
        const lines = tokenizeLines(grammar, text);
        return lines.filter((l) => l.text.startsWith('Plain ')).every((l) => !startsInsideQuotation(l));
      }),
      { numRuns: 300 },
    );
  });

  it('indented layout: an indented line opening with a plain word starts outside any quotation', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (paragraphs) => {
        const text = paragraphs.map((p) => ['\tPlain ' + p[0], ...p.slice(1)].join('\n')).join('\n');
        const lines = tokenizeLines(grammar, text);
        return lines
          .filter((l) => l.text.startsWith('\tPlain '))
          .every((l) => !l.tokens.find((t) => t.endIndex > 1)!.scopes.some((s) => s.startsWith('string.quoted')));
      }),
      { numRuns: 300 },
    );
  });
});
