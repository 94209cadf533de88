import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getSmallIntegerLiteral } from '../utils/ast.js';

/** What comparing `s.indexOf(t)` with -1 or 0 asks. */
export type IndexTestMeaning = 'found' | 'not-found' | 'at-start';

export interface IndexComparison {
  comparison: TSESTree.BinaryExpression;
  meaning: IndexTestMeaning;
  /** The operator as if the index were on the left (`-1 < i` reads as `i > -1`). */
  operator: string;
}

const FLIPPED: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

const MEANINGS: Record<number, Record<string, IndexTestMeaning>> = {
  [-1]: { '!==': 'found', '!=': 'found', '>': 'found', '===': 'not-found', '==': 'not-found', '<=': 'not-found' },
  0: { '>=': 'found', '<': 'not-found', '===': 'at-start', '==': 'at-start' },
};

/** `i !== -1`, `-1 < i`, `i >= 0`, `i < 0`, `i === 0`… where `i` is `operand` (an index-returning call). */
export function getIndexComparison(operand: TSESTree.Node): IndexComparison | undefined {
  const comparison = operand.parent;
  if (comparison?.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
  const indexOnLeft = comparison.left === operand;
  const bound = getSmallIntegerLiteral(indexOnLeft ? comparison.right : comparison.left);
  if (bound === undefined) return undefined;
  const operator = indexOnLeft ? comparison.operator : (FLIPPED[comparison.operator] ?? comparison.operator);
  const meaning = MEANINGS[bound]?.[operator];
  return meaning ? { comparison, meaning, operator } : undefined;
}

/**
 * When an optional chain short-circuits, `undefined OP n` is what the original
 * comparison yields; this says whether the token test (undefined for "found",
 * `true` for "not found") keeps that truthiness.
 */
export function keepsShortCircuitTruthiness({ meaning, operator }: IndexComparison): boolean {
  // `undefined > -1` and `undefined >= 0` are false, like `undefined` itself;
  // `undefined !== -1` is true and every not-found form is false, unlike the fix.
  return meaning === 'found' && (operator === '>' || operator === '>=');
}
