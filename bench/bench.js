#!/usr/bin/env node
// `npm run bench`: time and peak memory of linting a large real tree, with
// and without the plugin, untyped and typed. Not part of `npm test`.
//
//   (a) ESLint, same parser, no rules          (b) configs.recommended
//   (d) typed parser (a TS program), no rules  (c) configs['recommended-type-checked']
//
// A run lints the whole tree once in a fresh process per mode. The two
// processes of a pair ((a, b) or (d, c)) live side by side and take the tree
// in chunks, in turns (ABBA), so a slow spell of the shared machine weighs on
// both alike: the seconds of a single run here drift by 15-40% over minutes,
// while the chunks of a pair are a second or two apart.
//
//   BENCH_RUNS=11       runs per pair: the figures are medians over runs, and
//                       their 95% interval needs 6 runs and leaves out the most
//                       extreme run on each side from 9 on. Eleven take about
//                       15 minutes on a 2-vCPU machine.
//   BENCH_CHUNKS=24     chunks the tree is linted in
//   BENCH_CALIBRATE=1   also pair each baseline with itself: the ratio an
//                       A/A comparison shows is the noise floor of the method;
//                       (e) with (a), and typed (f) with (d): what ESLint spends
//                       on seven rules that do nothing; and (b) with (e), (c)
//                       with (f): what the plugin's own code adds to that;
//                       and (x) with (a): (e) plus a wait in the files the
//                       rules look at, about as long as the rules take there
//                       (BENCH_DELAY_NS per character, 25), allocating
//                       nothing: what their time alone does to a run
//   BENCH_PAIRS=b/a,e/a only those pairs
//   BENCH_SHARED_PROTOTYPE=1  also b/a:shared, e/a:shared and c/d:shared, the
//                       same pairs with bench/shared-prototype.js preloaded
//                       into both processes: ESLint's rule contexts on one
//                       shared prototype instead of a new one per file (see
//                       docs/upstream/eslint-file-context-prototype.md), so
//                       what b/a and c/d would be once ESLint pays no
//                       per-file cost
//
// Each ratio is printed with a 95% confidence interval for its median, from
// the runs' order statistics (no assumption about how runs scatter), and a
// target is called met or missed only when the interval is on one side of it.
// Each run also prints both sides' collector pauses and full collections, and
// each ratio is printed again for the wall time outside those pauses.
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { median, medianInterval } from './stats.js';
import { benchmarkFiles, root, writeInputs } from './tree.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CHUNKS = Number(process.env.BENCH_CHUNKS ?? 24);
const CALIBRATE = process.env.BENCH_CALIBRATE === '1';
const files = benchmarkFiles();
const { filesPath, tsconfig } = writeInputs('files', files);

/** Contiguous slices, so each chunk keeps the locality of a real run over folders. */
const chunks = Array.from({ length: CHUNKS }, (_, index) => files.slice(Math.floor((index * files.length) / CHUNKS), Math.floor(((index + 1) * files.length) / CHUNKS)));

/** Node flags that load bench/shared-prototype.js before ESLint, for the pairs marked `shared`. */
const SHARED_PROTOTYPE = ['--import', new URL('shared-prototype.js', import.meta.url).href];

