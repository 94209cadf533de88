#!/usr/bin/env node
// `npm run bench:files`: what the rules add to a lint, measured file by file
// in one process on a shared parse. A fresh process per run (bench.js) is
// what a user sees, but two identical processes there differ by ±7%, which
// hides a 2% effect.
//
// For every file, in every pass:
//   1. the baseline mode lints the text in full: parse, scope analysis,
//      traversal (timed: T, the cost of a lint without the rules);
//   2. Linters lint the SourceCode that step built, so nothing is parsed
//      again: the baseline (A), the baseline again (A′), the mode with the
//      rules (B) and E (below), in an order that rotates from file to file.
// Only the rules differ between A and B, so Δ = B − A is what the rules add
// (their listeners, their create(), ESLint's work per configured rule), and
// A′ − A shows the noise of that difference. The ratio printed is
// (T + Δ) / T: a whole lint with the rules over one without.
//
// A fourth Linter (E) runs the same rules with a create() that returns no
// listeners: E − A is what ESLint spends on any configured rule (a context
// per rule and file, option handling, the call), B − E the plugin's own work.
// With BENCH_SPLIT=1 a fifth Linter (H) runs the rules' own create() with
// listeners that return at once: H − E is create(), the gates and ESLint
// calling the listeners, B − H what the listeners themselves do.
//
// Times are wall times, so collector pauses count where they fall. What this
// does not see: collections the rules' allocations bring forward that land
// in step 1 (they count for the baseline). bench.js has those, at ±7%.
//
//   BENCH_PASSES=3       timed passes over the tree (after one warm-up pass)
//   BENCH_WARMUP=0       time the first pass too: what one run pays once, the
//                        JIT compiling the rules, the type checker's first
//                        queries, counts then (a single pass is noisier)
//   BENCH_PAIRS=b/a,c/d  which pairs
//   BENCH_RULES=no-substring-scope-check,…   only these rules on the rules side
//   BENCH_SPLIT=1        also H (above), which splits B − E in two
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { configFor, hollowPlugin, inertPlugin, verifierFor } from './modes.js';
import { benchmarkFiles, writeInputs } from './tree.js';

const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const WARMUP = process.env.BENCH_WARMUP !== '0';
const PAIRS = [
  { name: 'b/a', base: 'plain-none', rules: 'plain-recommended', target: 1.02 },
  { name: 'c/d', base: 'typed-none', rules: 'typed-recommended', target: 1.05 },
].filter(pair => !process.env.BENCH_PAIRS || process.env.BENCH_PAIRS.split(',').includes(pair.name));
const SPLIT = process.env.BENCH_SPLIT === '1';
const ONLY_RULES = process.env.BENCH_RULES?.split(',').map(name => `mcp-oauth/${name}`);
const files = benchmarkFiles();
const { tsconfig } = writeInputs('files', files);
const texts = files.map(file => readFileSync(file, 'utf8'));

function side(label, mode, { wrap } = {}) {
  const config = configFor(mode, tsconfig);
  const withRules = config.at(-1);
  if (ONLY_RULES && withRules.rules) {
    const unknown = ONLY_RULES.filter(name => !(name in withRules.rules));
    if (unknown.length > 0) throw new Error(`BENCH_RULES: not in the config: ${unknown.join(', ')}`);
    withRules.rules = Object.fromEntries(Object.entries(withRules.rules).filter(([name]) => ONLY_RULES.includes(name)));
  }
  if (wrap) withRules.plugins = Object.fromEntries(Object.entries(withRules.plugins).map(([prefix, plugin]) => [prefix, wrap(plugin)]));
  return { label, ...verifierFor(config), milliseconds: 0, findings: 0, fatal: 0 };
}

/** Lints `input` (a text, or a SourceCode already built) and adds the time to the side. */
function lint(current, input, index) {
  const started = performance.now();
  const messages = current.linter.verify(input, current.config, files[index]);
  current.milliseconds += performance.now() - started;
  for (const message of messages) {
    if (message.fatal) current.fatal++;
    else if (message.ruleId?.startsWith('mcp-oauth/')) current.findings++;
  }
}

