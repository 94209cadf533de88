import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { JsonObjectNode } from '../src/analysis/json-client-metadata.js';
import { getCalleeName } from '../src/analysis/resolved-scope.js';
import {
  isBearerAuthHelper,
  isResourceMetadataObject,
  looksLikeAuthServerMetadata,
  looksLikeResourceMetadata,
  RESOURCE_METADATA_HELPERS,
} from '../src/analysis/resource-metadata.js';
import { findChallengeScope, isBearerChallengeText, isWwwAuthenticateValue } from '../src/analysis/www-authenticate.js';
import { removeFromList, toRuleFixes, type WrittenList } from '../src/fix/list-edits.js';
import { findStaticProperty, getStaticKeyName, getStaticString, skipTransparentWrappers } from '../src/utils/ast.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';
import { fileMentions, mentions } from '../src/utils/text-index.js';

type MessageIds = 'offlineAccessInResource' | 'removeOfflineAccess';

const OFFLINE_ACCESS = 'offline_access';
/** Where a challenge's `scope` parameter starts; most strings have none. */
const SCOPE_PARAMETER = /scope=/i;
/** The members that hold a resource's scope list: PRM `scopes_supported`, and the SDK helpers' options. */
const SCOPE_LIST_KEYS = new Set(['scopes_supported', 'scopesSupported', 'requiredScopes']);
/** A file without one of these words has no list and no challenge to report. */
const SCOPE_LIST_WORDS = [...SCOPE_LIST_KEYS, 'scope='];

const WHERE = {
  metadata: 'advertise offline_access in its Protected Resource Metadata scopes_supported',
  helper: 'pass offline_access in scopesSupported, which becomes its Protected Resource Metadata scopes_supported',
  challenge: 'ask for offline_access in its WWW-Authenticate challenge',
  bearer: 'require offline_access of bearer tokens (requiredScopes)',
} as const;

