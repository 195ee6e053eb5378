// Document symbols (Outline view, breadcrumbs, Go to Symbol) and the
// "Wire Story" view in the Explorer, both from outline.ts.
import * as vscode from 'vscode';
import { buildOutline, foldingRegions, type OutlineKind, type OutlineNode } from './outline';
import { createLintScheduler } from './lintScheduler';
import { isWireDocument, WIRE_SELECTOR, type WireService } from './service';

// Tables looked up by a kind's string (`speaker`, `dateline`): quoted keys, which the production
// build's shortening of model field names (scripts/build.mjs) leaves alone.
const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  'storyGroup': vscode.SymbolKind.Package,
  'sectionsGroup': vscode.SymbolKind.Namespace,
  'speakersGroup': vscode.SymbolKind.Namespace,
  'slug': vscode.SymbolKind.Key,
  'headline': vscode.SymbolKind.String,
  'editorsNote': vscode.SymbolKind.Event,
  'byline': vscode.SymbolKind.Property,
  'dateline': vscode.SymbolKind.Module,
  'paragraph': vscode.SymbolKind.Field,
  'subhead': vscode.SymbolKind.Module,
  'caption': vscode.SymbolKind.File,
  'endMark': vscode.SymbolKind.Null,
  'contributor': vscode.SymbolKind.Property,
  'copyright': vscode.SymbolKind.Constant,
  'endMatter': vscode.SymbolKind.Struct,
  'residue': vscode.SymbolKind.Null,
  'speaker': vscode.SymbolKind.Class,
  'quotation': vscode.SymbolKind.String,
};

const THEME_ICON: Partial<Record<OutlineKind, string>> = {
  'storyGroup': 'book',
  'sectionsGroup': 'list-tree',
  'speakersGroup': 'organization',
  'slug': 'tag',
  'headline': 'symbol-string',
  'byline': 'account',
  'dateline': 'location',
  'subhead': 'symbol-namespace',
  'caption': 'file-media',
  'endMatter': 'symbol-structure',
  'contributor': 'account',
  'copyright': 'law',
  'speaker': 'person',
  'quotation': 'quote',
};

function toRange(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

function toSymbol(doc: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    node.label || '(untitled)',
    node.detail,
    SYMBOL_KIND[node.kind] ?? vscode.SymbolKind.Object,
    toRange(doc, node.range),
    toRange(doc, node.selection),
  );
  symbol.children = node.children.map((c) => toSymbol(doc, c));
  return symbol;
}

interface ViewItem {
  node: OutlineNode;
  uri: vscode.Uri;
  id: string;
}

export function registerOutline(context: vscode.ExtensionContext, service: WireService, onDidLint: vscode.Event<vscode.TextDocument>): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(
      WIRE_SELECTOR,
      {
        async provideDocumentSymbols(doc) {
          const analysis = await service.automaticAnalysisFor(doc);
          return analysis ? buildOutline(analysis.story).map((g) => toSymbol(doc, g)) : [];
        },
      },
      { label: 'Wire Story' },
    ),
    // Fold subhead sections and multi-line paragraphs (the grammar cannot: sections end at the next subhead).
    vscode.languages.registerFoldingRangeProvider(WIRE_SELECTOR, {
      async provideFoldingRanges(doc) {
        const analysis = await service.automaticAnalysisFor(doc);
        return analysis ? foldingRegions(analysis.story).map((r) => new vscode.FoldingRange(r.start, r.end, vscode.FoldingRangeKind.Region)) : [];
      },
    }),
  );

  // --- Explorer view ---------------------------------------------------------
  const changeEmitter = new vscode.EventEmitter<ViewItem | undefined>();
  let current: vscode.TextDocument | undefined;
  let roots: ViewItem[] = [];

  async function rebuild(): Promise<void> {
    const doc = current;
    view.message = undefined;
    if (!doc || doc.isClosed) {
      roots = [];
    } else {
      const analysis = await service.automaticAnalysisFor(doc);
      if (doc !== current) return; // the editor changed meanwhile
      roots = analysis ? wrap(buildOutline(analysis.story), doc.uri, '') : [];
      if (!analysis) view.message = 'This story is larger than wireStory.lint.maxSizeKB. Run “Wire Story: Lint Now” to outline it.';
    }
    view.description = current ? vscode.workspace.asRelativePath(current.uri) : undefined;
    changeEmitter.fire(undefined);
  }

  function wrap(nodes: OutlineNode[], uri: vscode.Uri, parentId: string): ViewItem[] {
    return nodes.map((node, i) => ({ node, uri, id: `${parentId}/${node.kind}:${node.label}:${i}` }));
  }

  const provider: vscode.TreeDataProvider<ViewItem> = {
    onDidChangeTreeData: changeEmitter.event,
    getChildren(item) {
      if (!item) return roots;
      return wrap(item.node.children, item.uri, item.id);
    },
    getTreeItem({ node, uri, id }) {
      const collapsible =
        node.children.length === 0
          ? vscode.TreeItemCollapsibleState.None
          : node.kind === 'sectionsGroup' || node.kind === 'speakersGroup'
            ? vscode.TreeItemCollapsibleState.Expanded
            : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.label || '(untitled)', collapsible);
      item.id = `${uri.toString()}#${id}`;
      item.description = node.detail;
      item.tooltip = node.detail ? `${node.label}\n${node.detail}` : node.label;
      const icon = THEME_ICON[node.kind];
      if (icon) item.iconPath = new vscode.ThemeIcon(icon);
      if (node.kind !== 'sectionsGroup' && node.kind !== 'speakersGroup') {
        item.command = { command: 'wireStory.reveal', title: 'Reveal', arguments: [uri, node.selection.start, node.selection.end] };
      }
      return item;
    },
  };

  const view = vscode.window.createTreeView('wireStory.outline', { treeDataProvider: provider, showCollapseAll: true });

  // Refresh on edits, throttled like linting; the scheduler drops stale rebuilds.
  const refresh = createLintScheduler<{ currentVersion(): number | undefined }, void>({
    delayMs: () => Math.max(service.settings.delayMs, 300),
    compute: () => rebuild(),
    publish: () => undefined,
  });
  const refreshTarget = { currentVersion: () => 0 };

  function follow(editor: vscode.TextEditor | undefined): void {
    const doc = editor?.document;
    // Keep showing the last story while focus is in a non-editor (output, settings).
    if (!editor && current && !current.isClosed) return;
    current = isWireDocument(doc) ? doc : undefined;
    void vscode.commands.executeCommand('setContext', 'wireStory.outlineHasStory', !!current);
    void refresh.runNow('view', refreshTarget);
  }

  context.subscriptions.push(
    view,
    changeEmitter,
    { dispose: () => refresh.dispose() },
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === current && e.contentChanges.length > 0) refresh.schedule('view', refreshTarget);
    }),
    onDidLint((doc) => {
      if (doc === current) refresh.schedule('view', refreshTarget);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc === current) follow(vscode.window.activeTextEditor);
    }),
    service.onDidChangeOptions(() => refresh.schedule('view', refreshTarget)),
    vscode.commands.registerCommand('wireStory.reveal', async (uri: vscode.Uri, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const range = toRange(doc, { start, end });
      const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('wireStory.outline.refresh', () => follow(vscode.window.activeTextEditor)),
  );

  void vscode.commands.executeCommand('setContext', 'wireStory.activated', true);
  follow(vscode.window.activeTextEditor);
}
