import type { TSESLint } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type DefinitionTypes = typeof TSESLint.Scope.DefinitionType;
type DefinitionKind = 'ClassName' | 'FunctionName' | 'ImportBinding' | 'Parameter' | 'Type' | 'Variable';

/**
 * The kinds of definition the rules ask about, spelled as every scope
 * manager writes them (eslint-scope and typescript-eslint's agree).
 * typescript-eslint's `DefinitionType` enum holds the same strings, but
 * reaching it at run time loads its whole scope manager, 178 modules and
 * most of the time this plugin took to load; the types still come from it.
 * The object's type is written out, not inferred: an inferred type names the
 * scope manager's own module, which the declaration build cannot reach when
 * npm nests a second copy of it under typescript-eslint's utils.
 */
export const DefinitionType: { readonly [Kind in DefinitionKind]: DefinitionTypes[Kind] } = {
  ClassName: 'ClassName' as DefinitionTypes['ClassName'],
  FunctionName: 'FunctionName' as DefinitionTypes['FunctionName'],
  ImportBinding: 'ImportBinding' as DefinitionTypes['ImportBinding'],
  Parameter: 'Parameter' as DefinitionTypes['Parameter'],
  Type: 'Type' as DefinitionTypes['Type'],
  Variable: 'Variable' as DefinitionTypes['Variable'],
};

/**
 * The variable `name` refers to in `scope`: the scope's own, or the
 * nearest enclosing scope's. Pass the scope `sourceCode.getScope(node)`
 * answers, which is already the innermost around the node.
 */
export function findVariable(scope: Scope | null, name: string): Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}
