/**
 * The runtime's parameter types are structural: objects typed by the 1.x
 * SDK, by the 2.x packages, and plain object literals all fit without casts.
 * `tsc --noEmit` (part of npm test) checks this file; the test runs it too.
 */
import type {
  AuthorizationServerMetadata as V2AuthorizationServerMetadata,
  OAuthClientMetadata as V2ClientMetadata,
  OAuthProtectedResourceMetadata as V2ResourceMetadata,
} from '@modelcontextprotocol/client';
import type {
  AuthorizationServerMetadata as V1AuthorizationServerMetadata,
  OAuthClientMetadata as V1ClientMetadata,
  OAuthProtectedResourceMetadata as V1ResourceMetadata,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import { describe, expect, it } from 'vitest';

import { determineScope } from '../../src/scope/index.js';

const resource = { resource: 'https://mcp.example.com/mcp', scopes_supported: ['mcp:read'] };
const server = {
  issuer: 'https://auth.example.com',
  authorization_endpoint: 'https://auth.example.com/authorize',
  token_endpoint: 'https://auth.example.com/token',
  response_types_supported: ['code'],
  scopes_supported: ['offline_access'],
};
const client = { redirect_uris: ['http://localhost:3000/callback'], grant_types: ['authorization_code', 'refresh_token'] };

describe('determineScope accepts SDK-typed metadata without casts', () => {
  it('1.x types', () => {
    const resourceMetadata: V1ResourceMetadata = resource;
    const authServerMetadata: V1AuthorizationServerMetadata = server;
    const clientMetadata: V1ClientMetadata = client;
    expect(determineScope({ resourceMetadata, authServerMetadata, clientMetadata })).toBe('mcp:read offline_access');
  });

  it('2.x types', () => {
    const resourceMetadata: V2ResourceMetadata = resource;
    const authServerMetadata: V2AuthorizationServerMetadata = server;
    const clientMetadata: V2ClientMetadata = client;
    expect(determineScope({ resourceMetadata, authServerMetadata, clientMetadata })).toBe('mcp:read offline_access');
  });

  it('plain objects, readonly arrays included', () => {
    const frozen = { scopes_supported: ['mcp:read'] as const };
    expect(determineScope({ resourceMetadata: frozen, clientMetadata: {} })).toBe('mcp:read');
  });
});
