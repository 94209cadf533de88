// SEP-2207, server side: an MCP server (protected resource) advertises
// offline_access, which is a client/authorization-server concern.

export const protectedResourceMetadata = {
  resource: 'https://mcp.example.com/mcp',
  authorization_servers: ['https://auth.example.com'],
  scopes_supported: ['mcp:tools', 'offline_access'],
};

export function challenge(res: { setHeader(name: string, value: string): void }): void {
  res.setHeader('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="mcp:tools offline_access"');
}

// Correct: the authorization server's own metadata may list offline_access.
export const authorizationServerMetadata = {
  issuer: 'https://auth.example.com',
  authorization_endpoint: 'https://auth.example.com/authorize',
  token_endpoint: 'https://auth.example.com/token',
  scopes_supported: ['mcp:tools', 'offline_access'],
};
