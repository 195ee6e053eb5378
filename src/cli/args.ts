// Command-line arguments → options. Pure: no I/O, so it is tested directly.

export type FormatName = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif'];

export interface CliOptions {
  format: FormatName;
  config?: string;
  fix: boolean;
  quiet: boolean;
  maxWarnings?: number;
  help: boolean;
  version: boolean;
  /** Files, directories, or `-` for standard input, in the order given. */
  paths: string[];
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: wire-lint [options] FILE|DIR|- ...

Lint AP-style wire copy: unclosed and misattributed quotations, dateline form,
quote typography and page residue.

Arguments:
  FILE          a story file (any extension when named explicitly)
  DIR           searched recursively for *.wire files (node_modules and .git skipped)
  -             read one story from standard input (reported as <stdin>)

Options:
  -f, --format NAME      output format: stylish (default), json, sarif
  -c, --config FILE      use this configuration file instead of looking for
                         .wirelintrc.json from each story's folder upward
      --fix              apply automatic fixes to the files, then report what is left
      --quiet            report errors only (warnings still count for --max-warnings)
      --max-warnings N   exit with status 1 when there are more than N warnings
  -h, --help             show this help
  -v, --version          show the version

Exit status:
  0  no errors (and warnings within --max-warnings)
  1  errors found, or more warnings than --max-warnings
  2  usage error, unreadable or unusable input, or a broken configuration file

Rule documentation: docs/rules/<rule-id>.md`;

/** Parse argv (without `node` and the script). `--` ends options; `--opt=value` and `--opt value` both work. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { format: 'stylish', fix: false, quiet: false, help: false, version: false, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    const noValue = (flag: keyof CliOptions): ParsedArgs | undefined => {
      if (inline !== undefined) return { ok: false, error: `Option ${name} does not take a value` };
      (options[flag] as boolean) = true;
      return undefined;
    };
    let failure: ParsedArgs | undefined;
    switch (name) {
      case '-f':
      case '--format': {
        const value = takeValue();
        if (value === undefined) return { ok: false, error: `Option ${name} needs a value: ${FORMATS.join(', ')}` };
        if (!(FORMATS as readonly string[]).includes(value)) return { ok: false, error: `Unknown format "${value}"; use one of: ${FORMATS.join(', ')}` };
        options.format = value as FormatName;
        break;
      }
      case '-c':
      case '--config': {
        const value = takeValue();
        if (value === undefined || value === '') return { ok: false, error: `Option ${name} needs a file name` };
        options.config = value;
        break;
      }
      case '--max-warnings': {
        const value = takeValue();
        if (value === undefined || !/^\d+$/.test(value)) return { ok: false, error: `Option --max-warnings needs a whole number of 0 or more${value === undefined ? '' : `, not "${value}"`}` };
        options.maxWarnings = Number(value);
        break;
      }
      case '--fix':
        failure = noValue('fix');
        break;
      case '--quiet':
        failure = noValue('quiet');
        break;
      case '-h':
      case '--help':
        failure = noValue('help');
        break;
      case '-v':
      case '--version':
        failure = noValue('version');
        break;
      default:
        return { ok: false, error: `Unknown option ${name}` };
    }
    if (failure) return failure;
  }
  if (!options.help && !options.version) {
    if (options.paths.length === 0) return { ok: false, error: 'No files given: name a story file, a directory, or - for standard input' };
    if (options.fix && options.paths.includes('-')) return { ok: false, error: '--fix cannot be used with standard input (-): there is no file to write' };
  }
  return { ok: true, options };
}