export default createRule<[], MessageIds>({
  name: 'no-offline-access-in-resource-scopes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow offline_access in the scopes an MCP server (protected resource) advertises or requires',
      recommended: true,
    },
    hasSuggestions: true,
    languages: ['js/js', 'json/json', 'json/jsonc', 'json/json5'],
    schema: [],
    messages: {
      offlineAccessInResource:
        'An MCP server should not {{where}}: refresh tokens are a client and authorization-server concern, not a resource requirement (SEP-2207). Clients add offline_access themselves when the authorization server supports it.',
      removeOfflineAccess: 'Remove offline_access.',
    },
  },
  // Every report is about the token itself, written as a string in a scope list
  // (`scopes_supported`, `scopesSupported`, `requiredScopes`) or a challenge's
  // `scope=`. Those words contain `scope`, so the scan every gate shares answers
  // them; most files that mention a scope have none of them, and are then not
  // read again for the token.
  appliesTo: needsGateStem(sourceCode => SCOPE_LIST_WORDS.some(word => fileMentions(sourceCode, word)) && fileMentions(sourceCode, OFFLINE_ACCESS)),
  create(context) {
    const sourceCode = sourceCodeOf(context);

    /** Reports each `offline_access` item of a written list, with a suggestion that removes it. */
    function reportListItems(list: WrittenList, values: readonly (string | undefined)[], where: keyof typeof WHERE): void {
      values.forEach((value, index) => {
        if (value !== OFFLINE_ACCESS) return;
        const [start, end] = list.items[index]!;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) },
          messageId: 'offlineAccessInResource',
          data: { where: WHERE[where] },
          suggest: [{ messageId: 'removeOfflineAccess', fix: fixer => toRuleFixes(fixer, [removeFromList(list, index)]) }],
        });
      });
    }

    function checkArray(value: TSESTree.Node, where: keyof typeof WHERE): void {
      const array = skipTransparentWrappers(value);
      if (array.type !== AST_NODE_TYPES.ArrayExpression) return;
      const elements = array.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
      if (elements.length !== array.elements.length) return;
      reportListItems({ close: array.range[1] - 1, items: elements.map(element => element.range) }, elements.map(getStaticString), where);
    }

    function propertyValue(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
      return findStaticProperty(object, name)?.value;
    }

    /** A challenge string: `Bearer …, scope="… offline_access …"`, or any WWW-Authenticate value. */
    function checkChallenge(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, staticText: string): void {
      if (!isBearerChallengeText(staticText) && !isWwwAuthenticateValue(node)) return;
      const scope = findChallengeScope(staticText);
      if (!scope?.tokens.includes(OFFLINE_ACCESS)) return;
      // The suggestion edits the raw text, so it is offered only when raw and cooked agree.
      const raw = sourceCode.getText(node).slice(1, -1);
      const remaining = scope.tokens.filter(token => token !== OFFLINE_ACCESS);
      const editable = raw === staticText && remaining.length > 0;
      const start = node.range[0] + 1 + scope.start;
      context.report({
        node,
        messageId: 'offlineAccessInResource',
        data: { where: WHERE.challenge },
        suggest: editable
          ? [{ messageId: 'removeOfflineAccess', fix: fixer => fixer.replaceTextRange([start, node.range[0] + 1 + scope.end], remaining.join(' ')) }]
          : null,
      });
    }

    if ((sourceCode.ast as { type: string }).type === 'Document') {
      return {
        Object(node: JsonObjectNode): void {
          const names = new Set(node.members.map(member => (member.name.type === 'String' ? member.name.value : member.name.name) ?? ''));
          if (looksLikeAuthServerMetadata(names) || !looksLikeResourceMetadata(names)) return;
          const member = node.members.find(candidate => (candidate.name.value ?? candidate.name.name) === 'scopes_supported');
          const elements = member?.value.type === 'Array' ? (member.value.elements ?? []) : undefined;
          if (!member || !elements) return;
          reportListItems(
            { close: member.value.range[1] - 1, items: elements.map(element => element.value.range) },
            elements.map(element => (element.value.type === 'String' ? (element.value.value as string) : undefined)),
            'metadata',
          );
        },
      };
    }

    return {
      // One visitor for the three places a scope list can sit: PRM objects and the options of SDK helpers.
      ObjectExpression(node): void {
        if (!mentions(sourceCode, node, 'scope') || !node.properties.some(property => property.type === AST_NODE_TYPES.Property && SCOPE_LIST_KEYS.has(getStaticKeyName(property) ?? ''))) return;
        const scopes = propertyValue(node, 'scopes_supported');
        if (scopes && isResourceMetadataObject(node, context)) checkArray(scopes, 'metadata');
        const call = node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.arguments.includes(node) ? node.parent : undefined;
        const name = call && getCalleeName(call);
        if (name === undefined) return;
        const supported = RESOURCE_METADATA_HELPERS.has(name) ? propertyValue(node, 'scopesSupported') : undefined;
        if (supported) checkArray(supported, 'helper');
        const required = isBearerAuthHelper(name) ? propertyValue(node, 'requiredScopes') : undefined;
        if (required) checkArray(required, 'bearer');
      },
      Literal(node): void {
        if (typeof node.value === 'string' && SCOPE_PARAMETER.test(node.value)) checkChallenge(node, node.value);
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral): void {
        if (node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression || !node.quasis.some(quasi => SCOPE_PARAMETER.test(quasi.value.raw))) return;
        // Substitutions never count as the token: a placeholder keeps the static text apart.
        const staticText = node.quasis.map(quasi => quasi.value.cooked ?? '').join('\u0000');
        if (node.expressions.length === 0) checkChallenge(node, staticText);
        else checkChallengeInTemplate(node, staticText);
      },
    };

    /** A template with substitutions: reported when the static text names the token; no suggestion. */
    function checkChallengeInTemplate(node: TSESTree.TemplateLiteral, staticText: string): void {
      if (!isBearerChallengeText(staticText) && !isWwwAuthenticateValue(node)) return;
      const scope = findChallengeScope(staticText);
      if (!scope?.tokens.includes(OFFLINE_ACCESS)) return;
      context.report({ node, messageId: 'offlineAccessInResource', data: { where: WHERE.challenge } });
    }
  },
});
