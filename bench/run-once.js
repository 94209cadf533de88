// One benchmark run in a fresh process: node bench/run-once.js <mode> <files.json> [tsconfig]
// Modes: plain-none, plain-recommended, typed-none, typed-recommended.
import { readFileSync } from 'node:fs';

import * as typescriptParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

import plugin from '../dist/src/index.js';

const [mode, filesPath, tsconfig] = process.argv.slice(2);
const files = JSON.parse(readFileSync(filesPath, 'utf8'));
const root = new URL('..', import.meta.url).pathname;
const typed = mode.startsWith('typed');
const withRules = mode.endsWith('recommended');
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

const languageOptions = typed
  ? { parser: typescriptParser, parserOptions: { project: tsconfig, tsconfigRootDir: root } }
  : { ecmaVersion: 'latest', sourceType: 'module' };
const config = [
  { files: JS, languageOptions, linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.cjs'], languageOptions: typed ? {} : { sourceType: 'commonjs' } },
];
if (withRules) {
  const recommended = typed ? plugin.configs['recommended-type-checked'] : plugin.configs.recommended;
  config.push({ files: JS, plugins: recommended.plugins, rules: recommended.rules });
}

const started = performance.now();
const cpuStarted = process.cpuUsage();
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, ignorePatterns: ['!**/node_modules/'] });
const results = await eslint.lintFiles(files);
const milliseconds = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMilliseconds = (cpu.user + cpu.system) / 1000;
const findings = results.reduce((sum, result) => sum + result.messages.filter(message => message.ruleId?.startsWith('mcp-oauth/')).length, 0);
const fatal = results.reduce((sum, result) => sum + result.fatalErrorCount, 0);
process.stdout.write(`${JSON.stringify({ mode, files: files.length, milliseconds, cpuMilliseconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, findings, fatal })}\n`);
