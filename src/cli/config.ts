import { createRequire } from 'node:module';

import type { Linter } from 'eslint';

import plugin from '../index.js';
import { loadJsonPlugin } from '../json-plugin.js';

const require = createRequire(import.meta.url);

interface Parser {
  meta: { name: string; version: string };
  parseForESLint(text: string, options?: unknown): Linter.ESLintParseResult;
}
let typescriptParser: Parser | undefined;

/**
 * typescript-eslint's parser, loaded when the first TypeScript file is
 * parsed. Loading it loads TypeScript, a few hundred milliseconds that a
 * folder of JavaScript, `--help` and a mistyped path have no use for.
 */
const lazyTypescriptParser: Parser = {
  meta: { name: 'typescript-eslint/parser', version: (require('@typescript-eslint/parser/package.json') as { version: string }).version },
  parseForESLint(text, options) {
    typescriptParser ??= require('@typescript-eslint/parser') as Parser;
    return typescriptParser.parseForESLint(text, options);
  },
};

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
        parser: lazyTypescriptParser,
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
