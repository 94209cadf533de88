import rule from '../../rules/require-refresh-token-grant.js';
import {
  type ErrorSpec,
  type InvalidCase,
  positionOf,
  runFixIdempotenceTests,
  runJsonRuleTests,
  runRuleTests,
  type SuggestionSpec,
  type ValidCase,
} from '../support/rule-tester.js';

function lacks(code: string, needle: string, grants: string, occurrence = 0): ErrorSpec {
  return { messageId: 'lacksRefreshToken', data: { grants }, ...positionOf(code, needle, occurrence), suggestions: [] };
}

function missing(code: string, needle: string, suggestions: SuggestionSpec[]): ErrorSpec {
  return { messageId: 'missingGrantTypes', ...positionOf(code, needle), suggestions };
}

function addGrantTypes(property: string, output: string): SuggestionSpec {
  return { messageId: 'addGrantTypes', data: { property }, output };
}

function refreshWithout(code: string, needle: string, grants: string): ErrorSpec {
  return { messageId: 'refreshTokenWithoutGrant', data: { grants }, ...positionOf(code, needle), suggestions: [] };
}

/** The report for the grant list that follows `key` (the report is on the list). */
function lacksAfter(code: string, key: string, grants: string): ErrorSpec {
  const position = positionOf(code, key);
  return { ...lacks(code, key, grants), column: position.column + key.length };
}

/** One-line JavaScript cases: the grant list before and after the fix. */
function arrayCase(name: string, object: string, fixedObject: string | null, grants: string, extra: Partial<InvalidCase> = {}): InvalidCase {
  const code = `export const clientMetadata = ${object};`;
  return {
    name,
    code,
    output: fixedObject && `export const clientMetadata = ${fixedObject};`,
    errors: [lacksAfter(code, 'grant_types: ', grants)],
    ...extra,
  };
}

const valid: ValidCase[] = [
  { name: 'client_credentials only (RFC 6749 §4.4.3)', code: `const m = { client_name: 'svc', redirect_uris: [], grant_types: ['client_credentials'] };` },
  { name: 'jwt-bearer only', code: `const m = { client_id: 'svc', grant_types: ['urn:ietf:params:oauth:grant-type:jwt-bearer'] };` },
  { name: 'already registers refresh_token', code: `const m = { redirect_uris: ['https://app/cb'], grant_types: ['authorization_code', 'refresh_token'] };` },
  { name: 'device code with refresh_token', code: `const m = { client_id: 'tv', grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'] };` },
  { name: 'an extension grant may yield refresh tokens', code: `const m = { client_id: 'x', grant_types: ['urn:example:grant', 'refresh_token'] };` },
  {
    name: 'authorization-server metadata',
    code: `const as = { issuer: 'https://as', authorization_endpoint: 'https://as/a', token_endpoint: 'https://as/t', grant_types_supported: ['authorization_code'] };`,
  },
  { name: 'an issuer with endpoints is never client metadata', code: `const as = { issuer: 'https://as', token_endpoint: 'https://as/t', client_id: 'x', grant_types: ['authorization_code'] };` },
  {
    name: 'a zod schema definition',
    code: `const OAuthClientMetadataSchema = z.object({ redirect_uris: z.array(z.string()), grant_types: z.array(z.string()).optional() });`,
  },
  { name: 'a schema without grant_types', code: `const Schema = z.object({ redirect_uris: z.array(z.string()), client_name: z.string() });` },
  { name: 'a constant the rule cannot read without types', code: `const GRANTS = ['authorization_code']; const m = { redirect_uris: ['x'], grant_types: GRANTS };` },
  { name: 'a spread', code: `const m = { redirect_uris: ['x'], grant_types: [...BASE_GRANTS, 'authorization_code'] };` },
  { name: 'a call', code: `const m = { redirect_uris: ['x'], grant_types: defaultGrants() };` },
  { name: 'no sign of client metadata', code: `const config = { grant_types: ['authorization_code'] };` },
  { name: 'missing grant_types, but a spread may bring them', code: `const m = { ...base, redirect_uris: ['http://localhost/cb'] };` },
  { name: 'missing grant_types with the option off', code: `const m = { redirect_uris: ['http://localhost/cb'] };`, options: [{ requireExplicitGrantTypes: false }] },
];

