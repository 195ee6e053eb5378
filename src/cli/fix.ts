// --fix: apply the engine's fixes until the text is stable, then write the
// file atomically (temp file in the same folder, then rename).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeStory, applyFixes, type AnalyzeOptions } from '../core';
import { describeFsError } from './files';

/** Passes of lint + fix before giving up on reaching a fixed point. */
export const MAX_FIX_PASSES = 10;

/**
 * Fix `text` repeatedly: one fix can reveal or unblock another (overlapping
 * fixes are deferred by applyFixes to the next pass).
 */
export function fixUntilStable(text: string, options: AnalyzeOptions, maxPasses = MAX_FIX_PASSES): { text: string; passes: number; fixesApplied: number } {
  let current = text;
  let fixesApplied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const { findings } = analyzeStory(current, options);
    const result = applyFixes(current, findings);
    passes++;
    if (result.applied === 0 || result.text === current) break;
    fixesApplied += result.applied;
    current = result.text;
  }
  return { text: current, passes, fixesApplied };
}

export class WriteError extends Error {}

/** The state of a file when it was read, to notice it changing under us. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export function stampOf(stat: fs.Stats): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs };
}

/**
 * Replace `file` with `content` so readers see the old or the new file, never
 * half of one. Keeps the file's mode; follows a symlink to write its target.
 * Refuses a read-only file (by its mode bits, so also when running as root)
 * and a file changed on disk since `readStamp`.
 */
export function writeFileAtomic(file: string, content: string, readStamp?: FileStamp): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (e) {
    throw new WriteError(`cannot write fixes: ${describeFsError(e)}`);
  }
  if ((stat.mode & 0o222) === 0 || !canWrite(target)) throw new WriteError('file is read-only; fixes not written');
  if (readStamp && (stat.size !== readStamp.size || stat.mtimeMs !== readStamp.mtimeMs)) {
    throw new WriteError('file changed on disk while it was being linted; fixes not written');
  }
  const mode = stat.mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.wire-lint-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.chmodSync(temp, mode); // openSync's mode is filtered by the umask
    try {
      fs.chownSync(temp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; an ordinary user's file is theirs already.
    }
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.unlinkSync(temp);
    } catch {
      // The temp file was never created, or rename already moved it.
    }
    throw new WriteError(`cannot write fixes: ${describeFsError(e)}`);
  }
}

function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
