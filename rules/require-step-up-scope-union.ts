import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { hasScopeWord } from '../src/analysis/names.js';
import { getCalleeName } from '../src/analysis/resolved-scope.js';
import { isChallengedScope, isInStepUpBranch } from '../src/analysis/step-up.js';
import { addNamedImport, findUsableBinding } from '../src/fix/imports.js';
import { importSourceOptionSchema } from '../src/options.js';
import { getStaticKeyName, getValueName } from '../src/utils/ast.js';
import { createRule } from '../src/utils/create-rule.js';
import { mentions } from '../src/utils/text-index.js';

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
  create(context, [{ importSource = 'eslint-plugin-mcp-oauth/scope' }]) {
    const sourceCode = context.sourceCode;

    return {
      'AssignmentExpression[operator="="]'(node: TSESTree.AssignmentExpression): void {
        if (!mentions(sourceCode, node.left, 'scope')) return;
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
      'CallExpression > ObjectExpression.arguments > Property[key.name="scope"]'(property: TSESTree.Property): void {
        if (getStaticKeyName(property) !== 'scope' || property.value.type === AST_NODE_TYPES.AssignmentPattern) return;
        const callee = getCalleeName(property.parent.parent as TSESTree.CallExpression);
        if (callee === undefined || !REAUTHORIZATION_CALLS.has(callee)) return;
        if (!isChallengedScope(property.value, sourceCode) || !isInStepUpBranch(property, sourceCode.visitorKeys)) return;
        context.report({ node: property.value, messageId: 'challengedScopeAlone' });
      },
    };
  },
});
