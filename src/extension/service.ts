// The shared state of the extension: settings, `.wirelintrc.json` files (read
// with vscode.workspace.fs so it works on virtual file systems and in the web
// worker), and the latest analysis of each open document.
import * as vscode from 'vscode';
import type { AnalyzeOptions, Analysis, StoryCache } from '../core/index';
import { engine } from './engine';
import {
  CONFIG_FILE_NAME,
  configDirectories,
  describeConfigProblem,
  effectiveOptions,
  joinPath,
  loadConfig,
  optionsKey,
  parentDir,
  readSettings,
  quoteStyleFromSetting,
  rulesFromSetting,
  type ExtensionSettings,
  type LoadedConfig,
} from './settings';

export const WIRE_LANGUAGE = 'wire';
export const WIRE_SELECTOR: vscode.DocumentSelector = { language: WIRE_LANGUAGE };

export function isWireDocument(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === WIRE_LANGUAGE;
}

/** Document length in UTF-16 units without copying its text. */
export function documentLength(doc: vscode.TextDocument): number {
  if (doc.lineCount === 0) return 0;
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

interface CachedAnalysis {
  /** The document object: a new untitled document can reuse a closed one's URI and version. */
  doc: vscode.TextDocument;
  version: number;
  key: string;
  analysis: Analysis;
  /** The analyses of the stories of a day file: an edit re-analyses only the story it touched. */
  stories: StoryCache;
}

export class WireService implements vscode.Disposable {
  private readonly configCache = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly analyses = new Map<string, CachedAnalysis>();
  private readonly reportedProblems = new Set<string>();
  private readonly configDiagnostics = vscode.languages.createDiagnosticCollection('wire-story-config');
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  settings: ExtensionSettings = readSettings((key) => vscode.workspace.getConfiguration('wireStory').get(key));

  /** Fires when settings or a config file changed: every open story should be linted again. */
  readonly onDidChangeOptions = this.changeEmitter.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const configChanged = (uri: vscode.Uri) => this.invalidateConfig(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(configChanged),
      watcher.onDidCreate(configChanged),
      watcher.onDidDelete(configChanged),
      // Watchers do not fire on every file system (virtual workspaces); a save always does.
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) this.invalidateConfig(doc.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('wireStory')) return;
        this.settings = readSettings((key) => vscode.workspace.getConfiguration('wireStory').get(key));
        this.analyses.clear();
        this.changeEmitter.fire();
      }),
      this.configDiagnostics,
      this.changeEmitter,
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  invalidateConfig(uri: vscode.Uri): void {
    this.configCache.delete(uri.toString());
    this.analyses.clear();
    this.changeEmitter.fire();
  }

  /** The options a document (or a file not open) is linted with. */
  async optionsFor(uri: vscode.Uri): Promise<AnalyzeOptions> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const configuration = vscode.workspace.getConfiguration('wireStory', folder?.uri ?? uri);
    const setting = rulesFromSetting(configuration.get('rules'));
    const style = quoteStyleFromSetting(configuration.get('quoteStyle'));
    for (const problem of [...setting.problems, ...style.problems]) this.reportOnce(problem, problem);

    let configUris: vscode.Uri[];
    if (uri.scheme === 'untitled') {
      configUris = folder ? [vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME)] : [];
    } else {
      const dirs = configDirectories(parentDir(uri.path), folder?.uri.path);
      const base = folder?.uri ?? uri;
      configUris = dirs.map((dir) => base.with({ path: joinPath(dir, CONFIG_FILE_NAME), query: '', fragment: '' }));
    }
    const configs = (await Promise.all(configUris.map((u) => this.readConfig(u)))).filter((c): c is LoadedConfig => !!c);
    return effectiveOptions(setting.rules, configs, style.quoteStyle);
  }

  private readConfig(uri: vscode.Uri): Promise<LoadedConfig | undefined> {
    const key = uri.toString();
    let pending = this.configCache.get(key);
    if (!pending) {
      pending = this.loadConfigFile(uri);
      this.configCache.set(key, pending);
    }
    return pending;
  }

  private async loadConfigFile(uri: vscode.Uri): Promise<LoadedConfig | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.configDiagnostics.delete(uri);
      return undefined; // no config file in this folder
    }
    const config = loadConfig(uri.path, new TextDecoder('utf-8').decode(bytes));
    this.configDiagnostics.set(
      uri,
      config.problems.map((p) => {
        const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
        const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'wire-story';
        return d;
      }),
    );
    if (config.problems.length > 0) {
      const first = describeConfigProblem(config.problems[0], () => vscode.workspace.asRelativePath(uri));
      const more = config.problems.length > 1 ? ` (and ${config.problems.length - 1} more)` : '';
      const usesDefaults = Object.keys(config.options).length === 0 ? ' Linting with the defaults.' : ' The rest of the file applies.';
      this.reportOnce(`${uri.toString()}\n${first}`, `Wire Story: ${first}${more}.${usesDefaults}`, uri);
    }
    return config;
  }

  /** One warning notification per distinct problem per session, not one per lint. */
  private reportOnce(key: string, message: string, open?: vscode.Uri): void {
    if (this.reportedProblems.has(key)) return;
    this.reportedProblems.add(key);
    const action = open ? 'Open File' : 'Open Settings';
    void vscode.window.showWarningMessage(message, action).then((choice) => {
      if (choice !== action) return;
      if (open) void vscode.window.showTextDocument(open);
      else void vscode.commands.executeCommand('workbench.action.openSettings', 'wireStory.rules');
    });
  }

  /** The analysis of `doc` as it is now, from the cache when its version and options have not changed. */
  async analysisFor(doc: vscode.TextDocument): Promise<Analysis> {
    const options = await this.optionsFor(doc.uri);
    return this.analyzeNow(doc, options);
  }

  /** Above wireStory.lint.maxSizeKB: not analysed automatically (only on demand). */
  exceedsSizeLimit(doc: vscode.TextDocument): boolean {
    return documentLength(doc) > this.settings.maxSizeKB * 1024;
  }

  /**
   * For features VS Code asks for on its own as you type (semantic tokens,
   * outline, Explorer view): the analysis, unless the document is too large and
   * has not been linted on demand at this version.
   */
  async automaticAnalysisFor(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    if (this.exceedsSizeLimit(doc)) return this.cachedAnalysis(doc);
    return this.analysisFor(doc);
  }

  /** The analysis if it is current, without computing anything. */
  cachedAnalysis(doc: vscode.TextDocument): Analysis | undefined {
    const cached = this.analyses.get(doc.uri.toString());
    return cached && cached.doc === doc && cached.version === doc.version ? cached.analysis : undefined;
  }

  analyzeNow(doc: vscode.TextDocument, options: AnalyzeOptions): Analysis {
    const key = optionsKey(options);
    const uri = doc.uri.toString();
    const cached = this.analyses.get(uri);
    if (cached && cached.doc === doc && cached.version === doc.version && cached.key === key) return cached.analysis;
    const stories = cached && cached.doc === doc ? cached.stories : engine().createStoryCache();
    const analysis = engine().analyzeStory(doc.getText(), options, stories);
    // A late request for a closed document must not leave its analysis behind.
    if (!doc.isClosed) this.analyses.set(uri, { doc, version: doc.version, key, analysis, stories });
    return analysis;
  }

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.analyses.get(key)?.doc === doc) this.analyses.delete(key);
  }
}