const invalid: InvalidCase[] = [
  arrayCase(
    'authorization_code alone',
    `{ client_name: 'c', redirect_uris: ['http://localhost/cb'], grant_types: ['authorization_code'] }`,
    `{ client_name: 'c', redirect_uris: ['http://localhost/cb'], grant_types: ['authorization_code', 'refresh_token'] }`,
    `'authorization_code'`,
  ),
  arrayCase(
    'double quotes are kept',
    `{ client_id: "c", grant_types: ["authorization_code", "client_credentials"] }`,
    `{ client_id: "c", grant_types: ["authorization_code", "client_credentials", "refresh_token"] }`,
    `'authorization_code', 'client_credentials'`,
  ),
  arrayCase(
    'a single-line trailing comma',
    `{ client_id: 'c', grant_types: ['authorization_code',] }`,
    `{ client_id: 'c', grant_types: ['authorization_code', 'refresh_token',] }`,
    `'authorization_code'`,
  ),
  arrayCase(
    'the device authorization grant (RFC 8628)',
    `{ client_id: 'tv', grant_types: ['urn:ietf:params:oauth:grant-type:device_code'] }`,
    `{ client_id: 'tv', grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'] }`,
    `'urn:ietf:params:oauth:grant-type:device_code'`,
  ),
  arrayCase(
    'as const',
    `{ client_id: 'c', grant_types: ['authorization_code'] as const }`,
    `{ client_id: 'c', grant_types: ['authorization_code', 'refresh_token'] as const }`,
    `'authorization_code'`,
    { ts: true },
  ),
];

{
  const code = [
    'export const clientMetadata = {',
    "  redirect_uris: ['http://localhost/cb'],",
    '  grant_types: [',
    "    'authorization_code', // interactive sign-in",
    '  ],',
    '};',
  ].join('\n');
  invalid.push({
    name: 'multi-line with a trailing comma and a comment',
    code,
    output: code.replace("// interactive sign-in\n", "// interactive sign-in\n    'refresh_token',\n"),
    errors: [lacksAfter(code, 'grant_types: ', `'authorization_code'`)],
  });
}
{
  const code = ['const metadata = {', "\tclient_name: 'c',", '\tgrant_types: [', "\t\t'authorization_code'", '\t]', '};'].join('\n');
  invalid.push({
    name: 'multi-line without a trailing comma, tab indentation',
    code,
    output: code.replace("\t\t'authorization_code'\n", "\t\t'authorization_code',\n\t\t'refresh_token'\n"),
    errors: [lacksAfter(code, 'grant_types: ', `'authorization_code'`)],
  });
}
{
  const code = `class Provider { get clientMetadata() { return { scope: 'mcp:tools', grant_types: ['authorization_code'] }; } }`;
  invalid.push({
    name: 'returned by a clientMetadata getter',
    code,
    output: code.replace(`['authorization_code']`, `['authorization_code', 'refresh_token']`),
    errors: [lacks(code, `['authorization_code']`, `'authorization_code'`)],
  });
}
{
  const code = `await registerClient(url, { clientMetadata: { scope: 'mcp:tools', grant_types: ['authorization_code'] } });`;
  invalid.push({
    name: 'the clientMetadata option of a call',
    code,
    output: code.replace(`['authorization_code']`, `['authorization_code', 'refresh_token']`),
    errors: [lacks(code, `['authorization_code']`, `'authorization_code'`)],
  });
}
{
  const code = `const m = { client_id: 'svc', grant_types: ['client_credentials', 'refresh_token'] };`;
  invalid.push({
    name: 'refresh_token next to client_credentials only: reported, no fix',
    code,
    output: null,
    errors: [{ ...refreshWithout(code, 'grant_types: ', `'client_credentials'`), column: positionOf(code, 'grant_types: ').column + 13 }],
  });
}
{
  const code = `const clientMetadata = { client_name: 'c', redirect_uris: ['http://localhost/cb'] };`;
  const property = `grant_types: ['authorization_code', 'refresh_token']`;
  invalid.push({
    name: 'an interactive client without grant_types: a suggestion (RFC 7591 §2 default)',
    code,
    output: null,
    errors: [missing(code, 'redirect_uris', [addGrantTypes(property, code.replace("/cb'] }", `/cb'], ${property} }`))])],
  });
}
{
  const code = ['export const clientMetadata = {', "  client_name: 'c',", '  redirect_uris: ["http://localhost/cb"],', '};'].join('\n');
  const property = `grant_types: ["authorization_code", "refresh_token"]`;
  invalid.push({
    name: 'without grant_types, multi-line: the new line follows the layout and quotes',
    code,
    output: null,
    errors: [missing(code, 'redirect_uris', [addGrantTypes(property, code.replace('/cb"],\n', `/cb"],\n  ${property},\n`))])],
  });
}
{
  const code = `const m = { "client_name": "c", "redirect_uris": ["http://localhost/cb"] };`;
  const property = `"grant_types": ["authorization_code", "refresh_token"]`;
  invalid.push({
    name: 'without grant_types, quoted keys',
    code,
    output: null,
    errors: [missing(code, '"redirect_uris"', [addGrantTypes(property, code.replace('/cb"] }', `/cb"], ${property} }`))])],
  });
}
// With types.
{
  const code = `const GRANTS = ['authorization_code'] as const;\nconst m = { redirect_uris: ['x'], grant_types: GRANTS };`;
  invalid.push({
    name: 'typed: a constant whose literal contents the checker proves: reported, no fix',
    code,
    ts: true,
    only: ['typed'],
    output: null,
    errors: [lacks(code, 'GRANTS }', `'authorization_code'`)],
  });
}
{
  const code = `interface OAuthClientMetadata { redirect_uris?: string[]; grant_types?: string[]; scope?: string }\ndeclare function register(metadata: OAuthClientMetadata): void;\nregister({ scope: 'mcp', grant_types: ['authorization_code'] });`;
  invalid.push({
    name: 'typed: an object literal contextually typed as OAuthClientMetadata',
    code,
    ts: true,
    only: ['typed'],
    output: code.replace(`['authorization_code'] }`, `['authorization_code', 'refresh_token'] }`),
    errors: [lacks(code, `['authorization_code'] }`, `'authorization_code'`)],
  });
}

