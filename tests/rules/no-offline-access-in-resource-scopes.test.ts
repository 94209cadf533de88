import rule from '../../rules/no-offline-access-in-resource-scopes.js';
import {
  type ErrorSpec,
  type InvalidCase,
  positionOf,
  runJsonRuleTests,
  runRuleTests,
  type SuggestionSpec,
  type ValidCase,
} from '../support/rule-tester.js';

const WHERE = {
  metadata: 'advertise offline_access in its Protected Resource Metadata scopes_supported',
  helper: 'pass offline_access in scopesSupported, which becomes its Protected Resource Metadata scopes_supported',
  challenge: 'ask for offline_access in its WWW-Authenticate challenge',
  bearer: 'require offline_access of bearer tokens (requiredScopes)',
};

function offline(code: string, needle: string, where: keyof typeof WHERE, removed: string | null, occurrence = 0): ErrorSpec {
  const suggestions: SuggestionSpec[] = removed === null ? [] : [{ messageId: 'removeOfflineAccess', output: removed }];
  return { messageId: 'offlineAccessInResource', data: { where: WHERE[where] }, ...positionOf(code, needle, occurrence), suggestions };
}

const valid: ValidCase[] = [
  {
    name: 'authorization-server metadata may list offline_access',
    code: `const metadata = { issuer: 'https://as', authorization_endpoint: 'https://as/a', token_endpoint: 'https://as/t', scopes_supported: ['openid', 'offline_access'] };`,
  },
  { name: 'PRM without offline_access', code: `const prm = { resource: 'https://mcp', authorization_servers: ['https://as'], scopes_supported: ['mcp:tools'] };` },
  { name: 'an object that is not PRM', code: `const config = { scopes_supported: ['offline_access'] };` },
  { name: 'a client requesting offline_access', code: `const scope = 'mcp:tools offline_access'; url.searchParams.set('scope', scope);` },
  { name: 'a challenge without offline_access', code: `res.setHeader('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="mcp:tools"');` },
  { name: 'a look-alike token in a challenge', code: `const header = 'Bearer scope="no_offline_access"';` },
  { name: 'a string that is not a challenge', code: `const help = 'Set scope="offline_access" in your client to get refresh tokens';` },
  { name: 'requiredScopes of a non-bearer helper', code: `configureClient({ requiredScopes: ['offline_access'] });` },
  { name: 'scopesSupported of an unrelated call', code: `describeClient({ scopesSupported: ['offline_access'] });` },
  { name: 'offline_access only in a substitution', code: 'res.setHeader("WWW-Authenticate", `Bearer scope="${scopes}"`);' },
];

