import { fileURLToPath } from 'node:url';

import { RuleTester as TypeScriptRuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
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
  return result;
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
  const fixed = cases.invalid.filter(
    (testCase): testCase is InvalidCase & { output: string } => typeof testCase.output === 'string',
  );
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
        ] as unknown as Linter.Config[];
        const result = linter.verifyAndFix(testCase.output, config, { filename: 'file.ts' });
        expect(result.fixed, `a second pass changed:\n${result.output}`).toBe(false);
        expect(result.messages.filter(message => message.fatal)).toEqual([]);
      });
    }
  });
}
