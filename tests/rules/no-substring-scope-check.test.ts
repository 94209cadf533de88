import rule from '../../rules/no-substring-scope-check.js';
import {
  type ErrorSpec,
  type InvalidCase,
  runFixIdempotenceTests,
  runRuleTests,
  type SuggestionSpec,
  type ValidCase,
} from '../support/rule-tester.js';

/** The report, found at `column` of `line`, for a literal token. */
function substringTest(token: string, line: number, column: number, suggestions: SuggestionSpec[] = []): ErrorSpec {
  const value = token.slice(1, -1);
  return { messageId: 'substringTest', data: { token, tokenCode: token, example: `'no_${value}'` }, line, column, suggestions };
}

function useTokenTest(replacement: string, output: string): SuggestionSpec {
  return { messageId: 'useTokenTest', data: { replacement }, output };
}

const valid: ValidCase[] = [
  // SPEC §4: `.includes` on arrays is correct code.
  { name: 'plural name', code: `const scopes = ['openid', 'offline_access']; scopes.includes('offline_access');` },
  { name: 'scopes_supported', code: `function f(metadata) { return metadata.scopes_supported.includes('offline_access'); }` },
  { name: 'optional scopes_supported', code: `function f(metadata) { return metadata?.scopes_supported?.includes('offline_access'); }` },
  { name: 'grant_types', code: `function f(client) { return client.grant_types.includes('refresh_token'); }` },
  { name: 'split result', code: `function f(raw) { const scope = raw.split(' '); return scope.includes('offline_access'); }` },
  { name: 'inline split', code: `function f(scope) { return scope.split(' ').includes('offline_access'); }` },
  { name: 'typed string already split', code: `function f(scope: string) { return scope.split(' ').includes('offline_access'); }`, ts: true },
  { name: 'array literal initializer', code: `const scope = ['openid', 'offline_access']; scope.includes('offline_access');` },
  { name: 'array annotation', code: `function f(scope: string[]) { return scope.includes('offline_access'); }`, ts: true },
  { name: 'readonly array annotation', code: `function f(scope: readonly string[]) { return scope.includes('offline_access'); }`, ts: true },
  { name: 'Array<string> annotation', code: `function f(scope: Array<string>) { return scope.includes('offline_access'); }`, ts: true },
  { name: 'string or array annotation', code: `function f(scope: string | string[]) { return scope.includes('offline_access'); }`, ts: true },
  { name: 'joined elsewhere', code: `function f(scope) { send(scope.join(' ')); return scope.includes('offline_access'); }` },
  { name: 'mapped elsewhere', code: `function f(scope) { scope.map(s => s.trim()); return scope.includes('offline_access'); }` },
  { name: 'some() elsewhere', code: `function f(scope) { if (scope.some(s => s === 'openid')) {} return scope.includes('offline_access'); }` },
  { name: 'spread elsewhere', code: `function f(scope) { const all = [...scope]; return scope.includes('offline_access'); }` },
  { name: 'Array.isArray guard', code: `function f(scope) { if (Array.isArray(scope)) return false; return scope.includes('offline_access'); }` },
  {
    name: 'string evidence and array evidence together stay silent',
    code: `function f(scope) { scope.trim(); scope.join(' '); return scope.includes('offline_access'); }`,
  },
  {
    name: 'request object declaring scope: string[] (SPEC §4)',
    code: `interface AuthorizationRequest { scope: string[] } function f(request: AuthorizationRequest) { return request.scope.includes('offline_access'); }`,
    ts: true,
  },
  {
    name: 'class field holding an array',
    code: `class Config { scope: string[] = []; wantsRefresh() { return this.scope.includes('offline_access'); } }`,
    ts: true,
  },
  { name: 'a .scope property alone is no evidence', code: `function f(config) { return config.scope.includes('offline_access'); }` },
  { name: 'a parameter alone is no evidence', code: `function f(scope) { return scope.includes('offline_access'); }` },
  { name: 'an import is no evidence', code: `import { scope } from './config.js'; scope.includes('offline_access');` },
  { name: 'typed object member declared elsewhere', code: `declare const options: { scope: readonly string[] }; options.scope.includes('offline_access');`, ts: true },
  { name: 'destructured from an array literal', code: `const { scope } = { scope: ['openid'] }; scope.includes('openid');` },
  // Not a scope token: a delimiter or prefix probe, or several tokens.
  { name: 'comma probe', code: `function f(scope = '') { return scope.includes(','); }` },
  { name: 'prefix probe', code: `function f(scope = '') { return scope.includes('mcp:'); }` },
  { name: 'two tokens', code: `function f(scope = '') { return scope.includes('openid profile'); }` },
  { name: 'unknown token variable without types', code: `function f(scope = '', wanted) { return scope.includes(wanted); }` },
  {
    // With types, `token` is a string, and any string-typed token is reported (see the typed cases).
    name: 'reassigned token constant',
    code: `let token = 'openid'; token = next(); function f(scope = '') { return scope.includes(token); }`,
    only: ['espree', 'untyped'],
  },
  // Not a substring test, or not on a scope.
  { name: 'position argument', code: `function f(scope = '') { return scope.includes('openid', 2); }` },
  { name: 'index not compared', code: `function f(scope = '') { const at = scope.indexOf('openid'); return at; }` },
  { name: 'index compared with another number', code: `function f(scope = '') { return scope.indexOf('openid') > 2; }` },
  { name: 'not a scope name', code: `function f(telescope = '') { return telescope.includes('offline_access'); }` },
  { name: 'scope qualifying another word', code: `function f(scopeManager = '') { return scopeManager.includes('global'); }` },
  { name: 'anchored regex is a token test', code: `function f(scope = '') { return /(^| )offline_access( |$)/.test(scope); }` },
  { name: 'word-boundary regex', code: `function f(scope = '') { return /\\boffline_access\\b/.test(scope); }` },
  { name: 'regex with wildcard', code: `function f(scope = '') { return scope.match(/offline.access/); }` },
  { name: 'option name not configured', code: `function f(perms = '') { return perms.includes('admin'); }` },
];

