#!/usr/bin/env node
// `npm run bench:instructions`: the benchmark's pairs counted in
// instructions instead of seconds. Not part of `npm test`; needs valgrind.
//
// Each mode lints the tree once in a fresh process (bench/verify-once.cjs)
// under valgrind's callgrind, which counts every instruction the process
// executes, on all its threads. The count does not depend on what else the
// machine is doing: three identical runs of (b) on 51 files, side by side on
// two CPUs, counted within 0.0002% of each other, where wall times differ
// here by up to ±7%. What it does not see is time spent waiting for memory
// (cache misses, which a parse that has just gone through megabytes has many
// of): a ratio of counts says what the rules add in work, not in seconds.
//
// For the count to repeat, nothing may depend on time. V8 runs with
// --predictable (no collector or compiler threads beside the main one, fixed
// random and hash seeds) and --no-incremental-marking: V8 paces incremental
// marking by the clock, so where a full collection ended moved with the
// machine's load, and identical runs drifted 1–2% apart. Full collections
// are then done in one piece, the same work at other moments than in a
// normal run. The entry is CommonJS for the same reason (see the file).
//
// Each mode runs a second time with no files, and the difference is the
// lint alone: starting Node, loading ESLint and the plugin (every mode loads
// it, as in bench.js), and building the config are left out.
// `npm run bench:load` times the load.
//
// A run takes about 40 times as long under callgrind: the three untyped
// modes about 20 minutes on 2 vCPUs.
//
//   BENCH_PAIRS=b/a,e/a,b/e   the default; c/d, f/d and c/f are the typed pairs
//   BENCH_EVERY=4             every 4th file of the tree only
//   BENCH_JOBS=2              runs at a time (default: one per CPU)
//   BENCH_SHARED_PROTOTYPE=1  every process with bench/shared-prototype.js
//                             preloaded: ESLint's rule contexts on one shared
//                             prototype instead of a new one per file (see
//                             bench/rule-overhead.js); the plugin never patches ESLint
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { benchmarkFiles, root, writeInputs } from './tree.js';

const MODE_BY_LETTER = { a: 'plain-none', b: 'plain-recommended', e: 'plain-inert', d: 'typed-none', c: 'typed-recommended', f: 'typed-inert' };
const TARGETS = { 'b/a': 1.02, 'c/d': 1.05 };

function fail(message) {
  process.stderr.write(`bench:instructions: ${message}\n`);
  process.exit(2);
}

const pairs = (process.env.BENCH_PAIRS ?? 'b/a,e/a,b/e').split(',');
for (const pair of pairs) {
  if (!/^[a-f]\/[a-f]$/.test(pair)) fail(`BENCH_PAIRS takes pairs of modes a-f such as b/a, not '${pair}'`);
}
const every = Number(process.env.BENCH_EVERY ?? 1);
const jobs = Number(process.env.BENCH_JOBS ?? availableParallelism());
if (!Number.isInteger(every) || every < 1) fail(`BENCH_EVERY takes a whole number of at least 1, not '${process.env.BENCH_EVERY}'`);
if (!Number.isInteger(jobs) || jobs < 1) fail(`BENCH_JOBS takes a whole number of at least 1, not '${process.env.BENCH_JOBS}'`);
const sharedPrototype = process.env.BENCH_SHARED_PROTOTYPE === '1';
// `--require`, not `--import`: loaded synchronously, like everything else here.
const preload = sharedPrototype ? ['--require', join(root, 'bench/shared-prototype.js')] : [];
const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (valgrind.error) fail('valgrind is not installed (on Debian: apt-get install valgrind)');

const files = benchmarkFiles().filter((_, index) => index % every === 0);
const tree = writeInputs('instructions', files);
const noFiles = writeInputs('instructions-none', []);

/** Instructions executed by one fresh process that lints `inputs` in `mode`, with what it found. */
function count(mode, inputs) {
  const args = [
    '--tool=callgrind',
    // V8 writes the code it compiles to the heap: valgrind must check every write for it.
    '--smc-check=all-non-file',
    '--callgrind-out-file=/dev/null',
    process.execPath,
    '--predictable',
    '--no-incremental-marking',
    '--random-seed=1',
    '--hash-seed=1',
    ...preload,
    join(root, 'bench/verify-once.cjs'),
    mode,
    inputs.filesPath,
    inputs.tsconfig,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('close', code => {
      const collected = /Collected\s*:\s*(\d+)/.exec(stderr);
      if (code !== 0 || !collected) reject(new Error(`${mode} exited with ${code}:\n${stderr.split('\n').slice(-20).join('\n')}`));
      else resolve({ instructions: Number(collected[1]), ...JSON.parse(stdout) });
    });
  });
}

const letters = [...new Set(pairs.flatMap(pair => pair.split('/')))];
const tasks = letters.flatMap(letter => [
  { letter, which: 'tree', run: () => count(MODE_BY_LETTER[letter], tree) },
  { letter, which: 'none', run: () => count(MODE_BY_LETTER[letter], noFiles) },
]);
// Longest first, so the runs without files fill the gaps at the end.
tasks.sort((x, y) => (x.which === y.which ? 0 : x.which === 'tree' ? -1 : 1));

process.stdout.write(
  `eslint-plugin-mcp-oauth instruction counts: ${files.length} files, each mode in a fresh process under callgrind, with the files and with none (Node ${process.version}, ${valgrind.stdout.trim()}, ${jobs} at a time)${sharedPrototype ? ', ESLint with one shared rule-context prototype' : ''}\n`,
);
const results = {};
let next = 0;
async function worker() {
  while (next < tasks.length) {
    const task = tasks[next++];
    const started = Date.now();
    (results[task.letter] ??= {})[task.which] = await task.run();
    process.stdout.write(`  (${task.letter}) ${MODE_BY_LETTER[task.letter]}, ${task.which === 'tree' ? 'the tree' : 'no files'}: done in ${((Date.now() - started) / 60_000).toFixed(1)} min\n`);
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));

const millions = value => `${(value / 1e6).toLocaleString('en-US', { maximumFractionDigits: 0 })} M`;
const lint = letter => results[letter].tree.instructions - results[letter].none.instructions;
process.stdout.write('\nmode                      whole run      no files       the lint       findings  not parsed\n');
for (const letter of letters) {
  const { tree: whole, none } = results[letter];
  process.stdout.write(
    `(${letter}) ${MODE_BY_LETTER[letter].padEnd(20)} ${millions(whole.instructions).padStart(13)}  ${millions(none.instructions).padStart(13)}  ${millions(lint(letter)).padStart(13)}  ${String(whole.findings).padStart(8)}  ${String(whole.fatal).padStart(10)}\n`,
  );
}
process.stdout.write('\n');
for (const pair of pairs) {
  const [over, under] = pair.split('/');
  const ratio = lint(over) / lint(under);
  const target = TARGETS[pair];
  const verdict = target === undefined ? '' : `   target ≤ ${target}: ${ratio <= target ? 'met' : 'missed'} in instructions`;
  process.stdout.write(`${pair} = ${ratio.toFixed(4)}${verdict}\n`);
}
