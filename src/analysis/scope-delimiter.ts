import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticKeyName, getValueName, outermostWrapper, skipTransparentWrappers } from '../utils/ast.js';
import { hasPluralScopeWord, hasScopeWord, isKnownArrayMemberName, splitNameIntoWords } from './names.js';
import { isTokenResponseScope } from './scope-selection.js';
import { getTypeServices } from './types.js';
import { findVariableOf, isScopeParamSetter, simpleInitializerOf, type ValueKindInference } from './value-kind.js';

type Node = TSESTree.Node;
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Words that make a scope-named binding display text rather than a scope: `scopeLabel`, `scopeText`. */
const DISPLAY_WORDS = new Set([
  'caption', 'desc', 'description', 'display', 'hint', 'html', 'human', 'label', 'labels', 'list', 'log', 'message', 'msg',
  'names', 'pretty', 'readable', 'summary', 'text', 'title', 'tooltip',
]);

export function isScopeBindingName(name: string): boolean {
  return hasScopeWord(name) && !splitNameIntoWords(name).some(word => DISPLAY_WORDS.has(word));
}

/** Where a string value becomes an OAuth scope. */
export type ScopeSink = 'binding' | 'property' | 'parameter' | 'template';

/**
 * Whether the value of `node` becomes a scope: assigned to a scope-named
 * binding, the value of a `scope` property (a URLSearchParams init, a token
 * request), the value of `searchParams.set('scope', …)`, or interpolated
 * right after `scope=` in a template.
 */
export function scopeSinkOf(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): ScopeSink | undefined {
  const outer = outermostWrapper(node);
  const parent = outer.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier && isScopeBindingName(parent.id.name) ? 'binding' : undefined;
    case AST_NODE_TYPES.AssignmentExpression: {
      const name = getValueName(parent.left);
      return parent.right === outer && name !== undefined && isScopeBindingName(name) ? 'binding' : undefined;
    }
    case AST_NODE_TYPES.Property:
      return parent.value === outer && parent.parent.type === AST_NODE_TYPES.ObjectExpression && getStaticKeyName(parent) === 'scope' ? 'property' : undefined;
    case AST_NODE_TYPES.CallExpression:
      return parent.arguments[1] === outer && isScopeParamSetter(parent, sourceCode) ? 'parameter' : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      const index = parent.expressions.indexOf(outer as TSESTree.Expression);
      const before = parent.quasis[index]?.value.cooked ?? '';
      return index >= 0 && /\bscope="?$/i.test(before) ? 'template' : undefined;
    }
    default:
      return undefined;
  }
}

/** `scopes`, `requestedScopes`, `metadata.scopes_supported`: a name that says "a list of scopes". */
export function isScopeArrayName(node: Node): boolean {
  const name = getValueName(node);
  return name !== undefined && (hasPluralScopeWord(name) || isKnownArrayMemberName(name));
}

/**
 * How sure the rule is that `node` is an array of scope tokens: `proven` by
 * an array literal, a `.split()`/`Array.from()` result, a checker-known array
 * type, or array evidence in the code; `named` when only a plural scope name
 * (`scopes`, `scopes_supported`) says so.
 */
export function scopeArrayEvidence(node: Node, context: AnyRuleContext, inference: ValueKindInference): 'proven' | 'named' | undefined {
  const inner = skipTransparentWrappers(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return 'proven';
  if (inner.type === AST_NODE_TYPES.Literal || inner.type === AST_NODE_TYPES.TemplateLiteral) return undefined;
  // Syntax before the checker: `scopes.join(' ')` is already a string. (A binding's
  // string evidence may come from this very sink, so only a call's result counts.)
  const kind = inference.kindOf(inner);
  if (kind === 'string' && inner.type === AST_NODE_TYPES.CallExpression) return undefined;
  const services = getTypeServices(context);
  const type = services?.typeOf(inner);
  if (services && type && !(type.flags & (services.ts.TypeFlags.Any | services.ts.TypeFlags.Unknown))) {
    const parts = (type.isUnion() ? type.types : [type]).filter(part => !(part.flags & (services.ts.TypeFlags.Undefined | services.ts.TypeFlags.Null)));
    const isArray = parts.length > 0 && parts.every(part => services.checker.isArrayType(part) || services.checker.isTupleType(part));
    return isArray ? 'proven' : undefined;
  }
  const named = isScopeArrayName(inner);
  if (kind === 'non-string' && (named || inner.type === AST_NODE_TYPES.CallExpression)) return 'proven';
  return named ? 'named' : undefined;
}

/**
 * A scope read from a token response (`tokens.scope`, or a binding taken
 * from it): RFC 6749 §5.1 makes it space-delimited, so parsing it on commas
 * is a defect. Provider code that documents commas opts out with `allowComma`.
 */
export function isTokenResponseScopeValue(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = skipTransparentWrappers(node);
  if (isTokenResponseScope(inner)) return true;
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(sourceCode, inner);
  const init = simpleInitializerOf(variable);
  if (init) return isTokenResponseScope(skipTransparentWrappers(init.type === AST_NODE_TYPES.LogicalExpression ? init.left : init));
  // `const { scope } = tokens`
  const name = variable?.defs.length === 1 ? (variable.defs[0]!.name as Node) : undefined;
  const property = name?.parent;
  const pattern = property?.parent;
  const declarator = pattern?.parent;
  if (property?.type !== AST_NODE_TYPES.Property || getStaticKeyName(property) !== 'scope') return false;
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return false;
  const owner = getValueName(skipTransparentWrappers(declarator.init));
  return owner !== undefined && splitNameIntoWords(owner).some(word => word === 'token' || word === 'tokens' || word === 'response');
}

/** A separator that is not one space, nor an encoded space in a hand-built query (`+`, `%20`). */
export function isWrongJoinSeparator(separator: string): boolean {
  return separator !== ' ' && separator !== '+' && separator !== '%20';
}

/** A split that breaks on commas or semicolons and never on a lone space (`/[\s,]+/` is tolerant parsing, not a defect). */
export function isCommaOnlySplit(separator: string | RegExp): boolean {
  if (typeof separator === 'string') return /[,;]/.test(separator) && !/\s/.test(separator);
  return !separator.test(' ') && (separator.test(',') || separator.test(';'));
}
