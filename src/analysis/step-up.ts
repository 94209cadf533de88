import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getSmallIntegerLiteral, getStaticKeyName, getStaticMemberName, getStaticString, getValueName, skipTransparentWrappers, walk } from '../utils/ast.js';
import { splitNameIntoWords } from './names.js';
import { getCalleeName } from './resolved-scope.js';
import { findVariableOf, simpleInitializerOf } from './value-kind.js';

type Node = TSESTree.Node;

/** Names of what carries a parsed `WWW-Authenticate` challenge: `challenge`, `wwwAuthenticate`, `extractWWWAuthenticateParams(…)`. */
function isChallengeSource(node: Node): boolean {
  const inner = skipTransparentWrappers(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);
  const name = inner.type === AST_NODE_TYPES.CallExpression ? getCalleeName(inner) : getValueName(inner);
  if (name === undefined) return false;
  const words = splitNameIntoWords(name);
  return words.includes('challenge') || words.includes('authenticate') || name.toLowerCase().includes('wwwauth');
}

/**
 * The scope a challenge asks for, read on its own: `challenge.scope`, or a
 * binding taken from a challenge (`const { scope } = extractWWWAuthenticateParams(response)`).
 */
export function isChallengedScope(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = skipTransparentWrappers(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression) return getStaticMemberName(inner) === 'scope' && isChallengeSource(inner.object);
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(sourceCode, inner);
  const init = simpleInitializerOf(variable);
  if (init) return isChallengedScope(init, sourceCode);
  const name = variable?.defs.length === 1 ? (variable.defs[0]!.name as Node) : undefined;
  const property = name?.parent;
  const pattern = property?.parent;
  const declarator = pattern?.parent;
  return (
    property?.type === AST_NODE_TYPES.Property &&
    getStaticKeyName(property) === 'scope' &&
    pattern?.type === AST_NODE_TYPES.ObjectPattern &&
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init !== null &&
    isChallengeSource(declarator.init)
  );
}

/** A test that compares something with `'insufficient_scope'`. */
function testsInsufficientScope(test: Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let found = false;
  walk(test, visitorKeys, node => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '=='].includes(node.operator)) {
      found = getStaticString(node.left) === 'insufficient_scope' || getStaticString(node.right) === 'insufficient_scope';
    }
    return undefined;
  });
  return found;
}

/** A test that compares a status with 403. */
function testsForbidden(test: Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let found = false;
  walk(test, visitorKeys, node => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '=='].includes(node.operator)) {
      found = getSmallIntegerLiteral(node.left) === 403 || getSmallIntegerLiteral(node.right) === 403;
    }
    return undefined;
  });
  return found;
}

/**
 * Whether `node` runs only when the server answered `403 insufficient_scope`:
 * inside the consequent of an `if`/`?:` whose test compares with
 * `'insufficient_scope'` (or a `case 'insufficient_scope':`), or with 403.
 * The walk stops at the enclosing function. A 401 handler is not a step-up.
 */
export function isInStepUpBranch(node: Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let child: Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (current.consequent === child && (testsInsufficientScope(current.test, visitorKeys) || testsForbidden(current.test, visitorKeys))) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (current.test && getStaticString(current.test) === 'insufficient_scope') return true;
        break;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return false;
      default:
        break;
    }
  }
  return false;
}
