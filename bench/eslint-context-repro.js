#!/usr/bin/env node
// A reproduction for ESLint's maintainers, needing nothing but ESLint: with one
// configured rule whose create() returns no listeners, linting a small file
// costs about 100 µs more than with no rules, and the collector works several
// times harder. The cause is FileContext#extend: every file's FileContext
// becomes the prototype of that file's rule contexts (Object.create(fileContext)),
// and V8 sets up every object it sees used as a prototype as one. With the rule
// contexts on one shared prototype instead (the file's fields copied onto each),
// the cost is gone. See docs/upstream/eslint-file-context-prototype.md.
//
//   node bench/eslint-context-repro.js
//   BENCH_ESLINT=eslint,eslint9  the packages to load (ESLint 10 and 9 here)
//   BENCH_ROUNDS=5               fresh processes per setting, in rotating order
//   BENCH_FILES=20000            files per process, after 2,000 unmeasured ones
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** A positive whole number from the environment, or its default; anything else stops the run with one line. */
function countFrom(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive whole number, not ${process.env[name]}`);
  return value;
}

function fail(message) {
  process.stderr.write(`eslint-context-repro: ${message}\n`);
  process.exit(2);
}
const SETTINGS = {
  none: 'no rules',
  stock: 'one rule that does nothing',
  shared: 'the same, rule contexts on one shared prototype',
};

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else {
  parent();
}

/** Gives every rule context FileContext.prototype as its prototype, with the file's fields copied onto it. */
function shareOnePrototype(eslintPackage) {
  const { FileContext } = require(join(dirname(require.resolve(eslintPackage)), 'linter', 'file-context.js'));
  const fields = ['cwd', 'filename', 'physicalFilename', 'sourceCode', 'languageOptions', 'settings'];
  FileContext.prototype.extend = function extend(extension) {
    const context = Object.create(FileContext.prototype);
    for (const field of fields) context[field] = this[field];
    return Object.freeze(Object.assign(context, extension));
  };
}

/** One process: prints µs per file and the collector's ms per 1,000 files. */
async function child(eslintPackage, setting) {
  if (setting === 'shared') shareOnePrototype(eslintPackage);
  const { Linter } = require(eslintPackage);
  const config = [{ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }];
  if (setting !== 'none') {
    config.push({ plugins: { repro: { rules: { inert: { create: () => ({}) } } } }, rules: { 'repro/inert': 'error' } });
  }
  const linter = new Linter();
  // A module of its own per file; a hundred file names, as a project has.
  const lint = index =>
    linter.verify(`export function f${index}(a) {\n  const b = a + ${index};\n  return b * 2;\n}\n`, config, { filename: `f${index % 100}.js` });
  let collectorMs = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) collectorMs += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  for (let index = 0; index < 2000; index++) lint(index);
  const count = countFrom('BENCH_FILES', 20000);
  collectorMs = 0;
  const started = performance.now();
  for (let index = 0; index < count; index++) lint(index);
  const elapsed = performance.now() - started;
  // The observer is called back from the event loop: let it report the last collections.
  await new Promise(resolve => setTimeout(resolve, 50));
  process.stdout.write(`${JSON.stringify({ usPerFile: (elapsed / count) * 1000, collectorMsPerThousand: (collectorMs / count) * 1000 })}\n`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function parent() {
  const packages = (process.env.BENCH_ESLINT ?? 'eslint,eslint9').split(',').filter(name => {
    try {
      require.resolve(name);
      return true;
    } catch {
      process.stderr.write(`${name} is not installed; skipped\n`);
      return false;
    }
  });
  if (packages.length === 0) fail('none of the ESLint packages in BENCH_ESLINT is installed');
  const rounds = countFrom('BENCH_ROUNDS', 5);
  countFrom('BENCH_FILES', 20000); // read by each child; checked here so a bad value stops the run before it starts
  const runs = packages.flatMap(eslintPackage => Object.keys(SETTINGS).map(setting => ({ eslintPackage, setting, results: [] })));
  const self = fileURLToPath(import.meta.url);
  for (let round = 0; round < rounds; round++) {
    // Rotated, so no setting always runs first or right after the same other.
    for (let step = 0; step < runs.length; step++) {
      const run = runs[(step + round) % runs.length];
      const result = spawnSync(process.execPath, [self, '--child', run.eslintPackage, run.setting], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${run.eslintPackage} ${run.setting} failed: ${result.stderr}`);
      run.results.push(JSON.parse(result.stdout));
    }
  }
  process.stdout.write(`Node ${process.version}, ${rounds} fresh processes per setting, medians (range)\n\n`);
  process.stdout.write('| ESLint | setting | µs per file | more than no rules | collector ms per 1,000 files |\n| --- | --- | --- | --- | --- |\n');
  for (const eslintPackage of packages) {
    const { version } = require(`${eslintPackage}/package.json`);
    const ofPackage = runs.filter(run => run.eslintPackage === eslintPackage);
    const none = median(ofPackage.find(run => run.setting === 'none').results.map(result => result.usPerFile));
    for (const run of ofPackage) {
      const times = run.results.map(result => result.usPerFile);
      const collector = median(run.results.map(result => result.collectorMsPerThousand));
      const more = run.setting === 'none' ? '' : `+${(median(times) - none).toFixed(0)} µs`;
      const range = `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}`;
      process.stdout.write(`| ${version} | ${SETTINGS[run.setting]} | ${median(times).toFixed(0)} (${range}) | ${more} | ${collector.toFixed(1)} |\n`);
    }
  }
}
