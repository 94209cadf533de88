#!/usr/bin/env node
// In-process A/B of the untyped rule cost: the same pre-read files linted
// with no rules, with one trivial core rule (`no-debugger`, which makes
// ESLint traverse the AST at all), and with configs.recommended, interleaved
// round by round; the median of the per-round ratios cancels drift on a
// shared machine better than separate processes do.
import { readFileSync } from 'node:fs';

import { Linter } from 'eslint';

import plugin from '../dist/src/index.js';

const ROUNDS = Number(process.env.BENCH_RUNS ?? 5);
const files = JSON.parse(readFileSync(new URL('.cache/files.json', import.meta.url), 'utf8'));
const texts = files.map(file => [file, readFileSync(file, 'utf8')]);
const linter = new Linter({ configType: 'flat' });
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const base = [
  { files: JS, languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
];
const variants = {
  none: base,
  traversal: [...base, { files: JS, rules: { 'no-debugger': 'error' } }],
  recommended: [...base, { files: JS, plugins: { 'mcp-oauth': plugin }, rules: plugin.configs.recommended.rules }],
};

function cpuMilliseconds(config) {
  const started = process.cpuUsage();
  for (const [file, text] of texts) linter.verify(text, config, { filename: `bench${/\.[^.]+$/.exec(file)[0]}` });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

for (const config of Object.values(variants)) cpuMilliseconds(config); // warm-up
const ratios = { traversalOverNone: [], recommendedOverNone: [], recommendedOverTraversal: [] };
for (let round = 0; round < ROUNDS; round++) {
  const none = cpuMilliseconds(variants.none);
  const traversal = cpuMilliseconds(variants.traversal);
  const recommended = cpuMilliseconds(variants.recommended);
  ratios.traversalOverNone.push(traversal / none);
  ratios.recommendedOverNone.push(recommended / none);
  ratios.recommendedOverTraversal.push(recommended / traversal);
  process.stdout.write(`  round ${round + 1}: none ${none.toFixed(0)} ms, no-debugger ${traversal.toFixed(0)} ms, recommended ${recommended.toFixed(0)} ms CPU\n`);
}
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
process.stdout.write(
  `\nIn-process medians of per-round ratios (${files.length} files, ${ROUNDS} rounds):\n` +
    `  one trivial rule / no rules         = ${median(ratios.traversalOverNone).toFixed(3)}\n` +
    `  recommended / no rules              = ${median(ratios.recommendedOverNone).toFixed(3)}\n` +
    `  recommended / one trivial rule      = ${median(ratios.recommendedOverTraversal).toFixed(3)}\n`,
);
