// Status bar item for wire stories: quotations, speakers, words (against the
// slug line's count) and problems; a click opens the Problems view.
import * as vscode from 'vscode';
import type { Severity } from '../core/index';
import { createLintScheduler } from './lintScheduler';
import { isWireDocument, type WireService } from './service';
import { statusText, statusTooltip, storyStats } from './stats';

const SEVERITY_NAME: Partial<Record<vscode.DiagnosticSeverity, Severity>> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
};

export function registerStatusBar(
  context: vscode.ExtensionContext,
  service: WireService,
  lint: { onDidLint: vscode.Event<vscode.TextDocument>; isTooLarge(doc: vscode.TextDocument): boolean },
): void {
  const item = vscode.window.createStatusBarItem('wireStory.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Wire Story';

  async function update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!isWireDocument(doc) || !service.settings.statusBar) {
      item.hide();
      return;
    }
    if (lint.isTooLarge(doc) && !service.cachedAnalysis(doc)) {
      item.text = '$(circle-slash) Wire Story: too large to lint as you type';
      item.tooltip = `Larger than wireStory.lint.maxSizeKB (${service.settings.maxSizeKB} KB). Click to lint it now.`;
      item.command = 'wireStory.lintNow';
      item.show();
      return;
    }
    const { story } = await service.analysisFor(doc);
    if (vscode.window.activeTextEditor?.document !== doc) return;
    // Problems as the Problems view shows them (in on-save mode, as of the last save).
    const problems = vscode.languages
      .getDiagnostics(doc.uri)
      .filter((d) => d.source === 'wire-story')
      .map((d) => ({ severity: SEVERITY_NAME[d.severity] ?? 'info' }));
    const stats = storyStats(story, problems);
    item.text = statusText(stats);
    item.tooltip = statusTooltip(stats);
    item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
    item.accessibilityInformation = { label: item.tooltip.replace(/\n/g, '. ') };
    item.show();
  }

  const refresh = createLintScheduler<{ currentVersion(): number }, void>({
    delayMs: () => Math.max(service.settings.delayMs, 300),
    compute: () => update(),
    publish: () => undefined,
  });
  const target = { currentVersion: () => 0 };
  const later = () => refresh.schedule('status', target);
  const now = () => void refresh.runNow('status', target);

  context.subscriptions.push(
    item,
    { dispose: () => refresh.dispose() },
    vscode.window.onDidChangeActiveTextEditor(now),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) later();
    }),
    lint.onDidLint((doc) => {
      if (doc === vscode.window.activeTextEditor?.document) now();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) later();
    }),
    service.onDidChangeOptions(now),
  );
  now();
}
