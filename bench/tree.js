// The benchmark tree and its inputs: the file list and a TypeScript program over it.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const cache = join(root, 'bench/.cache');

/** Real code, ≥ 1,000 files: the MCP SDKs and the typescript-eslint and ESLint sources as published. */
const TREES = ['node_modules/@modelcontextprotocol', 'node_modules/@typescript-eslint', 'node_modules/typescript-eslint/dist', 'node_modules/eslint/lib'];

function codeFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...codeFiles(path));
    else if (/\.(?:js|mjs|cjs)$/.test(entry.name)) files.push(path);
  }
  return files;
}

export function benchmarkFiles() {
  return TREES.flatMap(tree => codeFiles(join(root, tree)));
}

/**
 * Writes `<name>.json` (the file list run-once.js reads) and
 * `<name>.tsconfig.json`, a TypeScript program over the same files (allowJs)
 * for the typed runs.
 */
export function writeInputs(name, files) {
  mkdirSync(cache, { recursive: true });
  const filesPath = join(cache, `${name}.json`);
  const tsconfig = join(cache, `${name}.tsconfig.json`);
  writeFileSync(filesPath, JSON.stringify(files));
  writeFileSync(
    tsconfig,
    JSON.stringify({ compilerOptions: { allowJs: true, checkJs: false, noEmit: true, skipLibCheck: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [] }, files }),
  );
  return { filesPath, tsconfig, count: files.length };
}
