#!/usr/bin/env node
// Prints the minified + gzipped size of the scope runtime's ESM build (the
// figure the README states). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { minify } from 'terser';

const source = readFileSync(new URL('../dist/src/scope/index.js', import.meta.url), 'utf8');
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
const gzipped = gzipSync(code, { level: 9 });
process.stdout.write(
  `eslint-plugin-mcp-oauth/scope (ESM): ${source.length} B source, ${code.length} B minified, ${gzipped.length} B minified+gzipped\n`,
);
