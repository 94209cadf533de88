import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, it } from 'vitest';

import { formatCounts, listCodeFiles, sweep } from './tools/sweep.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const full = process.env.SWEEP === 'full';

// `npm test` sweeps a quick subset that holds fixable real defects; `npm run sweep` sweeps all of node_modules.
const folders = full
  ? ['node_modules']
  : ['node_modules/@modelcontextprotocol', 'node_modules/mcp-remote', 'node_modules/oidc-provider', 'node_modules/@typescript-eslint/utils/dist'];

it(`sweeps ${full ? 'every JS/TS file in node_modules' : 'a quick subset of node_modules'}: no crash, and every fix parses, converges and stays in place`, () => {
  const files = folders.flatMap(folder => listCodeFiles(join(root, folder)));
  const started = performance.now();
  const counts = sweep(files, done => {
    if (full) process.stderr.write(`\rsweep: ${done}/${files.length}`);
  });
  console.log(formatCounts(counts, (performance.now() - started) / 1000));
  expect(counts.crashes).toEqual([]);
  expect(counts.fixBreaksParsing).toEqual([]);
  expect(counts.secondPassChanges).toEqual([]);
  expect(counts.fixOutsideNode).toEqual([]);
  expect(counts.parsed).toBeGreaterThan(full ? 10_000 : 500);
  expect(counts.fixesChecked).toBeGreaterThan(0);
}, 1_800_000);
