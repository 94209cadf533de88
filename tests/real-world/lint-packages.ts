import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import plugin from '../../src/index.js';
import type { RealWorldPackage } from './packages.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const CODE = /\.(?:js|mjs|cjs)$/;

export interface Finding {
  package: string;
  file: string;
  line: number;
  rule: string;
}

export interface PackageResult {
  package: string;
  files: number;
  findings: Finding[];
  parseErrors: string[];
}

export function packageDir(name: string): string {
  return join(root, 'node_modules', name);
}

export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every JavaScript file under `dir`, without nested node_modules. */
export function codeFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...codeFiles(path));
    } else if (entry.isFile() && CODE.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

/** The JavaScript files of an installed package that the accuracy test lints. */
export function packageFiles(pkg: RealWorldPackage): string[] {
  const base = packageDir(pkg.name);
  return (pkg.folders ?? ['.']).flatMap(folder => {
    const dir = join(base, folder);
    return statSync(dir).isDirectory() ? codeFiles(dir) : [];
  });
}

/** Lints one installed package with `configs.all`, untyped, as the CLI would. */
export async function lintPackage(pkg: RealWorldPackage): Promise<PackageResult> {
  const base = packageDir(pkg.name);
  const files = packageFiles(pkg);
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    ignorePatterns: ['!**/node_modules/'],
    overrideConfig: [
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { ...plugin.configs.all, files: ['**/*.js', '**/*.mjs', '**/*.cjs'] } as never,
    ],
    ruleFilter: ({ ruleId }) => ruleId.startsWith('mcp-oauth/'),
  });
  const results = await eslint.lintFiles(files);
  const findings: Finding[] = [];
  const parseErrors: string[] = [];
  for (const result of results) {
    const file = relative(base, result.filePath);
    for (const message of result.messages) {
      if (message.fatal) parseErrors.push(`${file}:${message.line} ${message.message}`);
      else if (message.ruleId?.startsWith('mcp-oauth/')) findings.push({ package: pkg.name, file, line: message.line, rule: message.ruleId });
    }
  }
  return { package: pkg.name, files: files.length, findings, parseErrors };
}
