import assert from 'node:assert/strict';
import { parseConfig, mergeOptions, closestMatch } from '../../src/core/config';
import { rules } from '../../src/core/rules';

const SRC = '/desk/.wirelintrc.json';

describe('parseConfig', () => {
  it('reads every setting of a well-formed file', () => {
    const text = JSON.stringify(
      {
        $schema: './node_modules/wire-story/schemas/wirelintrc.schema.json',
        standaloneCities: ['OTTAWA'],
        speechVerbs: ['quipped'],
        knownPeople: ['Harriet Calloway'],
        knownOrganizations: ['Tri-County Transit'],
        agencies: ['Reuters'],
        inheritFromParaphrase: false,
        quoteStyle: 'straight',
      },
      null,
      2,
    );
    const { options, problems } = parseConfig(text, SRC);
    assert.deepEqual(problems, []);
    assert.deepEqual(options, {
      standaloneCities: ['OTTAWA'],
      speechVerbs: ['quipped'],
      knownPeople: ['Harriet Calloway'],
      knownOrganizations: ['Tri-County Transit'],
      agencies: ['Reuters'],
      inheritFromParaphrase: false,
      quoteStyle: 'straight',
    });
  });

  it('reports a syntax error at its line and column and falls back to defaults', () => {
    // Missing comma after "OTTAWA" line: the error is at the start of line 4, column 3.
    const text = '{\n  "standaloneCities": ["OTTAWA"]\n  ,"agencies": ["AFP"]\n  "speechVerbs": []\n}\n';
    const { options, problems } = parseConfig(text, SRC);
    assert.deepEqual(options, {});
    assert.equal(problems.length, 1);
    assert.equal(problems[0].source, SRC);
    assert.equal(problems[0].line, 4);
    assert.equal(problems[0].column, 3);
    assert.match(problems[0].message, /Invalid JSON/);
  });

  it('places errors the same way whatever the line endings', () => {
    const lf = '{\n  "agencies": ["AFP",]\n}';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseConfig(lf, SRC).problems[0];
    const b = parseConfig(crlf, SRC).problems[0];
    assert.equal(a.line, 2);
    assert.equal(a.column, 22); // the `]` after the trailing comma
    assert.deepEqual({ line: b.line, column: b.column }, { line: a.line, column: a.column });
    assert.match(a.message, /Trailing comma/);
  });

  it('reports an unterminated string, comments and single quotes', () => {
    assert.match(parseConfig('{"agencies": ["AFP]}', SRC).problems[0].message, /Unterminated string/);
    const comment = parseConfig('{\n  // desk settings\n  "agencies": []\n}', SRC).problems[0];
    assert.deepEqual([comment.line, comment.column], [2, 3]);
    assert.match(parseConfig("{'agencies': []}", SRC).problems[0].message, /property name/);
    const eof = parseConfig('{"agencies": ["AFP"]', SRC).problems[0];
    assert.match(eof.message, /end of file/);
    assert.deepEqual([eof.line, eof.column], [1, 21]);
  });

  it('strips a UTF-8 byte order mark and counts columns without it', () => {
    const ok = parseConfig('\uFEFF{"agencies": ["AFP"]}', SRC);
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.options, { agencies: ['AFP'] });
    const bad = parseConfig('\uFEFF{"agencies": ["AFP"] x}', SRC).problems[0];
    assert.deepEqual([bad.line, bad.column], [1, 22]);
  });

  it('rejects an empty file and a non-object root', () => {
    assert.match(parseConfig('  \n', SRC).problems[0].message, /empty/);
    const arr = parseConfig('["OTTAWA"]', SRC);
    assert.deepEqual(arr.options, {});
    assert.match(arr.problems[0].message, /must be a JSON object, not an array/);
  });

  it('ignores a key of the wrong type and keeps the rest', () => {
    const text = '{\n  "agencies": "Reuters",\n  "speechVerbs": ["quipped", 3],\n  "inheritFromParaphrase": "yes",\n  "quoteStyle": "smart",\n  "knownPeople": ["Ada Brandt"]\n}';
    const { options, problems } = parseConfig(text, SRC);
    assert.deepEqual(options, { knownPeople: ['Ada Brandt'] });
    assert.equal(problems.length, 4);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column]),
      [
        [2, 15],
        [3, 30],
        [4, 28],
        [5, 17],
      ],
    );
    assert.match(problems[0].message, /"agencies" must be an array of strings, not a string/);
    assert.match(problems[1].message, /only strings, found a number/);
    assert.match(problems[2].message, /true or false/);
    assert.match(problems[3].message, /"quoteStyle" must be "consistent", "curly" or "straight", not "smart"/);
  });

  it('reports an unknown top-level key with a suggestion', () => {
    const { options, problems } = parseConfig('{"knownPeopel": ["Ada Brandt"], "agencies": ["AFP"]}', SRC);
    assert.deepEqual(options, { agencies: ['AFP'] });
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /Unknown setting "knownPeopel" \(did you mean "knownPeople"\?\)/);
    assert.equal(problems[0].column, 2);
  });

  it('reports a duplicate key', () => {
    const { options, problems } = parseConfig('{"agencies": ["AFP"],\n"agencies": ["Reuters"]}', SRC);
    assert.deepEqual(options, { agencies: ['Reuters'] });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /Duplicate key "agencies"/);
  });

  describe('rules (needs the rule registry)', () => {
    it('has every documented rule id in the registry', () => {
      const ids = rules.map((r) => r.meta.id).sort();
      assert.deepEqual(ids, [
        'attribution-ambiguous',
        'attribution-missing',
        'attribution-name-mismatch',
        'attribution-unknown',
        'attribution-verb',
        'dateline-format',
        'quote-direction',
        'quote-nesting',
        'quote-punctuation',
        'quote-single-marks',
        'quote-space',
        'quote-style-mixed',
        'quote-unclosed',
        'quote-unopened',
        'wire-residue',
      ]);
    });

    it('reads rule settings', () => {
      const { options, problems } = parseConfig('{"rules": {"attribution-verb": "off", "dateline-format": "error"}}', SRC);
      assert.deepEqual(problems, []);
      assert.deepEqual(options, { rules: { 'attribution-verb': 'off', 'dateline-format': 'error' } });
    });

    it('names an unknown rule, suggests the closest id and still applies the others', () => {
      const text = '{\n  "rules": {\n    "quote-unclosd": "off",\n    "attribution-verb": "warning"\n  }\n}';
      const { options, problems } = parseConfig(text, SRC);
      assert.deepEqual(options, { rules: { 'attribution-verb': 'warning' } });
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /Unknown rule "quote-unclosd"; did you mean "quote-unclosed"\?/);
      assert.deepEqual([problems[0].line, problems[0].column], [3, 5]);
    });

    it('makes no suggestion when nothing is close', () => {
      const { problems } = parseConfig('{"rules": {"no-semicolons": "off"}}', SRC);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /^Unknown rule "no-semicolons"$/);
    });

    it('rejects a setting that is not off/info/warning/error', () => {
      const { options, problems } = parseConfig('{"rules": {"quote-space": "warn", "wire-residue": 2, "quote-unopened": "info"}}', SRC);
      assert.deepEqual(options, { rules: { 'quote-unopened': 'info' } });
      assert.equal(problems.length, 2);
      assert.match(problems[0].message, /Rule "quote-space": setting must be .* not "warn"/);
      assert.match(problems[1].message, /not a number/);
    });
  });
});