const invalid: InvalidCase[] = [
  {
    name: 'string annotation',
    code: `function f(scope: string) { return scope.includes('offline_access'); }`,
    ts: true,
    output: `function f(scope: string) { return scope.split(' ').includes('offline_access'); }`,
    errors: [substringTest(`'offline_access'`, 1, 36)],
  },
  {
    name: 'string default parameter',
    code: `function f(scope = '') { return scope.includes('offline_access'); }`,
    output: `function f(scope = '') { return scope.split(' ').includes('offline_access'); }`,
    errors: [substringTest(`'offline_access'`, 1, 33)],
  },
  {
    name: 'the SDK 1.x startAuthorization shape: evidence from searchParams.set',
    code: [
      `function start(url, { scope }) {`,
      `  if (scope) url.searchParams.set('scope', scope);`,
      `  if (scope?.includes('offline_access')) url.searchParams.append('prompt', 'consent');`,
      `}`,
    ].join('\n'),
    output: [
      `function start(url, { scope }) {`,
      `  if (scope) url.searchParams.set('scope', scope);`,
      `  if (scope?.split(' ').includes('offline_access')) url.searchParams.append('prompt', 'consent');`,
      `}`,
    ].join('\n'),
    errors: [substringTest(`'offline_access'`, 3, 7)],
  },
  {
    name: 'searchParams.get initializer',
    code: `const scope = new URL(location.href).searchParams.get('scope'); if (scope?.includes('openid')) {}`,
    output: `const scope = new URL(location.href).searchParams.get('scope'); if (scope?.split(' ').includes('openid')) {}`,
    errors: [substringTest(`'openid'`, 1, 69)],
  },
  {
    name: 'initializer that is a scope value with a string default',
    code: `function f(tokens) { const granted = tokens.scope ?? ''; return granted.includes('offline_access'); }`,
    output: `function f(tokens) { const granted = tokens.scope ?? ''; return granted.split(' ').includes('offline_access'); }`,
    errors: [substringTest(`'offline_access'`, 1, 65)],
  },
  {
    name: 'used as a string elsewhere: trim()',
    code: `function f(scope) { const clean = scope.trim(); return scope.includes('openid') && clean; }`,
    output: `function f(scope) { const clean = scope.trim(); return scope.split(' ').includes('openid') && clean; }`,
    errors: [substringTest(`'openid'`, 1, 56)],
  },
  {
    name: 'typeof guard',
    code: `function f(scope) { return typeof scope === 'string' && scope.includes('openid'); }`,
    output: `function f(scope) { return typeof scope === 'string' && scope.split(' ').includes('openid'); }`,
    errors: [substringTest(`'openid'`, 1, 57)],
  },
  {
    name: 'template initializer',
    code: 'const resolvedScope = `${base} offline_access`; resolvedScope.includes("offline_access");',
    output: 'const resolvedScope = `${base} offline_access`; resolvedScope.split(" ").includes("offline_access");',
    errors: [substringTest(`"offline_access"`, 1, 49)],
  },
  {
    name: 'joined array initializer is a string',
    code: `function f(scopes) { const requested_scope = scopes.join(' '); return requested_scope.includes('openid'); }`,
    output: `function f(scopes) { const requested_scope = scopes.join(' '); return requested_scope.split(' ').includes('openid'); }`,
    errors: [substringTest(`'openid'`, 1, 71)],
  },
  {
    name: 'class field initialised with a string',
    code: `class Provider { _scope = ''; wantsRefresh() { return this._scope.includes('offline_access'); } }`,
    output: `class Provider { _scope = ''; wantsRefresh() { return this._scope.split(' ').includes('offline_access'); } }`,
    errors: [substringTest(`'offline_access'`, 1, 55)],
  },
  {
    name: 'constructor parameter property',
    code: `class Provider { constructor(private readonly scope: string) {} wantsRefresh() { return this.scope.includes('offline_access'); } }`,
    ts: true,
    output: `class Provider { constructor(private readonly scope: string) {} wantsRefresh() { return this.scope.split(' ').includes('offline_access'); } }`,
    errors: [substringTest(`'offline_access'`, 1, 89)],
  },
  {
    name: 'object member declared as a string in the annotation',
    code: `function f(options: { scope?: string }) { return options.scope?.includes('openid'); }`,
    ts: true,
    output: `function f(options: { scope?: string }) { return options.scope?.split(' ').includes('openid'); }`,
    errors: [substringTest(`'openid'`, 1, 50)],
  },
  {
    name: 'local interface and type alias',
    code: `type Scope = string; interface Tokens { scope?: Scope } function f(tokens: Tokens) { return tokens.scope?.includes('openid'); }`,
    ts: true,
    output: `type Scope = string; interface Tokens { scope?: Scope } function f(tokens: Tokens) { return tokens.scope?.split(' ').includes('openid'); }`,
    errors: [substringTest(`'openid'`, 1, 93)],
  },
  {
    name: 'destructured parameter with a type literal',
    code: `function f({ scope }: { scope?: string }) { return scope?.includes('openid'); }`,
    ts: true,
    output: `function f({ scope }: { scope?: string }) { return scope?.split(' ').includes('openid'); }`,
    errors: [substringTest(`'openid'`, 1, 52)],
  },
  {
    name: 'non-null assertion kept',
    code: `let scope: string | undefined; scope!.includes('openid');`,
    ts: true,
    output: `let scope: string | undefined; scope!.split(' ').includes('openid');`,
    errors: [substringTest(`'openid'`, 1, 32)],
  },
  {
    name: 'comments kept',
    code: `function f(scope = '') { return scope /* granted */ . /* method */ includes('openid' /* token */); }`,
    output: `function f(scope = '') { return scope /* granted */ . /* method */ split(' ').includes('openid' /* token */); }`,
    errors: [substringTest(`'openid'`, 1, 33)],
  },
  {
    name: 'token from a constant',
    code: `const OFFLINE_ACCESS = 'offline_access'; function f(scope = '') { return scope.includes(OFFLINE_ACCESS); }`,
    output: `const OFFLINE_ACCESS = 'offline_access'; function f(scope = '') { return scope.split(' ').includes(OFFLINE_ACCESS); }`,
    errors: [{ ...substringTest(`'offline_access'`, 1, 74), data: { token: '`OFFLINE_ACCESS`', tokenCode: 'OFFLINE_ACCESS', example: `'no_offline_access'` } }],
  },
  // indexOf / lastIndexOf compared with -1 or 0, in every operand order.
  ...(
    [
      [`scope.indexOf('openid') !== -1`, `scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') != -1`, `scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') > -1`, `scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') >= 0`, `scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') === -1`, `!scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') == -1`, `!scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') < 0`, `!scope.split(' ').includes('openid')`],
      [`scope.indexOf('openid') <= -1`, `!scope.split(' ').includes('openid')`],
      [`-1 !== scope.indexOf('openid')`, `scope.split(' ').includes('openid')`],
      [`-1 < scope.indexOf('openid')`, `scope.split(' ').includes('openid')`],
      [`0 <= scope.indexOf('openid')`, `scope.split(' ').includes('openid')`],
      [`0 > scope.indexOf('openid')`, `!scope.split(' ').includes('openid')`],
      [`scope.lastIndexOf('openid') !== -1`, `scope.split(' ').includes('openid')`],
      [`scope.lastIndexOf('openid') < 0`, `!scope.split(' ').includes('openid')`],
    ] as const
  ).map(([test, fixed]): InvalidCase => {
    const prefix = `function f(scope = '') { return `;
    return {
      name: test,
      code: `${prefix}${test}; }`,
      output: `${prefix}${fixed}; }`,
      errors: [substringTest(`'openid'`, 1, prefix.length + 1 + test.indexOf('scope.'))],
    };
  }),
  {
    name: 'negated comparison keeps its parentheses',
    code: `function f(scope = '') { return !(scope.indexOf('openid') !== -1); }`,
    output: `function f(scope = '') { return !(scope.split(' ').includes('openid')); }`,
    errors: [substringTest(`'openid'`, 1, 35)],
  },
  {
    name: 'optional chain where the comparison keeps its meaning: autofix',
    code: `function f(scope = '') { return scope?.indexOf('openid') > -1; }`,
    output: `function f(scope = '') { return scope?.split(' ').includes('openid'); }`,
    errors: [substringTest(`'openid'`, 1, 33)],
  },
  {
    name: 'optional chain where undefined !== -1 was true: suggestion only',
    code: `function f(scope = '') { return scope?.indexOf('openid') !== -1; }`,
    output: null,
    errors: [
      substringTest(`'openid'`, 1, 33, [
        useTokenTest(`scope?.split(' ').includes('openid')`, `function f(scope = '') { return scope?.split(' ').includes('openid'); }`),
      ]),
    ],
  },
  {
    name: 'a comment inside the comparison would be lost: no fix',
    code: `function f(scope = '') { return scope.indexOf('openid') /* found */ !== -1; }`,
    output: null,
    errors: [substringTest(`'openid'`, 1, 33)],
  },
  {
    name: 'indexOf at position 0 asks a different question: suggestion only',
    code: `function f(scope = '') { return scope.indexOf('openid') === 0; }`,
    output: null,
    errors: [
      substringTest(`'openid'`, 1, 33, [
        useTokenTest(`scope.split(' ').includes('openid')`, `function f(scope = '') { return scope.split(' ').includes('openid'); }`),
      ]),
    ],
  },
  {
    name: 'search with a string',
    code: `function f(scope = '') { return scope.search('openid') !== -1; }`,
    output: null,
    errors: [
      substringTest(`'openid'`, 1, 33, [
        useTokenTest(`scope.split(' ').includes('openid')`, `function f(scope = '') { return scope.split(' ').includes('openid'); }`),
      ]),
    ],
  },
  {
    name: 'search with a regex, not found',
    code: `function f(scope = '') { return scope.search(/offline_access/) === -1; }`,
    output: null,
    errors: [
      substringTest(`'offline_access'`, 1, 33, [
        useTokenTest(
          `!scope.split(' ').includes('offline_access')`,
          `function f(scope = '') { return !scope.split(' ').includes('offline_access'); }`,
        ),
      ]),
    ],
  },
  {
    name: 'startsWith',
    code: `function f(scope = '') { return scope.startsWith('openid'); }`,
    output: null,
    errors: [
      substringTest(`'openid'`, 1, 33, [
        useTokenTest(`scope.split(' ').includes('openid')`, `function f(scope = '') { return scope.split(' ').includes('openid'); }`),
      ]),
    ],
  },
  {
    name: 'endsWith on an optional chain',
    code: `function f(scope = '') { return scope?.endsWith('offline_access'); }`,
    output: null,
    errors: [
      substringTest(`'offline_access'`, 1, 33, [
        useTokenTest(
          `scope?.split(' ').includes('offline_access')`,
          `function f(scope = '') { return scope?.split(' ').includes('offline_access'); }`,
        ),
      ]),
    ],
  },
  {
    name: 'match in a condition',
    code: `function f(scope = '') { if (scope.match(/offline_access/)) return 1; }`,
    output: null,
    errors: [
      substringTest(`'offline_access'`, 1, 30, [
        useTokenTest(
          `scope.split(' ').includes('offline_access')`,
          `function f(scope = '') { if (scope.split(' ').includes('offline_access')) return 1; }`,
        ),
      ]),
    ],
  },
  {
    name: 'match used as an array: reported, nothing offered',
    code: `function f(scope = '') { const found = scope.match(/offline_access/); return found; }`,
    output: null,
    errors: [substringTest(`'offline_access'`, 1, 40)],
  },
  {
    name: 'regex literal test',
    code: `function f(scope = '') { return /offline_access/.test(scope); }`,
    output: null,
    errors: [
      substringTest(`'offline_access'`, 1, 33, [
        useTokenTest(`scope.split(' ').includes('offline_access')`, `function f(scope = '') { return scope.split(' ').includes('offline_access'); }`),
      ]),
    ],
  },
  {
    name: 'new RegExp test with an escaped token, quotes follow the file',
    code: `const a = "x"; function f(scope = "") { return new RegExp('mcp\\\\:tools').test(scope); }`,
    output: null,
    errors: [
      {
        messageId: 'substringTest',
        data: { token: `"mcp:tools"`, tokenCode: `"mcp:tools"`, example: `'no_mcp:tools'` },
        line: 1,
        column: 48,
        suggestions: [
          useTokenTest(
            `scope.split(" ").includes("mcp:tools")`,
            `const a = "x"; function f(scope = "") { return scope.split(" ").includes("mcp:tools"); }`,
          ),
        ],
      },
    ],
  },
  {
    name: 'scopeNames option, exact and regex',
    code: `function f(perms = '', grantedPermissions = '') { return perms.includes('admin') || grantedPermissions.includes('read'); }`,
    options: [{ scopeNames: ['perms', '/^granted/'] }],
    output: `function f(perms = '', grantedPermissions = '') { return perms.split(' ').includes('admin') || grantedPermissions.split(' ').includes('read'); }`,
    errors: [substringTest(`'admin'`, 1, 58), substringTest(`'read'`, 1, 85)],
  },
  // With types: the checker proves what the code around the call does not show.
  {
    name: 'typed: a member whose declaration is elsewhere',
    code: `declare function getTokens(): { scope: string }; const tokens = getTokens(); tokens.scope.includes('offline_access');`,
    ts: true,
    only: ['typed'],
    output: `declare function getTokens(): { scope: string }; const tokens = getTokens(); tokens.scope.split(' ').includes('offline_access');`,
    errors: [substringTest(`'offline_access'`, 1, 78)],
  },
  {
    name: 'typed: a string-typed token variable',
    code: `function f(scope: string, wanted: string) { return scope.includes(wanted); }`,
    ts: true,
    only: ['typed'],
    output: `function f(scope: string, wanted: string) { return scope.split(' ').includes(wanted); }`,
    errors: [
      {
        messageId: 'substringTest',
        data: { token: '`wanted`', tokenCode: 'wanted', example: 'any longer token that contains it' },
        line: 1,
        column: 52,
        suggestions: [],
      },
    ],
  },
  {
    name: 'typed: a branded string',
    code: `type Scope = string & { readonly __brand: 'Scope' }; declare const scope: Scope | undefined; scope?.includes('openid');`,
    ts: true,
    output: `type Scope = string & { readonly __brand: 'Scope' }; declare const scope: Scope | undefined; scope?.split(' ').includes('openid');`,
    errors: [substringTest(`'openid'`, 1, 94)],
  },
];

const typedOnlyValid: ValidCase[] = [
  {
    name: 'typed: the checker says array, whatever the code around says',
    code: `declare function getScope(): string[]; const scope = getScope(); scope.includes('openid');`,
    ts: true,
    only: ['typed'],
  },
  {
    name: 'typed: a Set is not a string',
    code: `declare const scope: { includes(token: string): boolean }; scope.includes('openid');`,
    ts: true,
    only: ['typed'],
  },
];

const cases = { valid: [...valid, ...typedOnlyValid], invalid };
runRuleTests('no-substring-scope-check', rule, cases);
runFixIdempotenceTests('no-substring-scope-check', rule, cases);
