import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { canTakeMemberAccess } from '../utils/ast.js';

type Quote = "'" | '"';

/** `s.includes(t)` → `s.split(' ').includes(t)`: one insertion, so `?.`, `!` and comments stay as written. */
export function insertSplitBeforeMethod(fixer: TSESLint.RuleFixer, method: TSESTree.Node, quote: Quote): TSESLint.RuleFix {
  return fixer.insertTextBefore(method, `split(${quote} ${quote}).`);
}

/**
 * Rewrites a method call on the scope string into a token test, keeping the
 * receiver text (optional chaining, non-null assertions, comments) and,
 * unless `argumentText` replaces them, the arguments:
 * `s?.indexOf(t)` → `s?.split(' ').includes(t)`.
 */
export function tokenTestFromMethodCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  operand: TSESTree.Node,
  method: TSESTree.Node,
  quote: Quote,
  { negate = false, argumentText }: { negate?: boolean; argumentText?: string } = {},
): string {
  const text = sourceCode.text;
  const head = text.slice(operand.range[0], method.range[0]);
  const tail = argumentText === undefined ? text.slice(method.range[1], operand.range[1]) : `(${argumentText})`;
  return `${negate ? '!' : ''}${head}split(${quote} ${quote}).includes${tail}`;
}

/** `receiver.split(' ').includes(token)` for a receiver that is not already a method call's object. */
export function tokenTestOfValue(sourceCode: Readonly<TSESLint.SourceCode>, receiver: TSESTree.Node, tokenText: string, quote: Quote): string {
  const receiverText = sourceCode.getText(receiver);
  const wrapped = canTakeMemberAccess(receiver) ? receiverText : `(${receiverText})`;
  return `${wrapped}.split(${quote} ${quote}).includes(${tokenText})`;
}

/** Whether replacing `outer` by text built from `kept` would drop a comment. */
export function wouldDropComments(sourceCode: Readonly<TSESLint.SourceCode>, outer: TSESTree.Node, kept: TSESTree.Node): boolean {
  return sourceCode
    .getCommentsInside(outer)
    .some(comment => comment.range[0] < kept.range[0] || comment.range[1] > kept.range[1]);
}
