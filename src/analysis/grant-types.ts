/** OAuth grant types (RFC 6749, RFC 8628, RFC 7523) as far as refresh tokens are concerned. */

export const REFRESH_TOKEN = 'refresh_token';

/** Grants after which an authorization server issues refresh tokens to clients that registered for them. */
const INTERACTIVE_GRANTS = new Set(['authorization_code', 'urn:ietf:params:oauth:grant-type:device_code']);

/**
 * Grants that never lead to a refresh token: client_credentials (RFC 6749
 * §4.4.3), implicit, and assertion grants (RFC 7522, RFC 7523). A client
 * with only these has no use for `refresh_token`.
 */
const NON_REFRESHING_GRANTS = new Set([
  'client_credentials',
  'implicit',
  'urn:ietf:params:oauth:grant-type:jwt-bearer',
  'urn:ietf:params:oauth:grant-type:saml2-bearer',
]);

export type GrantTypesVerdict =
  /** An interactive grant and no refresh_token: users re-authenticate whenever the access token expires. */
  | 'lacks-refresh-token'
  /** refresh_token next to grants that never yield one. */
  | 'refresh-token-without-grant'
  | 'fine';

export function judgeGrantTypes(grants: readonly string[]): GrantTypesVerdict {
  const hasRefresh = grants.includes(REFRESH_TOKEN);
  if (!hasRefresh) return grants.some(grant => INTERACTIVE_GRANTS.has(grant)) ? 'lacks-refresh-token' : 'fine';
  const others = grants.filter(grant => grant !== REFRESH_TOKEN);
  // Unknown or extension grants may yield refresh tokens: only a list of known non-refreshing grants is reported.
  return others.every(grant => NON_REFRESHING_GRANTS.has(grant)) ? 'refresh-token-without-grant' : 'fine';
}

/** RFC 7591 §2: a client registered without `grant_types` gets `["authorization_code"]`. */
export const DEFAULT_INTERACTIVE_GRANT_TYPES = ['authorization_code', REFRESH_TOKEN] as const;
