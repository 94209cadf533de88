// One lint of a file list in a fresh process, for bench/instructions.js to
// count under callgrind: node bench/verify-once.js <mode> <files.json> [tsconfig]
//
// The files are read and linted one after another with `Linter#verify`.
// ESLint#lintFiles reads them asynchronously, and the order in which reads
// come back changed the count of two identical runs by 8%; read in turn,
// two identical runs count within 0.03%.
import { readFileSync } from 'node:fs';

import { configFor, verifierFor } from './modes.js';

const [mode, filesPath, tsconfig] = process.argv.slice(2);
const files = JSON.parse(readFileSync(filesPath, 'utf8'));
const { linter, config } = verifierFor(configFor(mode, tsconfig));
let findings = 0;
let fatal = 0;
for (const file of files) {
  for (const message of linter.verify(readFileSync(file, 'utf8'), config, file)) {
    if (message.fatal) fatal++;
    else if (message.ruleId?.startsWith('mcp-oauth/')) findings++;
  }
}
process.stdout.write(`${JSON.stringify({ mode, files: files.length, findings, fatal })}\n`);
