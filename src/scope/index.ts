/**
 * eslint-plugin-mcp-oauth/scope — OAuth scope selection for MCP clients.
 *
 * Dependency-free and side-effect-free: no imports, no Node built-ins, so it
 * runs in Node, browsers and edge runtimes and tree-shakes to what you call.
 * Nothing here may import from the rest of the package (its subpath build
 * must stay tiny).
 */

// The metadata types are structural and read only what selection needs, so
// objects typed by the 1.x SDK, the 2.x packages or the caller fit without
// casts. `object &` keeps TypeScript's weak-type check from rejecting
// metadata that has none of these optional members (a client with only
// `redirect_uris`, say).

/** Protected Resource Metadata (RFC 9728), as far as scope selection reads it. */
export type ResourceMetadataLike = object & {
  scopes_supported?: readonly string[] | null;
};

/** Authorization server metadata (RFC 8414), as far as scope selection reads it. */
export type AuthServerMetadataLike = object & {
  scopes_supported?: readonly string[] | null;
};

/** OAuth client metadata (RFC 7591), as far as scope selection reads it. */
export type ClientMetadataLike = object & {
  scope?: string | null;
  grant_types?: readonly string[] | null;
};

export interface DetermineScopeOptions {
  /** The scope the caller asks for: the `scope` of the 401 `WWW-Authenticate` challenge. */
  requestedScope?: string | null;
  resourceMetadata?: ResourceMetadataLike | null;
  authServerMetadata?: AuthServerMetadataLike | null;
  clientMetadata?: ClientMetadataLike | null;
  /**
   * `'sdk'` (default): append `offline_access` as the MCP TypeScript SDK 2.x
   * does (SEP-2207). `'never'`: select only, as the 1.x SDK did.
   */
  offlineAccess?: 'sdk' | 'never';
  /**
   * Step-up authorization: the scopes requested or granted before. The
   * requested scope becomes the union of these and `requestedScope`.
   */
  previousScope?: string | readonly (string | null | undefined)[] | null;
  /** Split every source on any whitespace, drop empties and duplicates; never return `''`. */
  normalize?: boolean;
}

const OFFLINE_ACCESS = 'offline_access';

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

/** Ill-typed input is an error that names the field, never a silent substring match. */
function fail(field: string, expected: string, value: unknown): never {
  throw new TypeError(`${field} must be ${expected}, got ${describe(value)}`);
}

/** `null` and `undefined` both mean absent. */
function checkString(field: string, value: unknown): string | undefined {
  if (value == null) return undefined;
  return typeof value === 'string' ? value : fail(field, 'a string', value);
}

function checkObject<T>(field: string, value: unknown): T | undefined {
  if (value == null) return undefined;
  return typeof value === 'object' && !Array.isArray(value) ? (value as T) : fail(field, 'an object', value);
}

function checkStrings(field: string, value: unknown): readonly string[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value)) fail(field, 'an array of strings', value);
  value.forEach((item: unknown, index) => typeof item === 'string' || fail(`${field}[${index}]`, 'a string', item));
  return value as readonly string[];
}

/**
 * The tokens of a scope string, split on the single space RFC 6749 §3.3
 * prescribes (the empty strings of repeated spaces dropped).
 */
export function parseScope(scope: string | null | undefined): string[] {
  return (checkString('parseScope: scope', scope) ?? '').split(' ').filter(Boolean);
}

/** Whether `token` is one of the scope's tokens; a token test, never a substring test. */
export function hasScopeToken(scope: string | null | undefined, token: string): boolean {
  return parseScope(scope).includes(token);
}

/** Joins tokens with single spaces. A token that is empty or holds whitespace is an error. */
export function formatScope(tokens: Iterable<string>): string {
  const list = [...tokens];
  list.forEach((token, index) => {
    if (typeof token !== 'string' || !/^\S+$/.test(token)) fail(`formatScope: token ${index}`, 'a non-empty string without whitespace', token);
  });
  return list.join(' ');
}

/**
 * The union of several scope strings: every token once, in first-seen order,
 * split on any whitespace; `undefined` when there is none. Same output as the
 * MCP SDK's `computeScopeUnion`.
 */
export function unionScopes(...scopes: (string | null | undefined)[]): string | undefined {
  const seen = new Set<string>();
  scopes.forEach((scope, index) => {
    for (const token of (checkString(`unionScopes: argument ${index}`, scope) ?? '').split(/\s+/)) if (token) seen.add(token);
  });
  return seen.size > 0 ? [...seen].join(' ') : undefined;
}

/** OIDC Core §11: a request that includes `offline_access` should carry `prompt=consent`. */
export function requiresConsentPrompt(scope: string | null | undefined): boolean {
  return hasScopeToken(scope, OFFLINE_ACCESS);
}

/**
 * The MCP Scope Selection Strategy: the first non-empty of the requested
 * scope, the protected resource's `scopes_supported`, and the client's own
 * `scope`; then, per SEP-2207, ` offline_access` appended when the
 * authorization server supports it and the client registered the
 * `refresh_token` grant. With default options the result is identical to the
 * MCP TypeScript SDK 2.x `determineScope()`.
 */
export function determineScope(options: DetermineScopeOptions): string | undefined {
  const field = (name: string) => `determineScope: ${name}`;
  const { offlineAccess = 'sdk', normalize = false } =
    checkObject<DetermineScopeOptions>(field('options'), options) ?? fail(field('options'), 'an object', options);
  if (offlineAccess !== 'sdk' && offlineAccess !== 'never') fail(field('offlineAccess'), "'sdk' or 'never'", offlineAccess);
  if (typeof normalize !== 'boolean') fail(field('normalize'), 'a boolean', normalize);
  const resource = checkObject<ResourceMetadataLike>(field('resourceMetadata'), options.resourceMetadata);
  const server = checkObject<AuthServerMetadataLike>(field('authServerMetadata'), options.authServerMetadata);
  const client = checkObject<ClientMetadataLike>(field('clientMetadata'), options.clientMetadata);
  const supported = checkStrings(field('resourceMetadata.scopes_supported'), resource?.scopes_supported);
  const serverSupported = checkStrings(field('authServerMetadata.scopes_supported'), server?.scopes_supported);
  const grantTypes = checkStrings(field('clientMetadata.grant_types'), client?.grant_types);
  const clientScope = checkString(field('clientMetadata.scope'), client?.scope);
  let requested = checkString(field('requestedScope'), options.requestedScope);
  const previous = options.previousScope;
  if (previous != null) {
    const list: readonly unknown[] =
      typeof previous === 'string' ? [previous] : Array.isArray(previous) ? previous : fail(field('previousScope'), 'a string or an array', previous);
    list.forEach((item: unknown, index) => item == null || typeof item === 'string' || fail(field(`previousScope[${index}]`), 'a string', item));
    requested = unionScopes(...(list as (string | null | undefined)[]), requested);
  }
  const clean = (scope: string | undefined) => (normalize ? unionScopes(scope) : scope);

  let scope = clean(requested) || clean(supported?.join(' ')) || clean(clientScope);
  if (
    offlineAccess === 'sdk' &&
    scope &&
    serverSupported?.includes(OFFLINE_ACCESS) &&
    !scope.split(' ').includes(OFFLINE_ACCESS) &&
    grantTypes?.includes('refresh_token')
  ) {
    scope = `${scope} ${OFFLINE_ACCESS}`;
  }
  return normalize ? scope || undefined : scope;
}
