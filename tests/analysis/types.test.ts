import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it, vi } from 'vitest';

import { getTypeServices } from '../../src/analysis/types.js';

/** A rule context whose parser services hold a program that only counts how often its checker is asked for. */
function contextWithProgram() {
  const type = { flags: 4 };
  const checker = { getTypeAtLocation: vi.fn(() => type), getContextualType: vi.fn(() => type) };
  const program = { getTypeChecker: vi.fn(() => checker) };
  const node = { type: 'Identifier' };
  const tsNode = { kind: 80 };
  const sourceCode = { parserServices: { program, esTreeNodeToTSNodeMap: new Map([[node, tsNode]]) } };
  const context = { sourceCode } as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  return { context, program, checker, node, tsNode, type };
}

describe('getTypeServices', () => {
  it('does not build the type checker until a rule asks a type question', () => {
    const { context, program, checker, node, tsNode, type } = contextWithProgram();
    const services = getTypeServices(context);
    expect(services).toBeDefined();
    expect(program.getTypeChecker).not.toHaveBeenCalled();

    expect(services!.typeOf(node as never)).toBe(type);
    expect(services!.contextualTypeOf(node as never)).toBe(type);
    expect(services!.checker).toBe(checker);
    expect(program.getTypeChecker).toHaveBeenCalledTimes(1);
    expect(checker.getTypeAtLocation).toHaveBeenCalledWith(tsNode);
    expect(checker.getContextualType).toHaveBeenCalledWith(tsNode);
  });

  it('is undefined without a program, and answers undefined for a node it cannot map', () => {
    const untyped = { sourceCode: { parserServices: {} } } as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
    expect(getTypeServices(untyped)).toBeUndefined();
    const { context, program } = contextWithProgram();
    expect(getTypeServices(context)!.typeOf({ type: 'Literal' } as never)).toBeUndefined();
    expect(program.getTypeChecker).not.toHaveBeenCalled();
  });
});
