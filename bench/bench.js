#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of linting a large real tree,
// with and without the plugin, untyped and typed. Not part of `npm test`.
//
//   (a) ESLint, same parser, no rules      (b) configs.recommended
//   (d) typed parser (a TS program), no rules  (c) configs['recommended-type-checked']
//
// Every run is a fresh process; the figures are medians of RUNS runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { benchmarkFiles, root, writeInputs } from './tree.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const files = benchmarkFiles();
const { filesPath, tsconfig } = writeInputs('files', files);

function run(mode, env = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bench/run-once.js'), mode, filesPath, tsconfig], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return { ...JSON.parse(lines.find(line => line.startsWith('{'))), output: result.stdout };
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const modes = ['plain-none', 'plain-recommended', 'typed-none', 'typed-recommended'];
// Each with-rules run is paired with its baseline run next to it in time; the
// order within a pair alternates (ABBA), so a drift of the shared machine
// weighs on both sides alike.
const order = index => (index % 2 === 0 ? modes : ['plain-recommended', 'plain-none', 'typed-recommended', 'typed-none']);
const samples = Object.fromEntries(modes.map(mode => [mode, []]));
process.stdout.write(`eslint-plugin-mcp-oauth benchmark: ${files.length} files, ${RUNS} runs per mode, interleaved\n`);
for (let index = 0; index < RUNS; index++) {
  for (const mode of order(index)) {
    const sample = run(mode);
    samples[mode].push(sample);
    process.stdout.write(
      `  run ${index + 1} ${mode.padEnd(18)} ${sample.milliseconds.toFixed(0).padStart(7)} ms wall ${sample.cpuMilliseconds.toFixed(0).padStart(7)} ms CPU ${sample.maxRssMiB.toFixed(0).padStart(5)} MiB peak, ${sample.findings} findings\n`,
    );
  }
}

const summary = Object.fromEntries(
  modes.map(mode => [
    mode,
    {
      ms: median(samples[mode].map(s => s.milliseconds)),
      cpu: median(samples[mode].map(s => s.cpuMilliseconds)),
      mib: median(samples[mode].map(s => s.maxRssMiB)),
    },
  ]),
);
const ratio = (a, b, key = 'ms') => (summary[a][key] / summary[b][key]).toFixed(3);
// The median of the ratios of each round's pair: less sensitive to a slow spell than a ratio of medians.
const pairedRatio = (a, b, key = 'ms') => {
  const field = key === 'ms' ? 'milliseconds' : 'cpuMilliseconds';
  return median(samples[a].map((sample, index) => sample[field] / samples[b][index][field])).toFixed(3);
};
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const eslintVersion = execFileSync(process.execPath, ['-e', "process.stdout.write(require('eslint/package.json').version)"], { cwd: root, encoding: 'utf8' });

process.stdout.write(`\nMedians (${machine}, ESLint ${eslintVersion}, ${new Date().toISOString().slice(0, 10)}):\n`);
process.stdout.write(`| run | wall time | CPU time | peak RSS |\n| --- | --- | --- | --- |\n`);
const labels = {
  'plain-none': '(a) untyped, no rules',
  'plain-recommended': '(b) untyped, recommended',
  'typed-none': '(d) typed, no rules',
  'typed-recommended': '(c) typed, recommended-type-checked',
};
for (const mode of modes) {
  const { ms, cpu, mib } = summary[mode];
  process.stdout.write(`| ${labels[mode]} | ${(ms / 1000).toFixed(2)} s | ${(cpu / 1000).toFixed(2)} s | ${mib.toFixed(0)} MiB |\n`);
}
process.stdout.write(
  `\nRatios of medians:\n` +
    `  b/a = ${ratio('plain-recommended', 'plain-none')} wall, ${ratio('plain-recommended', 'plain-none', 'cpu')} CPU (target ≤ 1.02)\n` +
    `  c/d = ${ratio('typed-recommended', 'typed-none')} wall, ${ratio('typed-recommended', 'typed-none', 'cpu')} CPU (target ≤ 1.05)\n` +
    `Medians of the per-round paired ratios:\n` +
    `  b/a = ${pairedRatio('plain-recommended', 'plain-none')} wall, ${pairedRatio('plain-recommended', 'plain-none', 'cpu')} CPU\n` +
    `  c/d = ${pairedRatio('typed-recommended', 'typed-none')} wall, ${pairedRatio('typed-recommended', 'typed-none', 'cpu')} CPU\n`,
);

// Each rule's own cost, from ESLint's TIMING=1 table.
const timing = run('plain-recommended', { TIMING: 'all' }).output.split('\n').filter(line => /mcp-oauth|Rule|Total/.test(line));
process.stdout.write(`\nTIMING (untyped, recommended):\n${timing.join('\n')}\n`);
const typedTiming = run('typed-recommended', { TIMING: 'all' }).output.split('\n').filter(line => /mcp-oauth|Rule|Total/.test(line));
process.stdout.write(`\nTIMING (typed, recommended-type-checked):\n${typedTiming.join('\n')}\n`);

process.stdout.write('\nSeconds on a shared machine vary by several per cent from run to run: read the ratios with the spread of the runs above.\n');
