/**
 * The robustness sweep: lint a large set of real files with every rule,
 * untyped; count crashes (there must be none); for every file with a fixable
 * report, check that the fixed text still parses, that a second pass changes
 * nothing, and that each fix edits only the reported node (plus the import
 * it needs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import * as typescriptParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';

const CODE = /\.(?:js|mjs|cjs|ts|mts|cts)$/;
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface SweepCounts {
  files: number;
  parsed: number;
  unparseable: number;
  crashes: { file: string; error: string }[];
  reports: Record<string, number>;
  filesWithFixes: number;
  fixesChecked: number;
  fixBreaksParsing: string[];
  secondPassChanges: string[];
  fixOutsideNode: string[];
}

/** Every code file under `dir`, nested node_modules included (the sweep wants them all). */
export function listCodeFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listCodeFiles(path));
    else if (entry.isFile() && CODE.test(entry.name)) files.push(path);
  }
  return files;
}

const allRules = Object.fromEntries(Object.keys(plugin.rules).map(name => [`mcp-oauth/${name}`, 'error' as const]));

function configFor(file: string, sourceType: 'module' | 'commonjs'): Linter.Config[] {
  const isTypeScript = /\.[mc]?ts$/.test(file);
  return [
    {
      // Named extensions: a universal `**/*` does not make ESLint lint .ts files.
      files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'],
      plugins: { 'mcp-oauth': plugin as never },
      languageOptions: isTypeScript ? { parser: typescriptParser } : { ecmaVersion: 'latest', sourceType },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: allRules,
    },
  ];
}

function offsetOf(text: string, lineStarts: number[], line: number, column: number): number {
  return (lineStarts[line - 1] ?? text.length) + column - 1;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** An inserted import or require statement, or a name added to an existing one. */
const IMPORT_EDIT = /^(?:\n?(?:import \{ [\w$, ]+ \} from (['"])[^'"\n]+\1;?|const \{ [\w$, ]+ \} = require\((['"])[^'"\n]+\2\);?)\n?|, [\w$]+(?= \}| \} from|\s*\}))/;

function commonPrefix(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let count = 0;
  while (count < a.length - limit && count < b.length - limit && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

/**
 * The part of the source a fix really changes, after setting aside one
 * import edit: [start, end) in the original text.
 */
function changedRange(text: string, fix: { range: [number, number]; text: string }): [number, number] {
  const before = text.slice(fix.range[0], fix.range[1]);
  let after = fix.text;
  let prefix = commonPrefix(before, after);
  // The common prefix may run a few characters into the inserted statement
  // (`\nclass` and `\nconst` share `\nc`), so look for it a little earlier too.
  for (let start = prefix; start >= Math.max(0, prefix - 80); start--) {
    const importEdit = IMPORT_EDIT.exec(after.slice(start));
    if (!importEdit) continue;
    const candidate = after.slice(0, start) + after.slice(start + importEdit[0].length);
    if (commonPrefix(before, candidate) > prefix) {
      after = candidate;
      prefix = commonPrefix(before, after);
      break;
    }
  }
  const suffix = commonSuffix(before, after, prefix);
  return [fix.range[0] + prefix, fix.range[1] - suffix];
}

/**
 * The name the linter sees: only the extension matters, and a real path
 * under node_modules would fall under ESLint's default ignores.
 */
function lintName(file: string): string {
  return `sweep${/\.[^.]+$/.exec(file)![0]}`;
}

function lint(linter: Linter, text: string, file: string): { messages: Linter.LintMessage[]; config: Linter.Config[] } {
  let config = configFor(file, 'module');
  let messages = linter.verify(text, config, { filename: lintName(file) });
  if (messages.some(message => message.fatal) && /\.c?js$/.test(file)) {
    // Much of node_modules is CommonJS that does not parse as a module.
    config = configFor(file, 'commonjs');
    messages = linter.verify(text, config, { filename: lintName(file) });
  }
  return { messages, config };
}

export function sweep(files: readonly string[], onProgress?: (done: number) => void): SweepCounts {
  const counts: SweepCounts = {
    files: files.length,
    parsed: 0,
    unparseable: 0,
    crashes: [],
    reports: {},
    filesWithFixes: 0,
    fixesChecked: 0,
    fixBreaksParsing: [],
    secondPassChanges: [],
    fixOutsideNode: [],
  };
  const linter = new Linter({ configType: 'flat' });
  files.forEach((file, index) => {
    if (index % 500 === 0) onProgress?.(index);
    if (statSync(file).size > MAX_FILE_BYTES) return;
    const text = readFileSync(file, 'utf8');
    let result;
    try {
      result = lint(linter, text, file);
    } catch (error) {
      counts.crashes.push({ file, error: String((error as Error).message).split('\n')[0]! });
      return;
    }
    if (result.messages.some(message => message.fatal)) {
      counts.unparseable++;
      return;
    }
    if (result.messages.some(message => message.ruleId === null && /No matching configuration/.test(message.message))) {
      throw new Error(`the sweep's config does not cover ${file}`);
    }
    counts.parsed++;
    const ours = result.messages.filter(message => message.ruleId?.startsWith('mcp-oauth/'));
    for (const message of ours) counts.reports[message.ruleId!] = (counts.reports[message.ruleId!] ?? 0) + 1;
    const fixable = ours.filter(message => message.fix);
    if (fixable.length === 0) return;
    counts.filesWithFixes++;

    const lineStarts = lineStartsOf(text);
    for (const message of fixable) {
      counts.fixesChecked++;
      const nodeStart = offsetOf(text, lineStarts, message.line, message.column);
      const nodeEnd = offsetOf(text, lineStarts, message.endLine ?? message.line, message.endColumn ?? message.column);
      const [start, end] = changedRange(text, message.fix!);
      if (start < nodeStart || end > nodeEnd) counts.fixOutsideNode.push(`${file}:${message.line} ${message.ruleId}`);
    }
    try {
      const fixed = linter.verifyAndFix(text, result.config, { filename: lintName(file) });
      if (fixed.messages.some(message => message.fatal)) counts.fixBreaksParsing.push(file);
      else if (linter.verifyAndFix(fixed.output, result.config, { filename: lintName(file) }).fixed) counts.secondPassChanges.push(file);
    } catch (error) {
      counts.crashes.push({ file, error: `while fixing: ${String((error as Error).message).split('\n')[0]!}` });
    }
  });
  return counts;
}

export function formatCounts(counts: SweepCounts, seconds: number): string {
  const reports = Object.entries(counts.reports)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => `    ${rule}: ${count}`);
  return [
    `files: ${counts.files} (parsed ${counts.parsed}, not parseable as JS/TS ${counts.unparseable}) in ${seconds.toFixed(1)} s`,
    `rule crashes: ${counts.crashes.length}`,
    `reports: ${Object.values(counts.reports).reduce((sum, count) => sum + count, 0)}`,
    ...reports,
    `files with fixable reports: ${counts.filesWithFixes}; fixes checked: ${counts.fixesChecked}`,
    `fixed text that does not parse: ${counts.fixBreaksParsing.length}`,
    `second pass changed something: ${counts.secondPassChanges.length}`,
    `fixes editing outside the reported node and its import: ${counts.fixOutsideNode.length}`,
  ].join('\n');
}
