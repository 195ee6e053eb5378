// Which options lint a document: rule defaults, overridden by the
// `wireStory.rules` setting, overridden by every `.wirelintrc.json` from the
// workspace folder down to the document's folder (the nearest wins).
// No `vscode` here: paths are URI paths (`/home/ana/desk/stories`).
import type { AnalyzeOptions, QuoteStyle, RuleSetting } from '../core/types';
import type { ConfigProblem } from '../core/config';
import { engine } from './engine';

export const CONFIG_FILE_NAME = '.wirelintrc.json';

export type LintRunMode = 'onType' | 'onSave';

/** The extension's settings, as read from the `wireStory` section. */
export interface ExtensionSettings {
  run: LintRunMode;
  delayMs: number;
  maxSizeKB: number;
  rules: unknown;
  statusBar: boolean;
}

export const DEFAULT_SETTINGS: ExtensionSettings = { run: 'onType', delayMs: 300, maxSizeKB: 2048, rules: {}, statusBar: true };

/** Read settings through `get` (VS Code's WorkspaceConfiguration.get), falling back on defaults for bad values. */
export function readSettings(get: (key: string) => unknown): ExtensionSettings {
  const run = get('lint.run');
  const delay = get('lint.delay');
  const maxSize = get('lint.maxSizeKB');
  const statusBar = get('statusBar.enabled');
  return {
    run: run === 'onSave' ? 'onSave' : 'onType',
    delayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 10_000) : DEFAULT_SETTINGS.delayMs,
    maxSizeKB: typeof maxSize === 'number' && maxSize > 0 ? maxSize : DEFAULT_SETTINGS.maxSizeKB,
    rules: get('rules') ?? {},
    statusBar: statusBar !== false,
  };
}

/**
 * Validate the `wireStory.rules` setting the same way `.wirelintrc.json`'s
 * `rules` are validated (unknown ids, bad values), keeping the valid entries.
 */
export function rulesFromSetting(value: unknown): { rules: Record<string, RuleSetting>; problems: string[] } {
  if (value === undefined || value === null) return { rules: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { rules: {}, problems: ['wireStory.rules must be an object mapping rule ids to "off", "info", "warning" or "error".'] };
  }
  const { options, problems } = engine().parseConfig(JSON.stringify({ rules: value }), 'settings');
  return { rules: options.rules ?? {}, problems: problems.map((p) => `wireStory.rules: ${p.message}`) };
}

/** The `wireStory.quoteStyle` setting: one of the styles, or nothing (with a problem for a bad value). */
export function quoteStyleFromSetting(value: unknown): { quoteStyle?: QuoteStyle; problems: string[] } {
  if (value === undefined || value === null) return { problems: [] };
  const { isQuoteStyle, QUOTE_STYLE_CHOICES } = engine();
  if (isQuoteStyle(value)) return { quoteStyle: value, problems: [] };
  return { problems: [`wireStory.quoteStyle must be ${QUOTE_STYLE_CHOICES}, not ${JSON.stringify(value)}; using "consistent".`] };
}

/**
 * Folders whose `.wirelintrc.json` applies to a document in `documentDir`,
 * outermost first: from the workspace folder down to the document's folder.
 * A document outside the workspace folder gets only its own folder.
 */
export function configDirectories(documentDir: string, workspaceRoot: string | undefined): string[] {
  const dir = normalizeDir(documentDir);
  if (workspaceRoot === undefined) return [dir];
  const root = normalizeDir(workspaceRoot);
  const rootPrefix = root === '/' ? '/' : `${root}/`;
  if (!sameDir(dir, root) && !dir.toLowerCase().startsWith(rootPrefix.toLowerCase())) return [dir];
  const dirs = [root];
  if (sameDir(dir, root)) return dirs;
  let current = root;
  for (const part of dir.slice(rootPrefix.length).split('/')) {
    if (!part) continue;
    current = current === '/' ? `/${part}` : `${current}/${part}`;
    dirs.push(current);
  }
  return dirs;
}

/** The folder of a URI path. */
export function parentDir(path: string): string {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash);
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function normalizeDir(path: string): string {
  let p = path.replace(/\/+$/, '') || '/';
  // VS Code writes Windows drive letters in either case (`/c:/…`, `/C:/…`).
  p = p.replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`);
  return p;
}

function sameDir(a: string, b: string): boolean {
  return normalizeDir(a) === normalizeDir(b);
}

export interface LoadedConfig {
  /** URI path of the file. */
  path: string;
  options: AnalyzeOptions;
  problems: ConfigProblem[];
}

export function loadConfig(path: string, text: string): LoadedConfig {
  const { options, problems } = engine().parseConfig(text, path);
  return { path, options, problems };
}

/**
 * The options a document is linted with: the setting's rules, then each config
 * file from the outermost to the nearest (later files win on rule settings;
 * lists such as knownPeople are joined).
 */
export function effectiveOptions(settingRules: Record<string, RuleSetting>, configs: readonly LoadedConfig[], settingQuoteStyle?: QuoteStyle): AnalyzeOptions {
  let options: AnalyzeOptions = Object.keys(settingRules).length > 0 ? { rules: { ...settingRules } } : {};
  if (settingQuoteStyle) options.quoteStyle = settingQuoteStyle;
  for (const config of configs) options = engine().mergeOptions(options, config.options);
  return options;
}

/** A stable key for a set of options, to tell whether a cached analysis used the same ones. */
export function optionsKey(options: AnalyzeOptions): string {
  const stable = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stable);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return JSON.stringify(stable(options));
}

/** `file:line:column: message` for a problem in a config file, with the path shortened by `displayPath`. */
export function describeConfigProblem(problem: ConfigProblem, displayPath: (path: string) => string = (p) => p): string {
  return `${displayPath(problem.source)}:${problem.line}:${problem.column}: ${problem.message}`;
}
