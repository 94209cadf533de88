import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/src/cli/bin.js');
const fixtures = join(root, 'tests/fixtures/cli');
const temporaryFolders: string[] = [];

afterAll(() => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

/** Runs the built CLI as a user would, in `cwd`. */
function cli(args: string[], cwd = fixtures) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOf(fixture: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'mcp-oauth-lint-'));
  temporaryFolders.push(folder);
  cpSync(join(fixtures, fixture), folder, { recursive: true });
  return folder;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; fatal?: boolean; message: string }[];
}

function findings(stdout: string, base = fixtures): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap(result =>
    result.messages.map(message => `${result.filePath.slice(base.length + 1)}:${message.line} ${message.ruleId ?? 'parse error'}`),
  );
}

/** The `mixed` fixture plus a node_modules folder, made at test time (a node_modules folder is never committed). */
function mixedWithNodeModules(): string {
  const folder = copyOf('mixed');
  mkdirSync(join(folder, 'node_modules/dep'), { recursive: true });
  writeFileSync(join(folder, 'node_modules/dep/index.js'), "export function wantsRefresh(scope = '') {\n  return scope.includes('offline_access');\n}\n");
  return folder;
}

/** Whether a CLI run loaded TypeScript: a preload looks at the module cache as the process exits. */
function loadsTypeScript(args: string[]): boolean {
  const folder = mkdtempSync(join(tmpdir(), 'mcp-oauth-lint-'));
  temporaryFolders.push(folder);
  const preload = join(folder, 'report.cjs');
  const report = join(folder, 'report.txt');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(Object.keys(require.cache).some(file => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(file)))));`,
  );
  const result = spawnSync(process.execPath, ['-r', preload, bin, ...args], { cwd: fixtures, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return readFileSync(report, 'utf8') === 'true';
}

describe('mcp-oauth-lint', () => {
  it('prints its version and help', () => {
    const version = cli(['--version']);
    const { version: expected } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mcp-oauth-lint \[options\] \[paths\.\.\.\]/);
  });

  it('answers a missing path with one line and exit code 2', () => {
    expect(cli(['does-not-exist'])).toEqual({ code: 2, stdout: '', stderr: 'mcp-oauth-lint: no such file or folder: does-not-exist\n' });
  });

  it.each([
    [['--bogus'], "mcp-oauth-lint: unknown option '--bogus' (see --help)\n"],
    [['--format'], "mcp-oauth-lint: option '--format' needs a value (see --help)\n"],
    [['--format', 'xml', 'clean'], "mcp-oauth-lint: unknown format 'xml' (expected stylish, json, sarif) (see --help)\n"],
    [['--concurrency', 'many', 'clean'], "mcp-oauth-lint: --concurrency takes auto, off or a number of threads, not 'many' (see --help)\n"],
    [['--max-warnings=-1', 'clean'], "mcp-oauth-lint: --max-warnings takes a whole number of at least 0, not '-1' (see --help)\n"],
  ])('answers a bad flag %j with one line and exit code 2', (args, stderr) => {
    expect(cli(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  // Loading typescript-eslint's parser loads TypeScript: a few hundred milliseconds on every run.
  it('loads TypeScript only when there is a TypeScript file to parse', () => {
    expect(loadsTypeScript(['--help'])).toBe(false);
    expect(loadsTypeScript(['findings/legacy.js'])).toBe(false);
    expect(loadsTypeScript(['findings'])).toBe(true);
  });

  it('exits 0 with no output on clean code', () => {
    expect(cli(['clean', '--max-warnings', '0'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports findings in stylish format and exits 1, ignoring other tools’ inline config', () => {
    const result = cli(['findings']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines).toContain(join(fixtures, 'findings/client.ts'));
    expect(lines).toContain(join(fixtures, 'findings/legacy.js'));
    expect(result.stdout.match(/mcp-oauth\/no-substring-scope-check/g)).toHaveLength(2);
    // Neither the unknown rule in the disable directive nor the inline no-console shows up.
    expect(result.stdout).not.toMatch(/no-explicit-any|no-console|Definition for rule/);
    expect(result.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
  });

  it('reports a file that does not parse and lints the rest; walks past node_modules', () => {
    const folder = mixedWithNodeModules();
    const result = cli(['--format', 'json', '.'], folder);
    expect(result.code).toBe(1);
    expect(findings(result.stdout, folder)).toEqual(['broken.ts:1 parse error', 'ok.ts:2 mcp-oauth/no-substring-scope-check']);
  });

  it('lints a path inside node_modules when it is named', () => {
    const folder = mixedWithNodeModules();
    const result = cli(['--format', 'json', 'node_modules/dep'], folder);
    expect(findings(result.stdout, folder)).toEqual(['node_modules/dep/index.js:2 mcp-oauth/no-substring-scope-check']);
  });

  it('lints client metadata documents in .json files (JSONC-tolerant), skipping lock files while walking', () => {
    const result = cli(['--format', 'json', 'json']);
    expect(result.code).toBe(1);
    expect(findings(result.stdout)).toEqual(['json/client-metadata.json:5 mcp-oauth/require-refresh-token-grant']);
    const folder = copyOf('json');
    expect(cli(['--fix', '.'], folder).code).toBe(0);
    expect(readFileSync(join(folder, 'client-metadata.json'), 'utf8')).toContain('"grant_types": ["authorization_code", "refresh_token"]');
  });

  it('--concurrency loads the plugin in worker threads and finds the same', () => {
    const single = cli(['--format', 'json', 'findings', 'json']);
    const threaded = cli(['--format', 'json', '--concurrency', '2', 'findings', 'json']);
    expect(threaded.code).toBe(single.code);
    expect(findings(threaded.stdout)).toEqual(findings(single.stdout));
    expect(findings(threaded.stdout).length).toBeGreaterThan(0);
  });

  it('prints SARIF with a runs[0].results array', () => {
    const result = cli(['--format', 'sarif', 'findings']);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map(entry => entry.ruleId)).toEqual([
      'mcp-oauth/no-substring-scope-check',
      'mcp-oauth/no-substring-scope-check',
    ]);
  });

  it('--fix applies the certain fixes, and only those, then lints clean', () => {
    const folder = copyOf('findings');
    const result = cli(['--fix', '.'], folder);
    expect(result.code).toBe(0);
    expect(readFileSync(join(folder, 'client.ts'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'findings/client.ts'), 'utf8').replace(
        "scope.includes('offline_access')",
        "scope.split(' ').includes('offline_access')",
      ),
    );
    // `scope?.indexOf('openid') >= 0` keeps its meaning when the chain short-circuits, so it is fixed;
    // the inline `no-console` rule is not run, so nothing else changes.
    expect(readFileSync(join(folder, 'legacy.js'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'findings/legacy.js'), 'utf8').replace(
        "scope?.indexOf('openid') >= 0",
        "scope?.split(' ').includes('openid')",
      ),
    );
    expect(cli(['--fix', '.'], folder)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('on the whole published SDK 1.32.2 dist/esm: exactly the three defects SPEC §5 names', () => {
    const result = cli(['--format', 'json', 'node_modules/@modelcontextprotocol/sdk/dist/esm'], root);
    expect(result.code).toBe(1);
    const reported = (JSON.parse(result.stdout) as JsonResult[]).flatMap(entry =>
      entry.messages.map(message => `${entry.filePath.slice(root.length)}:${message.line} ${message.ruleId}`),
    );
    expect(reported).toEqual([
      'node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:274 mcp-oauth/prefer-determine-scope',
      'node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:811 mcp-oauth/no-substring-scope-check',
      'node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js:359 mcp-oauth/require-step-up-scope-union',
    ]);
  });

  it('--fix on a copy of the SDK 1.32.2 auth.js: parses, imports determineScope once, and converges', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mcp-oauth-sdk-'));
    temporaryFolders.push(folder);
    const original = readFileSync(join(root, 'node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js'), 'utf8');
    const copy = join(folder, 'auth.js');
    writeFileSync(copy, original);
    expect(cli(['--fix', copy], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    const fixed = readFileSync(copy, 'utf8');
    expect(spawnSync(process.execPath, ['--check', copy], { encoding: 'utf8' }).status).toBe(0);
    expect(fixed.match(/import \{ determineScope \} from 'eslint-plugin-mcp-oauth\/scope';/g)).toHaveLength(1);
    expect(fixed).toContain(
      'const resolvedScope = determineScope({ requestedScope: scope, resourceMetadata, authServerMetadata: metadata, clientMetadata: provider.clientMetadata });',
    );
    expect(fixed).toContain("if (scope?.split(' ').includes('offline_access')) {");
    // Nothing else changed: three edits, each one line.
    const changed = fixed.split('\n').filter(line => !original.split('\n').includes(line));
    expect(changed).toHaveLength(3);
    expect(cli(['--fix', copy], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(copy, 'utf8')).toBe(fixed);
  });

  it('--type-aware proves what the code alone does not show', () => {
    expect(cli(['typed'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const typed = cli(['--type-aware', '--format', 'json', '.'], join(fixtures, 'typed'));
    expect(typed.code).toBe(1);
    expect((JSON.parse(typed.stdout) as JsonResult[]).flatMap(result => result.messages.map(message => message.ruleId))).toEqual([
      'mcp-oauth/no-substring-scope-check',
    ]);
  });
});
