import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createNameMatcher } from '../src/analysis/names.js';
import { findResolvedScope, getCalleeName, getHandOff, type HandOff } from '../src/analysis/resolved-scope.js';
import { mayHoldScopeSelection } from '../src/analysis/scope-selection.js';
import { ignoreCalleesOptionSchema, resolversOptionSchema } from '../src/options.js';
import { getEnclosingFunction, getStaticKeyName, skipTransparentWrappers } from '../src/utils/ast.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';
import { findVariable } from '../src/utils/scope-variables.js';
import { fileMentions, mentions } from '../src/utils/text-index.js';

/** Initializers that can resolve a scope: a call, or a chain or condition around one. */
const RESOLUTION_TYPES: ReadonlySet<string> = new Set<string>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

type MessageIds = 'rawScopeHandOff';
type Options = [{ resolvers?: string[]; ignoreCallees?: string[] }];

/**
 * Whether a read after the resolution, textually, also runs after it: it sits
 * in the same function, or in a closure created there. A function declaration
 * is hoisted and may run before the resolution, so its body is left alone.
 */
function runsAfterResolution(identifier: TSESTree.Node, owner: TSESTree.Node): boolean {
  for (let current = identifier.parent; current; current = current.parent) {
    if (current === owner) return true;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return false;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'prefer-resolved-scope',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the resolved scope, not the raw requested one, once scope selection has run',
      recommended: true,
    },
    fixable: 'code',
    languages: ['js/js'],
    schema: [
      {
        type: 'object',
        properties: { resolvers: resolversOptionSchema, ignoreCallees: ignoreCalleesOptionSchema },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ resolvers: ['determineScope'], ignoreCallees: [] }],
    messages: {
      rawScopeHandOff:
        '`{{raw}}` is the raw requested scope, but `{{resolved}}` already holds the resolved one: passing `{{raw}}` on skips the scope-selection fallbacks and the offline_access step. Pass `{{resolved}}`.',
    },
  },
  // A resolution is a resolver call given `requestedScope`, or a hand-rolled selection chain.
  appliesTo: needsGateStem(sourceCode => fileMentions(sourceCode, 'requestedscope') || mayHoldScopeSelection(sourceCode)),
  create(context, [{ resolvers = ['determineScope'], ignoreCallees = [] }]) {
    const sourceCode = sourceCodeOf(context);
    const isResolver = createNameMatcher(resolvers);
    const isIgnoredCallee = createNameMatcher(ignoreCallees);

    function isExempt(handOff: HandOff): boolean {
      if (handOff.kind === 'argument') {
        const name = getCalleeName(handOff.call);
        const path = sourceCode.getText(skipTransparentWrappers(handOff.call.callee));
        // Logging and re-resolving the raw scope are fine; so is what the user lists.
        return path.startsWith('console.') || (name !== undefined && (isResolver(name) || isIgnoredCallee(name))) || isIgnoredCallee(path);
      }
      if (handOff.kind === 'property' || handOff.kind === 'shorthand') return getStaticKeyName(handOff.property) === 'requestedScope';
      return false;
    }

    return {
      VariableDeclarator(declarator): void {
        if (!declarator.init || !RESOLUTION_TYPES.has(declarator.init.type) || !mentions(sourceCode, declarator.init, 'scope')) return;
        const found = findResolvedScope(declarator, sourceCode, isResolver);
        if (!found) return;
        const { raw, resolved } = found;
        const after = declarator.range[1];
        const owner = getEnclosingFunction(declarator);
        // A raw scope assigned again after resolution is a different value: nothing to say.
        if (raw.references.some(reference => reference.isWrite() && !reference.init && reference.identifier.range[0] > after)) return;
        const resolvedIsStable = resolved.references.every(reference => !reference.isWrite() || reference.init);

        for (const reference of raw.references) {
          const identifier = reference.identifier as TSESTree.Identifier;
          if (identifier.range[0] < after || reference.isWrite()) continue;
          if (!runsAfterResolution(identifier, owner)) continue;
          const handOff = getHandOff(identifier);
          if (!handOff || isExempt(handOff)) continue;
          const resolvedVisible = findVariable(sourceCode.getScope(identifier), resolved.name) === resolved;
          context.report({
            node: identifier,
            messageId: 'rawScopeHandOff',
            data: { raw: raw.name, resolved: resolved.name },
            fix:
              resolvedIsStable && resolvedVisible
                ? (fixer: TSESLint.RuleFixer) =>
                    handOff.kind === 'shorthand'
                      ? fixer.insertTextAfter(identifier, `: ${resolved.name}`)
                      : fixer.replaceText(identifier, resolved.name)
                : null,
          });
        }
      },
    };
  },
});
