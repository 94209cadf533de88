import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { minify } from 'terser';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const esm = `${root}dist/src/scope/index.js`;
const cjs = `${root}dist/scope-cjs/index.js`;

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

const probe = "determineScope({ requestedScope: 'a', authServerMetadata: { scopes_supported: ['offline_access'] }, clientMetadata: { grant_types: ['refresh_token'] } })";

describe('the built eslint-plugin-mcp-oauth/scope', () => {
  it('imports nothing: no dependencies, no Node built-ins', () => {
    for (const file of [esm, cjs]) {
      const code = readFileSync(file, 'utf8');
      expect(code).not.toMatch(/^\s*import\s|\brequire\(|\bimport\(/m);
    }
  });

  it('loads as ESM and as CommonJS through the package exports, with types for both', () => {
    const fromEsm = node(['--input-type=module', '-e', `import { determineScope } from 'eslint-plugin-mcp-oauth/scope'; process.stdout.write(${probe});`]);
    const fromCjs = node(['-e', `const { determineScope } = require('eslint-plugin-mcp-oauth/scope'); process.stdout.write(${probe});`]);
    expect([fromEsm.stderr, fromEsm.stdout]).toEqual(['', 'a offline_access']);
    expect([fromCjs.stderr, fromCjs.stdout]).toEqual(['', 'a offline_access']);
    expect(existsSync(`${root}dist/src/scope/index.d.ts`)).toBe(true);
    expect(existsSync(`${root}dist/scope-cjs/index.d.ts`)).toBe(true);
  });

  it('stays under 1 KB minified and gzipped (npm run size:scope prints the figure)', async () => {
    const { code } = await minify(readFileSync(esm, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
    expect(gzipSync(code!, { level: 9 }).length).toBeLessThan(1024);
  });
});
