// One benchmark run in a fresh process: node bench/run-once.js <mode> <files.json> [tsconfig]
// Used for ESLint's TIMING table; bench.js measures through bench/lint-process.js.
import { readFileSync } from 'node:fs';

import { eslintFor, timedLint } from './modes.js';

const [mode, filesPath, tsconfig] = process.argv.slice(2);
const files = JSON.parse(readFileSync(filesPath, 'utf8'));
const eslint = eslintFor(mode, tsconfig);
const result = await timedLint(eslint, files);
process.stdout.write(`${JSON.stringify({ mode, files: files.length, ...result, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
