import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticKeyName } from '../utils/ast.js';
import { getTypeServices, hasContextualTypeLike } from './types.js';

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * MCP SDK server helpers whose `scopesSupported` option becomes the
 * Protected Resource Metadata `scopes_supported`: 1.x `mcpAuthRouter` and
 * `mcpAuthMetadataRouter` (server/auth/router), 2.x `oauthMetadataResponse`
 * and `buildOAuthProtectedResourceMetadata` (@modelcontextprotocol/server)
 * and the Express adapter's `mcpAuthMetadataRouter`.
 */
export const RESOURCE_METADATA_HELPERS = new Set(['mcpAuthRouter', 'mcpAuthMetadataRouter', 'oauthMetadataResponse', 'buildOAuthProtectedResourceMetadata']);

/** Bearer-token middleware whose `requiredScopes` every token must carry (1.x and 2.x `requireBearerAuth`, 2.x `verifyBearerToken`, `bearerAuthChallengeResponse`). */
export function isBearerAuthHelper(name: string): boolean {
  return /bearer/i.test(name);
}

/** Member names of an object literal, or of a JSON object, with their keys as written. */
export function memberNames(node: TSESTree.ObjectExpression): Set<string> {
  const names = new Set<string>();
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = getStaticKeyName(property);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** RFC 8414 metadata: an issuer with an authorization or token endpoint. It may list offline_access. */
export function looksLikeAuthServerMetadata(names: ReadonlySet<string>): boolean {
  return names.has('issuer') && (names.has('authorization_endpoint') || names.has('token_endpoint'));
}

/** RFC 9728 metadata: a `resource` with `authorization_servers`, `bearer_methods_supported` or `resource_name`. */
export function looksLikeResourceMetadata(names: ReadonlySet<string>): boolean {
  return names.has('resource') && (names.has('authorization_servers') || names.has('bearer_methods_supported') || names.has('resource_name'));
}

export function isResourceMetadataObject(node: TSESTree.ObjectExpression, context: AnyRuleContext): boolean {
  const names = memberNames(node);
  if (looksLikeAuthServerMetadata(names)) return false;
  if (looksLikeResourceMetadata(names)) return true;
  const services = getTypeServices(context);
  return services !== undefined && hasContextualTypeLike(services, node, /ProtectedResourceMetadata/, ['resource', 'authorization_servers']);
}
