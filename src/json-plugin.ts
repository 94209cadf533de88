import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

const require = createRequire(import.meta.url);

/**
 * `@eslint/json` is an optional peer: loaded only when a JSON config or the
 * CLI needs it, and undefined when it is not installed.
 */
export function loadJsonPlugin(): TSESLint.FlatConfig.Plugin | undefined {
  try {
    const loaded = require('@eslint/json') as { default?: TSESLint.FlatConfig.Plugin } & TSESLint.FlatConfig.Plugin;
    return loaded.default ?? loaded;
  } catch {
    return undefined;
  }
}
