// The benchmark modes as ESLint instances: (a) plain-none, (b) plain-recommended,
// (d) typed-none, (c) typed-recommended, and the same rules with a create()
// that returns no listeners, (e) plain-inert and (f) typed-inert: (e) against
// (a), and (f) against (d), is what ESLint spends on any seven configured
// rules. (x) plain-delayed is (e) that also spends time in the files the
// plugin's rules look at, without allocating anything. Only the rules differ
// within a pair.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GCProfiler } from 'node:v8';

import * as typescriptParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';

import plugin from '../dist/src/index.js';
import { GATE_STEMS } from '../dist/src/utils/text-index.js';
import { root } from './tree.js';

export const MODES = ['plain-none', 'plain-recommended', 'typed-none', 'typed-recommended', 'plain-inert', 'typed-inert', 'plain-delayed'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** The plugin with every rule's meta, and a create() that does nothing. */
export function inertPlugin(plugin) {
  const rules = Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, { meta: rule.meta, create: () => ({}) }]));
  return { ...plugin, rules };
}

/**
 * The plugin with every rule's own create(), whose listeners return at once:
 * ESLint registers and calls them as it does the rules', and no rule code runs
 * in them. Against the inert plugin, it is what create(), the gates and
 * ESLint's calls to the listeners cost; against the plugin, the listeners' work.
 * The stubs are new functions for every file, as a rule's closures are.
 */
export function hollowPlugin(plugin) {
  const rules = Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [
      name,
      {
        meta: rule.meta,
        create(context) {
          const hollow = {};
          for (const selector of Object.keys(rule.create(context))) hollow[selector] = () => {};
          return hollow;
        },
      },
    ]),
  );
  return { ...plugin, rules };
}

/**
 * Nanoseconds per character that the delayed plugin waits in a file with a
 * gate stem: 25 ns is about what the rules take there (B − E in
 * `bench:files`, 100–170 ms a pass over those files' 6.2 MB).
 */
const DELAY_NS_PER_CHAR = Number(process.env.BENCH_DELAY_NS ?? 25);
if (!(DELAY_NS_PER_CHAR >= 0)) throw new Error(`BENCH_DELAY_NS: not a number of nanoseconds: ${process.env.BENCH_DELAY_NS}`);

/**
 * The inert plugin, except that its first rule waits in every file holding a
 * gate stem, in proportion to the file's length, and allocates nothing while
 * it waits: what the rules' time alone does to a run, without their objects.
 */
export function delayedPlugin(plugin) {
  const delayed = inertPlugin(plugin);
  const [first] = Object.keys(delayed.rules);
  const stem = new RegExp(GATE_STEMS.join('|'), 'i');
  delayed.rules[first] = {
    meta: delayed.rules[first].meta,
    create(context) {
      const { text } = context.sourceCode;
      if (stem.test(text)) {
        const until = performance.now() + text.length * DELAY_NS_PER_CHAR * 1e-6;
        while (performance.now() < until);
      }
      return {};
    },
  };
  return delayed;
}

/** The flat config of a mode: the same files, parser and options, with or without the plugin's rules. */
export function configFor(mode, tsconfig) {
  if (!MODES.includes(mode)) throw new Error(`unknown mode ${mode}: one of ${MODES.join(', ')}`);
  const typed = mode.startsWith('typed');
  const languageOptions = typed
    ? { parser: typescriptParser, parserOptions: { project: tsconfig, tsconfigRootDir: root } }
    : { ecmaVersion: 'latest', sourceType: 'module' };
  const config = [
    { files: JS, languageOptions, linterOptions: { reportUnusedDisableDirectives: 'off' } },
    { files: ['**/*.cjs'], languageOptions: typed ? {} : { sourceType: 'commonjs' } },
  ];
  const recommended = typed ? plugin.configs['recommended-type-checked'] : plugin.configs.recommended;
  if (mode.endsWith('recommended')) config.push({ files: JS, plugins: recommended.plugins, rules: recommended.rules });
  if (mode.endsWith('inert')) config.push({ files: JS, plugins: { 'mcp-oauth': inertPlugin(plugin) }, rules: recommended.rules });
  if (mode.endsWith('delayed')) config.push({ files: JS, plugins: { 'mcp-oauth': delayedPlugin(plugin) }, rules: recommended.rules });
  return config;
}

export function eslintFor(mode, tsconfig) {
  return new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configFor(mode, tsconfig), ignorePatterns: ['!**/node_modules/'] });
}

/**
 * What a lint of some files cost this process, and what it found. The
 * collector's pauses (mostly scavenges: V8 marks the old generation
 * concurrently, so a full collection pauses for milliseconds) are counted
 * apart because they are a quarter of a run, and what a configuration makes
 * the young generation keep alive shows in them with far less scatter than
 * in the seconds.
 */
export async function timedLint(eslint, files) {
  const collector = new GCProfiler();
  collector.start();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(files);
  const milliseconds = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const { statistics } = collector.stop();
  const full = statistics.filter(entry => entry.gcType === 'MarkSweepCompact');
  return {
    milliseconds,
    cpuMilliseconds: (cpu.user + cpu.system) / 1000,
    // GCProfiler reports each pause's cost in microseconds.
    gcMilliseconds: statistics.reduce((sum, entry) => sum + entry.cost, 0) / 1000,
    fullGcMilliseconds: full.reduce((sum, entry) => sum + entry.cost, 0) / 1000,
    fullGcs: full.length,
    findings: results.reduce((sum, result) => sum + result.messages.filter(message => message.ruleId?.startsWith('mcp-oauth/')).length, 0),
    fatal: results.reduce((sum, result) => sum + result.fatalErrorCount, 0),
  };
}

// ESLint's config array class is not exported, hence the path into the installed package.
const require = createRequire(import.meta.url);
const { FlatConfigArray } = require(join(dirname(require.resolve('eslint')), 'config', 'flat-config-array.js'));

/**
 * A Linter and a config array for it, normalized once, for benchmarks that
 * call `Linter#verify` themselves. Handed a plain array, `verify` builds and
 * validates a new config array on every call, so the rules' option schemas
 * would be checked again for each file: work an ESLint run does once.
 */
export function verifierFor(config) {
  const configArray = new FlatConfigArray([{ ignores: ['!**/node_modules/'] }, ...config], { basePath: root });
  configArray.normalizeSync();
  return { linter: new Linter({ cwd: root, configType: 'flat' }), config: configArray };
}
