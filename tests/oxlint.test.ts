/**
 * oxlint's JS plugin host runs this plugin unchanged: on the real-world tree
 * its findings must equal ESLint's untyped run of configs.all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { packageFiles, root } from './real-world/lint-packages.js';
import { REAL_WORLD_PACKAGES } from './real-world/packages.js';

const folder = mkdtempSync(join(tmpdir(), 'mcp-oauth-oxlint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface OxlintReport {
  number_of_files: number;
  diagnostics: { code: string; filename: string; labels: { span: { line: number } }[] }[];
}

describe('oxlint (jsPlugins) as a host', () => {
  it('finds exactly what ESLint finds on the real-world tree', async () => {
    const files = REAL_WORLD_PACKAGES.flatMap(packageFiles);
    const config = join(folder, '.oxlintrc.json');
    writeFileSync(
      config,
      JSON.stringify({
        jsPlugins: [join(root, 'dist/src/index.js')],
        plugins: [],
        categories: { correctness: 'off' },
        rules: Object.fromEntries(Object.keys(plugin.rules).map(name => [`mcp-oauth/${name}`, 'error'])),
      }),
    );

    const oxStart = performance.now();
    // oxlint skips node_modules while walking, but lints files it is given.
    const ox = spawnSync(join(root, 'node_modules/.bin/oxlint'), ['--no-ignore', '-c', config, '--format', 'json', ...files.map(file => relative(root, file))], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const oxSeconds = (performance.now() - oxStart) / 1000;
    const report = JSON.parse(ox.stdout) as OxlintReport;
    expect(report.number_of_files).toBe(files.length);
    const fromOxlint = report.diagnostics.map(d => `${d.filename}:${d.labels[0]!.span.line} ${d.code.replace(/^mcp-oauth\((.*)\)$/, 'mcp-oauth/$1')}`).sort();

    const eslintStart = performance.now();
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      ignorePatterns: ['!**/node_modules/'],
      overrideConfig: [{ linterOptions: { reportUnusedDisableDirectives: 'off' } }, { ...plugin.configs.all, files: ['**/*.js', '**/*.mjs', '**/*.cjs'] } as never],
    });
    const results = await eslint.lintFiles(files);
    const eslintSeconds = (performance.now() - eslintStart) / 1000;
    const fromEslint = results
      .flatMap(result => result.messages.filter(m => m.ruleId?.startsWith('mcp-oauth/')).map(m => `${relative(root, result.filePath)}:${m.line} ${m.ruleId}`))
      .sort();

    console.log(`oxlint ${oxSeconds.toFixed(2)} s, ESLint ${eslintSeconds.toFixed(2)} s on ${files.length} files (ESLint/oxlint ${(eslintSeconds / oxSeconds).toFixed(2)}x)`);
    expect(fromOxlint).toEqual(fromEslint);
    expect(fromEslint.length).toBeGreaterThan(0);
  }, 180_000);
});
