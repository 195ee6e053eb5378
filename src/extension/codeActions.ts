// Quick fixes, fix-all (also on save via source.fixAll.wireStory), and the
// commands that edit a story or the workspace's .wirelintrc.json.
import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/index';
import { fixAllEdits, planCodeActions } from './codeActionPlan';
import { addKnownPerson, setRule, type ConfigEditResult } from './configEdits';
import { diagnosticMatches } from './diagnostics';
import { engine } from './engine';
import { CONFIG_FILE_NAME } from './settings';
import { isWireDocument, WIRE_SELECTOR, type WireService } from './service';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('wireStory');

function workspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return edit;
}

/** A code action whose edit is computed when it is picked. */
class LazyEditAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly doc: vscode.TextDocument,
    readonly version: number,
    readonly computeEdits: () => TextEdit[],
  ) {
    super(title, kind);
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, service: WireService): void {
  /** Lint a fixed text again with the document's options, for multi-pass fix-all. */
  const reanalyzer = async (doc: vscode.TextDocument) => {
    const options = await service.optionsFor(doc.uri);
    return (text: string) => engine().analyzeStory(text, options).findings;
  };

  const provider: vscode.CodeActionProvider<vscode.CodeAction> = {
    async provideCodeActions(doc, range, actionContext) {
      // Asked for on its own (cursor moves): a story too large to lint as you type is left alone.
      const analysis =
        actionContext.triggerKind === vscode.CodeActionTriggerKind.Automatic ? await service.automaticAnalysisFor(doc) : await service.analysisFor(doc);
      if (!analysis) return [];
      const { story, findings } = analysis;
      const reanalyze = await reanalyzer(doc);
      const only = actionContext.only;

      // Fix-all on save (editor.codeActionsOnSave) or from the Source Action menu:
      // asked for with `only` set to our kind or a parent of it (source, source.fixAll).
      if (only && only.value !== '' && only.contains(FIX_ALL_KIND)) {
        // On save the edit is needed at once; computing it here also drops the action when there is nothing to fix.
        const edits = fixAllEdits(story.text, findings, reanalyze);
        if (edits.length === 0) return [];
        const action = new vscode.CodeAction('Fix all auto-fixable wire-story problems', FIX_ALL_KIND);
        action.edit = workspaceEdit(doc, edits);
        return [action];
      }
      if (only && only.value !== '' && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) return [];

      const span = { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
      const diagnosticsFor = (fs: readonly Finding[]) =>
        actionContext.diagnostics.filter((d) => fs.some((f) => diagnosticMatches(d, f, doc, story.text)));

      return planCodeActions(story, findings, span, reanalyze).map((planned) => {
        const action =
          planned.type === 'fixAllRule' || planned.type === 'fixAll'
            ? new LazyEditAction(planned.title, vscode.CodeActionKind.QuickFix, doc, doc.version, planned.edits)
            : new vscode.CodeAction(planned.title, vscode.CodeActionKind.QuickFix);
        switch (planned.type) {
          case 'fix':
            action.edit = workspaceEdit(doc, planned.edits);
            action.isPreferred = planned.preferred;
            action.diagnostics = diagnosticsFor(planned.findings);
            break;
          case 'fixAllRule':
          case 'fixAll':
            action.diagnostics = diagnosticsFor(planned.findings);
            break;
          case 'addKnownPerson':
            action.command = { command: 'wireStory.addKnownPerson', title: planned.title, arguments: [doc.uri, planned.name] };
            action.diagnostics = diagnosticsFor(planned.findings);
            break;
          case 'disableRule':
            action.command = { command: 'wireStory.disableRule', title: planned.title, arguments: [doc.uri, planned.rule] };
            action.diagnostics = diagnosticsFor(planned.findings);
            break;
        }
        return action;
      });
    },
    resolveCodeAction(action) {
      if (action instanceof LazyEditAction && !action.doc.isClosed && action.doc.version === action.version) {
        action.edit = workspaceEdit(action.doc, action.computeEdits());
      }
      return action;
    },
  };

  /** Read, change and write the workspace folder's .wirelintrc.json. */
  async function editWorkspaceConfig(docUri: vscode.Uri, change: (text: string | undefined) => ConfigEditResult, done: string): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(docUri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(`Wire Story: open a folder to keep settings in ${CONFIG_FILE_NAME}.`);
      return;
    }
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined; // created below
    }
    const result = change(text);
    if ('error' in result) {
      const open = 'Open File';
      if ((await vscode.window.showErrorMessage(`Wire Story: ${result.error}`, open)) === open) await vscode.window.showTextDocument(uri);
      return;
    }
    if (result.changed) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
      service.invalidateConfig(uri);
    }
    vscode.window.setStatusBarMessage(`Wire Story: ${done} (${vscode.workspace.asRelativePath(uri)})`, 4000);
  }

  async function fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isWireDocument(editor.document)) return;
    const doc = editor.document;
    const { story, findings } = await service.analysisFor(doc);
    const edits = fixAllEdits(story.text, findings, await reanalyzer(doc));
    if (edits.length === 0) {
      vscode.window.setStatusBarMessage('Wire Story: nothing to fix', 3000);
      return;
    }
    await vscode.workspace.applyEdit(workspaceEdit(doc, edits));
  }

  async function convertToCurlyQuotes(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const doc = editor.document;
    // The engine's pairing decides which way each straight mark turns.
    const { curlyQuoteEdits, buildStory, resolveOptions } = engine();
    const edits = curlyQuoteEdits(buildStory(doc.getText(), resolveOptions({})));
    if (edits.length === 0) {
      vscode.window.setStatusBarMessage('Wire Story: no straight quotes to convert', 3000);
      return;
    }
    await vscode.workspace.applyEdit(workspaceEdit(doc, edits));
    vscode.window.setStatusBarMessage(`Wire Story: converted ${edits.length} ${edits.length === 1 ? 'mark' : 'marks'}`, 3000);
  }

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(WIRE_SELECTOR, provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand('wireStory.fixAll', fixAll),
    vscode.commands.registerCommand('wireStory.convertToCurlyQuotes', convertToCurlyQuotes),
    vscode.commands.registerCommand('wireStory.addKnownPerson', (uri: vscode.Uri, name: string) =>
      editWorkspaceConfig(uri, (text) => addKnownPerson(text, name, CONFIG_FILE_NAME), `added ${name} to known people`),
    ),
    vscode.commands.registerCommand('wireStory.disableRule', (uri: vscode.Uri, rule: string) =>
      editWorkspaceConfig(uri, (text) => setRule(text, rule, 'off', CONFIG_FILE_NAME), `turned ${rule} off`),
    ),
  );
}