/**
 * Orders of `count` sides in which each side runs in each place, and right
 * after each other side, equally often (Williams' balanced Latin square and
 * its reverse, which an odd count needs), so a side does not pay for the
 * caches another leaves behind more than others do.
 */
function balancedOrders(count) {
  // 0, 1, n−1, 2, n−2, …, shifted by one for each next row.
  const first = Array.from({ length: count }, (_, place) => (place % 2 === 1 ? (place + 1) / 2 : (count - place / 2) % count));
  const square = first.map((_, row) => first.map(side => (side + row) % count));
  return [...square, ...square.map(order => [...order].reverse())];
}

function measure(pair) {
  const full = side('full', pair.base);
  const sides = [side('A', pair.base), side('A′', pair.base), side('B', pair.rules), side('E', pair.rules, { wrap: inertPlugin })];
  if (SPLIT) sides.push(side('H', pair.rules, { wrap: hollowPlugin }));
  const orders = balancedOrders(sides.length);
  const pass = counted => {
    for (let index = 0; index < files.length; index++) {
      lint(full, texts[index], index);
      const sourceCode = full.linter.getSourceCode();
      // A file that does not parse has no SourceCode to share; step 1 reported it.
      if (!sourceCode) continue;
      for (const which of orders[index % orders.length]) lint(sides[which], sourceCode, index);
    }
    if (!counted) for (const current of [full, ...sides]) current.milliseconds = current.findings = current.fatal = 0;
  };
  if (WARMUP) pass(false);
  for (let index = 0; index < PASSES; index++) pass(true);
  const [base, again, rules, inert, hollow] = sides.map(current => ({ ...current, milliseconds: current.milliseconds / PASSES, findings: current.findings / PASSES }));
  return { full: full.milliseconds / PASSES, fatal: full.fatal / PASSES, base, again, rules, inert, hollow };
}

const ms = value => `${value.toFixed(0)} ms`;
process.stdout.write(
  `eslint-plugin-mcp-oauth rule-phase benchmark: ${files.length} files, ${WARMUP ? '1 warm-up + ' : 'no warm-up, '}${PASSES} passes, one process (Node ${process.version})\n`,
);
for (const pair of PAIRS) {
  const { full, fatal, base, again, rules, inert, hollow } = measure(pair);
  const delta = rules.milliseconds - base.milliseconds;
  const noise = again.milliseconds - base.milliseconds;
  const eslintShare = inert.milliseconds - base.milliseconds;
  const percent = value => `${((100 * value) / full).toFixed(2)}% of T`;
  process.stdout.write(
    `\n${pair.name} (${pair.base} → ${pair.rules}), per pass over the tree:\n` +
      `  T  full lint without the rules          ${ms(full)} (${fatal} files do not parse)\n` +
      `  A  rule phase, baseline                 ${ms(base.milliseconds)}\n` +
      `  A′ rule phase, baseline again           ${ms(again.milliseconds)}\n` +
      `  B  rule phase, with the rules           ${ms(rules.milliseconds)}   ${rules.findings} findings\n` +
      `  E  rule phase, the rules doing nothing  ${ms(inert.milliseconds)}\n` +
      `  Δ = B − A = ${ms(delta)} (${percent(delta)}): ESLint's per-rule work E − A = ${ms(eslintShare)} (${percent(eslintShare)}), the plugin's own B − E = ${ms(rules.milliseconds - inert.milliseconds)} (${percent(rules.milliseconds - inert.milliseconds)})\n` +
      (hollow
        ? `  H  rule phase, the listeners doing nothing  ${ms(hollow.milliseconds)}\n` +
          `  of B − E: create(), the gates and ESLint calling the listeners H − E = ${ms(hollow.milliseconds - inert.milliseconds)} (${percent(hollow.milliseconds - inert.milliseconds)}), the listeners' work B − H = ${ms(rules.milliseconds - hollow.milliseconds)} (${percent(rules.milliseconds - hollow.milliseconds)})\n`
        : '') +
      `  noise A′ − A = ${ms(noise)} (${percent(noise)})\n` +
      `  ${pair.name} = (T + Δ) / T = ${((full + delta) / full).toFixed(4)}   target ≤ ${pair.target}; noise floor ${((full + noise) / full).toFixed(4)}\n`,
  );
}
