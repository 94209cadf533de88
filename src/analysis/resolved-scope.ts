import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findStaticProperty, getStaticMemberName, skipTransparentWrappers } from '../utils/ast.js';
import type { NameMatcher } from './names.js';
import { analyzeScopeSelection } from './scope-selection.js';
import { findVariableOf } from './value-kind.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/** `const resolved = determineScope({ requestedScope: raw, … })`, or a hand-rolled chain assigned the same way. */
export interface ResolvedScope {
  declarator: TSESTree.VariableDeclarator;
  resolved: Variable;
  raw: Variable;
}

/** The name a call is made by: `determineScope(…)` → determineScope, `auth.determineScope(…)` → determineScope. */
export function getCalleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  let callee = skipTransparentWrappers(call.callee);
  // Transpiled CommonJS calls imports as `(0, module_1.name)(…)`.
  if (callee.type === AST_NODE_TYPES.SequenceExpression) callee = skipTransparentWrappers(callee.expressions.at(-1)!);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return getStaticMemberName(callee);
  return undefined;
}

function unwrapInitializer(node: Node): Node {
  let current = skipTransparentWrappers(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.TSAsExpression) {
    current = skipTransparentWrappers(current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression);
  }
  return current;
}

/** The raw requested-scope expression a resolution reads. */
function rawScopeOf(init: Node, sourceCode: Readonly<TSESLint.SourceCode>, isResolver: NameMatcher): Node | undefined {
  if (init.type === AST_NODE_TYPES.CallExpression) {
    const name = getCalleeName(init);
    const options = init.arguments[0];
    if (name === undefined || !isResolver(name) || options?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    return findStaticProperty(options, 'requestedScope')?.value;
  }
  const chain = analyzeScopeSelection(init, sourceCode);
  const requested = chain?.sources.filter(source => source.kind === 'requested');
  return requested?.length === 1 ? requested[0]!.value : undefined;
}

export function findResolvedScope(
  declarator: TSESTree.VariableDeclarator,
  sourceCode: Readonly<TSESLint.SourceCode>,
  isResolver: NameMatcher,
): ResolvedScope | undefined {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  const raw = rawScopeOf(unwrapInitializer(declarator.init), sourceCode, isResolver);
  const rawIdentifier = raw && skipTransparentWrappers(raw);
  if (rawIdentifier?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const rawVariable = findVariableOf(sourceCode, rawIdentifier);
  const resolved = sourceCode.getDeclaredVariables(declarator)[0];
  if (!rawVariable || !resolved || rawVariable === resolved || rawVariable.defs.length === 0) return undefined;
  return { declarator, resolved, raw: rawVariable };
}

/** How a read passes the value on, if it does: the hand-offs that should carry the resolved scope. */
export type HandOff =
  | { kind: 'argument'; call: TSESTree.CallExpression | TSESTree.NewExpression }
  | { kind: 'property'; property: TSESTree.Property }
  | { kind: 'shorthand'; property: TSESTree.Property }
  | { kind: 'spread' }
  | { kind: 'return' };

export function getHandOff(identifier: TSESTree.Identifier): HandOff | undefined {
  let node: Node = identifier;
  while (node.parent?.type === AST_NODE_TYPES.TSNonNullExpression || node.parent?.type === AST_NODE_TYPES.TSAsExpression) node = node.parent;
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(node) ? { kind: 'argument', call: parent } : undefined;
    case AST_NODE_TYPES.Property:
      if (parent.value !== node || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      return { kind: parent.shorthand ? 'shorthand' : 'property', property: parent };
    case AST_NODE_TYPES.SpreadElement:
      return { kind: 'spread' };
    case AST_NODE_TYPES.ReturnStatement:
      return { kind: 'return' };
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node ? { kind: 'return' } : undefined;
    default:
      return undefined;
  }
}
