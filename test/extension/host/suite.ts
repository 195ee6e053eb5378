// The extension in a real VS Code: providers and commands called through the
// VS Code API the way the editor calls them. Runs in the extension host with
// test/extension/host/workspace open (see index.ts and .vscode/launch.json).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'wire-story.wire-story';
const DOCS = 'https://github.com/wire-story/wire-story/blob/main/docs/rules/';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(get: () => T | Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await get();
  while (!ok(value)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await sleep(50);
    value = await get();
  }
  return value;
}

function wireDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wire-story');
}

const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const rulesOf = (uri: vscode.Uri) => wireDiagnostics(uri).map(ruleOf).sort();

function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with test/extension/host/workspace open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

let untitledCount = 0;

/**
 * A new untitled story. Each gets its own name: VS Code hands a reused
 * `Untitled-1` the hot-exit backup of the one closed before it.
 */
async function openStory(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/host-test-${Date.now()}-${++untitledCount}.wire` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.equal(editor.document.languageId, 'wire');
  await editor.edit((e) => e.insert(new vscode.Position(0, 0), content));
  assert.equal(editor.document.getText(), content);
  return editor;
}

async function openFile(...path: string[]): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(...path)));
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the document`);
  return doc.positionAt(at + delta);
}

/** Close every editor without saving (closeAllEditors would ask about untitled stories). */
async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function deleteIfThere(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // not there
  }
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('wireStory').update(key, value, vscode.ConfigurationTarget.Global);
}

const UNCLOSED_STORY = 'ELKO, Nev. (AP) — “The bridge stays, Mayor Ana Ruiz said.\n\nCrews will inspect it in May, Ruiz said.\n';
const STRAIGHT_STORY = 'ELKO, Nev. (AP) — "The bridge stays", Mayor Ana Ruiz said.\n';
// Mostly curly marks, with one straight-marked quotation whose comma is also outside.
const MIXED_STORY = 'ELKO, Nev. (AP) — "The bridge stays", Mayor Ana Ruiz said.\n\n“It was built in 1931,” Ruiz said. “It can take another storm.”\n';
const MIXED_FIXED = 'ELKO, Nev. (AP) — “The bridge stays,” Mayor Ana Ruiz said.\n\n“It was built in 1931,” Ruiz said. “It can take another storm.”\n';

