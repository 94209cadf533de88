import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    // The typed RuleTester starts a TypeScript project service per file;
    // the first typed case of a file pays for it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
