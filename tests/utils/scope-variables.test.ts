import { TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { DefinitionType, findVariable } from '../../src/utils/scope-variables.js';

describe('DefinitionType', () => {
  it.each(Object.entries(DefinitionType))("%s is typescript-eslint's own value", (name, value) => {
    expect(value).toBe(TSESLint.Scope.DefinitionType[name as keyof typeof TSESLint.Scope.DefinitionType]);
  });
});

/** For each `probe(name)` call in the code: the line where the variable `name` is defined, seen from the call, or null. */
function definitionLines(code: string): (number | null)[] {
  const lines: (number | null)[] = [];
  const rule = {
    create: (context: TSESLint.RuleContext<never, []>) => ({
      'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
        const name = (call.arguments[0] as TSESTree.Literal).value as string;
        const variable = findVariable(context.sourceCode.getScope(call), name);
        lines.push(variable ? variable.defs[0]!.name.loc.start.line : null);
      },
    }),
  };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    { plugins: { test: { rules: { probe: rule } } }, rules: { 'test/probe': 'error' } } as never,
    'probe.js',
  );
  expect(messages).toEqual([]);
  return lines;
}

describe('findVariable', () => {
  it("finds a scope's own variable, an enclosing scope's, the nearest of two, and none", () => {
    const code = ['const scope = 1;', 'function f(token) {', '  const scope = 2;', "  probe('scope'); probe('token');", '}', "probe('scope'); probe('token'); probe('nothing');"].join('\n');
    expect(definitionLines(code)).toEqual([3, 2, 1, null, null]);
  });
});
