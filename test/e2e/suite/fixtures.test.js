// The fixture corpus (test/fixtures/stories: original AP-style stories in
// three layouts, each with an editor's reading in <name>.expected.json) as
// VS Code shows it: run.mjs copies the stories into the workspace's fixtures/
// folder; the expectations are read from the checkout.
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const STORIES_DIR = path.join(__dirname, '../../fixtures/stories');
// Correct copy carries no pairing or attribution finding (see test/fixtures/findings.ts).
const PAIRING_AND_ATTRIBUTION = ['quote-unclosed', 'quote-unopened', 'quote-direction', 'quote-nesting', 'attribution-'];
// Section kinds whose Outline label is the exact expected title (the others are prefixes).
const EXACT_TITLE_KINDS = new Set(['slug', 'headline', 'byline', 'dateline', 'subhead', 'endMark']);

const ruleOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));

function storyFiles() {
  if (!fs.existsSync(STORIES_DIR)) return [];
  return fs
    .readdirSync(STORIES_DIR)
    .filter((f) => f.endsWith('.wire'))
    .sort()
    .map((file) => ({ file, name: file.replace(/(\.indented|\.wrapped)?\.wire$/, '') }))
    .filter(({ name }) => fs.existsSync(path.join(STORIES_DIR, `${name}.expected.json`)));
}

describe('the fixture corpus in VS Code', function () {
  const files = storyFiles();

  it('has stories to check', () => {
    assert.ok(files.length > 0, `no fixture stories with expectations in ${STORIES_DIR}`);
  });

  for (const { file, name } of files) {
    it(`${file}: wire language, no false alarm, Outline speakers and sections as an editor reads them`, async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(STORIES_DIR, `${name}.expected.json`), 'utf8'));
      const folder = vscode.workspace.workspaceFolders[0];
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'fixtures', file));
      await vscode.window.showTextDocument(doc);
      try {
        assert.equal(doc.languageId, 'wire');
        await vscode.commands.executeCommand('wireStory.lintNow');
        const falseAlarms = vscode.languages
          .getDiagnostics(doc.uri)
          .filter((d) => d.source === 'wire-story' && PAIRING_AND_ATTRIBUTION.some((p) => ruleOf(d).startsWith(p)))
          .map((d) => `${d.range.start.line + 1}: ${ruleOf(d)} ${d.message}`);
        assert.deepEqual(falseAlarms, [], 'pairing or attribution findings on correct copy');

        const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        const group = (label) => (symbols.find((s) => s.name === label) || { children: [] }).children;
        assert.deepEqual(
          group('Speakers').map((s) => s.name),
          expected.speakers.map((s) => s.name),
          'speakers in order of first reference',
        );
        const sections = group('Sections');
        assert.equal(sections.length, expected.sections.length, `sections: ${sections.map((s) => s.name).join(' | ')}`);
        expected.sections.forEach((want, i) => {
          const label = sections[i].name;
          const title = want.title.replace(/\s+/g, ' ');
          if (EXACT_TITLE_KINDS.has(want.kind)) assert.equal(label, title, `section ${i + 1} (${want.kind})`);
          else assert.ok(label.startsWith(title), `section ${i + 1} (${want.kind}): "${label}" starts with "${title}"`);
        });
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  }
});
