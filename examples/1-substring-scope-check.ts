// Family 1: a substring test on a space-delimited scope string.
// 'no_offline_access' or 'offline_access_v2' would pass the first test.

export function buildAuthorizationUrl(endpoint: string, clientId: string, scope: string): URL {
  const url = new URL(endpoint);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('scope', scope);
  if (scope.includes('offline_access')) {
    url.searchParams.append('prompt', 'consent');
  }
  return url;
}

export function grantedRefresh(tokens: { scope?: string }): boolean {
  return tokens.scope?.indexOf('offline_access') !== -1;
}

// Correct: whole-token tests, and `.includes` on arrays.
export function wantsConsent(scope: string, scopesSupported: string[]): boolean {
  return scope.split(' ').includes('offline_access') && scopesSupported.includes('offline_access');
}
