#!/usr/bin/env node
// `npm run bench:overhead`: what ESLint itself spends on a file once any rule
// is configured, with none of the plugin's code running. This is the part of
// b/a that the plugin cannot change: (a) has no rules at all, and every other
// config, the plugin's included, pays it.
//
// 1. Small files linted one by one with 0, 1 and 7 configured rules whose
//    create() returns no listeners (recommended's rules, made inert), each in
//    a fresh process, in rotating order: µs per file.
// 2. With BENCH_PROMOTION=1, the benchmark tree linted once per mode in a
//    fresh process under --trace-gc-nvp: how many MB the young generation's
//    collections promote to the old one, for (a) no rules, (e) the rules doing
//    nothing and (b) recommended. A deterministic count, where seconds on a
//    shared machine scatter.
//
// With BENCH_SHARED_PROTOTYPE=1 each is also measured with bench/shared-prototype.js
// preloaded: every rule context then has one shared prototype instead of a
// new per-file FileContext. What changes with it is what that costs.
//
//   BENCH_ROUNDS=5      fresh processes per setting (small files)
//   BENCH_FILES=20000   files linted per process (after 2,000 unmeasured ones)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { median } from './stats.js';
import { benchmarkFiles, writeInputs } from './tree.js';

const RULE_COUNTS = [0, 1, 7];
const self = fileURLToPath(import.meta.url);
const preload = ['--import', new URL('shared-prototype.js', import.meta.url).href];
const LABELS = { stock: 'ESLint as installed', shared: 'one shared prototype' };

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]));
} else {
  parent();
}

/** One process: lints the files with `ruleCount` inert rules and prints µs per file. */
async function child(ruleCount) {
  const { ESLint } = await import('eslint');
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

function run(args) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function parent() {
  const prototypes = process.env.BENCH_SHARED_PROTOTYPE === '1' ? ['stock', 'shared'] : ['stock'];
  smallFiles(prototypes);
  if (process.env.BENCH_PROMOTION === '1') promotion(prototypes);
}

function smallFiles(prototypes) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const settings = prototypes.flatMap(prototype => RULE_COUNTS.map(ruleCount => ({ ruleCount, prototype, times: [] })));
  process.stdout.write(`ESLint's cost per small file with do-nothing rules: ${rounds} fresh processes per setting\n`);
  for (let round = 0; round < rounds; round++) {
    // Rotated, so no setting always runs first or right after the same other.
    for (let step = 0; step < settings.length; step++) {
      const setting = settings[(step + round) % settings.length];
      const flags = setting.prototype === 'shared' ? preload : [];
      setting.times.push(Number(run([...flags, self, '--child', String(setting.ruleCount)])));
    }
  }
  process.stdout.write('| rule contexts | rules | µs per file (median, range) | more than 0 rules |\n| --- | --- | --- | --- |\n');
  for (const prototype of prototypes) {
    const none = median(settings.find(setting => setting.prototype === prototype && setting.ruleCount === 0).times);
    for (const setting of settings.filter(candidate => candidate.prototype === prototype)) {
      const value = median(setting.times);
      const range = `${Math.min(...setting.times).toFixed(0)}–${Math.max(...setting.times).toFixed(0)}`;
      process.stdout.write(`| ${LABELS[prototype]} | ${setting.ruleCount} | ${value.toFixed(0)} (${range}) | ${setting.ruleCount === 0 ? '' : `${(value - none).toFixed(0)} µs`} |\n`);
    }
  }
}

/** MB promoted by the young generation's collections over one untyped lint of the benchmark tree. */
function promotion(prototypes) {
  const files = benchmarkFiles();
  const { filesPath } = writeInputs('files', files);
  const runOnce = fileURLToPath(new URL('run-once.js', import.meta.url));
  process.stdout.write(`\nPromoted to the old generation over one lint of the ${files.length}-file tree (--trace-gc-nvp, one fresh process each):\n`);
  process.stdout.write('| rule contexts | (a) no rules | (e) rules doing nothing | (b) recommended |\n| --- | --- | --- | --- |\n');
  for (const prototype of prototypes) {
    const cells = ['plain-none', 'plain-inert', 'plain-recommended'].map(mode => {
      const output = run(['--trace-gc-nvp', ...(prototype === 'shared' ? preload : []), runOnce, mode, filesPath]);
      // V8 prints one line per collection; `gc=s` marks a scavenge of the young generation.
      const promoted = [...output.matchAll(/\bgc=s\b.*?\bpromoted=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
      return `${(promoted / 1e6).toFixed(0)} MB`;
    });
    process.stdout.write(`| ${LABELS[prototype]} | ${cells.join(' | ')} |\n`);
  }
}
