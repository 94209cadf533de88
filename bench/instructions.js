#!/usr/bin/env node
// `npm run bench:instructions`: the b/a and c/d ratios counted in CPU
// instructions under valgrind (callgrind), with Node on one thread and fixed
// seeds, which a busy or shared machine does not disturb the way it
// disturbs seconds. Valgrind runs code ~100×
// slower, so this lints an evenly spread sample of the benchmark tree
// (every STRIDE-th file), and subtracts each mode's start-up (loading ESLint,
// the parser, the plugin and, typed, TypeScript on one empty file) so that
// the ratio is about linting, not about loading modules. BENCH_MODES picks
// a subset of the modes (run-once.js names them).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { benchmarkFiles, cache, root, writeInputs } from './tree.js';

const STRIDE = Number(process.env.BENCH_STRIDE ?? 13);
const empty = join(cache, 'empty.js');
const all = benchmarkFiles();
const inputs = { sample: writeInputs('instructions-sample', all.filter((_, index) => index % STRIDE === 0)) };
writeFileSync(empty, '');
inputs.startup = writeInputs('instructions-startup', [empty]);

// V8 compiles and collects garbage on helper threads, so how much runs interpreted, and when
// the collector runs, depends on timing and on the machine's load: counts of the same run
// differed by 9% on a busy machine. On one thread with fixed seeds they agree within 0.1%.
const NODE_FLAGS = ['--single-threaded', '--predictable'];

/** Instructions executed by one fresh `run-once.js` process. */
function countInstructions(mode, input) {
  return new Promise((resolve, reject) => {
    const out = join(cache, `callgrind.${mode}.${input}.out`);
    const child = spawn(
      'valgrind',
      ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, process.execPath, ...NODE_FLAGS, join(root, 'bench/run-once.js'), mode, inputs[input].filesPath, inputs[input].tsconfig],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('error', error => reject(new Error(`valgrind could not start (${error.message}); install it (Debian: apt-get install valgrind)`)));
    child.on('close', code => {
      const collected = /Collected : (\d+)/.exec(stderr);
      if (code !== 0 || !collected) reject(new Error(`${mode} on ${input} failed (exit ${code}):\n${stderr.slice(-2000)}`));
      else resolve(Number(collected[1]));
    });
  });
}

const modes = (process.env.BENCH_MODES ?? 'plain-none,plain-recommended,typed-none,typed-recommended').split(',');
// Longest first (typed samples, then the rest), so the two slots finish together.
const jobs = ['sample', 'startup'].flatMap(input => [...modes].sort((a, b) => Number(b.startsWith('typed')) - Number(a.startsWith('typed'))).map(mode => ({ mode, input })));
process.stdout.write(`Instruction counts (callgrind): ${inputs.sample.count} of ${all.length} files (every ${STRIDE}th), start-up measured on one empty file\n`);
const counts = {};
// Callgrind runs one thread at a time; two jobs at once use both cores of a small machine.
const queue = [...jobs];
await Promise.all(
  [0, 1].map(async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const count = await countInstructions(job.mode, job.input);
      counts[`${job.mode} ${job.input}`] = count;
      process.stdout.write(`  ${job.mode.padEnd(18)} ${job.input.padEnd(8)} ${(count / 1e9).toFixed(3).padStart(9)} G instructions\n`);
    }
  }),
);

const linting = mode => counts[`${mode} sample`] - counts[`${mode} startup`];
const line = (label, withRules, baseline, target) => {
  if (!(`${withRules} sample` in counts && `${baseline} sample` in counts)) return '';
  const whole = counts[`${withRules} sample`] / counts[`${baseline} sample`];
  const lintingOnly = linting(withRules) / linting(baseline);
  return `  ${label.padEnd(4)} = ${lintingOnly.toFixed(4)} linting only, ${whole.toFixed(4)} with start-up (target ≤ ${target})\n`;
};
process.stdout.write(
  `\n${line('b/a', 'plain-recommended', 'plain-none', '1.02')}${line('c/d', 'typed-recommended', 'typed-none', '1.05')}`,
);
