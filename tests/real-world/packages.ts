/**
 * Published packages with OAuth or MCP client/server code, installed as
 * pinned devDependencies and linted in place (never copied here).
 */
export interface RealWorldPackage {
  name: string;
  version: string;
  kind: string;
  /** Folders inside the package to lint; the package root when omitted. */
  folders?: string[];
}

export const REAL_WORLD_PACKAGES: RealWorldPackage[] = [
  { name: '@modelcontextprotocol/sdk', version: '1.32.2', kind: 'MCP SDK 1.x (client and server)', folders: ['dist'] },
  { name: '@modelcontextprotocol/client', version: '2.4.0', kind: 'MCP SDK 2.x client', folders: ['dist'] },
  { name: '@modelcontextprotocol/server', version: '2.4.0', kind: 'MCP SDK 2.x server', folders: ['dist'] },
  { name: 'mcp-remote', version: '0.15.1', kind: 'MCP client (stdio-to-remote proxy with OAuth)', folders: ['dist'] },
  { name: 'mcp-handler', version: '2.4.0', kind: 'MCP server adapter (Next.js/Vercel)' },
  { name: 'mcp-auth', version: '0.2.0', kind: 'MCP server auth library' },
  { name: '@cloudflare/workers-oauth-provider', version: '1.2.3', kind: 'OAuth provider for MCP servers' },
  { name: 'openid-client', version: '6.9.0', kind: 'OAuth/OIDC client library' },
  { name: 'oauth4webapi', version: '3.8.8', kind: 'OAuth/OIDC client library' },
  { name: 'simple-oauth2', version: '5.1.0', kind: 'OAuth client library' },
  { name: 'oidc-provider', version: '9.13.3', kind: 'OAuth/OIDC authorization server' },
  { name: '@node-oauth/oauth2-server', version: '5.3.0', kind: 'OAuth authorization server' },
];
