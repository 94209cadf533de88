#!/usr/bin/env node
// `npm run bench:load`: how long a fresh process takes to load the plugin.
// Every CLI run, CI job and pre-commit hook pays this once before it lints a
// file; `npm run bench` leaves it out, as it loads the plugin in all modes
// before the clock starts. Not part of `npm test`.
//
// The plugin is imported the way a config file imports it, by its package
// name, after what the user's setup has already loaded: ESLint alone (a
// JavaScript project), or ESLint and typescript-eslint's parser. Each load is
// its own process, the setups in turns.
//
//   BENCH_LOADS=15   fresh processes per setup
import { execFileSync, spawnSync } from 'node:child_process';

import { median } from './stats.js';
import { root } from './tree.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);

const SETUPS = {
  'ESLint loaded': ['eslint'],
  "ESLint and typescript-eslint's parser loaded": ['eslint', '@typescript-eslint/parser'],
};

/** One fresh process: load the setup, then time the plugin's import and count the CommonJS modules it adds. */
function loadOnce(preloaded) {
  const script = `
    const { performance } = require('node:perf_hooks');
    (async () => {
      for (const name of ${JSON.stringify(preloaded)}) await import(name);
      const before = new Set(Object.keys(require.cache));
      const started = performance.now();
      await import('eslint-plugin-mcp-oauth');
      const milliseconds = performance.now() - started;
      const added = Object.keys(require.cache).filter(file => !before.has(file)).length;
      process.stdout.write(JSON.stringify({ milliseconds, added }));
    })();`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`loading the plugin failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const eslintVersion = execFileSync(process.execPath, ['-e', "process.stdout.write(require('eslint/package.json').version)"], { cwd: root, encoding: 'utf8' });
process.stdout.write(`Loading eslint-plugin-mcp-oauth in a fresh process (Node ${process.version}, ESLint ${eslintVersion}), ${LOADS} loads per setup:\n`);
const loads = Object.fromEntries(Object.keys(SETUPS).map(name => [name, []]));
for (let index = 0; index < LOADS; index++) {
  for (const [name, preloaded] of Object.entries(SETUPS)) loads[name].push(loadOnce(preloaded));
}
for (const [name, results] of Object.entries(loads)) {
  const milliseconds = results.map(result => result.milliseconds);
  const added = median(results.map(result => result.added));
  process.stdout.write(
    `  ${name}: ${median(milliseconds).toFixed(1)} ms median (${Math.min(...milliseconds).toFixed(1)}–${Math.max(...milliseconds).toFixed(1)}), ` +
      `${added} CommonJS modules loaded with it\n`,
  );
}
