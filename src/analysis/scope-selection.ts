import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticMemberName, getStaticString, getValueName, skipTransparentWrappers } from '../utils/ast.js';
import { fileMatches, fileMentions } from '../utils/text-index.js';
import { hasScopeWord, splitNameIntoWords } from './names.js';

type Node = TSESTree.Node;

/**
 * The three sources of the MCP Scope Selection Strategy, in the spec's order:
 * the requested (challenged) scope, the PRM `scopes_supported`, and the
 * client's own `clientMetadata.scope`.
 */
export type ScopeSourceKind = 'requested' | 'resource' | 'client';
export const SOURCE_ORDER: readonly ScopeSourceKind[] = ['requested', 'resource', 'client'];

export interface ScopeSource {
  kind: ScopeSourceKind;
  /** The operand as written. */
  node: Node;
  /** The value a `determineScope()` field takes: the requested scope itself, or the metadata object. */
  value: Node;
}

/** A hand-rolled selection: `scope || prm?.scopes_supported?.join(' ') || clientMetadata.scope`. */
export interface ScopeSelectionChain {
  node: TSESTree.LogicalExpression | TSESTree.ConditionalExpression;
  /** `||` throughout (the semantics of determineScope), or something else (`??`, a conditional). */
  usesOrSemantics: boolean;
  sources: ScopeSource[];
  /** Operands that are neither a source nor a trailing string default. */
  otherOperands: Node[];
  /** A trailing string literal default, `… || ''`, and the operator before it. */
  trailingDefault: { node: Node; operator: string } | undefined;
  /** Each kind at most once, in the spec's order, and all three present. */
  isCompleteInSpecOrder: boolean;
}

/**
 * A selection chain needs two kinds of source, so at least one of the
 * metadata sources: a `scopes_supported` member, or a holder whose name is
 * made of the words client, meta(data) (`clientMetadata`, `CLIENT_META_DATA`:
 * the separators are the ones `splitNameIntoWords` drops). Files without
 * either (most files that say `scope` mean a lexical scope) cannot hold one.
 */
const CLIENT_METADATA = /client[\W_]*meta[\W_]*data/i;

export function mayHoldScopeSelection(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return fileMentions(sourceCode, 'scope') && (fileMentions(sourceCode, 'scopes_supported') || fileMatches(sourceCode, CLIENT_METADATA));
}

function isOrNullish(node: Node): node is TSESTree.LogicalExpression {
  return node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === '||' || node.operator === '??');
}

/** The operands of `a || b ?? c…`, left to right, with the operators between them. */
function flattenChain(node: Node, operands: Node[], operators: string[]): void {
  if (isOrNullish(node)) {
    flattenChain(node.left, operands, operators);
    operators.push(node.operator);
    flattenChain(node.right, operands, operators);
  } else {
    operands.push(node);
  }
}

/** `clientMetadata.scope`, `provider.clientMetadata?.scope`: the client metadata object. */
function clientMetadataOf(node: Node): Node | undefined {
  const inner = skipTransparentWrappers(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(inner) !== 'scope') return undefined;
  const holder = skipTransparentWrappers(inner.object);
  const name = getValueName(holder);
  return name !== undefined && splitNameIntoWords(name).join('') === 'clientmetadata' ? inner.object : undefined;
}

/** `prm?.scopes_supported?.join(' ')`: the protected resource metadata object. */
function resourceMetadataOf(node: Node): Node | undefined {
  const inner = skipTransparentWrappers(node);
  if (inner.type !== AST_NODE_TYPES.CallExpression || inner.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (getStaticMemberName(inner.callee) !== 'join' || inner.arguments.length !== 1 || getStaticString(inner.arguments[0]) !== ' ') return undefined;
  const list = skipTransparentWrappers(inner.callee.object);
  if (list.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(list) !== 'scopes_supported') return undefined;
  return list.object;
}

/** A scope-named value that is neither of the other two sources. */
function isRequestedScope(node: Node): boolean {
  const inner = skipTransparentWrappers(node);
  if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getValueName(inner);
  return name !== undefined && hasScopeWord(name);
}

/**
 * `tokens.scope ?? requested`: a token response that omits `scope` was
 * granted the requested scope (RFC 6749 §5.1). Reading it with a fallback is
 * not scope selection.
 */
export function isTokenResponseScope(node: Node): boolean {
  const inner = skipTransparentWrappers(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(inner) !== 'scope') return false;
  const owner = getValueName(inner.object);
  if (owner === undefined) return false;
  const words = splitNameIntoWords(owner);
  return words.includes('token') || words.includes('tokens') || words.includes('response') || words.includes('grant');
}

function classify(operand: Node): ScopeSource | undefined {
  const client = clientMetadataOf(operand);
  if (client) return { kind: 'client', node: operand, value: client };
  const resource = resourceMetadataOf(operand);
  if (resource) return { kind: 'resource', node: operand, value: resource };
  if (isRequestedScope(operand)) return { kind: 'requested', node: operand, value: operand };
  return undefined;
}

function sameText(sourceCode: Readonly<TSESLint.SourceCode>, a: Node, b: Node): boolean {
  return sourceCode.getText(skipTransparentWrappers(a)) === sourceCode.getText(skipTransparentWrappers(b));
}

/**
 * Reads `node` as a hand-rolled scope selection, or returns undefined. Only
 * the outermost expression of a chain is analysed; at least two different
 * kinds of source must appear.
 */
export function analyzeScopeSelection(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): ScopeSelectionChain | undefined {
  let operands: Node[] = [];
  const operators: string[] = [];
  let usesOrSemantics: boolean;
  if (isOrNullish(node)) {
    if (node.parent && isOrNullish(node.parent)) return undefined;
    flattenChain(node, operands, operators);
    usesOrSemantics = operators.every(operator => operator === '||');
  } else if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    // `a ? a : b || c` is `a || b || c`; any other conditional is read as
    // "one source or the other", never as the same semantics.
    operands = [node.consequent];
    operators.push('?:');
    flattenChain(node.alternate, operands, operators);
    usesOrSemantics = sameText(sourceCode, node.test, node.consequent) && operators.slice(1).every(operator => operator === '||');
  } else {
    return undefined;
  }

  const first = operands[0];
  if (first && isTokenResponseScope(first)) return undefined;

  let trailingDefault: ScopeSelectionChain['trailingDefault'];
  const last = operands.at(-1);
  const lastOperator = operators.at(-1);
  if (last && lastOperator && lastOperator !== '?:' && getStaticString(last) !== undefined) {
    trailingDefault = { node: last, operator: lastOperator };
    operands = operands.slice(0, -1);
  }
  const sources: ScopeSource[] = [];
  const otherOperands: Node[] = [];
  for (const operand of operands) {
    const source = classify(operand);
    if (source) sources.push(source);
    else otherOperands.push(operand);
  }
  const kinds = sources.map(source => source.kind);
  if (new Set(kinds).size < 2) return undefined;
  return {
    node: node,
    usesOrSemantics,
    sources,
    otherOperands,
    trailingDefault,
    isCompleteInSpecOrder: kinds.length === 3 && kinds.every((kind, index) => kind === SOURCE_ORDER[index]),
  };
}
