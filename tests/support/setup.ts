import { RuleTester as TypeScriptRuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ESLintRuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';

// Both rule testers call test-framework globals; hand them vitest's.
TypeScriptRuleTester.afterAll = afterAll;
TypeScriptRuleTester.describe = describe;
TypeScriptRuleTester.it = it;
TypeScriptRuleTester.itOnly = it.only;

const eslintTester = ESLintRuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown };
eslintTester.describe = describe;
eslintTester.it = it;
eslintTester.itOnly = it.only;
