import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticKeyName, getStaticMemberName, getStaticString, skipTransparentWrappers } from '../utils/ast.js';
import { lazy } from '../utils/text-index.js';
import { createNameMatcher, hasScopeWord, type NameMatcher } from './names.js';
import { classifyStringType, getTypeServices } from './types.js';
import { findVariableOf, isSearchParamsGet, simpleInitializerOf, ValueKindInference } from './value-kind.js';

type Node = TSESTree.Node;
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How a value was shown to be a scope string: by the type checker, or by the code around it. */
export interface ScopeStringProof {
  evidence: 'types' | 'local';
}

export interface ScopeStringAnalysis {
  /** Whether the value is named or derived as an OAuth scope (says nothing about string versus array). */
  isScopeValue(node: Node): boolean;
  /** A proof that the value is a space-delimited scope *string*, or undefined when the code does not show it. */
  proveScopeString(node: Node): ScopeStringProof | undefined;
}

export interface ScopeStringOptions {
  /** Extra names (exact, or `/regex/`) that hold scope values. */
  scopeNames?: readonly string[];
}

const MAX_INITIALIZER_HOPS = 4;

export function createScopeStringAnalysis(context: AnyRuleContext, options: ScopeStringOptions = {}): ScopeStringAnalysis {
  const sourceCode = context.sourceCode;
  const matchesOption: NameMatcher = createNameMatcher(options.scopeNames ?? []);
  // Only a name that says `scope` gets as far as the inference, in a few of the files that create this.
  const inference = lazy(() => new ValueKindInference(sourceCode));
  const isScopeName = (name: string) => hasScopeWord(name) || matchesOption(name);

  function isScopeValue(node: Node, hops = 0): boolean {
    if (hops > MAX_INITIALIZER_HOPS) return false;
    let inner = skipTransparentWrappers(node);
    if (inner.type === AST_NODE_TYPES.TSAsExpression || inner.type === AST_NODE_TYPES.TSTypeAssertion) inner = skipTransparentWrappers(inner.expression);
    switch (inner.type) {
      case AST_NODE_TYPES.Identifier: {
        if (isScopeName(inner.name)) return true;
        const variable = findVariableOf(sourceCode, inner);
        const init = simpleInitializerOf(variable);
        if (init) return isScopeValue(init, hops + 1);
        // `const { scope: granted } = tokens`: the key names what the binding holds.
        const name = variable?.defs.length === 1 ? (variable.defs[0]!.name as Node) : undefined;
        const holder = name?.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent.parent : name?.parent;
        if (holder?.type === AST_NODE_TYPES.Property && holder.parent.type === AST_NODE_TYPES.ObjectPattern) {
          const key = getStaticKeyName(holder);
          return key !== undefined && isScopeName(key);
        }
        return false;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = getStaticMemberName(inner);
        return name !== undefined && isScopeName(name);
      }
      case AST_NODE_TYPES.CallExpression: {
        if (!isSearchParamsGet(inner, sourceCode)) return false;
        const key = getStaticString(inner.arguments[0]);
        return key !== undefined && isScopeName(key);
      }
      case AST_NODE_TYPES.LogicalExpression:
        return inner.operator !== '&&' && isScopeValue(inner.left, hops + 1);
      default:
        return false;
    }
  }

  function proveScopeString(node: Node): ScopeStringProof | undefined {
    if (!isScopeValue(node)) return undefined;
    const services = getTypeServices(context);
    const type = services?.typeOf(node);
    if (services && type) {
      const verdict = classifyStringType(services, type);
      if (verdict === 'string') return { evidence: 'types' };
      // Types are trusted as given: an array, a Set or an object is never reported.
      if (verdict === 'not-string') return undefined;
    }
    return inference().kindOf(node) === 'string' ? { evidence: 'local' } : undefined;
  }

  return { isScopeValue: node => isScopeValue(node), proveScopeString };
}
