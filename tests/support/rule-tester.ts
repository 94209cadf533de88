import { fileURLToPath } from 'node:url';

import { RuleTester as TypeScriptRuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import json from '@eslint/json';
import * as typescriptParser from '@typescript-eslint/parser';
import { RuleTester as ESLintRuleTester, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Where a case runs: espree (plain JavaScript), typescript-eslint without types, and with types. */
export type TesterName = 'espree' | 'untyped' | 'typed';

export interface SuggestionSpec {
  messageId: string;
  data?: Record<string, string>;
  output: string;
}

export interface ErrorSpec {
  messageId: string;
  data?: Record<string, string>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Required: `[]` asserts that the report offers none. */
  suggestions: SuggestionSpec[];
}

export interface ValidCase {
  name?: string;
  code: string;
  options?: readonly unknown[];
  /** The code uses TypeScript syntax, so espree does not run it. */
  ts?: boolean;
  /** Limit the testers; defaults to all that can parse the code. */
  only?: readonly TesterName[];
  filename?: string;
  languageOptions?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  /** The code after all fix passes, or null when the rule must not autofix. */
  output: string | readonly string[] | null;
  errors: readonly ErrorSpec[];
}

export interface RuleCases {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

const testers = {
  espree: new ESLintRuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }),
  untyped: new TypeScriptRuleTester(),
  typed: new TypeScriptRuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
    },
  }),
};

function runsIn(testCase: ValidCase, tester: TesterName): boolean {
  if (testCase.only) return testCase.only.includes(tester);
  return !(testCase.ts && tester === 'espree');
}

function toTesterCase(testCase: ValidCase, tester: TesterName): Record<string, unknown> {
  const { ts: _ts, only: _only, filename, ...rest } = testCase;
  const result: Record<string, unknown> = { ...rest, name: testCase.name ?? testCase.code };
  if (filename) result.filename = tester === 'espree' ? filename : `${fixturesDir}/${filename}`;
  // ESLint's own RuleTester checks one fix pass; typescript-eslint's checks every pass of an array.
  if (tester === 'espree' && Array.isArray(result.output)) result.output = (result.output as string[])[0];
  return result;
}

/** The 1-based line and column where the `occurrence`-th `needle` starts in `code`: positions stay right when the code is edited. */
export function positionOf(code: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let count = 0; count <= occurrence; count++) {
    index = code.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times in:\n${code}`);
  }
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Runs one table of cases through every tester that applies. */
export function runRuleTests(name: string, rule: TSESLint.RuleModule<string, readonly unknown[]>, cases: RuleCases): void {
  for (const testerName of Object.keys(testers) as TesterName[]) {
    const valid = cases.valid.filter(testCase => runsIn(testCase, testerName)).map(testCase => toTesterCase(testCase, testerName));
    const invalid = cases.invalid.filter(testCase => runsIn(testCase, testerName)).map(testCase => toTesterCase(testCase, testerName));
    if (valid.length === 0 && invalid.length === 0) continue;
    const tester = testers[testerName] as unknown as {
      run(name: string, rule: unknown, tests: { valid: unknown[]; invalid: unknown[] }): void;
    };
    tester.run(`${name} (${testerName})`, rule, { valid, invalid });
  }
}

/**
 * Fixing twice changes nothing more: every autofixed output, linted again,
 * has nothing left to fix. (RuleTester applies one pass per `output`.)
 */
export function runFixIdempotenceTests(name: string, rule: TSESLint.RuleModule<string, readonly unknown[]>, cases: RuleCases): void {
  const fixed = cases.invalid
    .filter(testCase => testCase.output !== null)
    .map(testCase => ({ ...testCase, output: typeof testCase.output === 'string' ? testCase.output : testCase.output!.at(-1)! }));
  describe(`${name} (fixing twice changes nothing more)`, () => {
    for (const testCase of fixed) {
      it(testCase.name ?? testCase.code, () => {
        const linter = new Linter({ configType: 'flat' });
        const config = [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: typescriptParser },
            plugins: { test: { rules: { [name]: rule } } },
            rules: { [`test/${name}`]: ['error', ...(testCase.options ?? [])] },
          },
          ...(testCase.languageOptions ? [{ files: ['**/*.ts'], languageOptions: testCase.languageOptions }] : []),
        ] as unknown as Linter.Config[];
        const result = linter.verifyAndFix(testCase.output, config, { filename: 'file.ts' });
        expect(result.fixed, `a second pass changed:\n${result.output}`).toBe(false);
        expect(result.messages.filter(message => message.fatal)).toEqual([]);
      });
    }
  });
}

/** JSON documents through @eslint/json, with ESLint's own RuleTester (one fix pass per `output`). */
export function runJsonRuleTests(name: string, rule: TSESLint.RuleModule<string, readonly unknown[]>, cases: RuleCases): void {
  const tester = new ESLintRuleTester({ plugins: { json }, language: 'json/json' });
  const strip = (testCase: ValidCase) => ({ ...toTesterCase(testCase, 'espree'), filename: testCase.filename ?? 'client-metadata.json' });
  tester.run(`${name} (json)`, rule as never, { valid: cases.valid.map(strip), invalid: cases.invalid.map(strip) } as never);
}