const invalid: InvalidCase[] = [];
{
  const code = `export const prm = { resource: 'https://mcp.example.com/mcp', authorization_servers: ['https://as'], scopes_supported: ['mcp:tools', 'offline_access'] };`;
  invalid.push({ name: 'PRM scopes_supported', code, output: null, errors: [offline(code, `'offline_access'`, 'metadata', code.replace(`, 'offline_access'`, ''))] });
}
{
  const code = [
    'const prm = {',
    "  resource: 'https://mcp.example.com/mcp',",
    "  resource_name: 'Example',",
    '  scopes_supported: [',
    "    'offline_access',",
    "    'mcp:tools',",
    '  ],',
    '};',
  ].join('\n');
  invalid.push({
    name: 'multi-line PRM, first element',
    code,
    output: null,
    errors: [offline(code, `'offline_access'`, 'metadata', code.replace("    'offline_access',\n", ''))],
  });
}
{
  const code = `app.use(mcpAuthMetadataRouter({ oauthMetadata, resourceServerUrl, scopesSupported: ['offline_access'] }));`;
  invalid.push({ name: 'the only element, SDK 1.x mcpAuthMetadataRouter', code, output: null, errors: [offline(code, `'offline_access'`, 'helper', code.replace(`'offline_access'`, ''))] });
}
{
  const code = `const response = oauthMetadataResponse(request, { oauthMetadata, resourceServerUrl, scopesSupported: ['mcp', 'offline_access'] });`;
  invalid.push({ name: 'SDK 2.x oauthMetadataResponse', code, output: null, errors: [offline(code, `'offline_access'`, 'helper', code.replace(`, 'offline_access'`, ''))] });
}
{
  const code = `app.use('/mcp', requireBearerAuth({ verifier, requiredScopes: ['mcp:tools', 'offline_access'] }));`;
  invalid.push({ name: 'requiredScopes of requireBearerAuth', code, output: null, errors: [offline(code, `'offline_access'`, 'bearer', code.replace(`, 'offline_access'`, ''))] });
}
{
  const code = `res.setHeader('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="mcp:tools offline_access"');`;
  invalid.push({
    name: 'setHeader with a challenge',
    code,
    output: null,
    errors: [offline(code, `'Bearer`, 'challenge', code.replace('mcp:tools offline_access', 'mcp:tools'))],
  });
}
{
  const code = `const response = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer scope="offline_access mcp:tools", resource_metadata="https://mcp/.well-known/oauth-protected-resource"' } });`;
  invalid.push({
    name: 'a Response init',
    code,
    output: null,
    errors: [offline(code, `'Bearer`, 'challenge', code.replace('offline_access mcp:tools', 'mcp:tools'))],
  });
}
{
  const code = 'res.writeHead(403, { "WWW-Authenticate": `Bearer error="insufficient_scope", scope="mcp:tools offline_access"` });';
  invalid.push({
    name: 'writeHead with a template',
    code,
    output: null,
    errors: [offline(code, '`Bearer', 'challenge', code.replace('mcp:tools offline_access', 'mcp:tools'))],
  });
}
{
  const code = 'const header = `Bearer resource_metadata="${url}", scope="mcp offline_access"`;';
  invalid.push({ name: 'a template with substitutions: reported, no suggestion', code, output: null, errors: [offline(code, '`Bearer', 'challenge', null)] });
}
{
  const code = `headers.set('WWW-Authenticate', 'Bearer scope="offline_access"');`;
  invalid.push({ name: 'nothing would be left: no suggestion', code, output: null, errors: [offline(code, `'Bearer`, 'challenge', null)] });
}
{
  const code = `interface OAuthProtectedResourceMetadata { resource: string; authorization_servers?: string[]; scopes_supported?: string[] }\nconst prm: OAuthProtectedResourceMetadata = { resource: 'https://mcp', scopes_supported: ['offline_access', 'mcp'] };`;
  invalid.push({
    name: 'typed: an object typed as PRM without the tell-tale members',
    code,
    ts: true,
    only: ['typed'],
    output: null,
    errors: [offline(code, `'offline_access'`, 'metadata', code.replace(`'offline_access', `, ''))],
  });
}

runRuleTests('no-offline-access-in-resource-scopes', rule, { valid, invalid });

const prmDocument = `{\n  "resource": "https://mcp.example.com/mcp",\n  "authorization_servers": ["https://auth.example.com"],\n  "scopes_supported": ["mcp:tools", "offline_access"]\n}`;
runJsonRuleTests('no-offline-access-in-resource-scopes', rule, {
  valid: [
    {
      name: 'authorization-server metadata',
      code: `{ "issuer": "https://as", "authorization_endpoint": "https://as/a", "token_endpoint": "https://as/t", "scopes_supported": ["offline_access"] }`,
    },
    { name: 'PRM without offline_access', code: `{ "resource": "https://mcp", "authorization_servers": ["https://as"], "scopes_supported": ["mcp:tools"] }` },
  ],
  invalid: [
    {
      name: 'a served PRM document',
      code: prmDocument,
      output: null,
      errors: [offline(prmDocument, '"offline_access"', 'metadata', prmDocument.replace(', "offline_access"', ''))],
    },
  ],
});
