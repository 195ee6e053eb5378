// Lint diagnostics: on open and as you type (throttled) or on save, on demand
// for large documents, and for every .wire file in the workspace.
import * as vscode from 'vscode';
import type { Analysis, Finding } from '../core/index';
import { findingToDiagnosticData } from './diagnosticData';
import { engine } from './engine';
import { createLintScheduler } from './lintScheduler';
import { isWireDocument, type WireService } from './service';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function findingToDiagnostic(doc: vscode.TextDocument, finding: Finding, text: string): vscode.Diagnostic {
  const data = findingToDiagnosticData(finding, text);
  const range = new vscode.Range(doc.positionAt(data.start), doc.positionAt(data.end));
  const diagnostic = new vscode.Diagnostic(range, data.message, SEVERITY[data.severity]);
  diagnostic.source = data.source;
  diagnostic.code = { value: data.ruleId, target: vscode.Uri.parse(data.docsUrl) };
  return diagnostic;
}

/** Whether a diagnostic from VS Code's code action context is the one made for `finding`. */
export function diagnosticMatches(diagnostic: vscode.Diagnostic, finding: Finding, doc: vscode.TextDocument, text: string): boolean {
  if (diagnostic.source !== 'wire-story') return false;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  if (code !== finding.rule) return false;
  return diagnostic.range.isEqual(findingToDiagnostic(doc, finding, text).range);
}

export interface LintEvents {
  /** Fires after diagnostics of a document were published. */
  onDidLint: vscode.Event<vscode.TextDocument>;
  /** Documents skipped as too large to lint as you type. */
  isTooLarge(doc: vscode.TextDocument): boolean;
}

