import { ESLintUtils } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule } from '../../src/utils/create-rule.js';

/** A rule that records the options its create() receives, one entry per file. */
function recordingRule(seen: unknown[]) {
  return createRule<[{ names?: string[]; mode?: string }], 'found'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Records its options' },
      schema: [{ type: 'object', properties: { names: { type: 'array', items: { type: 'string' } }, mode: { type: 'string' } }, additionalProperties: false }],
      defaultOptions: [{ names: ['determineScope'], mode: 'strict' }],
      messages: { found: 'found' },
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

function lintTwice(rule: ReturnType<typeof recordingRule>, ruleConfig: unknown): void {
  const linter = new Linter({ configType: 'flat' });
  const config = { plugins: { test: { rules: { recording: rule } } }, rules: { 'test/recording': ruleConfig } };
  linter.verify('a;', config as never, 'a.js');
  linter.verify('b;', config as never, 'b.js');
}

describe('createRule', () => {
  it('gives every file of a run the same merged options, computed once', () => {
    const seen: unknown[] = [];
    lintTwice(recordingRule(seen), 'error');
    expect(seen).toEqual([
      { names: ['determineScope'], mode: 'strict' },
      { names: ['determineScope'], mode: 'strict' },
    ]);
    expect(seen[0]).toBe(seen[1]);
  });

  it('merges user options over the defaults, and keeps each option set apart', () => {
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    lintTwice(rule, ['error', { mode: 'loose' }]);
    lintTwice(rule, ['error', { names: ['resolve'] }]);
    lintTwice(rule, 'error');
    expect(seen).toEqual([
      { names: ['determineScope'], mode: 'loose' },
      { names: ['determineScope'], mode: 'loose' },
      { names: ['resolve'], mode: 'strict' },
      { names: ['resolve'], mode: 'strict' },
      { names: ['determineScope'], mode: 'strict' },
      { names: ['determineScope'], mode: 'strict' },
    ]);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).toBe(seen[3]);
  });

  it("merges as typescript-eslint's RuleCreator does: nested objects key by key, arrays and other values whole", () => {
    const defaults: [Record<string, unknown>] = [{ names: ['determineScope'], nested: { keep: 1, replace: 2 }, mode: 'strict' }];
    const given = { names: ['resolve'], nested: { replace: 3, add: 4 } };
    const seen: unknown[] = [];
    const rule = createRule<[Record<string, unknown>], 'found'>({
      name: 'nested',
      meta: { type: 'problem', docs: { description: 'Records its options' }, schema: [{ type: 'object' }], defaultOptions: structuredClone(defaults), messages: { found: 'found' } },
      create(_context, [options]) {
        seen.push(options);
        return {};
      },
    });
    lintTwice(rule, ['error', given]);
    expect(seen[0]).toEqual({ names: ['resolve'], nested: { keep: 1, replace: 3, add: 4 }, mode: 'strict' });
    expect(seen[0]).toEqual(ESLintUtils.applyDefault<typeof defaults, typeof defaults>(structuredClone(defaults), [given])[0]);
  });

  it('freezes the shared options, so one file cannot change them for the next', () => {
    const seen: { names: string[] }[] = [];
    lintTwice(recordingRule(seen), 'error');
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(() => seen[0]!.names.push('other')).toThrow(TypeError);
  });

  it("never freezes the user's own config", () => {
    const names = ['resolve'];
    lintTwice(recordingRule([]), ['error', { names }]);
    expect(Object.isFrozen(names)).toBe(false);
  });

  it('gives a rule without options the same empty options in every file', () => {
    const seen: unknown[] = [];
    const rule = createRule<[], 'found'>({
      name: 'no-options',
      meta: { type: 'problem', docs: { description: 'Records its options' }, schema: [], messages: { found: 'found' } },
      defaultOptions: [],
      create(_context, options) {
        seen.push(options);
        return {};
      },
    });
    lintTwice(rule as never, 'error');
    expect(seen).toEqual([[], []]);
    expect(seen[0]).toBe(seen[1]);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  describe('appliesTo', () => {
    /** A rule that applies to files that say `yes`, or to every file when `always` is set; it records each create(). */
    function gatedRule(created: string[]) {
      return createRule<[{ always?: boolean }], 'found'>({
        name: 'gated',
        meta: {
          type: 'problem',
          docs: { description: 'Records the files it is created for' },
          schema: [{ type: 'object', properties: { always: { type: 'boolean' } }, additionalProperties: false }],
          defaultOptions: [{ always: false }],
          messages: { found: 'found' },
        },
        appliesTo: sourceCode => sourceCode.text.includes('yes'),
        appliesToEveryFileWith: ([{ always = false }]) => always,
        create(context) {
          created.push(context.sourceCode.text);
          return {};
        },
      });
    }

    it('creates the rule only for files its gate lets through', () => {
      const created: string[] = [];
      lintTwice(gatedRule(created) as never, 'error');
      const linter = new Linter({ configType: 'flat' });
      linter.verify('yes;', { plugins: { test: { rules: { gated: gatedRule(created) } } }, rules: { 'test/gated': 'error' } } as never, 'c.js');
      expect(created).toEqual(['yes;']);
    });

    it('creates it for every file when the options say so', () => {
      const created: string[] = [];
      lintTwice(gatedRule(created) as never, ['error', { always: true }]);
      expect(created).toEqual(['a;', 'b;']);
    });

    it('follows the options from file to file when configs alternate', () => {
      const created: string[] = [];
      const rule = gatedRule(created);
      const linter = new Linter({ configType: 'flat' });
      const plugins = { test: { rules: { gated: rule } } };
      const config = [
        { files: ['**/*.js'], plugins, rules: { 'test/gated': 'error' } },
        { files: ['**/always-*.js'], rules: { 'test/gated': ['error', { always: true }] } },
      ];
      for (const [text, file] of [['a;', 'always-a.js'], ['b;', 'b.js'], ['c;', 'always-c.js'], ['d;', 'd.js'], ['yes;', 'e.js']]) {
        linter.verify(text!, config as never, file);
      }
      expect(created).toEqual(['a;', 'c;', 'yes;']);
    });

    it('neither reads the options nor creates the rule for a file its gate rules out', () => {
      const rule = createRule<[], 'found'>({
        name: 'gated-without-options',
        meta: { type: 'problem', docs: { description: 'Never created here' }, schema: [], messages: { found: 'found' } },
        defaultOptions: [],
        appliesTo: sourceCode => sourceCode.text.includes('yes'),
        create() {
          throw new Error('created');
        },
      });
      const context = {
        sourceCode: { text: 'no;' },
        get options(): never {
          throw new Error('options read');
        },
      };
      expect(Object.keys(rule.create(context as never))).toEqual([]);
    });
  });

  it('keeps the docs URL and meta of RuleCreator', () => {
    const rule = recordingRule([]);
    expect(rule.meta.docs?.url).toMatch(/docs\/rules\/recording\.md$/);
    expect(rule.meta.defaultOptions).toEqual([{ names: ['determineScope'], mode: 'strict' }]);
  });
});
