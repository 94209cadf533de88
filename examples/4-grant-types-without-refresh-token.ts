// Family 4: client metadata that never asks for refresh tokens, so users
// re-authenticate every time the access token expires.

export const clientMetadata = {
  client_name: 'Example MCP client',
  redirect_uris: ['http://localhost:8976/callback'],
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'none',
};

// Correct: a client_credentials-only (machine-to-machine) client is never
// told to add refresh_token (RFC 6749 §4.4.3).
export const serviceClientMetadata = {
  client_name: 'Example service',
  client_id: 'svc',
  grant_types: ['client_credentials'],
};
