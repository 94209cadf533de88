// RFC 6749 §3.3: scope tokens are separated by one space, never commas.

export function authorizationUrl(endpoint: string, scopes: string[]): URL {
  const url = new URL(endpoint);
  url.searchParams.set('scope', scopes.join(','));
  return url;
}

// Correct: a comma-separated list for people to read is not a scope.
export function describeScopes(scopes: string[]): string {
  return `Requested: ${scopes.join(', ')}`;
}
