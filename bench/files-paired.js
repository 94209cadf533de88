#!/usr/bin/env node
// `npm run bench:files`: the rules' cost measured file by file, in one
// process. A fresh process per run (bench.js) is what a user sees, but two
// identical processes here differ by ±4%, which hides a 2% effect. Here the
// modes of a pair lint each file back to back, in turns (ABBA), each with
// its own Linter, so they share the machine's speed of that millisecond and
// the JIT's code for ESLint and the parser. Each pair is preceded by its
// calibration: the baseline against itself (a second Linter, same mode),
// run the same way. Its ratio is the noise floor of the method.
//
// Times are summed per side as wall time and as mutator time (wall time less
// the garbage collector's pauses on the main thread, from `gc` performance
// entries). In one heap a pause falls on whichever side happens to allocate
// when it is due, so mutator time is the fair comparison; what the rules add
// to the collector's work is shown by bench.js and by allocation sampling.
//
//   BENCH_PASSES=3      passes over the tree (each file: every side, once per pass)
//   BENCH_PAIRS=b/a,c/d which pairs
//   BENCH_RULES=no-substring-scope-check,…   only these rules on the rules side
//
// What this cannot show: work that one side causes and the other pays for.
// In one heap a collection is due whenever either side has allocated
// enough, and a side that evicts the CPU caches slows whichever lints next;
// ABBA order spreads both evenly, so such costs count half. bench.js, with a
// process per side, has them whole but is ±4% per run.
import { readFileSync } from 'node:fs';
import { performance, PerformanceObserver } from 'node:perf_hooks';

import { Linter } from 'eslint';

import { configFor } from './modes.js';
import { benchmarkFiles, root, writeInputs } from './tree.js';

const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const PAIRS = [
  { name: 'b/a', base: 'plain-none', rules: 'plain-recommended', target: 1.02 },
  { name: 'c/d', base: 'typed-none', rules: 'typed-recommended', target: 1.05 },
].filter(pair => !process.env.BENCH_PAIRS || process.env.BENCH_PAIRS.split(',').includes(pair.name));
const files = benchmarkFiles();
const { tsconfig } = writeInputs('files', files);
const texts = files.map(file => readFileSync(file, 'utf8'));

const pauses = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) pauses.push([entry.startTime, entry.startTime + entry.duration]);
}).observe({ entryTypes: ['gc'] });

/** The part of [start, end] spent in collector pauses. */
function pausedWithin(start, end) {
  let paused = 0;
  for (const [from, to] of pauses) if (to > start && from < end) paused += Math.min(to, end) - Math.max(from, start);
  return paused;
}

const ONLY_RULES = process.env.BENCH_RULES?.split(',').map(name => `mcp-oauth/${name}`);

function side(label, mode) {
  const linter = new Linter({ cwd: root, configType: 'flat' });
  const config = [{ ignores: ['!**/node_modules/'] }, ...configFor(mode, tsconfig)];
  const withRules = config.at(-1);
  if (ONLY_RULES && withRules.rules) {
    const unknown = ONLY_RULES.filter(name => !(name in withRules.rules));
    if (unknown.length > 0) throw new Error(`BENCH_RULES: not in the config: ${unknown.join(', ')}`);
    withRules.rules = Object.fromEntries(Object.entries(withRules.rules).filter(([name]) => ONLY_RULES.includes(name)));
  }
  return { label, linter, config, intervals: [], findings: 0, fatal: 0 };
}

function lint(current, index) {
  const started = performance.now();
  const messages = current.linter.verify(texts[index], current.config, files[index]);
  current.intervals.push([started, performance.now()]);
  for (const message of messages) {
    if (message.fatal) current.fatal++;
    else if (message.ruleId?.startsWith('mcp-oauth/')) current.findings++;
  }
}

const yieldToObserver = () => new Promise(resolve => setImmediate(resolve));
const ms = value => `${(value / 1000).toFixed(2)} s`;
process.stdout.write(`eslint-plugin-mcp-oauth per-file benchmark: ${files.length} files, ${PASSES} passes, in one process (Node ${process.version})\n`);

/** Lints the tree with both sides in ABBA order and sums their times. */
async function measure(sides) {
  // Warm-up (not timed): the typed sides build their TypeScript program here.
  for (const current of sides) lint(current, 0);
  for (const current of sides) current.intervals.length = current.findings = current.fatal = 0;
  pauses.length = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let index = 0; index < files.length; index++) {
      const order = (index + pass) % 2 === 0 ? sides : [sides[1], sides[0]];
      for (const current of order) lint(current, index);
      if (index % 64 === 0) await yieldToObserver();
    }
  }
  await yieldToObserver();
  return sides.map(current => {
    const wall = current.intervals.reduce((sum, [start, end]) => sum + end - start, 0);
    const paused = current.intervals.reduce((sum, [start, end]) => sum + pausedWithin(start, end), 0);
    return { label: current.label, wall, mutator: wall - paused, paused, findings: current.findings / PASSES, fatal: current.fatal / PASSES };
  });
}

function print(totals) {
  for (const total of totals) {
    process.stdout.write(
      `  ${total.label.padEnd(10)} ${ms(total.wall)} wall, ${ms(total.mutator)} mutator, ${ms(total.paused)} in GC pauses; ${total.findings} findings, ${total.fatal} fatal per pass\n`,
    );
  }
}

for (const pair of PAIRS) {
  process.stdout.write(`\n${pair.name} (${pair.base} → ${pair.rules}):\n`);
  const calibration = await measure([side('base', pair.base), side('base again', pair.base)]);
  print(calibration);
  const [base, rules] = await measure([side('base', pair.base), side('rules', pair.rules)]);
  print([base, rules]);
  const [first, again] = calibration;
  process.stdout.write(
    `  ${pair.name} = ${(rules.mutator / base.mutator).toFixed(4)} mutator, ${(rules.wall / base.wall).toFixed(4)} wall   target ≤ ${pair.target}\n` +
      `  noise floor (base again / base) = ${(again.mutator / first.mutator).toFixed(4)} mutator, ${(again.wall / first.wall).toFixed(4)} wall\n`,
  );
}
