import rule from '../../rules/prefer-determine-scope.js';
import {
  type ErrorSpec,
  type InvalidCase,
  positionOf,
  runFixIdempotenceTests,
  runRuleTests,
  type SuggestionSpec,
  type ValidCase,
} from '../support/rule-tester.js';

const ALL = { sources: 'the requested scope, PRM scopes_supported, clientMetadata.scope', missing: '' };
const REQUESTED_AND_CLIENT = { sources: 'the requested scope, clientMetadata.scope', missing: ' and skips PRM scopes_supported' };
const CHAIN = `scope || resourceMetadata?.scopes_supported?.join(' ') || provider.clientMetadata.scope`;

function handRolled(code: string, needle: string, data: Record<string, string>, suggestions: SuggestionSpec[]): ErrorSpec {
  return { messageId: 'handRolledSelection', data, ...positionOf(code, needle), suggestions };
}

/** The same call with `offlineAccess: 'never'`, as the selection-only suggestion writes it. */
function selectionOnlyCall(call: string): string {
  return call.replace(' })', `, offlineAccess: 'never' })`);
}

function full(call: string, output: string): SuggestionSpec {
  return { messageId: 'useDetermineScope', data: { call }, output };
}

function selectionOnly(call: string, output: string): SuggestionSpec {
  return { messageId: 'useDetermineScopeSelectionOnly', data: { call }, output };
}

/** A complete chain in the spec's order: an autofix, and the selection-only variant offered. */
function completeChainCase(name: string, before: string, after: string, extra: Partial<InvalidCase> = {}, callee = 'determineScope'): InvalidCase {
  const call = `${callee}({ requestedScope: scope, resourceMetadata, authServerMetadata: metadata, clientMetadata: provider.clientMetadata })`;
  const neverCall = selectionOnlyCall(call);
  const code = before.replace('CHAIN', CHAIN);
  return {
    name,
    code,
    output: after.replace('CALL', call),
    errors: [handRolled(code, 'scope ||', ALL, [selectionOnly(neverCall, after.replace('CALL', neverCall))])],
    ...extra,
  };
}

const body = `export async function authInternal(provider, { scope, resourceMetadata, metadata }) {\n  const resolvedScope = CHAIN;\n  return resolvedScope;\n}`;
const fixedBody = body.replace('CHAIN', 'CALL');

const valid: ValidCase[] = [
  { name: 'a string default', code: `function f(scope) { return scope || ''; }` },
  { name: 'two requested scopes are a plain fallback', code: `function f(scope, defaultScope) { return scope ?? defaultScope; }` },
  { name: 'a token response: an omitted scope means the requested one (RFC 6749 §5.1)', code: `function f(tokens, requested) { return tokens.scope ?? requested; }` },
  {
    name: 'a token response with the client scope as fallback',
    code: `function f(tokens, clientMetadata) { return tokens.scope ?? clientMetadata.scope; }`,
  },
  {
    name: 'the body of determineScope itself',
    code: `function determineScope({ requestedScope, resourceMetadata, clientMetadata }) { return requestedScope || resourceMetadata?.scopes_supported?.join(' ') || clientMetadata.scope; }`,
  },
  {
    name: 'an arrow function bound to determineScope',
    code: `const determineScope = o => o.requestedScope || o.resourceMetadata?.scopes_supported?.join(' ') || o.clientMetadata.scope;`,
  },
  {
    name: 'a helper listed in resolvers',
    code: `class Auth { selectScope(scope, prm, clientMetadata) { return scope || prm.scopes_supported.join(' ') || clientMetadata.scope; } }`,
    options: [{ resolvers: ['selectScope'] }],
  },
  { name: 'a comma join is not the PRM source', code: `function f(scope, prm) { return scope || prm.scopes_supported.join(','); }` },
  { name: 'client.scope is not clientMetadata.scope', code: `function f(scope, client) { return scope || client.scope; }` },
  { name: 'a conditional with one source', code: `function f(granted, clientMetadata) { return granted ? 'yes' : clientMetadata.scope; }` },
  { name: '&& is not selection', code: `function f(scope, clientMetadata) { return scope && clientMetadata.scope; }` },
];

