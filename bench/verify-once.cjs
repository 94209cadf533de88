// One lint of a file list in a fresh process, for bench/instructions.js to
// count under callgrind: node bench/verify-once.cjs <mode> <files.json> [tsconfig]
//
// CommonJS, so that everything loads synchronously (`require` of the ES
// modules too): with an ES module as the entry, Node's loader reads modules
// asynchronously, what the reads allocate interleaves differently from run to
// run, and from the first collections on, two identical runs with the rules
// took different paths through the collector and the compilers (0.7% apart on
// 51 files, 2% on the tree). The files are read and linted one after another
// with `Linter#verify` for the same reason: ESLint#lintFiles reads them
// asynchronously.
const { readFileSync } = require('node:fs');

const { configFor, verifierFor } = require('./modes.js');

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
