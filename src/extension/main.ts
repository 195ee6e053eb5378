// Entry point of the VS Code extension (Node and web worker builds).
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
