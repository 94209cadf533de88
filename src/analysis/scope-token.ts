import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticString, skipTransparentWrappers } from '../utils/ast.js';
import { classifyStringType, stringLiteralValuesOfType, type TypeServices } from './types.js';
import { constantInitializerOf, findVariableOf } from './value-kind.js';

type Node = TSESTree.Node;

/** RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
const SCOPE_TOKEN_SYNTAX = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/**
 * A whole scope token as people write them: valid RFC 6749 syntax that starts
 * and ends with a word character. `','`, `':'` or `'mcp:'` are delimiter or
 * prefix probes, not tokens, and testing for them is deliberate.
 */
export function isCompleteScopeToken(value: string): boolean {
  return SCOPE_TOKEN_SYNTAX.test(value) && /^\w/.test(value) && /\w$/.test(value) && /[A-Za-z]/.test(value);
}

/** The token a substring test looks for. `value` is known for literals; `text` is what a fix reuses. */
export interface ScopeTokenArgument {
  text: string;
  value: string | undefined;
  quote: "'" | '"' | undefined;
}

function quoteOf(sourceCode: Readonly<TSESLint.SourceCode>, node: Node): "'" | '"' | undefined {
  const first = sourceCode.getText(node)[0];
  return first === "'" || first === '"' ? first : undefined;
}

/** A literal token (`'offline_access'`, a `const` holding one), or with types any string-typed token. */
export function getScopeTokenArgument(
  node: Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  services: TypeServices | undefined,
): ScopeTokenArgument | undefined {
  const literal = getStaticString(node);
  if (literal !== undefined) {
    return isCompleteScopeToken(literal) ? { text: sourceCode.getText(node), value: literal, quote: quoteOf(sourceCode, node) } : undefined;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const constant = getStaticString(constantInitializerOf(findVariableOf(sourceCode, node)));
    if (constant !== undefined) return isCompleteScopeToken(constant) ? { text: node.name, value: constant, quote: undefined } : undefined;
  }
  if (!services) return undefined;
  const text = sourceCode.getText(node);
  const type = services.typeOf(node);
  if (!type || classifyStringType(services, type) !== 'string') return undefined;
  const values = stringLiteralValuesOfType(services, type);
  if (values === undefined) return { text, value: undefined, quote: undefined };
  if (values.length === 0 || !values.every(isCompleteScopeToken)) return undefined;
  return { text, value: values.length === 1 ? values[0] : undefined, quote: undefined };
}

/**
 * The token a regular expression matches literally, or undefined when the
 * pattern does anything but match one literal token (anchors, classes,
 * alternation, `\b`…): such patterns may well be correct token tests.
 */
export function getLiteralPatternToken(pattern: string): string | undefined {
  let token = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\') {
      const escaped = pattern[index + 1];
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) return undefined;
      token += escaped;
      index++;
    } else if ('.^$*+?()[]{}|/'.includes(char)) {
      return undefined;
    } else {
      token += char;
    }
  }
  return isCompleteScopeToken(token) ? token : undefined;
}

/**
 * `/offline_access/`, `new RegExp('offline_access')`, or a `const` holding
 * either: the literal token. With `stringIsPattern` (the argument of
 * `search`/`match`, which the engine turns into a RegExp) a string counts too.
 */
export function getRegExpToken(
  node: Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  { stringIsPattern = false } = {},
  hops = 0,
): string | undefined {
  const inner = skipTransparentWrappers(node);
  if (inner.type === AST_NODE_TYPES.Literal && 'regex' in inner && inner.regex) return getLiteralPatternToken(inner.regex.pattern);
  const string = stringIsPattern ? getStaticString(inner) : undefined;
  if (string !== undefined) return getLiteralPatternToken(string);
  if (
    (inner.type === AST_NODE_TYPES.NewExpression || inner.type === AST_NODE_TYPES.CallExpression) &&
    inner.callee.type === AST_NODE_TYPES.Identifier &&
    inner.callee.name === 'RegExp' &&
    inner.arguments.length >= 1
  ) {
    const pattern = getStaticString(inner.arguments[0]);
    return pattern === undefined ? undefined : getLiteralPatternToken(pattern);
  }
  if (inner.type === AST_NODE_TYPES.Identifier && hops < 2) {
    const init = constantInitializerOf(findVariableOf(sourceCode, inner));
    return init ? getRegExpToken(init, sourceCode, { stringIsPattern }, hops + 1) : undefined;
  }
  return undefined;
}
