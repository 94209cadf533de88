import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../rules/index.js';
import plugin from '../src/index.js';
import { fileGateOf } from '../src/utils/create-rule.js';
import { isGateNeedingStem } from '../src/utils/file-gates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ruleFiles = readdirSync(`${root}/rules`)
  .filter(file => file.endsWith('.ts') && file !== 'index.ts')
  .map(file => file.slice(0, -3));
const ruleNames = Object.keys(rules);
/** Every word a rule's gate asks for that holds no gate stem, with the stemmed words cut short of their stem. */
const STEMLESS_WORDS = 'offline_access 403 clientMetadata client_meta_data requested insufficient_ _supported Supported required= grant redirect';

describe('every rule', () => {
  it('is exported, one file each', () => {
    expect(ruleNames.sort()).toEqual(ruleFiles.sort());
    expect(plugin.rules).toBe(rules);
  });

  describe.each(ruleNames)('%s', name => {
    const rule = rules[name as keyof typeof rules];

    it('has a doc page, a test file and a docs URL pointing at the page', () => {
      expect(existsSync(`${root}/docs/rules/${name}.md`)).toBe(true);
      expect(existsSync(`${root}/tests/rules/${name}.test.ts`)).toBe(true);
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    });

    it('says whether it is recommended, and the configs agree', () => {
      expect(typeof rule.meta.docs?.recommended).toBe('boolean');
      const id = `mcp-oauth/${name}`;
      const inJavaScriptConfigs = rule.meta.docs?.recommended && (rule.meta.languages?.includes('js/js') ?? true);
      expect(plugin.configs.recommended.rules?.[id]).toBe(inJavaScriptConfigs ? 'error' : undefined);
      expect(plugin.configs['recommended-type-checked'].rules?.[id]).toBe(inJavaScriptConfigs ? 'error' : undefined);
      expect(plugin.configs.all.rules?.[id]).toBe('error');
    });

    it('never requires type information', () => {
      expect(rule.meta.docs?.requiresTypeChecking).not.toBe(true);
    });

    const takesOptions = Array.isArray(rule.meta.schema) && rule.meta.schema.length > 0;

    it('has a schema, and default options that the schema accepts when it takes options', () => {
      expect(rule.meta.schema).toBeDefined();
      if (takesOptions) expect(rule.meta.defaultOptions).toBeDefined();
      const linter = new Linter({ configType: 'flat' });
      const config = { plugins: { 'mcp-oauth': plugin }, rules: { [`mcp-oauth/${name}`]: ['error', ...(rule.meta.defaultOptions ?? [])] } };
      expect(() => linter.verify('', config as never)).not.toThrow();
    });

    it('rejects unknown options with a readable message', () => {
      const linter = new Linter({ configType: 'flat' });
      const config = { plugins: { 'mcp-oauth': plugin }, rules: { [`mcp-oauth/${name}`]: ['error', { notAnOption: true }] } };
      expect(() => linter.verify('', config as never)).toThrow(
        takesOptions ? /mcp-oauth\/[a-z-]+[\s\S]*Unexpected property "notAnOption"/ : /mcp-oauth\/[a-z-]+[\s\S]*should NOT have more than 0 items/,
      );
    });

    // The speed of a large tree rests on this: a file that cannot hold a finding costs no listener at all.
    it('registers no listeners for a file without its words, and listeners for each set of words that can hold a finding', () => {
      const counts: number[] = [];
      const counting = {
        ...rule,
        create(context: Parameters<typeof rule.create>[0]) {
          const listeners = (rule.create as (context: unknown) => object)(context);
          counts.push(Object.keys(listeners).length);
          return listeners;
        },
      };
      const linter = new Linter({ configType: 'flat' });
      const config = { plugins: { counting: { rules: { [name]: counting } } }, rules: { [`counting/${name}`]: 'error' } };
      const selection = { open: ['scope scopes_supported', 'scope clientMetadata', 'scope client_meta_data'], closed: ['scope', 'clientMetadata'] };
      const gates: Record<string, { open: string[]; closed: string[] }> = {
        'require-refresh-token-grant': { open: ['grant_types', 'redirect_uris'], closed: ['scope'] },
        'no-offline-access-in-resource-scopes': {
          open: ['scopes_supported offline_access', 'scopesSupported offline_access', 'requiredScopes offline_access', 'scope= offline_access'],
          closed: ['offline_access', 'scope', 'scope offline_access', 'scopes_supported'],
        },
        'require-step-up-scope-union': { open: ['scope 403', 'scope insufficient_scope'], closed: ['scope', '403'] },
        'prefer-determine-scope': selection,
        'prefer-resolved-scope': { open: ['requestedScope', ...selection.open], closed: selection.closed },
      };
      const { open, closed } = gates[name] ?? { open: ['scope', 'SCOPE'], closed: [] };
      const lint = (words: string) => {
        counts.length = 0;
        linter.verify(`// ${words}\nconst options = { mode: 'read' }; if (options.mode.includes('write')) run(options);`, config as never);
        return counts[0];
      };
      expect(lint('')).toBe(0);
      for (const words of closed) expect({ words, listeners: lint(words) }).toEqual({ words, listeners: 0 });
      for (const words of open) expect({ words, hasListeners: lint(words)! > 0 }).toEqual({ words, hasListeners: true });

      // The gate is marked as needing a stem, so a file without one is answered
      // "no" without asking it: asked itself, it must say the same.
      const gate = fileGateOf(rule)!;
      expect(isGateNeedingStem(gate)).toBe(true);
      const ask = (text: string) => gate({ text } as never);
      expect(ask(`// ${STEMLESS_WORDS}`)).toBe(false);
      for (const words of open) expect({ words, passes: ask(`// ${words}`) }).toEqual({ words, passes: true });
    });
  });
});

describe('configs', () => {
  it('name the plugin under its namespace', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(Object.keys(config.plugins ?? {})[0]).toBe('mcp-oauth');
      expect(config.name).toMatch(/^mcp-oauth\//);
    }
  });

  it('recommended-json lints JSON with the JSON-capable recommended rules, @eslint/json registered', () => {
    const config = plugin.configs['recommended-json'];
    expect(config.language).toBe('json/json');
    expect(config.files).toEqual(['**/*.json']);
    expect(Object.keys(config.plugins ?? {})).toEqual(['mcp-oauth', 'json']);
    const jsonRules = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended && rule.meta.languages?.includes('json/json'))
      .map(([name]) => `mcp-oauth/${name}`);
    expect(Object.keys(config.rules ?? {})).toEqual(jsonRules);
    expect(jsonRules.length).toBeGreaterThan(0);
  });

  it('README tables were generated from the rules (eslint-doc-generator --check runs in npm test)', () => {
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    for (const name of ruleNames) expect(readme).toContain(`[${name}](docs/rules/${name}.md)`);
  });
});

describe('the package', () => {
  it("takes its runtime dependencies as caret ranges, so npm can share typescript-eslint's packages with the user's", () => {
    const { dependencies } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.entries(dependencies).filter(([, range]) => !/^\^\d+\.\d+\.\d+$/.test(range))).toEqual([]);
    expect(Object.keys(dependencies)).toContain('@typescript-eslint/parser');
  });
});
