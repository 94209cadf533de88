#!/usr/bin/env node
// `npm run demo`: the CLI's main job on the bundled examples, with no configuration.
import { runCli } from '../dist/src/cli/run.js';

process.stdout.write('eslint-plugin-mcp-oauth: linting examples/ with the recommended rules, no configuration\n');
const code = await runCli(['examples'], {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
if (code === 1) {
  process.stdout.write('\nEach example file holds its defect on purpose, next to the correct form that stays silent.\n');
  process.stdout.write('Try the fixes on a copy: cp -r examples /tmp/examples && npx mcp-oauth-lint --fix /tmp/examples\n');
  process.exitCode = 0;
} else {
  process.stderr.write(`demo: expected findings in examples/, the CLI exited with ${code}\n`);
  process.exitCode = 1;
}
