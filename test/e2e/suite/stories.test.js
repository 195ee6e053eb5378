// Runs inside the extension host of code-server (see runner-extension/), with
// the workspace laid out by run.mjs: test/e2e/workspace-template/*.wire at the
// top, the fixture stories under fixtures/. Every edit here is reverted, so the
// UI half of the e2e run sees the stories as written.
const assert = require('assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'wire-story.wire-story';
// Lines are 0-based, as in VS Code's API (the CLI prints them 1-based).
const FERRY_PROBLEMS = [
  { rule: 'quote-unclosed', line: 7 },
  { rule: 'attribution-name-mismatch', line: 13, text: 'Brisbene' },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(get, ok, what, timeoutMs = 10000) {
  const until = Date.now() + timeoutMs;
  let value = await get();
  while (!ok(value)) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await sleep(50);
    value = await get();
  }
  return value;
}

function storyUri(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(storyUri(name));
  return vscode.window.showTextDocument(doc);
}

const ruleOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const wireDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wire-story');
const problemsOf = (uri) =>
  wireDiagnostics(uri)
    .map((d) => ({ rule: ruleOf(d), line: d.range.start.line }))
    .sort((a, b) => a.line - b.line);

function positionOf(doc, needle, delta = 0) {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

function lintDelayMs() {
  const delay = vscode.workspace.getConfiguration('wireStory').get('lint.delay');
  return typeof delay === 'number' ? delay : 300;
}

/** Close every editor, dropping unsaved edits. */
async function revertAndCloseAll() {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** The quick fixes offered at one diagnostic, with their edits resolved. */
async function quickFixesFor(doc, diagnostic) {
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
  return actions || [];
}

/**
 * The fix for that one finding: the preferred quick fix, whose edits stay on
 * the diagnostic's lines (fix-all actions also carry edits, elsewhere).
 * (The command's results do not carry the actions' diagnostics, so they cannot be matched on those.)
 */
function singleFix(actions, diagnostic) {
  const fix = actions.find((a) => a.isPreferred && a.edit && a.edit.size > 0);
  if (!fix) return undefined;
  for (const [, edits] of fix.edit.entries()) {
    for (const e of edits) {
      assert.ok(
        e.range.start.line >= diagnostic.range.start.line && e.range.end.line <= diagnostic.range.end.line,
        `"${fix.title}" edits line ${e.range.start.line}, outside its diagnostic (lines ${diagnostic.range.start.line}-${diagnostic.range.end.line})`,
      );
    }
  }
  return fix;
}

const describeActions = (actions) =>
  JSON.stringify(actions.map((a) => ({ title: a.title, preferred: !!a.isPreferred, files: a.edit ? a.edit.size : 0 })));

describe('Wire Story in code-server', function () {
  afterEach(revertAndCloseAll);

  it('activates for a .wire file, which opens in the wire language', async () => {
    const editor = await open('harbor-dredging.wire');
    assert.equal(editor.document.languageId, 'wire');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await waitFor(() => extension.isActive, (active) => active, 'the extension to activate');
  });

  it('reports the unclosed and the misspelled quotation in the faulty story, on the right lines', async () => {
    const { document: doc } = await open('ferry-fares.wire');
    const problems = await waitFor(() => problemsOf(doc.uri), (p) => p.length >= FERRY_PROBLEMS.length, 'the ferry story to be linted');
    assert.deepEqual(
      problems,
      FERRY_PROBLEMS.map(({ rule, line }) => ({ rule, line })),
    );
    const mismatch = wireDiagnostics(doc.uri).find((d) => ruleOf(d) === 'attribution-name-mismatch');
    assert.equal(doc.getText(mismatch.range), 'Brisbene');
    assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Warning);
    const unclosed = wireDiagnostics(doc.uri).find((d) => ruleOf(d) === 'quote-unclosed');
    assert.equal(unclosed.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(unclosed.range).charAt(0), '“', 'the unclosed diagnostic starts at the opening mark');
  });

  it('reports nothing on the correct story', async () => {
    const { document: doc } = await open('harbor-dredging.wire');
    // Lint Now runs at once and resolves when done: nothing pending can arrive later.
    await vscode.commands.executeCommand('wireStory.lintNow');
    assert.deepEqual(problemsOf(doc.uri), []);
    // And the same command does report on the faulty story, so the empty list above means something.
    const { document: ferry } = await open('ferry-fares.wire');
    await vscode.commands.executeCommand('wireStory.lintNow');
    assert.equal(problemsOf(ferry.uri).length, FERRY_PROBLEMS.length);
  });

  it('follows the wireStory.quoteStyle setting: "straight" flags the correct story’s curly marks, and back', async () => {
    const { document: doc } = await open('harbor-dredging.wire');
    await vscode.commands.executeCommand('wireStory.lintNow');
    assert.deepEqual(problemsOf(doc.uri), []);
    const config = vscode.workspace.getConfiguration('wireStory');
    await config.update('quoteStyle', 'straight', vscode.ConfigurationTarget.Workspace);
    try {
      const styled = await waitFor(() => wireDiagnostics(doc.uri), (d) => d.length > 0, 'curly marks flagged under quoteStyle "straight"');
      assert.ok(styled.every((d) => ruleOf(d) === 'quote-style-mixed'), JSON.stringify(styled.map(ruleOf)));
      assert.ok(styled.every((d) => /^[“”‘’]$/.test(doc.getText(d.range))), 'each diagnostic covers one curly mark');
    } finally {
      await config.update('quoteStyle', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => problemsOf(doc.uri), (p) => p.length === 0, 'the diagnostics to clear once the setting is removed');
  });

  it('clears the unclosed-quotation diagnostic once the closing mark is typed in', async () => {
    const { document: doc } = await open('ferry-fares.wire');
    await waitFor(() => problemsOf(doc.uri).map((p) => p.rule), (r) => r.includes('quote-unclosed'), 'quote-unclosed');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, positionOf(doc, ' Castellanos said.\n'), '”');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.lineAt(7).text, '“We held the line on fares for four years,” Castellanos said.');
    // The linter is throttled (wireStory.lint.delay); allow that plus time for the analysis itself.
    const budget = lintDelayMs() + 2000;
    const started = Date.now();
    const problems = await waitFor(() => problemsOf(doc.uri), (p) => !p.some((x) => x.rule === 'quote-unclosed'), 'quote-unclosed to clear', budget);
    assert.deepEqual(problems, [{ rule: 'attribution-name-mismatch', line: 13 }], `after ${Date.now() - started} ms`);
  });

  it('lints a day file as one of its stories is edited, the other stories’ findings moved to where they now stand', async () => {
    // The extension keeps a cache of a day file's stories: an edit re-analyses only its own story.
    const story = (slug, city, body) => `${slug}\nHeadline for ${slug}\nBy ODALYS FERREIRA\nAssociated Press\n\n${city} (AP) — ${body}\n`;
    const day = [
      story('BC-US--Ferry-Fares,330', 'PORTLAND, Maine', 'Ferry fares will rise in July.\n\n“Nobody wanted to do it,” said board chair Tom Levesque.'),
      story('BC-US--Mine-Check,280', 'BECKLEY, W.Va.', 'Inspectors went back into the mine Monday.\n\n“We will stay until it is checked,” said inspector Ada Korhonen.'),
      story('BC-US--Harbor-Parade,210', 'PORTSMOUTH, N.H.', 'The boat parade returns Saturday.\n\n“The captains asked for it,” said Lucia Benning.\n\nBenning said 40 boats signed up. Bening said the weather looked good.'),
    ].join('\n');
    const doc = await vscode.workspace.openTextDocument({ language: 'wire', content: day });
    await vscode.window.showTextDocument(doc);
    const lineOf = (needle) => positionOf(doc, needle).line;
    const mismatch = () => wireDiagnostics(doc.uri).find((d) => ruleOf(d) === 'attribution-name-mismatch');
    const named = (line) => (d) => !!d && d.message.includes(`introduced on line ${line + 1})`) && doc.getText(d.range) === 'Bening';
    await waitFor(mismatch, named(lineOf('Lucia Benning')), 'the misspelling in the third story, naming its first reference’s line');
    // Break a quotation in the second story: its finding comes.
    const breakQuote = new vscode.WorkspaceEdit();
    breakQuote.replace(doc.uri, new vscode.Range(positionOf(doc, 'checked,”'), positionOf(doc, ' said inspector')), 'checked,');
    assert.ok(await vscode.workspace.applyEdit(breakQuote));
    await waitFor(() => problemsOf(doc.uri).map((p) => p.rule), (r) => r.includes('quote-unclosed'), 'quote-unclosed in the second story');
    // New lines in the first story move the others down: their findings and the line a message names follow.
    const lines = new vscode.WorkspaceEdit();
    lines.insert(doc.uri, positionOf(doc, 'Ferry fares will rise'), 'Riders packed the meeting.\n\n');
    assert.ok(await vscode.workspace.applyEdit(lines));
    const moved = await waitFor(mismatch, named(lineOf('Lucia Benning')), 'the message to name the moved line');
    assert.equal(moved.range.start.line, lineOf('Bening said'));
    const unclosed = wireDiagnostics(doc.uri).find((d) => ruleOf(d) === 'quote-unclosed');
    assert.ok(unclosed, 'the second story’s unclosed quotation is still reported');
    assert.equal(unclosed.range.start.line, lineOf('“We will stay'));
  });

  it('outlines the story as Sections and Speakers, with each speaker’s quotations', async () => {
    const { document: doc } = await open('ferry-fares.wire');
    const symbols = await waitFor(
      () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri),
      (s) => Array.isArray(s) && s.length > 0,
      'document symbols',
    );
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Sections', 'Speakers'],
    );
    const [sections, speakers] = symbols;
    const sectionNames = sections.children.map((s) => s.name);
    assert.ok(sectionNames.includes('Island ferry fares to rise 12% in July'), `sections: ${sectionNames}`);
    assert.ok(sectionNames.some((n) => /DANIEL PRUITT/.test(n)), `a byline section: ${sectionNames}`);
    assert.deepEqual(
      speakers.children.map((s) => s.name),
      ['Helen Castellanos', 'Walter Brisbane'],
    );
    const brisbane = speakers.children[1];
    assert.equal(brisbane.children.length, 2, 'Walter Brisbane has two quotations (one under a misspelled name)');
    assert.match(brisbane.children[0].name, /^“A lot of people here cross to the mainland/);
    assert.equal(brisbane.children[0].selectionRange.start.line, 11);
    assert.equal(brisbane.children[1].selectionRange.start.line, 13);
  });

  it('hovers a speaker’s name with who they are and where they were introduced', async () => {
    const { document: doc } = await open('harbor-dredging.wire');
    const at = positionOf(doc, 'Lindqvist said. “Nobody', 3);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /Tomas Lindqvist/);
    assert.match(text, /harbor master/);
    assert.match(text, /line 6\b/, 'the first reference is on line 6');
  });

  it('goes from a surname to the first reference of the full name', async () => {
    const { document: doc } = await open('harbor-dredging.wire');
    const at = positionOf(doc, 'Solberg said. “But', 2);
    const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, at);
    assert.equal(locations.length, 1);
    const target = locations[0].range || locations[0].targetRange;
    assert.equal(doc.getText(target), 'Renata Solberg');
    assert.equal(target.start.line, 11);
  });

  it('finds every reference to a person', async () => {
    const { document: doc } = await open('harbor-dredging.wire');
    const at = positionOf(doc, 'Lindqvist said.', 1);
    const locations = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, at);
    // Every time the story names him, and every quotation attributed to him.
    const found = locations.map((l) => `${l.range.start.line}:${doc.getText(l.range)}`);
    assert.deepEqual(
      found.filter((f) => !f.includes('“')).sort(),
      ['5:Tomas Lindqvist', '7:Lindqvist'],
    );
    assert.deepEqual(
      found.filter((f) => f.includes('“')).map((f) => f.match(/^\d+:“\S+ \S+/)[0]).sort(),
      ['7:“Nobody can', '7:“We have'],
    );
  });

  it('renames a person everywhere they are named', async () => {
    const { document: doc } = await open('harbor-dredging.wire');
    const at = positionOf(doc, 'Lindqvist said.', 1);
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, at, 'Lindquist');
    assert.ok(edit && edit.size === 1, 'one file changes');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = doc.getText();
    assert.equal(text.match(/Lindqvist/g), null, 'no old spelling left');
    assert.equal(text.match(/Lindquist/g).length, 2);
    assert.match(text, /harbor master Tomas Lindquist said Thursday/);
  });

  it('offers each person an ambiguous surname could mean as a quick fix, none preferred', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'wire',
      content: [
        'WORTHINGTON, Minn. (AP) — Dale Ruud, 67, wants to keep farming. His brother, Gary Ruud, 63, wants to retire.',
        '',
        '“This land has been in the family since 1902,” Ruud said.',
        '',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => problemsOf(doc.uri).map((p) => p.rule).join(), (r) => r === 'attribution-ambiguous', 'the ambiguous surname');
    const ambiguous = wireDiagnostics(doc.uri)[0];
    const actions = await quickFixesFor(doc, ambiguous);
    const named = actions.filter((a) => a.title.startsWith('Write “'));
    assert.deepEqual(named.map((a) => [a.title, !!a.isPreferred]), [['Write “Dale Ruud”', false], ['Write “Gary Ruud”', false]], describeActions(actions));
    assert.ok(await vscode.workspace.applyEdit(named[1].edit));
    assert.equal(doc.lineAt(2).text, '“This land has been in the family since 1902,” Gary Ruud said.');
    await waitFor(() => problemsOf(doc.uri), (p) => p.length === 0, 'no problems once the speaker is named', lintDelayMs() + 3000);
  });

  it('offers quick fixes that close the quotation and correct the surname', async () => {
    const { document: doc } = await open('ferry-fares.wire');
    await waitFor(() => wireDiagnostics(doc.uri).length, (n) => n === FERRY_PROBLEMS.length, 'both ferry diagnostics');
    const unclosed = wireDiagnostics(doc.uri).find((d) => ruleOf(d) === 'quote-unclosed');
    const closeFixes = await quickFixesFor(doc, unclosed);
    const closeFix = singleFix(closeFixes, unclosed);
    assert.ok(closeFix, `a quick fix with an edit for quote-unclosed; offered: ${describeActions(closeFixes)}`);
    assert.ok(await vscode.workspace.applyEdit(closeFix.edit));
    assert.equal(doc.lineAt(7).text, '“We held the line on fares for four years,” Castellanos said.');
    await waitFor(() => problemsOf(doc.uri).map((p) => p.rule), (r) => r.join() === 'attribution-name-mismatch', 'the relint after the first fix', lintDelayMs() + 3000);

    const mismatch = wireDiagnostics(doc.uri).find((d) => ruleOf(d) === 'attribution-name-mismatch');
    const fixes = await quickFixesFor(doc, mismatch);
    const renameFix = singleFix(fixes, mismatch);
    assert.ok(renameFix, `a quick fix with an edit for attribution-name-mismatch; offered: ${describeActions(fixes)}`);
    assert.ok(await vscode.workspace.applyEdit(renameFix.edit));
    assert.equal(doc.lineAt(13).text, '“The county could have found the money somewhere else,” Brisbane said.');
    await waitFor(() => problemsOf(doc.uri), (p) => p.length === 0, 'no problems left after both fixes', lintDelayMs() + 3000);
  });
});
