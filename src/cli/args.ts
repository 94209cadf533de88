import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  fix: boolean;
  format: Format;
  typeAware: boolean;
  maxWarnings: number | undefined;
  concurrency: string;
  help: boolean;
  version: boolean;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: mcp-oauth-lint [options] [paths...]

Lints MCP / OAuth client and server code for scope-handling defects with the
recommended rules of eslint-plugin-mcp-oauth. No configuration needed.

Paths are files or folders (default: the current folder). Folders are searched
for .ts .tsx .mts .cts .js .jsx .mjs .cjs files, skipping node_modules and .git;
a path inside node_modules that you name yourself is linted.

Options:
  --fix                  Apply the fixes that are certain, then report what is left
  --format <name>        stylish (default), json, or sarif (for GitHub code scanning)
  --type-aware           Use TypeScript type information (typescript-eslint's project
                         service and your tsconfig.json) for .ts/.tsx/.mts/.cts files
  --max-warnings <n>     Exit 1 when there are more than n warnings
  --concurrency <n>      Lint in worker threads: auto, off (default) or a number
                         (ESLint 9.34 or later)
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no findings, 1 findings, 2 usage or I/O error.`;

export function parseCliArguments(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        fix: { type: 'boolean', default: false },
        format: { type: 'string', default: 'stylish' },
        'type-aware': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        concurrency: { type: 'string', default: 'off' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // Node's messages span several lines; say the same in one.
    const first = (error as Error).message.split('\n')[0]!;
    const option = /'(-[^' ]+)/.exec(first)?.[1];
    if (first.startsWith('Unknown option')) throw new UsageError(`unknown option '${option}'`);
    if (option && /argument (is ambiguous|missing)/.test(first)) throw new UsageError(`option '${option}' needs a value`);
    throw new UsageError(first.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}' (expected ${FORMATS.join(', ')})`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings takes a whole number of at least 0, not '${values['max-warnings']}'`);
    }
  }
  const concurrency = values.concurrency;
  if (!['off', 'auto'].includes(concurrency) && !/^[1-9]\d*$/.test(concurrency)) {
    throw new UsageError(`--concurrency takes auto, off or a number of threads, not '${concurrency}'`);
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    concurrency,
    fix: values.fix,
    format: format as Format,
    typeAware: values['type-aware'],
    maxWarnings,
    help: values.help,
    version: values.version,
  };
}
