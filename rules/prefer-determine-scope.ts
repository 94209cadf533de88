import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { enclosingFunctionNames, findAuthServerMetadataBinding } from '../src/analysis/auth-server-metadata.js';
import { createNameMatcher } from '../src/analysis/names.js';
import { analyzeScopeSelection, mayHoldScopeSelection, type ScopeSelectionChain, type ScopeSourceKind, SOURCE_ORDER } from '../src/analysis/scope-selection.js';
import { determineScopeCallText } from '../src/fix/determine-scope-call.js';
import { addNamedImport, findUsableBinding } from '../src/fix/imports.js';
import { importSourceOptionSchema, resolversOptionSchema } from '../src/options.js';
import { getPreferredQuote } from '../src/utils/ast.js';
import { mentions } from '../src/utils/text-index.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';

type MessageIds = 'handRolledSelection' | 'useDetermineScope' | 'useDetermineScopeSelectionOnly';
type Options = [{ resolvers?: string[]; importSource?: string }];

const SOURCE_NAMES: Record<ScopeSourceKind, string> = {
  requested: 'the requested scope',
  resource: 'PRM scopes_supported',
  client: 'clientMetadata.scope',
};

function describeSources(chain: ScopeSelectionChain): { sources: string; missing: string } {
  const present = new Set(chain.sources.map(source => source.kind));
  const missing = SOURCE_ORDER.filter(kind => !present.has(kind)).map(kind => SOURCE_NAMES[kind]);
  return {
    sources: chain.sources.map(source => SOURCE_NAMES[source.kind]).join(', '),
    missing: missing.length > 0 ? ` and skips ${missing.join(' and ')}` : '',
  };
}

export default createRule<Options, MessageIds>({
  name: 'prefer-determine-scope',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require determineScope() instead of hand-rolled OAuth scope selection',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    languages: ['js/js'],
    schema: [
      {
        type: 'object',
        properties: { resolvers: resolversOptionSchema, importSource: importSourceOptionSchema },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ resolvers: ['determineScope'], importSource: 'eslint-plugin-mcp-oauth/scope' }],
    messages: {
      handRolledSelection:
        'Hand-rolled scope selection ({{sources}}){{missing}}. Call determineScope(), which applies the whole MCP Scope Selection Strategy and the SEP-2207 offline_access step.',
      useDetermineScope: 'Replace with `{{call}}` (selection plus offline_access, as the MCP SDK 2.x does).',
      useDetermineScopeSelectionOnly: 'Replace with `{{call}}` (selection only, as the MCP SDK 1.x did).',
    },
  },
  appliesTo: needsGateStem(mayHoldScopeSelection),
  create(context, [{ resolvers = ['determineScope'], importSource = 'eslint-plugin-mcp-oauth/scope' }]) {
    const sourceCode = sourceCodeOf(context);
    const isResolver = createNameMatcher(resolvers);

    function check(node: TSESTree.LogicalExpression | TSESTree.ConditionalExpression): void {
      if (!mentions(sourceCode, node, 'scope')) return;
      const chain = analyzeScopeSelection(node, sourceCode);
      // The body of a scope-selection helper is where selection belongs.
      if (!chain || enclosingFunctionNames(node).some(isResolver)) return;

      const kinds = chain.sources.map(source => source.kind);
      const mappable = chain.otherOperands.length === 0 && new Set(kinds).size === kinds.length;
      if (!mappable) {
        context.report({ node, messageId: 'handRolledSelection', data: describeSources(chain) });
        return;
      }

      const existing = findUsableBinding(sourceCode, node, 'determineScope');
      const callee = existing ?? 'determineScope';
      const resourceText = chain.sources.filter(source => source.kind !== 'requested').map(source => sourceCode.getText(source.value));
      const authServerMetadata = findAuthServerMetadataBinding(context, node, resourceText);
      const quote = getPreferredQuote(sourceCode);
      const replacement = (selectionOnly: boolean) => {
        const call = determineScopeCallText(sourceCode, { callee, sources: chain.sources, authServerMetadata, selectionOnly }, quote);
        const fallback = chain.trailingDefault;
        return { call, text: fallback ? `${call} ${fallback.operator} ${sourceCode.getText(fallback.node)}` : call };
      };
      const fixWith = (text: string) => (fixer: TSESLint.RuleFixer) => {
        const edits = [fixer.replaceText(node, text)];
        if (!existing) edits.push(addNamedImport(fixer, context, 'determineScope', importSource));
        return edits;
      };

      // Completing a partial chain, or turning `??` into `||` semantics, changes behaviour: offered, not applied.
      const exact = chain.isCompleteInSpecOrder && chain.usesOrSemantics;
      const full = replacement(false);
      const selectionOnly = replacement(true);
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      if (!exact) suggest.push({ messageId: 'useDetermineScope', data: { call: full.call }, fix: fixWith(full.text) });
      suggest.push({ messageId: 'useDetermineScopeSelectionOnly', data: { call: selectionOnly.call }, fix: fixWith(selectionOnly.text) });
      context.report({
        node,
        messageId: 'handRolledSelection',
        data: describeSources(chain),
        fix: exact ? fixWith(full.text) : null,
        suggest,
      });
    }

    return {
      LogicalExpression(node): void {
        if (node.operator !== '&&') check(node);
      },
      ConditionalExpression: check,
    };
  },
});