describe('mergeOptions', () => {
  it('lets the override win per rule and joins lists without duplicates', () => {
    const merged = mergeOptions(
      { rules: { 'quote-space': 'off', 'attribution-verb': 'info' }, agencies: ['Reuters', 'AFP'], inheritFromParaphrase: false },
      { rules: { 'quote-space': 'error' }, agencies: ['AFP', 'dpa'], knownPeople: ['Ada Brandt'] },
    );
    assert.deepEqual(merged, {
      rules: { 'quote-space': 'error', 'attribution-verb': 'info' },
      agencies: ['Reuters', 'AFP', 'dpa'],
      knownPeople: ['Ada Brandt'],
      inheritFromParaphrase: false,
    });
  });

  it('takes inheritFromParaphrase and quoteStyle from the override when set and adds no empty keys', () => {
    assert.deepEqual(mergeOptions({ inheritFromParaphrase: true }, { inheritFromParaphrase: false }), { inheritFromParaphrase: false });
    assert.deepEqual(mergeOptions({ quoteStyle: 'curly', inheritFromParaphrase: false }, { quoteStyle: 'straight' }), { quoteStyle: 'straight', inheritFromParaphrase: false });
    assert.deepEqual(mergeOptions({ quoteStyle: 'curly' }, {}), { quoteStyle: 'curly' });
    assert.deepEqual(mergeOptions({}, {}), {});
  });
});

describe('closestMatch', () => {
  it('finds a near miss and refuses a far one', () => {
    assert.equal(closestMatch('speachVerbs', ['speechVerbs', 'agencies']), 'speechVerbs');
    assert.equal(closestMatch('color', ['speechVerbs', 'agencies']), undefined);
  });
});

describe('schemas/wirelintrc.schema.json', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require('../../schemas/wirelintrc.schema.json');

  it('accepts exactly the top-level settings parseConfig accepts', () => {
    for (const key of Object.keys(schema.properties)) {
      const value = key === 'rules' ? {} : key === 'inheritFromParaphrase' ? true : key === 'quoteStyle' ? 'curly' : key === '$schema' ? 'x' : [];
      assert.deepEqual(parseConfig(JSON.stringify({ [key]: value }), SRC).problems, [], key);
    }
    assert.equal(schema.additionalProperties, false);
    assert.equal(parseConfig('{"ruless": {}}', SRC).problems.length, 1);
  });

  it('enumerates the rule ids of the registry (needs the rule registry)', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules.map((r) => r.meta.id).sort());
    assert.deepEqual(schema.definitions.setting.enum, ['off', 'info', 'warning', 'error']);
  });
});
