#!/usr/bin/env node
import { runCli } from './run.js';

runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
}).then(
  code => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Anything else is a bug or an environment problem: one line, exit 2.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`mcp-oauth-lint: ${message}\n`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