const twoChains = [
  `export function a(scope, prm, clientMetadata) { return scope || prm.scopes_supported.join(' ') || clientMetadata.scope; }`,
  `export function b(scope, prm, clientMetadata) { return scope || prm.scopes_supported.join(' ') || clientMetadata.scope; }`,
].join('\n');

const invalid: InvalidCase[] = [
  completeChainCase(
    'the SDK 1.x authInternal shape: import added after the last import, metadata as authServerMetadata',
    `import { x } from './x.js';\n${body}`,
    `import { x } from './x.js';\nimport { determineScope } from 'eslint-plugin-mcp-oauth/scope';\n${fixedBody}`,
  ),
  completeChainCase(
    'no imports yet: before the first statement and its attached comment, after a detached header',
    `/* Copyright header */\n\n/** Runs the flow. */\n${body}`,
    `/* Copyright header */\n\nimport { determineScope } from 'eslint-plugin-mcp-oauth/scope';\n/** Runs the flow. */\n${fixedBody}`,
  ),
  completeChainCase(
    'an existing import of determineScope under another name',
    `import { determineScope as pickScope } from '@acme/oauth';\n${body}`,
    `import { determineScope as pickScope } from '@acme/oauth';\n${fixedBody}`,
    {},
    'pickScope',
  ),
  completeChainCase(
    'merged into an existing import from the same module',
    `import { unionScopes } from 'eslint-plugin-mcp-oauth/scope';\n${body}`,
    `import { unionScopes, determineScope } from 'eslint-plugin-mcp-oauth/scope';\n${fixedBody}`,
  ),
  completeChainCase(
    'a type-only import is not merged into',
    `import type { DetermineScopeOptions } from 'eslint-plugin-mcp-oauth/scope';\n${body}`,
    `import type { DetermineScopeOptions } from 'eslint-plugin-mcp-oauth/scope';\nimport { determineScope } from 'eslint-plugin-mcp-oauth/scope';\n${fixedBody}`,
    { ts: true },
  ),
  completeChainCase(
    'a determineScope declared in the file',
    `function determineScope(options) { return options.requestedScope; }\n${body}`,
    `function determineScope(options) { return options.requestedScope; }\n${fixedBody}`,
  ),
  completeChainCase(
    'CommonJS: a require after the directive prologue, no semicolons kept',
    `'use strict'\n${body.replace('export ', '').replaceAll(';', '')}\nmodule.exports = { authInternal }`,
    `'use strict'\nconst { determineScope } = require('eslint-plugin-mcp-oauth/scope')\n${fixedBody.replace('export ', '').replaceAll(';', '')}\nmodule.exports = { authInternal }`,
    { languageOptions: { sourceType: 'commonjs' } },
  ),
  completeChainCase(
    'a module-parsed file that only uses require: merged into its require',
    `const { unionScopes } = require('eslint-plugin-mcp-oauth/scope');\n${body.replace('export ', '')}\nmodule.exports = { authInternal, unionScopes };`,
    `const { unionScopes, determineScope } = require('eslint-plugin-mcp-oauth/scope');\n${fixedBody.replace('export ', '')}\nmodule.exports = { authInternal, unionScopes };`,
  ),
  completeChainCase(
    'the importSource option',
    body,
    `import { determineScope } from '@acme/mcp-scope';\n${fixedBody}`,
    { options: [{ importSource: '@acme/mcp-scope' }] },
  ),
];

