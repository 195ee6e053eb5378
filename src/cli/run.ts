// The wire-lint run: arguments → stories → findings → output and exit code.
// All process access goes through `CliIo` so the run can be driven in tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeStory, rules } from '../core';
import { parseArgs, USAGE, type CliOptions } from './args';
import { createConfigLoader } from './configLoader';
import { decodeStory, encodeStory, type DecodedStory } from './decode';
import { describeFsError, listTargets, type Target } from './files';
import { fixUntilStable, stampOf, writeFileAtomic, WriteError, type FileStamp } from './fix';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { toLintedFile, type LintedFile } from './report';
import packageJson from '../../package.json';

export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  readStdin(limit: number): Promise<Uint8Array>;
}

/** Stories larger than this are skipped: wire stories are a few kilobytes. */
export const MAX_STORY_BYTES = 20 * 1024 * 1024;

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_TROUBLE = 2;

export async function run(io: CliIo): Promise<number> {
  const parsed = parseArgs(io.argv);
  if (!parsed.ok) {
    io.stderr(`wire-lint: ${parsed.error}\nRun "wire-lint --help" for usage.\n`);
    return EXIT_TROUBLE;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(USAGE + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(packageJson.version + '\n');
    return EXIT_OK;
  }

  let trouble = false;
  const problem = (message: string) => {
    io.stderr(`wire-lint: ${message}\n`);
    trouble = true;
  };
  const loader = createConfigLoader({
    explicit: options.config,
    cwd: io.cwd,
    onProblem: (message) => {
      io.stderr(message + '\n');
      trouble = true;
    },
  });
  if ('error' in loader) {
    problem(loader.error);
    return EXIT_TROUBLE;
  }

  const { targets, problems } = listTargets(options.paths, io.cwd);
  for (const p of problems) problem(p);

  const linted: LintedFile[] = [];
  let errors = 0;
  let warnings = 0;
  for (const target of targets) {
    const input = await readTarget(target, io);
    if ('reason' in input) {
      problem(`${target.display}: ${input.reason}`);
      continue;
    }
    const dir = target.kind === 'file' ? path.dirname(target.path) : io.cwd;
    const analyzeOptions = loader.forDirectory(dir);
    let text = input.story.text;
    if (options.fix && target.kind === 'file') {
      const fixed = lintSafely(() => fixUntilStable(text, analyzeOptions));
      if ('failure' in fixed) {
        problem(`${target.display}: internal error while fixing: ${fixed.failure}`);
      } else if (fixed.value.text !== text) {
        try {
          writeFileAtomic(target.path, encodeStory(fixed.value.text, input.story), input.stamp);
          text = fixed.value.text;
        } catch (e) {
          if (!(e instanceof WriteError)) throw e;
          problem(`${target.display}: ${e.message}`);
        }
      }
    }
    const analysis = lintSafely(() => analyzeStory(text, analyzeOptions));
    if ('failure' in analysis) {
      problem(`${target.display}: internal error while linting: ${analysis.failure}`);
      continue;
    }
    for (const f of analysis.value.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    linted.push(toLintedFile(target.display, analysis.value, options.quiet));
  }

  io.stdout(format(linted, options, io));

  if (trouble) return EXIT_TROUBLE;
  if (errors > 0) return EXIT_LINT;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`wire-lint: too many warnings (${warnings}; maximum: ${options.maxWarnings})\n`);
    return EXIT_LINT;
  }
  return EXIT_OK;
}

function format(files: LintedFile[], options: CliOptions, io: CliIo): string {
  switch (options.format) {
    case 'json':
      return formatJson(files);
    case 'sarif':
      return formatSarif(files, {
        rules: rules.map((r) => r.meta),
        version: packageJson.version,
        repositoryUrl: packageJson.repository.url,
        srcRoot: pathToFileURL(io.cwd).href.replace(/\/?$/, '/'),
      });
    case 'stylish':
      return formatStylish(files, useColor(io));
  }
}

/** Colour on a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR overrides both ways. */
export function useColor(io: Pick<CliIo, 'env' | 'stdoutIsTTY'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY;
}

type ReadInput = { story: DecodedStory; stamp?: FileStamp } | { reason: string };

async function readTarget(target: Target, io: CliIo): Promise<ReadInput> {
  let bytes: Uint8Array;
  let stamp: FileStamp | undefined;
  if (target.kind === 'stdin') {
    try {
      bytes = await io.readStdin(MAX_STORY_BYTES + 1);
    } catch (e) {
      return { reason: `cannot read standard input: ${describeFsError(e)}` };
    }
  } else {
    try {
      const stat = fs.statSync(target.path);
      if (stat.size > MAX_STORY_BYTES) return { reason: tooLarge(stat.size) };
      stamp = stampOf(stat);
      bytes = fs.readFileSync(target.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { reason: code === 'ENOENT' ? 'file disappeared before it could be read' : `cannot read: ${describeFsError(e)}` };
    }
  }
  // Standard input is read only to one byte past the limit: its size is not known.
  if (bytes.length > MAX_STORY_BYTES) return { reason: target.kind === 'stdin' ? `is more than the ${MAX_STORY_BYTES / 1024 / 1024} MB limit for a story; skipped` : tooLarge(bytes.length) };
  const decoded = decodeStory(bytes);
  return decoded.ok ? { story: decoded.story, stamp } : { reason: decoded.reason };
}

function tooLarge(size: number): string {
  return `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_STORY_BYTES / 1024 / 1024} MB limit for a story; skipped`;
}

/** The engine promises not to throw; if it does, report the file and go on with the others. */
function lintSafely<T>(work: () => T): { value: T } | { failure: string } {
  try {
    return { value: work() };
  } catch (e) {
    return { failure: e instanceof Error ? e.message : String(e) };
  }
}