function startLinter(mode, execArgv) {
  const child = fork(join(root, 'bench/lint-process.js'), [mode, tsconfig], { cwd: root, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = [];
  let waiting;
  child.on('message', message => (waiting ? (waiting(message), (waiting = undefined)) : replies.push(message)));
  const next = () => (replies.length > 0 ? Promise.resolve(replies.shift()) : new Promise(resolve => (waiting = resolve)));
  return {
    mode,
    ready: next(),
    async lint(slice) {
      child.send({ files: slice });
      const reply = await next();
      if (reply.error) throw new Error(`${mode}: ${reply.error}`);
      return reply;
    },
    stop: () => child.kill(),
  };
}

/** One run of a pair: both modes lint the whole tree, chunk by chunk in turns. */
async function pairedRun(baseMode, rulesMode, runIndex, execArgv = process.execArgv) {
  const linters = [startLinter(baseMode, execArgv), startLinter(rulesMode, execArgv)];
  await Promise.all(linters.map(linter => linter.ready));
  const totals = linters.map(() => ({ milliseconds: 0, cpuMilliseconds: 0, gcMilliseconds: 0, fullGcMilliseconds: 0, fullGcs: 0, findings: 0, fatal: 0, maxRssMiB: 0 }));
  for (let index = 0; index < chunks.length; index++) {
    const order = (index + runIndex) % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const reply = await linters[which].lint(chunks[index]);
      const total = totals[which];
      total.milliseconds += reply.milliseconds;
      total.cpuMilliseconds += reply.cpuMilliseconds;
      total.gcMilliseconds += reply.gcMilliseconds;
      total.fullGcMilliseconds += reply.fullGcMilliseconds;
      total.fullGcs += reply.fullGcs;
      total.findings += reply.findings;
      total.fatal += reply.fatal;
      total.maxRssMiB = reply.maxRssMiB;
    }
  }
  linters.forEach(linter => linter.stop());
  return { base: totals[0], rules: totals[1] };
}

const seconds = ms => `${(ms / 1000).toFixed(2)} s`;
const LABELS = {
  'plain-none': '(a) untyped, no rules',
  'plain-recommended': '(b) untyped, recommended',
  'typed-none': '(d) typed, no rules',
  'typed-recommended': '(c) typed, recommended-type-checked',
  'plain-inert': '(e) untyped, recommended doing nothing',
  'typed-inert': '(f) typed, recommended-type-checked doing nothing',
  'plain-delayed': '(x) untyped, recommended doing nothing but waiting',
};

const PAIRS = [
  { name: 'b/a', base: 'plain-none', rules: 'plain-recommended', target: 1.02 },
  { name: 'c/d', base: 'typed-none', rules: 'typed-recommended', target: 1.05 },
];
if (CALIBRATE) PAIRS.push({ name: 'a/a', base: 'plain-none', rules: 'plain-none' }, { name: 'd/d', base: 'typed-none', rules: 'typed-none' });
// ESLint's own work for seven configured rules, without any of the plugin's code: e against a, f against d.
if (CALIBRATE) PAIRS.push({ name: 'e/a', base: 'plain-none', rules: 'plain-inert' }, { name: 'f/d', base: 'typed-none', rules: 'typed-inert' });
// The plugin's own code, with ESLint's cost for seven rules on both sides: b against e, c against f.
if (CALIBRATE) PAIRS.push({ name: 'b/e', base: 'plain-inert', rules: 'plain-recommended' }, { name: 'c/f', base: 'typed-inert', rules: 'typed-recommended' });
// The rules' time without their objects: does a run pay for the time alone?
if (CALIBRATE) PAIRS.push({ name: 'x/a', base: 'plain-none', rules: 'plain-delayed' });
// What b/a, e/a and c/d would be if ESLint gave all rule contexts one prototype.
if (process.env.BENCH_SHARED_PROTOTYPE === '1') {
  PAIRS.push(
    { name: 'b/a:shared', base: 'plain-none', rules: 'plain-recommended', shared: true },
    { name: 'e/a:shared', base: 'plain-none', rules: 'plain-inert', shared: true },
    { name: 'c/d:shared', base: 'typed-none', rules: 'typed-recommended', shared: true },
  );
}
// BENCH_PAIRS=b/a,a/a measures only those pairs.
const selected = process.env.BENCH_PAIRS?.split(',');
if (selected) PAIRS.splice(0, PAIRS.length, ...PAIRS.filter(pair => selected.includes(pair.name)));

process.stdout.write(`eslint-plugin-mcp-oauth benchmark: ${files.length} files in ${CHUNKS} chunks, ${RUNS} runs per pair\n`);
const runs = Object.fromEntries(PAIRS.map(pair => [pair.name, []]));
for (let index = 0; index < RUNS; index++) {
  for (const pair of PAIRS) {
    const run = await pairedRun(pair.base, pair.rules, index, pair.shared ? [...process.execArgv, ...SHARED_PROTOTYPE] : undefined);
    runs[pair.name].push(run);
    const wall = run.rules.milliseconds / run.base.milliseconds;
    const cpu = run.rules.cpuMilliseconds / run.base.cpuMilliseconds;
    process.stdout.write(
      `  run ${index + 1} ${pair.name}: ${seconds(run.base.milliseconds)} → ${seconds(run.rules.milliseconds)} wall (${wall.toFixed(3)}), ` +
        `${seconds(run.base.cpuMilliseconds)} → ${seconds(run.rules.cpuMilliseconds)} CPU (${cpu.toFixed(3)}), ` +
        `${seconds(run.base.gcMilliseconds)} → ${seconds(run.rules.gcMilliseconds)} in collector pauses, ` +
        `${run.base.fullGcs} → ${run.rules.fullGcs} full collections (${seconds(run.base.fullGcMilliseconds)} → ${seconds(run.rules.fullGcMilliseconds)}), ` +
        `${run.base.maxRssMiB.toFixed(0)} → ${run.rules.maxRssMiB.toFixed(0)} MiB peak, ${run.rules.findings} findings, ${run.base.fatal + run.rules.fatal} fatal\n`,
    );
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const eslintVersion = execFileSync(process.execPath, ['-e', "process.stdout.write(require('eslint/package.json').version)"], { cwd: root, encoding: 'utf8' });
process.stdout.write(`\nMedians over runs (${machine}, ESLint ${eslintVersion}, ${new Date().toISOString().slice(0, 10)}):\n`);
process.stdout.write(`| run | wall time | CPU time | collector pauses | full collections | peak RSS |\n| --- | --- | --- | --- | --- | --- |\n`);
for (const pair of PAIRS.filter(pair => pair.target)) {
  for (const side of ['base', 'rules']) {
    const sides = runs[pair.name].map(run => run[side]);
    const mode = pair[side];
    process.stdout.write(
      `| ${LABELS[mode]} | ${seconds(median(sides.map(s => s.milliseconds)))} | ${seconds(median(sides.map(s => s.cpuMilliseconds)))} | ` +
        `${seconds(median(sides.map(s => s.gcMilliseconds)))} | ${median(sides.map(s => s.fullGcs))} (${seconds(median(sides.map(s => s.fullGcMilliseconds)))}) | ` +
        `${median(sides.map(s => s.maxRssMiB)).toFixed(0)} MiB |\n`,
    );
  }
}

process.stdout.write(`\nRatios (median of the per-run ratios, their range, and a 95% confidence interval for the median):\n`);
for (const pair of PAIRS) {
  // 'outsideGc': wall time less the collector's pauses, to tell the pauses' share of a ratio from the rest.
  const measure = (side, key) => (key === 'outsideGc' ? side.milliseconds - side.gcMilliseconds : side[key]);
  const ratiosOf = key => runs[pair.name].map(run => measure(run.rules, key) / measure(run.base, key));
  const describe = key => {
    const ratios = ratiosOf(key);
    const interval = medianInterval(ratios);
    const ci = interval ? `, CI ${interval.map(value => value.toFixed(3)).join('–')}` : '';
    return `${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}${ci})`;
  };
  let verdict;
  if (pair.target) {
    const interval = medianInterval(ratiosOf('milliseconds'));
    const met = interval === undefined ? 'too few runs to tell (BENCH_RUNS ≥ 6)' : interval[1] <= pair.target ? 'met' : interval[0] > pair.target ? 'missed' : 'not resolved: the interval contains the target';
    verdict = `   target ≤ ${pair.target}: ${met}`;
  } else if (pair.shared) verdict = "   with ESLint's rule contexts on one shared prototype, in both processes";
  else if (pair.base === pair.rules) verdict = '   calibration: the same mode on both sides';
  else if (pair.rules.endsWith('inert')) verdict = '   calibration: no plugin code runs';
  else if (pair.rules.endsWith('delayed')) verdict = "   calibration: no plugin code runs, but as long as the rules take";
  else verdict = "   calibration: the plugin's own code, ESLint's cost for seven rules on both sides";
  process.stdout.write(`  ${pair.name} = ${describe('milliseconds')} wall, ${describe('cpuMilliseconds')} CPU, ${describe('outsideGc')} wall outside collector pauses${verdict}\n`);
}

// Each rule's own cost, from ESLint's TIMING table (a separate run each: TIMING times every listener call).
for (const mode of ['plain-recommended', 'typed-recommended']) {
  const result = spawnSync(process.execPath, [join(root, 'bench/run-once.js'), mode, filesPath, tsconfig], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TIMING: 'all' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  const timing = result.stdout.split('\n').filter(line => /mcp-oauth|Rule/.test(line));
  process.stdout.write(`\nTIMING (${LABELS[mode]}):\n${timing.join('\n')}\n`);
}
