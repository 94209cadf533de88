import rule from '../../rules/no-invalid-scope-delimiter.js';
import {
  type ErrorSpec,
  type InvalidCase,
  positionOf,
  runFixIdempotenceTests,
  runRuleTests,
  type SuggestionSpec,
  type ValidCase,
} from '../support/rule-tester.js';

function report(code: string, needle: string, messageId: string, separator: string | undefined, suggestion: string | null = null): ErrorSpec {
  const suggestions: SuggestionSpec[] = suggestion === null ? [] : [{ messageId: 'useSpace', output: suggestion }];
  return { messageId, ...(separator !== undefined && { data: { separator } }), ...positionOf(code, needle), suggestions };
}

const valid: ValidCase[] = [
  { name: 'joined with one space', code: `function f(url, scopes) { url.searchParams.set('scope', scopes.join(' ')); }` },
  { name: 'display text', code: `function f(scopes) { console.log(\`Granted: \${scopes.join(', ')}\`); return scopes.join(', '); }` },
  { name: 'a scope-named label', code: `function f(scopes) { const scopeLabel = scopes.join(', '); return scopeLabel; }` },
  { name: 'CSV', code: `function f(rows) { return rows.map(row => row.join(',')).join('\\n'); }` },
  { name: 'an unrelated join', code: `function f(parts) { const path = parts.join('/'); return path; }` },
  { name: 'a form-encoded space in a hand-built query', code: 'function f(scopes) { return `?scope=${scopes.join(\'+\')}`; }' },
  { name: 'splitting on spaces', code: `function f(tokens) { return tokens.scope.split(' '); }` },
  { name: 'a tolerant split on commas or spaces', code: `function f(tokens) { return tokens.scope.split(/[\\s,]+/); }` },
  { name: 'splitting something that is not a token response', code: `function f(header) { return header.split(','); }` },
  { name: 'splitting a provider scope in GitHub code (allowComma, file)', code: `function f(tokens) { return tokens.scope.split(','); }`, options: [{ allowComma: ['github'] }], filename: 'src/providers/github.ts', only: ['espree', 'untyped'] },
  {
    name: 'splitting a provider scope in GitHub code (allowComma, function)',
    code: `function parseGitHubGrant(tokens) { return tokens.scope.split(','); }`,
    options: [{ allowComma: ['github'] }],
  },
  { name: 'a string passed as the scope', code: `function f(url, scope = '') { url.searchParams.set('scope', scope); }` },
  { name: 'an array in an ordinary object', code: `function f(scopes) { return { scope: scopes, client_id: 'x' }; }` },
  { name: 'a lexical scope, not an OAuth one', code: `const functionScopeBoundaries = ['ArrowFunctionExpression', 'FunctionDeclaration'].join(', ');` },
  { name: 'a default join of an array that is not scopes', code: `class C { get extensions() { return Object.keys(this._extensions).join(); } }` },
  { name: 'an array passed to another key', code: `function f(url, scopes) { url.searchParams.set('resource', scopes); }` },
];

const invalid: InvalidCase[] = [];
function add(name: string, code: string, output: string | null, errors: (code: string) => ErrorSpec[], extra: Partial<InvalidCase> = {}): void {
  invalid.push({ name, code, output, errors: errors(code), ...extra });
}

