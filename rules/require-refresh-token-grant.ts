import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { readClientMetadataObject } from '../src/analysis/client-metadata.js';
import { DEFAULT_INTERACTIVE_GRANT_TYPES, judgeGrantTypes, REFRESH_TOKEN } from '../src/analysis/grant-types.js';
import { type JsonObjectNode, readJsonClientMetadata } from '../src/analysis/json-client-metadata.js';
import { appendToList, toRuleFixes, type WrittenList } from '../src/fix/list-edits.js';
import { findStaticProperty, getPreferredQuote, quoteString } from '../src/utils/ast.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';
import { fileMentions } from '../src/utils/text-index.js';

type MessageIds = 'lacksRefreshToken' | 'missingGrantTypes' | 'addGrantTypes' | 'refreshTokenWithoutGrant';
type Options = [{ requireExplicitGrantTypes?: boolean }];
type Quote = "'" | '"';

function listGrants(grants: readonly string[]): string {
  return grants.map(grant => `'${grant}'`).join(', ');
}

export default createRule<Options, MessageIds>({
  name: 'require-refresh-token-grant',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require OAuth client metadata that uses an interactive grant to also register the refresh_token grant',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    languages: ['js/js', 'json/json', 'json/jsonc', 'json/json5'],
    schema: [
      {
        type: 'object',
        properties: {
          requireExplicitGrantTypes: {
            type: 'boolean',
            description:
              'Report interactive clients (with redirect_uris) that omit grant_types, which RFC 7591 defaults to ["authorization_code"].',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireExplicitGrantTypes: true }],
    messages: {
      lacksRefreshToken:
        "Client metadata registers {{grants}} but not 'refresh_token': the authorization server will not issue refresh tokens, so users sign in again whenever the access token expires (SEP-2207). Add 'refresh_token' to grant_types.",
      missingGrantTypes:
        "Client metadata without grant_types registers only 'authorization_code' (RFC 7591 §2), so the client never receives refresh tokens (SEP-2207). Declare grant_types with 'refresh_token'.",
      addGrantTypes: 'Add `{{property}}`.',
      refreshTokenWithoutGrant:
        "'refresh_token' is registered next to {{grants}}, none of which yields a refresh token (RFC 6749 §4.4.3). Remove it, or register the interactive grant the client uses.",
    },
  },
  // Every report is about a `grant_types` list or its absence next to `redirect_uris`.
  appliesTo: needsGateStem(sourceCode => fileMentions(sourceCode, 'grant_types') || fileMentions(sourceCode, 'redirect_uris')),
  create(context, [{ requireExplicitGrantTypes = true }]) {
    const sourceCode = sourceCodeOf(context);
    const text = sourceCode.text;
    const isJson = (sourceCode.ast as { type: string }).type === 'Document';

    /** The three reports, shared by JavaScript and JSON; `list` is the grant array a fix may extend. */
    function reportGrants(node: { range: [number, number] }, grants: readonly string[], list: WrittenList | undefined, quote: Quote): void {
      const verdict = judgeGrantTypes(grants);
      const loc = { start: sourceCode.getLocFromIndex(node.range[0]), end: sourceCode.getLocFromIndex(node.range[1]) };
      if (verdict === 'lacks-refresh-token') {
        context.report({
          loc,
          messageId: 'lacksRefreshToken',
          data: { grants: listGrants(grants) },
          fix: list ? fixer => toRuleFixes(fixer, appendToList(text, list, quoteString(REFRESH_TOKEN, quote))) : null,
        });
      } else if (verdict === 'refresh-token-without-grant') {
        const others = grants.filter(grant => grant !== REFRESH_TOKEN);
        context.report({ loc, messageId: 'refreshTokenWithoutGrant', data: { grants: others.length > 0 ? listGrants(others) : 'no other grant' } });
      }
    }

    function reportMissing(node: { range: [number, number] }, properties: WrittenList, keyQuoted: boolean, quote: Quote): void {
      if (!requireExplicitGrantTypes) return;
      const key = keyQuoted ? quoteString('grant_types', quote) : 'grant_types';
      const property = `${key}: [${DEFAULT_INTERACTIVE_GRANT_TYPES.map(grant => quoteString(grant, quote)).join(', ')}]`;
      context.report({
        loc: { start: sourceCode.getLocFromIndex(node.range[0]), end: sourceCode.getLocFromIndex(node.range[1]) },
        messageId: 'missingGrantTypes',
        suggest: [{ messageId: 'addGrantTypes', data: { property }, fix: fixer => toRuleFixes(fixer, appendToList(text, properties, property)) }],
      });
    }

    if (isJson) {
      return {
        Object(node: JsonObjectNode): void {
          const parent = (sourceCode as unknown as { getParent(node: unknown): { type: string } | undefined }).getParent(node);
          const metadata = readJsonClientMetadata(node, parent?.type === 'Document');
          if (!metadata) return;
          const grantTypes = metadata.grantTypes;
          if (grantTypes?.grants) {
            const elements = grantTypes.member.value.elements ?? [];
            const list = elements.length > 0 ? { close: grantTypes.member.value.range[1] - 1, items: elements.map(element => element.value.range) } : undefined;
            reportGrants(grantTypes.member.value, grantTypes.grants, list, '"');
          } else if (!grantTypes && metadata.isDocumentClient && metadata.redirectUris) {
            reportMissing(metadata.redirectUris.name, { close: node.range[1] - 1, items: node.members.map(member => member.range) }, true, '"');
          }
        },
      };
    }

    let fileQuote: Quote | undefined;
    const quoteOf = (literal: TSESTree.Node | null | undefined): Quote => {
      const first = literal ? sourceCode.getText(literal)[0] : undefined;
      return first === '"' || first === "'" ? first : (fileQuote ??= getPreferredQuote(sourceCode));
    };

    return {
      ObjectExpression(node): void {
        const metadata = readClientMetadataObject(node, context);
        if (!metadata) return;
        const grantTypes = metadata.grantTypes;
        if (grantTypes?.grants) {
          const literal = grantTypes.literal;
          const elements = literal?.elements.filter((element): element is TSESTree.Expression => element !== null) ?? [];
          const list = literal && elements.length > 0 ? { close: literal.range[1] - 1, items: elements.map(element => element.range) } : undefined;
          reportGrants(grantTypes.property.value, grantTypes.grants, list, quoteOf(elements[0]));
          return;
        }
        if (grantTypes || !metadata.hasLiteralRedirectUris || metadata.hasSpread) return;
        const redirect = findStaticProperty(node, 'redirect_uris')!;
        const firstUri = redirect.value.type === AST_NODE_TYPES.ArrayExpression ? redirect.value.elements[0] : undefined;
        reportMissing(redirect.key, { close: node.range[1] - 1, items: node.properties.map(property => property.range) }, redirect.key.type === AST_NODE_TYPES.Literal, quoteOf(firstUri));
      },
    };
  },
});
