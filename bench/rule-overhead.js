#!/usr/bin/env node
// `npm run bench:overhead`: what ESLint itself spends on a file once any rule
// is configured for it, with none of the plugin's code running. This is the
// part of b/a that the plugin cannot change: (a) has no rules at all, and
// every other config, the plugin's included, pays it.
//
// Small files are linted one by one with 0, 1 and 7 configured rules whose
// create() returns no listeners (recommended's rules, made inert), each in a
// fresh process, in rotating order. The difference per file from 0 rules is
// ESLint's fixed cost per linted file.
//
// With BENCH_SHARED_PROTOTYPE=1 the same is measured with one change to ESLint,
// made in the measuring process only: every rule context gets the same
// prototype instead of a new per-file FileContext (ESLint 10's
// FileContext#extend does Object.create(fileContext) for each rule of each
// file). If the cost disappears with it, that per-file prototype is its cause.
// The plugin never patches ESLint; only this benchmark does, to show the cause.
//
//   BENCH_ROUNDS=5      fresh processes per setting
//   BENCH_FILES=20000   files linted per process (after 2,000 unmeasured ones)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const RULE_COUNTS = [0, 1, 7];
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]), process.argv[4] === 'shared');
} else {
  parent();
}

/** One process: lints the files with `ruleCount` inert rules and prints µs per file. */
async function child(ruleCount, sharedPrototype) {
  const require = createRequire(import.meta.url);
  if (sharedPrototype) shareRuleContextPrototype(require);
  const { ESLint } = require('eslint');
  const { default: plugin } = await import('../dist/src/index.js');
  const { inertPlugin } = await import('./modes.js');

  const names = Object.keys(plugin.configs.recommended.rules).slice(0, ruleCount);
  if (names.length !== ruleCount) throw new Error(`recommended has fewer than ${ruleCount} rules`);
  const config = [{ files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }];
  if (ruleCount > 0) config.push({ files: ['**/*.js'], plugins: { 'mcp-oauth': inertPlugin(plugin) }, rules: Object.fromEntries(names.map(name => [name, 'error'])) });
  const eslint = new ESLint({ cwd: '/', overrideConfigFile: true, overrideConfig: config });

  const count = Number(process.env.BENCH_FILES ?? 20000);
  // A small module of its own per file; a hundred paths, so config lookups hit ESLint's cache as in a real run.
  const lint = index => eslint.lintText(`export function f${index}(a) {\n  const b = a + ${index};\n  return b * 2;\n}\n`, { filePath: `/bench/f${index % 100}.js` });
  for (let index = 0; index < 2000; index++) await lint(index);
  const started = performance.now();
  for (let index = 0; index < count; index++) await lint(index);
  process.stdout.write(`${((performance.now() - started) / count) * 1000}\n`);
}

/** Gives every rule context FileContext.prototype as its prototype, with the file's fields copied onto it. */
function shareRuleContextPrototype(require) {
  const eslintLib = require.resolve('eslint').replace(/api\.js$/, '');
  const { FileContext } = require(`${eslintLib}linter/file-context.js`);
  const fields = ['cwd', 'filename', 'physicalFilename', 'sourceCode', 'languageOptions', 'settings'];
  FileContext.prototype.extend = function extend(extension) {
    const context = Object.create(FileContext.prototype);
    for (const field of fields) context[field] = this[field];
    return Object.freeze(Object.assign(context, extension));
  };
}

function parent() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const prototypes = process.env.BENCH_SHARED_PROTOTYPE === '1' ? ['stock', 'shared'] : ['stock'];
  const settings = prototypes.flatMap(prototype => RULE_COUNTS.map(ruleCount => ({ ruleCount, prototype, times: [] })));
  process.stdout.write(`ESLint's cost per file with do-nothing rules: ${rounds} fresh processes per setting\n`);
  for (let round = 0; round < rounds; round++) {
    // Rotated, so no setting always runs first or right after the same other.
    for (let step = 0; step < settings.length; step++) {
      const setting = settings[(step + round) % settings.length];
      const result = spawnSync(process.execPath, [self, '--child', String(setting.ruleCount), setting.prototype], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`);
      setting.times.push(Number(result.stdout));
    }
  }
  const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  process.stdout.write('| rule contexts | rules | µs per file (median, range) | more than 0 rules |\n| --- | --- | --- | --- |\n');
  for (const prototype of prototypes) {
    const none = median(settings.find(setting => setting.prototype === prototype && setting.ruleCount === 0).times);
    for (const setting of settings.filter(candidate => candidate.prototype === prototype)) {
      const value = median(setting.times);
      const range = `${Math.min(...setting.times).toFixed(0)}–${Math.max(...setting.times).toFixed(0)}`;
      const label = prototype === 'stock' ? 'ESLint as installed' : 'one shared prototype';
      process.stdout.write(`| ${label} | ${setting.ruleCount} | ${value.toFixed(0)} (${range}) | ${setting.ruleCount === 0 ? '' : `${(value - none).toFixed(0)} µs`} |\n`);
    }
  }
}