add(
  'join(\',\') into searchParams.set',
  `function f(url, scopes) { url.searchParams.set('scope', scopes.join(',')); }`,
  `function f(url, scopes) { url.searchParams.set('scope', scopes.join(' ')); }`,
  code => [report(code, 'scopes.join', 'joinDelimiter', "','")],
);
add(
  "join(', ') into a scope binding, double quotes kept",
  `function f(requestedScopes) { const scope = requestedScopes.join(", "); return scope; }`,
  `function f(requestedScopes) { const scope = requestedScopes.join(" "); return scope; }`,
  code => [report(code, 'requestedScopes.join', 'joinDelimiter', "', '")],
);
add(
  "join(';') into a scope property",
  `function f(metadata) { return fetchToken({ grant_type: 'client_credentials', scope: metadata.scopes_supported.join(';') }); }`,
  `function f(metadata) { return fetchToken({ grant_type: 'client_credentials', scope: metadata.scopes_supported.join(' ') }); }`,
  code => [report(code, 'metadata.scopes_supported', 'joinDelimiter', "';'")],
);
add(
  'an unknown receiver: suggestion only',
  `function f(perms) { const scope = perms.join(','); return scope; }`,
  null,
  code => [report(code, 'perms.join', 'joinDelimiter', "','", code.replace(`join(',')`, `join(' ')`))],
);
add(
  'join() with no argument joins with commas',
  `function f(scopes) { return scopes.join(); }`,
  `function f(scopes) { return scopes.join(' '); }`,
  code => [report(code, 'scopes.join', 'implicitComma', undefined)],
);
add(
  'an array literal handed to searchParams.set',
  `function f(url) { url.searchParams.set('scope', ['openid', 'profile']); }`,
  `function f(url) { url.searchParams.set('scope', ['openid', 'profile'].join(' ')); }`,
  code => [report(code, "['openid'", 'implicitComma', undefined)],
);
add(
  'a split result handed to URLSearchParams',
  `function f(raw) { const scopes = raw.split(' '); return new URLSearchParams({ grant_type: 'refresh_token', scope: scopes }); }`,
  `function f(raw) { const scopes = raw.split(' '); return new URLSearchParams({ grant_type: 'refresh_token', scope: scopes.join(' ') }); }`,
  code => [report(code, 'scopes }', 'implicitComma', undefined)],
);
add(
  'only a plural name says array: suggestion',
  `function f(url, scopes) { url.searchParams.append('scope', scopes); }`,
  null,
  code => [{ ...report(code, 'scopes)', 'implicitComma', undefined, code.replace(`'scope', scopes)`, `'scope', scopes.join(' '))`)), ...positionOf(code, 'scopes)', 1) }],
);
add(
  'a template after scope=: suggestion',
  'function f(base, scopes) { return `${base}?scope=${scopes}`; }',
  null,
  code => [report(code, 'scopes}', 'implicitComma', undefined, code.replace('${scopes}', "${scopes.join(' ')}"))],
);
add(
  "a token response split on ','",
  `function f(tokens) { return tokens.scope.split(','); }`,
  null,
  code => [report(code, 'tokens.scope', 'splitDelimiter', "','", code.replace(`split(',')`, `split(' ')`))],
);
add(
  'a token response scope taken out first, with a comma regex',
  `function f(tokenResponse) { const { scope } = tokenResponse; return scope.split(/,\\s*/); }`,
  null,
  code => [report(code, 'scope.split', 'splitDelimiter', "'/,\\\\s*/'", code.replace('/,\\s*/', `' '`))],
);
add(
  'typed: a token response whose scope the checker proves a string: autofix',
  `function f(tokens: { access_token: string; scope: string }) { return tokens.scope.split(','); }`,
  `function f(tokens: { access_token: string; scope: string }) { return tokens.scope.split(' '); }`,
  code => [report(code, 'tokens.scope', 'splitDelimiter', "','")],
  { ts: true, only: ['typed'] },
);
add(
  'allowComma does not match other files',
  `function f(url, scopes) { url.searchParams.set('scope', scopes.join(',')); }`,
  `function f(url, scopes) { url.searchParams.set('scope', scopes.join(' ')); }`,
  code => [report(code, 'scopes.join', 'joinDelimiter', "','")],
  { options: [{ allowComma: ['github'] }], filename: 'src/providers/google.ts', only: ['espree', 'untyped'] },
);
add(
  'typed: an array-typed value handed to searchParams.set',
  `declare const granted: string[]; const url = new URL('https://as/authorize'); url.searchParams.set('scope', granted);`,
  `declare const granted: string[]; const url = new URL('https://as/authorize'); url.searchParams.set('scope', granted.join(' '));`,
  code => [report(code, 'granted)', 'implicitComma', undefined)],
  { ts: true, only: ['typed'] },
);

const cases = { valid, invalid };
runRuleTests('no-invalid-scope-delimiter', rule, cases);
runFixIdempotenceTests('no-invalid-scope-delimiter', rule, cases);
