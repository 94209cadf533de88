import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import typescriptParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import type sourcePlugin from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/e2e', import.meta.url));

// The built package, resolved through its own `exports` as a user's import would be.
const entry = createRequire(`${root}/package.json`).resolve('eslint-plugin-mcp-oauth');
const { default: plugin } = (await import(pathToFileURL(entry).href)) as { default: typeof sourcePlugin };

type AnyConfig = object;
const tsFiles = ['**/*.ts'];

/** The user setups the README documents, each as the user would write `eslint.config.js`. */
const setups: Record<string, { config: AnyConfig[]; expected: string[] }> = {
  'JavaScript only: one line': {
    config: [plugin.configs.recommended],
    expected: ['legacy.js:3'],
  },
  'TypeScript without typescript-eslint: the parser, then one line': {
    config: [{ files: tsFiles, languageOptions: { parser: typescriptParser } }, plugin.configs.recommended],
    expected: ['client.ts:2', 'legacy.js:3'],
  },
  'with typescript-eslint: one more line': {
    config: [...(tseslint.configs.recommended as AnyConfig[]), plugin.configs.recommended],
    expected: ['client.ts:2', 'legacy.js:3'],
  },
  'with typed linting: recommended-type-checked': {
    config: [
      ...(tseslint.configs.recommended as AnyConfig[]),
      plugin.configs['recommended-type-checked'],
      { languageOptions: { parserOptions: { tsconfigRootDir: fixtures } } },
    ],
    expected: ['client.ts:2', 'legacy.js:3', 'typed-only.ts:4'],
  },
  'client metadata documents: recommended-json': {
    config: [plugin.configs['recommended-json']],
    expected: ['client-metadata.json:4'],
  },
  'all rules': {
    config: [{ files: tsFiles, languageOptions: { parser: typescriptParser } }, plugin.configs.all],
    expected: ['client.ts:2', 'legacy.js:3'],
  },
};

const eslintVersions = { 'ESLint 10': ESLint10, 'ESLint 9': ESLint9 } as const;

describe.each(Object.entries(eslintVersions))('the built plugin under %s', (_label, ESLint) => {
  it('is the ESLint major it claims to be', () => {
    expect(ESLint.version).toMatch(_label === 'ESLint 10' ? /^10\./ : /^9\./);
  });

  it.each(Object.entries(setups))('%s', async (_name, { config, expected }) => {
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config as never });
    const results = await eslint.lintFiles(['client.ts', 'legacy.js', 'typed-only.ts', 'client-metadata.json']);
    expect(results.flatMap(result => result.messages.filter(message => message.fatal))).toEqual([]);
    const ours = results.flatMap(result =>
      result.messages
        .filter(message => message.ruleId?.startsWith('mcp-oauth/'))
        .map(message => `${result.filePath.slice(fixtures.length + 1)}:${message.line}`),
    );
    expect(ours).toEqual(expected);
  });
});

describe('the package entry points', () => {
  it('exposes meta, rules and the configs', () => {
    expect(plugin.meta.name).toBe('eslint-plugin-mcp-oauth');
    expect(plugin.meta.namespace).toBe('mcp-oauth');
    expect(plugin.meta.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(plugin.configs).sort()).toEqual(['all', 'recommended', 'recommended-json', 'recommended-type-checked']);
  });

  it('require() returns the same plugin object (CommonJS configs)', () => {
    const script = `
      const plugin = require('eslint-plugin-mcp-oauth');
      import('eslint-plugin-mcp-oauth').then(m => process.stdout.write(String(m.default === plugin) + ' ' + Object.keys(plugin).join(',')));
    `;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('true meta,rules,configs');
  });

  it('exports ./package.json', () => {
    const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('eslint-plugin-mcp-oauth/package.json').name)"], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('eslint-plugin-mcp-oauth');
  });

  // Every CLI run and every pre-commit hook loads the plugin afresh: typescript-eslint's
  // utils would bring its scope manager along, over 200 modules, for a few constants.
  it('loads only the AST type constants of typescript-eslint, not its utils or scope manager', () => {
    const script = `
      import('eslint-plugin-mcp-oauth').then(() => {
        const loaded = Object.keys(require.cache).map(file => file.match(/node_modules\\/(@typescript-eslint\\/[^/]+)\\//)?.[1]).filter(Boolean);
        process.stdout.write([...new Set(loaded)].sort().join(','));
      });
    `;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('@typescript-eslint/types');
  });
});
