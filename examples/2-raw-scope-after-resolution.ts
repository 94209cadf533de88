// Family 2: the raw `scope` is passed on after a resolved scope exists.
import { determineScope } from 'eslint-plugin-mcp-oauth/scope';

interface Metadata {
  scopes_supported?: string[];
}

declare function registerClient(options: { scope?: string }): Promise<void>;
declare function startAuthorization(options: { scope?: string }): Promise<URL>;

export async function authorize(
  scope: string | undefined,
  resourceMetadata: Metadata | undefined,
  authServerMetadata: Metadata | undefined,
  clientMetadata: { scope?: string; grant_types?: string[] },
): Promise<URL> {
  const resolvedScope = determineScope({ requestedScope: scope, resourceMetadata, authServerMetadata, clientMetadata });
  // Registration uses the resolved scope…
  await registerClient({ scope: resolvedScope });
  // …but the authorization request does not: it misses the fallbacks.
  return startAuthorization({ scope });
}