export function registerHostSuite(): void {
  describe('wire-story in VS Code', () => {
    before(async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await extension.activate();
    });

    afterEach(async () => {
      await closeAllEditors();
    });

    after(async () => {
      await setSetting('rules', undefined);
      await setSetting('lint.run', undefined);
      await setSetting('lint.maxSizeKB', undefined);
      await deleteIfThere(workspaceUri('.wirelintrc.json'));
    });

    describe('diagnostics', () => {
      it('lints an untitled story on open, with the rule and its docs page as the code', async () => {
        const editor = await openStory(STRAIGHT_STORY);
        const doc = editor.document;
        const diagnostics = await waitFor(() => wireDiagnostics(doc.uri), (ds) => ds.some((d) => ruleOf(d) === 'quote-punctuation'), 'quote-punctuation');
        const comma = diagnostics.find((d) => ruleOf(d) === 'quote-punctuation')!;
        assert.equal(doc.getText(comma.range), '",');
        assert.equal(comma.severity, vscode.DiagnosticSeverity.Warning);
        assert.ok(typeof comma.code === 'object');
        assert.equal(comma.code.target.toString(), `${DOCS}quote-punctuation.md`);
      });

      it('lints again as you type, ending on the diagnostics of the last version', async () => {
        const editor = await openStory(UNCLOSED_STORY);
        const doc = editor.document;
        await waitFor(() => rulesOf(doc.uri), (rules) => rules.includes('quote-unclosed'), 'quote-unclosed');
        // Type the closing mark one edit at a time, then several quick edits.
        await editor.edit((e) => e.insert(positionOf(doc, ' Mayor'), '”'));
        for (let i = 0; i < 5; i++) {
          await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), `\nThe span is ${40 + i} years old.\n`));
        }
        const rules = await waitFor(() => rulesOf(doc.uri), (r) => !r.includes('quote-unclosed'), 'the unclosed quotation to be gone');
        assert.deepEqual(rules, []);
        // And the reverse: breaking the quotation again is caught.
        await editor.edit((e) => e.replace(new vscode.Range(positionOf(doc, 'stays,”'), positionOf(doc, ' Mayor')), 'stays,'));
        await waitFor(() => rulesOf(doc.uri), (r) => r.includes('quote-unclosed'), 'quote-unclosed again');
      });

      it('clears the diagnostics of a document when it is closed', async () => {
        const editor = await openStory(UNCLOSED_STORY);
        const uri = editor.document.uri;
        await waitFor(() => wireDiagnostics(uri).length, (n) => n > 0, 'diagnostics');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await waitFor(() => wireDiagnostics(uri).length, (n) => n === 0, 'diagnostics to be cleared', 15000);
      });

      it('lints every story in the workspace, open or not', async () => {
        const council = workspaceUri('council.wire');
        assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === council.toString()), false);
        await vscode.commands.executeCommand('wireStory.lintWorkspace');
        assert.ok(rulesOf(council).includes('quote-punctuation'), `council.wire: ${rulesOf(council)}`);
      });

      it('does not lint a story above wireStory.lint.maxSizeKB until asked to', async () => {
        await setSetting('lint.maxSizeKB', 1);
        try {
          const filler = 'The council met again on Tuesday and talked about the pool for an hour. '.repeat(30);
          const editor = await openStory(`${UNCLOSED_STORY}\n${filler}\n`);
          await sleep(1000);
          assert.deepEqual(rulesOf(editor.document.uri), [], 'not linted on open');
          const symbols = () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', editor.document.uri);
          assert.equal((await symbols())?.length ?? 0, 0, 'no outline computed as you type either');
          await vscode.commands.executeCommand('wireStory.lintNow');
          await waitFor(() => rulesOf(editor.document.uri), (r) => r.includes('quote-unclosed'), 'lint on demand');
        } finally {
          await setSetting('lint.maxSizeKB', undefined);
        }
      });

      it('lints only on save when wireStory.lint.run is onSave', async () => {
        const scratch = workspaceUri('scratch-on-save.wire');
        await writeFile(scratch, STRAIGHT_STORY);
        await setSetting('lint.run', 'onSave');
        try {
          const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(scratch));
          const doc = editor.document;
          await waitFor(() => rulesOf(doc.uri), (r) => r.includes('quote-punctuation'), 'lint on open');
          await editor.edit((e) => e.replace(new vscode.Range(positionOf(doc, '",'), positionOf(doc, '",', 2)), ',"'));
          await sleep(1000);
          assert.ok(rulesOf(doc.uri).includes('quote-punctuation'), 'not linted while typing');
          await doc.save();
          await waitFor(() => rulesOf(doc.uri), (r) => !r.includes('quote-punctuation'), 'lint on save');
        } finally {
          await setSetting('lint.run', undefined);
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
          await deleteIfThere(scratch);
        }
      });
    });

    describe('settings and .wirelintrc.json', () => {
      const library = () => workspaceUri('library.wire');
      const severityOf = (rule: string) => wireDiagnostics(library()).find((d) => ruleOf(d) === rule)?.severity;

      afterEach(async () => {
        await setSetting('rules', undefined);
        await deleteIfThere(workspaceUri('.wirelintrc.json'));
      });

      it('applies wireStory.rules, and lets .wirelintrc.json override it, without a reload', async () => {
        await openFile('library.wire');
        await waitFor(() => severityOf('attribution-unknown'), (s) => s === vscode.DiagnosticSeverity.Warning, 'the default severity');
        await setSetting('rules', { 'attribution-unknown': 'off' });
        await waitFor(() => severityOf('attribution-unknown'), (s) => s === undefined, 'the setting to turn the rule off');
        await writeFile(workspaceUri('.wirelintrc.json'), JSON.stringify({ rules: { 'attribution-unknown': 'error' } }));
        await waitFor(() => severityOf('attribution-unknown'), (s) => s === vscode.DiagnosticSeverity.Error, 'the config file to win');
        await deleteIfThere(workspaceUri('.wirelintrc.json'));
        await waitFor(() => severityOf('attribution-unknown'), (s) => s === undefined, 'the setting again once the file is gone');
      });

      it('reports a broken config file at its line and lints with the defaults', async () => {
        await openFile('library.wire');
        const rc = workspaceUri('.wirelintrc.json');
        await writeFile(rc, '{\n  "rules": {\n    "attribution-unknown": "off",\n  }\n}\n');
        const problems = await waitFor(() => wireDiagnostics(rc), (ds) => ds.length > 0, 'a diagnostic on the config file');
        assert.match(problems[0].message, /Invalid JSON/);
        assert.equal(problems[0].range.start.line, 3);
        await waitFor(() => severityOf('attribution-unknown'), (s) => s === vscode.DiagnosticSeverity.Warning, 'the default severity');
      });

      it('adds a person to the known people from the quick fix command', async () => {
        await openFile('library.wire');
        await waitFor(() => severityOf('attribution-unknown'), (s) => s !== undefined, 'attribution-unknown for Odum');
        await vscode.commands.executeCommand('wireStory.addKnownPerson', library(), 'Odum');
        const rc = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.wirelintrc.json'))));
        assert.deepEqual(rc, { knownPeople: ['Odum'] });
        await waitFor(() => severityOf('attribution-unknown'), (s) => s === undefined, 'Odum to be known');
      });
    });

    describe('outline and people', () => {
      let doc: vscode.TextDocument;
      beforeEach(async () => {
        doc = (await openFile('library.wire')).document;
      });

      it('gives Sections and Speakers as document symbols', async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        assert.deepEqual(symbols.map((s) => s.name), ['Sections', 'Speakers']);
        const speakers = symbols[1].children;
        assert.deepEqual(speakers.map((s) => s.name), ['Carla Benning', 'Theo Marr', 'Odum']);
        assert.equal(speakers[0].children.length, 2);
        assert.equal(doc.getText(speakers[0].children[1].selectionRange), '“The rest we can dry.”');
        assert.ok(symbols[0].children.some((s) => s.name === 'Storm peels roof off Dunmore library'));
      });

      it('hovers, goes to the first reference and finds every reference of a speaker', async () => {
        const at = positionOf(doc, 'Benning said.', 2);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
        const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /\*\*Carla Benning\*\*/);
        assert.match(text, /2 quotations/);
        const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
        const def = definitions[0];
        assert.equal(doc.getText('targetRange' in def ? def.targetRange : def.range), 'Carla Benning');
        const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
        const texts = references.map((r) => doc.getText(r.range));
        assert.ok(texts.includes('Carla Benning') && texts.includes('“We lost most of the children’s room,”'), texts.join(' | '));
      });

      it('renames a speaker everywhere and refuses to rename other words', async () => {
        const at = positionOf(doc, 'Marr said.', 1);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'Theo Marrow');
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.ok(doc.getText().includes('assistant Theo Marrow said.'));
        assert.ok(doc.getText().includes('", Marrow said.'));
        await assert.rejects(
          Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, positionOf(doc, 'Volunteers'))),
          /name of a person/,
        );
        await vscode.commands.executeCommand('workbench.action.files.revert');
      });

      it('marks the names of speakers with the speaker semantic token', async () => {
        const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
        assert.deepEqual(legend.tokenTypes, ['speaker']);
        const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
        const words: string[] = [];
        let line = 0;
        let character = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
          line += tokens.data[i];
          character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
          words.push(doc.getText(new vscode.Range(line, character, line, character + tokens.data[i + 2])));
        }
        assert.ok(words.includes('Carla Benning') && words.includes('Theo Marr') && words.includes('Odum'), words.join(', '));
      });
    });

    describe('fixes and commands', () => {
      it('offers quick fixes, fix-all and disable for the finding under the cursor', async () => {
        const doc = (await openStory(MIXED_STORY)).document;
        await waitFor(() => wireDiagnostics(doc.uri).length, (n) => n > 0, 'diagnostics');
        const at = positionOf(doc, '",', 1);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at));
        const titles = actions.map((a) => a.title);
        assert.ok(titles.includes('Fix all auto-fixable problems'), titles.join(' | '));
        assert.ok(titles.includes('Disable quote-punctuation for this workspace'), titles.join(' | '));
        // (vscode.executeCodeActionProvider does not hand back the diagnostics an action is attached to.)
        const quickFix = actions.find((a) => a.title === 'Move the comma inside');
        assert.ok(quickFix?.edit, 'the quote-punctuation fix comes with its edit');
        assert.ok(await vscode.workspace.applyEdit(quickFix.edit));
        assert.ok(doc.getText().startsWith('ELKO, Nev. (AP) — "The bridge stays," Mayor'));
      });

      it('fixes everything on save through source.fixAll.wireStory', async () => {
        const doc = (await openStory(MIXED_STORY)).document;
        await waitFor(() => wireDiagnostics(doc.uri).length, (n) => n > 0, 'diagnostics');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          new vscode.Range(0, 0, doc.lineCount, 0),
          'source.fixAll.wireStory',
        );
        assert.equal(actions.length, 1);
        assert.equal(actions[0].kind?.value, 'source.fixAll.wireStory');
        assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
        assert.equal(doc.getText(), MIXED_FIXED);
      });

      it('fixes all from the command, and converts straight quotes to curly', async () => {
        const editor = await openStory(MIXED_STORY);
        await vscode.commands.executeCommand('wireStory.fixAll');
        assert.equal(editor.document.getText(), MIXED_FIXED);
        const other = await openStory(`PROVO, Utah (AP) — "It's the '90s again," Lee Ortiz said.\n`);
        await vscode.commands.executeCommand('wireStory.convertToCurlyQuotes');
        assert.equal(other.document.getText(), 'PROVO, Utah (AP) — “It’s the ’90s again,” Lee Ortiz said.\n');
      });
    });
  });
}
