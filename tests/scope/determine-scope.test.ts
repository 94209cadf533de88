import { describe, expect, it } from 'vitest';

import { determineScope, type DetermineScopeOptions } from '../../src/scope/index.js';

// Objects shaped like the MCP SDK's own: extra members (resource, issuer,
// endpoints, redirect_uris) fit the structural parameter types without casts.
const client = { redirect_uris: ['http://localhost:3000/callback'], client_name: 'Test Client' };
const refreshClient = { ...client, grant_types: ['authorization_code', 'refresh_token'] };
const prm = (scopes?: string[]) => ({ resource: 'https://api.example.com/', ...(scopes && { scopes_supported: scopes }) });
const asMetadata = (scopes: string[]) => ({
  issuer: 'https://auth.example.com',
  authorization_endpoint: 'https://auth.example.com/authorize',
  token_endpoint: 'https://auth.example.com/token',
  response_types_supported: ['code'],
  scopes_supported: scopes,
});
const asWithOffline = asMetadata(['openid', 'profile', 'offline_access']);
const asWithoutOffline = asMetadata(['openid', 'profile']);

/**
 * The MCP TypeScript SDK's determineScope behaviour, case by case (written
 * from the behaviour its own unit tests describe), plus the edges the SDK
 * code implies: empty values count as missing, sources are never merged,
 * whitespace and duplicates are kept byte for byte.
 */