export function registerDiagnostics(context: vscode.ExtensionContext, service: WireService): LintEvents {
  const collection = vscode.languages.createDiagnosticCollection('wire-story');
  const lintedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  const tooLarge = new Set<string>();
  const toldTooLarge = new Set<string>();

  const scheduler = createLintScheduler<DocTarget, Analysis | undefined>({
    delayMs: () => service.settings.delayMs,
    async compute({ doc }, version) {
      const options = await service.optionsFor(doc.uri);
      if (doc.isClosed || doc.version !== version) return undefined; // stale: a newer run follows
      return service.analyzeNow(doc, options);
    },
    publish(_key, { doc }, analysis) {
      if (!analysis) return;
      const text = analysis.story.text;
      collection.set(
        doc.uri,
        analysis.findings.map((f) => findingToDiagnostic(doc, f, text)),
      );
      lintedEmitter.fire(doc);
    },
    onError(_key, error) {
      console.error('wire-story: lint failed', error);
    },
  });

  // The scheduler asks a target for its current version; a closed document has none.
  const targets = new Map<string, DocTarget>();
  const targetFor = (doc: vscode.TextDocument): DocTarget => {
    const key = doc.uri.toString();
    let t = targets.get(key);
    if (!t || t.doc !== doc) {
      t = { doc, currentVersion: () => (doc.isClosed ? undefined : doc.version) };
      targets.set(key, t);
    }
    return t;
  };

  function markTooLarge(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!tooLarge.has(key)) {
      tooLarge.add(key);
      lintedEmitter.fire(doc);
    }
    if (toldTooLarge.has(key)) return;
    toldTooLarge.add(key);
    const name = vscode.workspace.asRelativePath(doc.uri);
    void vscode.window
      .showInformationMessage(
        `Wire Story: ${name} is larger than ${service.settings.maxSizeKB} KB (wireStory.lint.maxSizeKB), so it is not linted as you type. Use “Wire Story: Lint Now” to lint it.`,
        'Lint Now',
      )
      .then((choice) => {
        if (choice === 'Lint Now') void lintNow(doc);
      });
  }

  /** Automatic lint (open, type, save, settings change): respects the size limit. */
  function lintAutomatically(doc: vscode.TextDocument, immediately: boolean): void {
    if (!isWireDocument(doc)) return;
    const key = doc.uri.toString();
    if (service.exceedsSizeLimit(doc)) {
      scheduler.cancel(key);
      markTooLarge(doc);
      return;
    }
    if (tooLarge.delete(key)) lintedEmitter.fire(doc);
    if (immediately) void scheduler.runNow(key, targetFor(doc));
    else scheduler.schedule(key, targetFor(doc));
  }

  async function lintNow(doc: vscode.TextDocument): Promise<void> {
    if (!isWireDocument(doc)) return;
    await scheduler.runNow(doc.uri.toString(), targetFor(doc));
  }

  function lintAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) lintAutomatically(doc, true);
  }

  async function lintWorkspace(): Promise<void> {
    const files = await vscode.workspace.findFiles('**/*.wire', '**/node_modules/**');
    let problems = 0;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Wire Story: linting the workspace', cancellable: true },
      async (progress, token) => {
        const decoder = new TextDecoder('utf-8');
        for (let i = 0; i < files.length; i++) {
          if (token.isCancellationRequested) break;
          const uri = files[i];
          progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (open && isWireDocument(open)) {
            await lintNow(open);
            problems += collection.get(uri)?.length ?? 0;
            continue;
          }
          try {
            const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
            const analysis = engine().analyzeStory(text, await service.optionsFor(uri));
            // Not open: map offsets through a throwaway document model of the text.
            const positions = positionMapper(text);
            collection.set(
              uri,
              analysis.findings.map((f) => findingToDiagnostic(positions, f, text)),
            );
            problems += analysis.findings.length;
          } catch (error) {
            console.error(`wire-story: could not lint ${uri.toString()}`, error);
          }
          // Let the UI breathe between files.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      },
    );
    void vscode.window.showInformationMessage(
      `Wire Story: linted ${files.length} ${files.length === 1 ? 'story' : 'stories'}, ${problems} ${problems === 1 ? 'problem' : 'problems'}.`,
    );
    if (problems > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  context.subscriptions.push(
    collection,
    lintedEmitter,
    { dispose: () => scheduler.dispose() },
    vscode.workspace.onDidOpenTextDocument((doc) => lintAutomatically(doc, true)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return; // dirty-state only
      if (service.settings.run === 'onType') lintAutomatically(e.document, false);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (service.settings.run === 'onSave') lintAutomatically(doc, true);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      service.forget(doc);
      const key = doc.uri.toString();
      // A new document may already have taken the URI (untitled stories reuse names).
      if (targets.get(key) && targets.get(key)!.doc !== doc) return;
      scheduler.cancel(key);
      collection.delete(doc.uri);
      tooLarge.delete(key);
      targets.delete(key);
    }),
    service.onDidChangeOptions(() => lintAllOpen()),
    vscode.commands.registerCommand('wireStory.lintNow', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!isWireDocument(doc)) {
        void vscode.window.showInformationMessage('Wire Story: open a wire story (.wire) to lint it.');
        return;
      }
      await lintNow(doc);
    }),
    vscode.commands.registerCommand('wireStory.lintWorkspace', () => lintWorkspace()),
  );

  lintAllOpen();

  return {
    onDidLint: lintedEmitter.event,
    isTooLarge: (doc) => tooLarge.has(doc.uri.toString()),
  };
}

interface DocTarget {
  doc: vscode.TextDocument;
  currentVersion(): number | undefined;
}

/** Just enough of a TextDocument to turn offsets into positions for a file that is not open. */
function positionMapper(text: string): vscode.TextDocument {
  const { computeLineStarts, offsetToLineCol } = engine();
  const lineStarts = computeLineStarts(text);
  return {
    positionAt(offset: number) {
      const { line, column } = offsetToLineCol(lineStarts, offset);
      return new vscode.Position(line, column);
    },
  } as vscode.TextDocument;
}
