// Command-line paths → the stories to lint. Directories are searched for
// `*.wire`; any file named explicitly is linted whatever its extension.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const STORY_EXTENSION = '.wire';
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export type Target = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: '<stdin>' };

export interface TargetList {
  targets: Target[];
  /** Messages for paths that could not be used (missing, empty directory, unreadable). */
  problems: string[];
}

/** How a file is named in output: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || path.isAbsolute(rel) || rel.startsWith('..') ? file : rel;
}

export function listTargets(paths: readonly string[], cwd: string): TargetList {
  const targets: Target[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ kind: 'file', path: file, display: displayPath(file, cwd) });
  };

  for (const given of paths) {
    if (given === '-') {
      if (!seen.has('-')) targets.push({ kind: 'stdin', display: '<stdin>' });
      seen.add('-');
      continue;
    }
    const abs = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      problems.push(`${given}: ${describeFsError(e)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const problemsBefore = problems.length;
      const found = walk(abs, new Set(), add, (message) => problems.push(message), cwd);
      if (found === 0 && problems.length === problemsBefore) {
        problems.push(`${given}: no ${STORY_EXTENSION} files found in this directory`);
      }
    } else if (stat.isFile()) {
      add(abs);
    } else {
      problems.push(`${given}: not a regular file or directory`);
    }
  }
  return { targets, problems };
}

/** Add the stories under `dir`; returns how many were found. */
function walk(dir: string, visited: Set<string>, add: (file: string) => void, problem: (message: string) => void, cwd: string): number {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (visited.has(real)) return 0; // a symlink loop
    visited.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problem(`${displayPath(dir, cwd)}: ${describeFsError(e)}`);
    return 0;
  }
  let found = 0;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link is not a story
      }
    }
    if (isDir) {
      if (!SKIPPED_DIRS.has(entry.name)) found += walk(full, visited, add, problem, cwd);
    } else if (isFile && entry.name.endsWith(STORY_EXTENSION)) {
      add(full);
      found++;
    }
  }
  return found;
}

/** A short, stable description of a file-system error (no stack, no syscall noise). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