const table: [name: string, options: DetermineScopeOptions, expected: string | undefined][] = [
  // MCP Scope Selection Strategy
  ['requested scope first', { requestedScope: 'files:read', resourceMetadata: prm(['mcp:read', 'mcp:write']), clientMetadata: { ...client, scope: 'fallback:scope' } }, 'files:read'],
  ['then PRM scopes_supported, joined with one space', { resourceMetadata: prm(['mcp:read', 'mcp:write', 'mcp:admin']), clientMetadata: { ...client, scope: 'fallback:scope' } }, 'mcp:read mcp:write mcp:admin'],
  ['then the client metadata scope', { resourceMetadata: prm(), clientMetadata: { ...client, scope: 'client:default' } }, 'client:default'],
  ['otherwise undefined', { clientMetadata: client }, undefined],
  ['PRM without scopes and client without scope', { resourceMetadata: prm(), clientMetadata: client }, undefined],
  // SEP-2207 offline_access augmentation
  ['augments a requested scope', { requestedScope: 'mcp:read mcp:write', resourceMetadata: prm(['mcp:read', 'mcp:write']), authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'mcp:read mcp:write offline_access'],
  ['augments PRM scopes', { resourceMetadata: prm(['mcp:read', 'mcp:write']), authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'mcp:read mcp:write offline_access'],
  ['augments the client scope fallback', { authServerMetadata: asWithOffline, clientMetadata: { ...refreshClient, scope: 'mcp:tools' } }, 'mcp:tools offline_access'],
  ['no augmentation of nothing', { authServerMetadata: asWithOffline, clientMetadata: refreshClient }, undefined],
  ['no augmentation when the AS lacks offline_access', { resourceMetadata: prm(['mcp:read', 'mcp:write']), authServerMetadata: asWithoutOffline, clientMetadata: refreshClient }, 'mcp:read mcp:write'],
  ['no augmentation without AS metadata', { resourceMetadata: prm(['mcp:read', 'mcp:write']), clientMetadata: refreshClient }, 'mcp:read mcp:write'],
  ['no augmentation when the client scope has the token', { authServerMetadata: asWithOffline, clientMetadata: { ...refreshClient, scope: 'mcp:tools offline_access' } }, 'mcp:tools offline_access'],
  ['no augmentation when a non-compliant PRM lists the token', { resourceMetadata: prm(['mcp:read', 'offline_access', 'mcp:write']), authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'mcp:read offline_access mcp:write'],
  ['no augmentation when grant_types lacks refresh_token', { resourceMetadata: prm(['mcp:read', 'mcp:write']), authServerMetadata: asWithOffline, clientMetadata: { ...client, grant_types: ['authorization_code'] } }, 'mcp:read mcp:write'],
  ['no augmentation when grant_types is absent (RFC 7591 default)', { resourceMetadata: prm(['mcp:read', 'mcp:write']), authServerMetadata: asWithOffline, clientMetadata: client }, 'mcp:read mcp:write'],
  // Edges of the same code
  ["'' counts as missing", { requestedScope: '', resourceMetadata: prm(['mcp:read']), clientMetadata: client }, 'mcp:read'],
  ['[] counts as missing', { resourceMetadata: prm([]), clientMetadata: { ...client, scope: 'client:default' } }, 'client:default'],
  ["a last '' source is returned as ''", { clientMetadata: { ...client, scope: '' } }, ''],
  ['sources are never merged', { requestedScope: 'a', resourceMetadata: prm(['b']), clientMetadata: { ...client, scope: 'c' } }, 'a'],
  ['whitespace and duplicates kept byte for byte', { requestedScope: ' a\ta  a ', clientMetadata: client }, ' a\ta  a '],
  ['PRM entries joined as they are', { resourceMetadata: prm(['a', '', 'a b']), clientMetadata: client }, 'a  a b'],
  ['whitespace-only scope is truthy and kept', { requestedScope: '   ', clientMetadata: client }, '   '],
  ['the existing-token test splits on one space only', { requestedScope: 'a\toffline_access', authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'a\toffline_access offline_access'],
  ['a substring is not the token', { requestedScope: 'no_offline_access', authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'no_offline_access offline_access'],
  ['token matching is case-sensitive', { requestedScope: 'Offline_Access', authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'Offline_Access offline_access'],
  ['AS scopes_supported is tested for the exact token', { requestedScope: 'a', authServerMetadata: asMetadata(['offline_access_v2']), clientMetadata: refreshClient }, 'a'],
  ['grant_types is tested for the exact grant', { requestedScope: 'a', authServerMetadata: asWithOffline, clientMetadata: { grant_types: ['refresh_token '] } }, 'a'],
  // null metadata counts as absent
  ['null metadata and null members are absent', { requestedScope: null, resourceMetadata: null, authServerMetadata: { scopes_supported: null }, clientMetadata: { scope: 'x', grant_types: null } }, 'x'],
  ['no client metadata at all', { requestedScope: 'a', authServerMetadata: asWithOffline }, 'a'],
];

describe('determineScope (default options: the SDK 2.x behaviour)', () => {
  it.each(table)('%s', (_name, options, expected) => {
    expect(determineScope(options)).toBe(expected);
  });
});

describe("offlineAccess: 'never' (selection only, the SDK 1.x behaviour)", () => {
  it.each(table)('%s', (_name, options) => {
    const selected = determineScope({ ...options, offlineAccess: 'never' });
    const { authServerMetadata: _ignored, ...withoutServer } = options;
    expect(selected).toBe(determineScope(withoutServer));
  });
});

describe('previousScope (step-up)', () => {
  it('requests the union of what was requested or granted before and the challenge', () => {
    expect(determineScope({ previousScope: ['mcp:read', 'mcp:read openid'], requestedScope: 'mcp:write', clientMetadata: client })).toBe(
      'mcp:read openid mcp:write',
    );
  });

  it('accepts one string and skips absent entries', () => {
    expect(determineScope({ previousScope: 'a  b', requestedScope: 'b\tc', clientMetadata: client })).toBe('a b c');
    expect(determineScope({ previousScope: [undefined, null, ''], requestedScope: 'x', clientMetadata: client })).toBe('x');
  });

  it('falls through to the other sources when the union is empty', () => {
    expect(determineScope({ previousScope: [' '], resourceMetadata: prm(['mcp:read']), clientMetadata: client })).toBe('mcp:read');
  });

  it('still appends offline_access under the four conditions', () => {
    expect(determineScope({ previousScope: 'a', requestedScope: 'b', authServerMetadata: asWithOffline, clientMetadata: refreshClient })).toBe(
      'a b offline_access',
    );
  });
});

describe('normalize: true', () => {
  it.each([
    [{ requestedScope: ' a\ta  b ', clientMetadata: client }, 'a b'],
    [{ requestedScope: ' \t ', resourceMetadata: prm(['x', ' ', 'x y']), clientMetadata: client }, 'x y'],
    [{ resourceMetadata: prm(['', ' ']), clientMetadata: { scope: '\n' } }, undefined],
    [{ clientMetadata: { scope: '' } }, undefined],
    [{ requestedScope: 'a\toffline_access', authServerMetadata: asWithOffline, clientMetadata: refreshClient }, 'a offline_access'],
  ] as [DetermineScopeOptions, string | undefined][])('%j → %j', (options, expected) => {
    expect(determineScope({ ...options, normalize: true })).toBe(expected);
  });
});

describe('ill-typed input is a TypeError that names the field', () => {
  it.each([
    [{ requestedScope: ['a'] }, 'determineScope: requestedScope must be a string, got an array'],
    [{ resourceMetadata: { scopes_supported: 'a b' } }, 'determineScope: resourceMetadata.scopes_supported must be an array of strings, got string'],
    [{ authServerMetadata: { scopes_supported: ['a', 1] } }, 'determineScope: authServerMetadata.scopes_supported[1] must be a string, got number'],
    [{ clientMetadata: { grant_types: 'refresh_token' } }, 'determineScope: clientMetadata.grant_types must be an array of strings, got string'],
    [{ clientMetadata: { scope: ['a'] } }, 'determineScope: clientMetadata.scope must be a string, got an array'],
    [{ clientMetadata: 'x' }, 'determineScope: clientMetadata must be an object, got string'],
    [{ resourceMetadata: [] }, 'determineScope: resourceMetadata must be an object, got an array'],
    [{ previousScope: 1 }, 'determineScope: previousScope must be a string or an array, got number'],
    [{ previousScope: ['a', 2] }, 'determineScope: previousScope[1] must be a string, got number'],
    [{ offlineAccess: 'always' }, "determineScope: offlineAccess must be 'sdk' or 'never', got string"],
    [{ normalize: 'yes' }, 'determineScope: normalize must be a boolean, got string'],
  ])('%j', (options, message) => {
    expect(() => determineScope(options as unknown as DetermineScopeOptions)).toThrow(new TypeError(message));
  });

  it('rejects a missing options object', () => {
    expect(() => determineScope(undefined as unknown as DetermineScopeOptions)).toThrow(
      new TypeError('determineScope: options must be an object, got undefined'),
    );
  });
});
