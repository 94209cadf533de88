// Family 3: a hand-rolled scope-selection chain that re-implements (part of)
// the MCP Scope Selection Strategy and skips the offline_access step.

export async function authInternal(provider, { scope, resourceMetadata, metadata }) {
  const resolvedScope = scope || resourceMetadata?.scopes_supported?.join(' ') || provider.clientMetadata.scope;
  return provider.redirectToAuthorization({ scope: resolvedScope, issuer: metadata?.issuer });
}
