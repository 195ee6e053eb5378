// A minimal stand-in for the `vscode` module, just enough for the bundled
// extension to activate and lint a document outside VS Code. It records event
// listeners and diagnostics so the benchmark can fire an edit and wait for the
// diagnostics it produces. Anything not modelled here is a no-op.
'use strict';

const listeners = new Map(); // event name → listener[]
const diagnosticWaiters = []; // { uri, resolve }
const collections = [];

function eventFor(name) {
  return (listener) => {
    if (!listeners.has(name)) listeners.set(name, []);
    listeners.get(name).push(listener);
    return new Disposable(() => {});
  };
}

function fire(name, arg) {
  for (const l of listeners.get(name) ?? []) l(arg);
}

class Disposable {
  constructor(fn) {
    this._fn = fn;
  }
  dispose() {
    this._fn?.();
  }
  static from(...ds) {
    return new Disposable(() => ds.forEach((d) => d.dispose()));
  }
}

class EventEmitter {
  constructor() {
    this._listeners = [];
    this.event = (l) => {
      this._listeners.push(l);
      return new Disposable(() => {});
    };
  }
  fire(e) {
    for (const l of this._listeners) l(e);
  }
  dispose() {}
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
  translate(dl = 0, dc = 0) {
    return new Position(this.line + dl, this.character + dc);
  }
  isEqual(o) {
    return o.line === this.line && o.character === this.character;
  }
}

class Range {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
  isEqual(o) {
    return this.start.isEqual(o.start) && this.end.isEqual(o.end);
  }
}

class Diagnostic {
  constructor(range, message, severity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}

class Uri {
  constructor(scheme, path) {
    this.scheme = scheme;
    this.path = path;
    this.query = '';
    this.fragment = '';
  }
  static file(path) {
    return new Uri('file', path);
  }
  static parse(s) {
    const m = /^([a-z-]+):(.*)$/.exec(s);
    return m ? new Uri(m[1], m[2]) : new Uri('file', s);
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}

function createDiagnosticCollection(name) {
  const map = new Map();
  const collection = {
    name,
    set(uri, diagnostics) {
      map.set(uri.toString(), diagnostics);
      for (let i = diagnosticWaiters.length - 1; i >= 0; i--) {
        const w = diagnosticWaiters[i];
        if (w.uri === uri.toString() && name === 'wire-story') {
          diagnosticWaiters.splice(i, 1);
          w.resolve(diagnostics);
        }
      }
    },
    get: (uri) => map.get(uri.toString()),
    delete: (uri) => map.delete(uri.toString()),
    clear: () => map.clear(),
    dispose() {},
  };
  collections.push(collection);
  return collection;
}

/** Anything not modelled: a callable, constructible object whose members are the same. */
function inert() {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === 'dispose') return () => {};
      return inert();
    },
    apply: () => inert(),
    construct: () => inert(),
  });
}

function withFallback(obj) {
  return new Proxy(obj, { get: (t, key) => (key in t ? t[key] : key === 'then' ? undefined : inert()) });
}

/** An open `.wire` document holding `text`; `setText` edits it as a keystroke would (new version). */
function document(uri, text) {
  let lineStarts;
  const starts = () => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < doc.text.length; i++) if (doc.text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    return lineStarts;
  };
  const doc = {
    uri,
    languageId: 'wire',
    version: 1,
    isClosed: false,
    text,
    setText(t) {
      this.text = t;
      this.version++;
      lineStarts = undefined;
    },
    getText() {
      return this.text;
    },
    get lineCount() {
      return starts().length;
    },
    lineAt(line) {
      const s = starts();
      const end = line + 1 < s.length ? s[line + 1] - 1 : this.text.length;
      return { range: { end: new Position(line, end - s[line]) } };
    },
    offsetAt(p) {
      return starts()[p.line] + p.character;
    },
    positionAt(offset) {
      const s = starts();
      let lo = 0;
      let hi = s.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (s[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return new Position(lo, offset - s[lo]);
    },
  };
  return doc;
}

const settings = new Map([['lint.delay', 0]]);

const workspace = withFallback({
  textDocuments: [],
  workspaceFolders: undefined,
  getWorkspaceFolder: () => undefined,
  getConfiguration: () => ({ get: (key) => settings.get(key) }),
  asRelativePath: (u) => (typeof u === 'string' ? u : u.path),
  createFileSystemWatcher: () => ({ onDidChange: eventFor('fsChange'), onDidCreate: eventFor('fsCreate'), onDidDelete: eventFor('fsDelete'), dispose() {} }),
  fs: { readFile: () => Promise.reject(new Error('ENOENT: no config file in the benchmark')) },
  onDidOpenTextDocument: eventFor('open'),
  onDidChangeTextDocument: eventFor('change'),
  onDidSaveTextDocument: eventFor('save'),
  onDidCloseTextDocument: eventFor('close'),
  onDidChangeConfiguration: eventFor('configuration'),
});

const window = withFallback({
  activeTextEditor: undefined,
  onDidChangeActiveTextEditor: eventFor('activeEditor'),
  createStatusBarItem: () => withFallback({ show() {}, hide() {}, dispose() {} }),
  createTreeView: () => withFallback({ dispose() {} }),
  showInformationMessage: () => Promise.resolve(undefined),
  showWarningMessage: () => Promise.resolve(undefined),
  showErrorMessage: () => Promise.resolve(undefined),
  setStatusBarMessage: () => new Disposable(() => {}),
});

const languages = withFallback({
  createDiagnosticCollection,
  getDiagnostics: (uri) => {
    for (const c of collections) if (c.name === 'wire-story') return c.get(uri) ?? [];
    return [];
  },
  onDidChangeDiagnostics: eventFor('diagnostics'),
});

const commands = withFallback({
  registerCommand: () => new Disposable(() => {}),
  executeCommand: () => Promise.resolve(undefined),
});

module.exports = withFallback({
  Disposable,
  EventEmitter,
  Position,
  Range,
  Diagnostic,
  Uri,
  workspace,
  window,
  languages,
  commands,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  // Bundles copy the module's own keys (esbuild's __toESM), so every name the
  // extension reads at load time must exist here, if only as an inert stand-in.
  ...Object.fromEntries(
    ['CodeAction', 'CodeActionKind', 'WorkspaceEdit', 'Location', 'DocumentSymbol', 'SymbolKind', 'TreeItem', 'ThemeIcon', 'MarkdownString', 'Hover', 'SemanticTokensLegend', 'SemanticTokensBuilder', 'ProgressLocation', 'TextEditorRevealType', 'CancellationTokenSource'].map((name) => [name, inert()]),
  ),
  // Benchmark hooks (not part of the real API).
  __bench: {
    fire,
    settings,
    document,
    /** Resolves with the diagnostics the extension publishes next for `uri`. */
    nextDiagnostics(uri) {
      return new Promise((resolve) => diagnosticWaiters.push({ uri: uri.toString(), resolve }));
    },
    Uri,
  },
});
