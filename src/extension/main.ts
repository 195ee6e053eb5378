// Entry point of the VS Code extension. The same bundle runs in Node and in the
// web worker of VS Code for the web: only the `vscode` API and the engine here.
import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerNavigation } from './navigation';
import { registerOutline } from './outlineView';
import { WireService } from './service';
import { registerStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const service = new WireService();
  context.subscriptions.push(service);
  const lint = registerDiagnostics(context, service);
  registerOutline(context, service, lint.onDidLint);
  registerNavigation(context, service);
  registerCodeActions(context, service);
  registerStatusBar(context, service, lint);
}

export function deactivate(): void {}
