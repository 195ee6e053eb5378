import { strict as assert } from 'node:assert';
import { addKnownPerson, setRule } from '../../src/extension/configEdits';
import {
  configDirectories,
  describeConfigProblem,
  effectiveOptions,
  loadConfig,
  type LoadedConfig,
  optionsKey,
  parentDir,
  readSettings,
  quoteStyleFromSetting,
  rulesFromSetting,
} from '../../src/extension/settings';

describe('settings: where .wirelintrc.json files apply', () => {
  it('lists the folders from the workspace folder down to the document folder', () => {
    assert.deepEqual(configDirectories('/home/ana/desk/stories/2026', '/home/ana/desk'), [
      '/home/ana/desk',
      '/home/ana/desk/stories',
      '/home/ana/desk/stories/2026',
    ]);
    assert.deepEqual(configDirectories('/home/ana/desk/', '/home/ana/desk'), ['/home/ana/desk']);
  });

  it('gives a document outside the workspace folder only its own folder', () => {
    assert.deepEqual(configDirectories('/tmp/wire', '/home/ana/desk'), ['/tmp/wire']);
    assert.deepEqual(configDirectories('/home/ana/desktop', '/home/ana/desk'), ['/home/ana/desktop'], 'a sibling with a common prefix is outside');
    assert.deepEqual(configDirectories('/tmp/wire', undefined), ['/tmp/wire']);
  });

  it('treats Windows drive letters in either case as the same folder', () => {
    assert.deepEqual(configDirectories('/C:/desk/stories', '/c:/desk'), ['/c:/desk', '/c:/desk/stories']);
  });

  it('finds the folder of a file path', () => {
    assert.equal(parentDir('/home/ana/desk/ferry.wire'), '/home/ana/desk');
    assert.equal(parentDir('/ferry.wire'), '/');
  });
});

describe('settings: precedence', () => {
  // Built directly (not parsed) so precedence is tested apart from rule-id validation.
  const root: LoadedConfig = {
    path: '/desk/.wirelintrc.json',
    options: { rules: { 'attribution-verb': 'off', 'quote-style-mixed': 'error' }, knownPeople: ['Ellen Marsh'] },
    problems: [],
  };
  const nested: LoadedConfig = {
    path: '/desk/sports/.wirelintrc.json',
    options: { rules: { 'quote-style-mixed': 'info' }, knownPeople: ['Paul Ridley'] },
    problems: [],
  };

  it('lets .wirelintrc.json override wireStory.rules, and the nearest file override the outer one', () => {
    const settingRules = { 'attribution-verb': 'warning', 'wire-residue': 'off' } as const;
    const options = effectiveOptions({ ...settingRules }, [root, nested]);
    assert.deepEqual(options.rules, { 'attribution-verb': 'off', 'wire-residue': 'off', 'quote-style-mixed': 'info' });
    assert.deepEqual(options.knownPeople, ['Ellen Marsh', 'Paul Ridley']);
  });

  it('takes wireStory.quoteStyle unless a .wirelintrc.json sets quoteStyle, and reports a bad value', () => {
    assert.deepEqual(effectiveOptions({}, [root], 'straight'), { ...root.options, quoteStyle: 'straight' });
    const curlyDesk: LoadedConfig = { path: '/desk/.wirelintrc.json', options: { quoteStyle: 'curly' }, problems: [] };
    assert.equal(effectiveOptions({}, [curlyDesk], 'straight').quoteStyle, 'curly');
    assert.deepEqual(quoteStyleFromSetting('straight'), { quoteStyle: 'straight', problems: [] });
    assert.deepEqual(quoteStyleFromSetting(undefined), { problems: [] });
    const bad = quoteStyleFromSetting('smart');
    assert.equal(bad.quoteStyle, undefined);
    assert.match(bad.problems[0], /wireStory\.quoteStyle must be "consistent", "curly" or "straight", not "smart"/);
  });

  it('uses the setting alone when there is no config file', () => {
    assert.deepEqual(effectiveOptions({ 'attribution-verb': 'error' }, []), { rules: { 'attribution-verb': 'error' } });
    assert.deepEqual(effectiveOptions({}, []), {});
  });

  it('lints with defaults when a config file is broken, and names file:line', () => {
    const broken = loadConfig('/desk/.wirelintrc.json', '{\n  "rules": {\n    "quote-unclosed": "off",\n  }\n}\n');
    assert.equal(broken.problems.length, 1);
    assert.deepEqual(broken.options, {});
    assert.match(describeConfigProblem(broken.problems[0]), /^\/desk\/\.wirelintrc\.json:4:3: /);
    assert.deepEqual(effectiveOptions({ 'quote-unclosed': 'warning' }, [broken]), { rules: { 'quote-unclosed': 'warning' } });
  });

  it('validates wireStory.rules like the config file, keeping the good entries', () => {
    const { rules, problems } = rulesFromSetting({ 'quote-unclosed': 'warning', 'quote-unclosd': 'off', 'attribution-verb': 'loud' });
    assert.deepEqual(rules, { 'quote-unclosed': 'warning' });
    assert.equal(problems.length, 2);
    assert.match(problems[0], /quote-unclosd.*did you mean "quote-unclosed"/);
    assert.deepEqual(rulesFromSetting(['quote-unclosed']).rules, {});
    assert.equal(rulesFromSetting('off').problems.length, 1);
  });

  it('keys options independently of property order, down to rule ids', () => {
    assert.equal(optionsKey({ rules: { a: 'off', b: 'info' }, knownPeople: ['X'] }), optionsKey({ knownPeople: ['X'], rules: { b: 'info', a: 'off' } }));
    assert.notEqual(optionsKey({ rules: { a: 'off' } }), optionsKey({ rules: { a: 'info' } }));
  });

  it('reads extension settings with defaults for missing or bad values', () => {
    const values: Record<string, unknown> = { 'lint.run': 'onSave', 'lint.delay': -5, 'lint.maxSizeKB': 'big' };
    const s = readSettings((key) => values[key]);
    assert.deepEqual(s, { run: 'onSave', delayMs: 0, maxSizeKB: 2048, rules: {}, statusBar: true });
    assert.equal(readSettings(() => undefined).run, 'onType');
  });
});

