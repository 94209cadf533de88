import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

import { hasScopeWord } from '../src/analysis/names.js';
import { getCalleeName } from '../src/analysis/resolved-scope.js';
import { isChallengedScope, isInStepUpBranch } from '../src/analysis/step-up.js';
import { addNamedImport, findUsableBinding } from '../src/fix/imports.js';
import { importSourceOptionSchema } from '../src/options.js';
import { getValueName } from '../src/utils/ast.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';
import { fileMentions, mentions } from '../src/utils/text-index.js';

type MessageIds = 'replacedScope' | 'challengedScopeAlone' | 'useUnion';

/**
 * Calls that start a new authorization with the scope they are given. A
 * step-up helper that receives the whole challenge (the 2.x SDK's
 * `_stepUpAuthorize({ scope, … })`) composes the union itself.
 */
const REAUTHORIZATION_CALLS = new Set(['auth', 'authorize', 'reauthorize', 'startAuthorization', 'redirectToAuthorization']);
type Options = [{ importSource?: string }];

export default createRule<Options, MessageIds>({
  name: 'require-step-up-scope-union',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require step-up authorization to request the union of the previous and the challenged scopes',
      recommended: true,
    },
    hasSuggestions: true,
    languages: ['js/js'],
    schema: [
      {
        type: 'object',
        properties: { importSource: importSourceOptionSchema },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ importSource: 'eslint-plugin-mcp-oauth/scope' }],
    messages: {
      replacedScope:
        'On 403 insufficient_scope, `{{target}}` is replaced by the challenged scope alone: the next token loses the permissions it still needs, and the client loops between challenges. Request the union of the previous and the challenged scopes.',
      challengedScopeAlone:
        'On 403 insufficient_scope, re-authorization asks for the challenged scope alone: permissions granted before are dropped. Request the union of the previous and the challenged scopes.',
      useUnion: 'Replace with `{{union}}`.',
    },
  },
  // Both reports need a value named `scope`, in a branch that tests for
  // 'insufficient_scope' or a 403 (written in decimal, as status codes are).
  appliesTo: needsGateStem(sourceCode => fileMentions(sourceCode, 'scope') && (fileMentions(sourceCode, 'insufficient_scope') || fileMentions(sourceCode, '403'))),
  create(context, [{ importSource = 'eslint-plugin-mcp-oauth/scope' }]) {
    const sourceCode = sourceCodeOf(context);

    return {
      AssignmentExpression(node): void {
        if (node.operator !== '=' || !mentions(sourceCode, node.left, 'scope')) return;
        const target = getValueName(node.left);
        if (target === undefined || !hasScopeWord(target)) return;
        if (!isChallengedScope(node.right, sourceCode) || !isInStepUpBranch(node, sourceCode.visitorKeys)) return;
        const existing = findUsableBinding(sourceCode, node, 'unionScopes') ?? findUsableBinding(sourceCode, node, 'computeScopeUnion');
        const union = `${existing ?? 'unionScopes'}(${sourceCode.getText(node.left)}, ${sourceCode.getText(node.right)})`;
        context.report({
          node: node.right,
          messageId: 'replacedScope',
          data: { target: sourceCode.getText(node.left) },
          suggest: [
            {
              messageId: 'useUnion',
              data: { union },
              fix: (fixer: TSESLint.RuleFixer) => {
                const edits = [fixer.replaceText(node.right, union)];
                if (!existing) edits.push(addNamedImport(fixer, context, 'unionScopes', importSource));
                return edits;
              },
            },
          ],
        });
      },
      // An object literal passed to a call: `redirectToAuthorization({ scope })`.
      // Listening to the objects, not the calls: a file has far fewer of them
      // (some 900 against 14,000 in the benchmark's files that pass the gate).
      // The text search before the properties: each property read is a cache
      // miss, and most objects passed to calls have no `scope` key.
      ObjectExpression(object): void {
        const call = object.parent;
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee === object || !mentions(sourceCode, object, 'scope')) return;
        let callee: string | undefined;
        for (const property of object.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier || property.key.name !== 'scope') continue;
          callee ??= getCalleeName(call) ?? '';
          if (!REAUTHORIZATION_CALLS.has(callee)) return;
          if (!isChallengedScope(property.value, sourceCode) || !isInStepUpBranch(property, sourceCode.visitorKeys)) continue;
          context.report({ node: property.value, messageId: 'challengedScopeAlone' });
        }
      },
    };
  },
});
