import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';

import { ESLint } from 'eslint';

import { packageInfo } from '../package-info.js';
import { type CliOptions, HELP, parseCliArguments, UsageError } from './args.js';
import { createEslintOptions, optionsModuleUrl } from './eslint-options.js';
import { loadJsonPlugin } from '../json-plugin.js';
import { CODE_EXTENSIONS, collectFiles, InputPathError, withoutJsonFiles } from './files.js';
import { keepOwnFindings } from './results.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, for the progress line. */
  isTTY: boolean;
  cwd: string;
}

const BATCH_SIZE = 50;
const PROGRESS_THRESHOLD = 2 * BATCH_SIZE;
const require = createRequire(import.meta.url);

type Formatter = (results: ESLint.LintResult[], data: { cwd: string; rulesMeta: ESLint.LintResultData['rulesMeta'] }) => string | Promise<string>;

/** Runs the CLI and returns its exit code: 0 clean, 1 findings, 2 usage or I/O error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mcp-oauth-lint: ${error.message} (see --help)\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${packageInfo.version}\n`);
    return 0;
  }

  let files: string[];
  try {
    files = await collectFiles(options.paths, io.cwd, [...CODE_EXTENSIONS, '.json']);
  } catch (error) {
    if (error instanceof InputPathError) {
      io.stderr(`mcp-oauth-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (loadJsonPlugin() === undefined) {
    const skipped = await withoutJsonFiles(files);
    files = skipped.files;
    if (skipped.clientMetadata > 0) {
      io.stderr(`mcp-oauth-lint: ${skipped.clientMetadata} .json file(s) look like OAuth client metadata; install @eslint/json to lint them\n`);
    }
  }
  if (files.length === 0) io.stderr(`mcp-oauth-lint: no files to lint in ${options.paths.join(', ')}\n`);

  const settings = {
    // ESLint ignores files outside its base path; named files may live anywhere.
    cwd: commonAncestor([io.cwd, ...files]),
    typeAware: options.typeAware,
    fix: options.fix,
    concurrency: options.concurrency,
  };
  let eslint: ESLint;
  if (options.concurrency === 'off') {
    eslint = new ESLint(createEslintOptions(settings));
  } else {
    if (!supportsConcurrency(ESLint.version)) {
      io.stderr(`mcp-oauth-lint: --concurrency needs ESLint 9.34 or later (this is ${ESLint.version})\n`);
      return 2;
    }
    // Worker threads load the same options from this module's URL.
    eslint = await ESLint.fromOptionsModule(optionsModuleUrl(settings));
  }

  const rawResults = options.concurrency === 'off' ? await lintInBatches(eslint, files, io) : await eslint.lintFiles(files);
  const results = keepOwnFindings(rawResults);
  if (options.fix) await ESLint.outputFixes(results);

  io.stdout(await format(eslint, options.format, results, io.cwd));

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings && options.format === 'stylish') {
    io.stderr(`mcp-oauth-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function supportsConcurrency(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 9 || (major === 9 && minor >= 34);
}

function commonAncestor(paths: readonly string[]): string {
  const split = paths.map(path => resolve(path).split(sep));
  const first = split[0]!;
  let length = 0;
  while (length < first.length && split.every(parts => parts[length] === first[length])) length++;
  return first.slice(0, length).join(sep) || sep;
}

async function lintInBatches(eslint: ESLint, files: string[], io: CliIo): Promise<ESLint.LintResult[]> {
  const showProgress = io.isTTY && files.length >= PROGRESS_THRESHOLD;
  const results: ESLint.LintResult[] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    if (showProgress) io.stderr(`\rmcp-oauth-lint: ${start}/${files.length} files`);
    results.push(...(await eslint.lintFiles(files.slice(start, start + BATCH_SIZE))));
  }
  if (showProgress) io.stderr(`\r${' '.repeat(40)}\r`);
  return results;
}

async function format(eslint: ESLint, name: CliOptions['format'], results: ESLint.LintResult[], cwd: string): Promise<string> {
  if (name === 'sarif') {
    // Loaded from this package, not from the user's project, which need not have it.
    const sarif = require('@microsoft/eslint-formatter-sarif') as Formatter;
    return `${await sarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) })}\n`;
  }
  const formatter = await eslint.loadFormatter(name);
  const text = await formatter.format(results);
  return name === 'json' ? `${text}\n` : text;
}