const cases = { valid, invalid };
runRuleTests('require-refresh-token-grant', rule, cases);
runFixIdempotenceTests('require-refresh-token-grant', rule, cases);

// Client metadata documents in JSON.
const cimd = `{\n  "client_id": "https://app.example.com/client.json",\n  "client_name": "Example",\n  "redirect_uris": ["http://localhost:8976/callback"],\n  "grant_types": [\n    "authorization_code"\n  ],\n  "token_endpoint_auth_method": "none"\n}`;
const jsonInvalid: InvalidCase[] = [
  {
    name: 'a Client ID Metadata Document, multi-line',
    code: cimd,
    output: cimd.replace('"authorization_code"\n', '"authorization_code",\n    "refresh_token"\n'),
    errors: [lacksAfter(cimd, '"grant_types": ', `'authorization_code'`)],
  },
  {
    name: 'a registration body, one line, trailing comma in JSONC style',
    code: `{ "redirect_uris": ["http://localhost/cb"], "grant_types": ["authorization_code"] }`,
    output: `{ "redirect_uris": ["http://localhost/cb"], "grant_types": ["authorization_code", "refresh_token"] }`,
    errors: [lacks(`{ "redirect_uris": ["http://localhost/cb"], "grant_types": ["authorization_code"] }`, '["authorization_code"]', `'authorization_code'`)],
  },
  {
    name: 'refresh_token with client_credentials only',
    code: `{ "client_id": "svc", "grant_types": ["client_credentials", "refresh_token"] }`,
    output: null,
    errors: [refreshWithout(`{ "client_id": "svc", "grant_types": ["client_credentials", "refresh_token"] }`, '["client', `'client_credentials'`)],
  },
];
{
  const code = `{\n  "client_id": "https://app.example.com/client.json",\n  "redirect_uris": ["http://localhost/cb"]\n}`;
  const property = `"grant_types": ["authorization_code", "refresh_token"]`;
  jsonInvalid.push({
    name: 'a document without grant_types',
    code,
    output: null,
    errors: [missing(code, '"redirect_uris"', [addGrantTypes(property, code.replace('/cb"]\n', `/cb"],\n  ${property}\n`))])],
  });
}
const jsonValid: ValidCase[] = [
  { name: 'client_credentials only', code: `{ "client_id": "svc", "grant_types": ["client_credentials"] }` },
  {
    name: 'authorization-server metadata',
    code: `{ "issuer": "https://as", "authorization_endpoint": "https://as/a", "token_endpoint": "https://as/t", "grant_types_supported": ["authorization_code"] }`,
  },
  { name: 'grant_types with nothing that says client', code: `{ "grant_types": ["authorization_code"] }` },
  { name: 'a nested object without grant_types is not a document', code: `{ "clients": [{ "client_id": "a", "redirect_uris": ["http://localhost/cb"] }] }` },
  { name: 'a package.json', code: `{ "name": "x", "version": "1.0.0", "scripts": { "test": "vitest" } }` },
  { name: 'the option off', code: `{ "client_id": "a", "redirect_uris": ["http://localhost/cb"] }`, options: [{ requireExplicitGrantTypes: false }] },
];
runJsonRuleTests('require-refresh-token-grant', rule, { valid: jsonValid, invalid: jsonInvalid });
