import type { Linter } from 'eslint';
import * as typescriptParser from '@typescript-eslint/parser';

import plugin from '../index.js';
import { loadJsonPlugin } from '../json-plugin.js';

export const JAVASCRIPT_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
export const JSON_FILES = ['**/*.json'];

export interface CliConfigOptions {
  typeAware: boolean;
  cwd: string;
}

/**
 * The whole configuration of the zero-config CLI: parsers for every file type
 * it lints, and the recommended rules. It never reads the user's own
 * eslint.config.js, so the result does not depend on the project's setup.
 */
export function createCliConfig({ typeAware, cwd }: CliConfigOptions): Linter.Config[] {
  const recommended = typeAware ? plugin.configs['recommended-type-checked'] : plugin.configs.recommended;
  const json = loadJsonPlugin();
  const jsonConfig = plugin.configs['recommended-json'];
  return [
    {
      name: 'mcp-oauth-lint/javascript',
      files: JAVASCRIPT_FILES,
      languageOptions: {
        ecmaVersion: 'latest',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    {
      name: 'mcp-oauth-lint/typescript',
      files: TYPESCRIPT_FILES,
      languageOptions: {
        parser: typescriptParser,
        parserOptions: typeAware ? { projectService: true, tsconfigRootDir: cwd } : {},
      },
    },
    {
      ...(recommended as Linter.Config),
      files: [...JAVASCRIPT_FILES, ...TYPESCRIPT_FILES],
      // Type information comes only through the TypeScript block above.
      languageOptions: {},
    },
    // JSONC with trailing commas: tsconfig-style files parse instead of failing.
    ...(json
      ? [
          {
            ...(jsonConfig as Linter.Config),
            name: 'mcp-oauth-lint/json',
            files: JSON_FILES,
            plugins: { ...(jsonConfig.plugins as Linter.Config['plugins']), json: json as never },
            language: 'json/jsonc',
            languageOptions: { allowTrailingCommas: true },
          } as Linter.Config,
        ]
      : []),
    {
      name: 'mcp-oauth-lint/linter-options',
      // Third-party code carries directives for rules this run does not load.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ];
}
