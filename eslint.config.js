// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    name: 'project/ignores',
    ignores: ['dist/', 'coverage/', '.scratch/', 'tests/fixtures/', 'examples/', 'node_modules/', 'bench/.cache/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    name: 'project/typescript',
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.js', 'bench/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript tools (scripts, bench, configs): no type information to check against.
    name: 'project/javascript',
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    name: 'project/rules-meta',
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Enforce|Require|Prefer)' }],
      'eslint-plugin/require-meta-docs-recommended': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/meta-property-ordering': ['error', ['type', 'docs', 'fixable', 'hasSuggestions', 'languages', 'schema', 'defaultOptions', 'messages']],
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/report-message-format': ['error', '^[A-Z`\'{].*\\.$'],
    },
  },
  {
    name: 'project/rule-tests',
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs.tests,
  },
);