describe('config edits from quick fixes', () => {
  it('creates the file with the known person', () => {
    const result = addKnownPerson(undefined, 'Odum');
    assert.deepEqual(result, { text: '{\n  "knownPeople": [\n    "Odum"\n  ]\n}\n', changed: true });
  });

  it('adds to an existing list, keeping the other settings and the file indentation', () => {
    const before = '{\n    "rules": { "attribution-verb": "off" },\n    "knownPeople": ["Ellen Marsh"]\n}\n';
    const result = addKnownPerson(before, 'Paul  Ridley ');
    assert.ok('text' in result && result.changed);
    assert.deepEqual(JSON.parse(result.text), { rules: { 'attribution-verb': 'off' }, knownPeople: ['Ellen Marsh', 'Paul Ridley'] });
    assert.match(result.text, /^\{\n {4}"rules"/);
  });

  it('does not add a person twice', () => {
    const before = '{ "knownPeople": ["Ellen Marsh"] }';
    assert.deepEqual(addKnownPerson(before, 'ellen marsh'), { text: before, changed: false });
  });

  it('turns a rule off, creating "rules" if needed', () => {
    const result = setRule('{ "knownPeople": [] }', 'attribution-verb', 'off');
    assert.ok('text' in result);
    assert.deepEqual(JSON.parse(result.text), { knownPeople: [], rules: { 'attribution-verb': 'off' } });
    const again = setRule(result.text, 'attribution-verb', 'off');
    assert.ok('changed' in again && !again.changed);
  });

  it('refuses to rewrite a broken file, saying where it is broken', () => {
    const result = setRule('{\n  "rules": {\n}', 'attribution-verb', 'off', '/desk/.wirelintrc.json');
    assert.ok('error' in result);
    assert.match(result.error, /^\/desk\/\.wirelintrc\.json is not valid JSON \(line 3: /);
    assert.ok('error' in addKnownPerson('[]', 'Odum'));
  });
});
