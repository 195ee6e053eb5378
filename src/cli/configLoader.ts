// Finds and loads `.wirelintrc.json` for each story: `--config FILE` when
// given, else the nearest one from the story's folder upward. Results are
// cached per folder, and each file's problems are reported once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalyzeOptions } from '../core';
import { CONFIG_FILE_NAME, parseConfig } from '../core/config';
import { describeFsError, displayPath } from './files';

export interface ConfigLoader {
  /** Options for a story in `dir` (absolute). */
  forDirectory(dir: string): AnalyzeOptions;
}

export interface ConfigLoaderOptions {
  /** `--config FILE`, resolved against cwd. */
  explicit?: string;
  cwd: string;
  /** Receives `file:line:col: message` lines for broken configuration files. */
  onProblem(message: string): void;
}

/** Returns an error message instead of a loader when `--config FILE` cannot be read at all. */
export function createConfigLoader(options: ConfigLoaderOptions): ConfigLoader | { error: string } {
  const load = (file: string): AnalyzeOptions | { error: string } => {
    const shown = displayPath(file, options.cwd);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      return { error: `${shown}: cannot read configuration file: ${describeFsError(e)}` };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      options.onProblem(`${shown}:1:1: configuration file is not valid UTF-8; using defaults`);
      return {};
    }
    const parsed = parseConfig(text, shown);
    for (const p of parsed.problems) options.onProblem(`${p.source}:${p.line}:${p.column}: ${p.message}`);
    return parsed.options;
  };

  if (options.explicit !== undefined) {
    const file = path.resolve(options.cwd, options.explicit);
    const loaded = load(file);
    if ('error' in loaded) return { error: loaded.error as string };
    return { forDirectory: () => loaded };
  }

  const byDirectory = new Map<string, AnalyzeOptions>();
  const forDirectory = (dir: string): AnalyzeOptions => {
    const cached = byDirectory.get(dir);
    if (cached) return cached;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let found: AnalyzeOptions;
    if (isFile(candidate)) {
      const loaded = load(candidate);
      if ('error' in loaded) {
        options.onProblem(`${loaded.error}; using defaults`);
        found = {};
      } else found = loaded;
    } else {
      const parent = path.dirname(dir);
      found = parent === dir ? {} : forDirectory(parent);
    }
    byDirectory.set(dir, found);
    return found;
  };
  return { forDirectory };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