// A few cases whose outputs do not follow the template above.
{
  const code = `import { x } from './x.js';\nexport function f(scope, resourceMetadata, clientMetadata) {\n  return scope || resourceMetadata?.scopes_supported?.join(' ') || clientMetadata.scope || '';\n}`;
  const call = `determineScope({ requestedScope: scope, resourceMetadata, clientMetadata })`;
  const fixed = (text: string) =>
    `import { x } from './x.js';\nimport { determineScope } from 'eslint-plugin-mcp-oauth/scope';\nexport function f(scope, resourceMetadata, clientMetadata) {\n  return ${text} || '';\n}`;
  const never = selectionOnlyCall(call);
  invalid.push({
    name: 'a trailing default is kept; no AS metadata in scope means no authServerMetadata',
    code,
    output: fixed(call),
    errors: [handRolled(code, 'scope ||', ALL, [selectionOnly(never, fixed(never))])],
  });
}
{
  const code = `export async function fetchToken(provider, { metadata, scope }) {\n  const effectiveScope = scope ?? provider.clientMetadata.scope;\n  return effectiveScope;\n}`;
  const call = `determineScope({ requestedScope: scope, authServerMetadata: metadata, clientMetadata: provider.clientMetadata })`;
  const never = selectionOnlyCall(call);
  const fixed = (text: string) =>
    `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\nexport async function fetchToken(provider, { metadata, scope }) {\n  const effectiveScope = ${text};\n  return effectiveScope;\n}`;
  invalid.push({
    name: 'a partial chain (the SDK 2.x fetchToken shape): suggestions only, since completing it changes behaviour',
    code,
    output: null,
    errors: [handRolled(code, 'scope ??', REQUESTED_AND_CLIENT, [full(call, fixed(call)), selectionOnly(never, fixed(never))])],
  });
}
{
  const code = `function f(scope, prm, clientMetadata) { return scope ?? prm?.scopes_supported?.join(' ') ?? clientMetadata.scope; }`;
  const call = `determineScope({ requestedScope: scope, resourceMetadata: prm, clientMetadata })`;
  const never = selectionOnlyCall(call);
  const fixed = (text: string) => `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\nfunction f(scope, prm, clientMetadata) { return ${text}; }`;
  invalid.push({
    name: 'a complete ?? chain keeps empty strings that determineScope skips: suggestions only',
    code,
    output: null,
    errors: [handRolled(code, 'scope ??', ALL, [full(call, fixed(call)), selectionOnly(never, fixed(never))])],
  });
}
{
  const code = `function f(scope, clientMetadata) { return clientMetadata.scope || scope; }`;
  const call = `determineScope({ requestedScope: scope, clientMetadata })`;
  const never = selectionOnlyCall(call);
  const fixed = (text: string) => `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\nfunction f(scope, clientMetadata) { return ${text}; }`;
  invalid.push({
    name: 'sources out of the spec order',
    code,
    output: null,
    errors: [
      handRolled(code, 'clientMetadata.scope ||', { sources: 'clientMetadata.scope, the requested scope', missing: ' and skips PRM scopes_supported' }, [
        full(call, fixed(call)),
        selectionOnly(never, fixed(never)),
      ]),
    ],
  });
}
{
  const code = `function f(scope, clientMetadata) { return scope ? scope : clientMetadata.scope; }`;
  const call = `determineScope({ requestedScope: scope, clientMetadata })`;
  const never = selectionOnlyCall(call);
  const fixed = (text: string) => `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\nfunction f(scope, clientMetadata) { return ${text}; }`;
  invalid.push({
    name: 'a conditional',
    code,
    output: null,
    errors: [handRolled(code, 'scope ?', REQUESTED_AND_CLIENT, [full(call, fixed(call)), selectionOnly(never, fixed(never))])],
  });
}
{
  const code = `function f(scope, clientMetadata) { return scope || readDefault() || clientMetadata.scope; }`;
  invalid.push({
    name: 'an operand the fix cannot place: reported, nothing offered',
    code,
    output: null,
    errors: [handRolled(code, 'scope ||', REQUESTED_AND_CLIENT, [])],
  });
}
{
  const [chainA, chainB] = twoChains.split('\n') as [string, string];
  const chain = `scope || prm.scopes_supported.join(' ') || clientMetadata.scope`;
  const call = `determineScope({ requestedScope: scope, resourceMetadata: prm, clientMetadata })`;
  const never = selectionOnlyCall(call);
  const importLine = `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';`;
  invalid.push({
    name: 'two reports share one import: the second pass reuses the first pass’s import',
    code: twoChains,
    output: [`${importLine}\n${chainA.replace(chain, call)}\n${chainB}`, `${importLine}\n${chainA.replace(chain, call)}\n${chainB.replace(chain, call)}`],
    errors: [
      handRolled(twoChains, 'scope ||', ALL, [selectionOnly(never, `${importLine}\n${chainA.replace(chain, never)}\n${chainB}`)]),
      {
        ...handRolled(twoChains, 'scope ||', ALL, [selectionOnly(never, `${importLine}\n${chainA}\n${chainB.replace(chain, never)}`)]),
        ...positionOf(twoChains, 'scope ||', 1),
      },
    ],
  });
}
{
  const code = `export async function f(scope, prm, clientMetadata) {\n  const s = scope || prm.scopes_supported.join(' ') || clientMetadata.scope;\n  const metadata = await discover();\n  return [s, metadata];\n}`;
  const call = `determineScope({ requestedScope: scope, resourceMetadata: prm, clientMetadata })`;
  const never = selectionOnlyCall(call);
  const fixed = (text: string) => `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\n${code.replace(`scope || prm.scopes_supported.join(' ') || clientMetadata.scope`, text)}`;
  invalid.push({
    name: 'AS metadata declared after the chain is not used',
    code,
    output: fixed(call),
    errors: [handRolled(code, 'scope ||', ALL, [selectionOnly(never, fixed(never))])],
  });
}
{
  const code = `function f(scope, metadata, clientMetadata) { return scope || metadata.scopes_supported.join(' ') || clientMetadata.scope; }`;
  const call = `determineScope({ requestedScope: scope, resourceMetadata: metadata, clientMetadata })`;
  const never = selectionOnlyCall(call);
  const fixed = (text: string) => `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\nfunction f(scope, metadata, clientMetadata) { return ${text}; }`;
  invalid.push({
    name: 'a metadata binding that is the PRM is not also the AS metadata',
    code,
    output: fixed(call),
    errors: [handRolled(code, 'scope ||', ALL, [selectionOnly(never, fixed(never))])],
  });
}
// With types: the checker tells which binding holds authorization-server metadata.
{
  const declarations = `interface ResourceMetadata { resource: string; scopes_supported?: string[] }\ninterface AuthServerMetadata { issuer: string; authorization_endpoint: string; token_endpoint: string; scopes_supported?: string[] }\n`;
  const fn = `function f(scope: string | undefined, prm: ResourceMetadata, metadata: ResourceMetadata, discovered: AuthServerMetadata, clientMetadata: { scope?: string }) {\n  return scope || prm.scopes_supported?.join(' ') || clientMetadata.scope;\n}`;
  const code = declarations + fn;
  const chain = `scope || prm.scopes_supported?.join(' ') || clientMetadata.scope`;
  const fixed = (text: string) => `import { determineScope } from 'eslint-plugin-mcp-oauth/scope';\n${declarations}${fn.replace(chain, text)}`;
  for (const [tester, asBinding] of [
    ['untyped', 'metadata'],
    ['typed', 'discovered'],
  ] as const) {
    const call = `determineScope({ requestedScope: scope, resourceMetadata: prm, authServerMetadata: ${asBinding}, clientMetadata })`;
    const never = selectionOnlyCall(call);
    invalid.push({
      name: `${tester}: the AS metadata binding (${asBinding})`,
      code,
      ts: true,
      only: [tester],
      output: fixed(call),
      errors: [handRolled(code, 'scope ||', ALL, [selectionOnly(never, fixed(never))])],
    });
  }
}

const cases = { valid, invalid };
runRuleTests('prefer-determine-scope', rule, cases);
runFixIdempotenceTests('prefer-determine-scope', rule, cases);
