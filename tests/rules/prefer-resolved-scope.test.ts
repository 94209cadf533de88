import rule from '../../rules/prefer-resolved-scope.js';
import { type ErrorSpec, type InvalidCase, positionOf, runFixIdempotenceTests, runRuleTests, type ValidCase } from '../support/rule-tester.js';

const RESOLVE = `const resolvedScope = determineScope({ requestedScope: scope, resourceMetadata, clientMetadata });`;

/** Wraps statements in a function that receives the raw scope and resolves it first. */
function inFlow(...statements: string[]): string {
  return `async function flow(scope, resourceMetadata, clientMetadata) {\n  ${RESOLVE}\n${statements.map(line => `  ${line}`).join('\n')}\n}`;
}

function rawHandOff(code: string, needle: string, occurrence = 0, raw = 'scope', resolved = 'resolvedScope'): ErrorSpec {
  const position = positionOf(code, needle, occurrence);
  const offset = needle.indexOf(raw);
  return { messageId: 'rawScopeHandOff', data: { raw, resolved }, line: position.line, column: position.column + offset, suggestions: [] };
}

const valid: ValidCase[] = [
  { name: 'uses before resolution', code: `async function flow(scope, clientMetadata) {\n  await register({ scope });\n  ${RESOLVE}\n  return resolvedScope;\n}` },
  { name: 'the resolver call itself', code: inFlow('return resolvedScope;') },
  { name: 'reads in conditions and comparisons', code: inFlow('if (scope) log(resolvedScope);', 'if (scope !== resolvedScope) audit(resolvedScope);') },
  { name: 'template strings', code: inFlow('throw new Error(`asked for ${scope}, got ${resolvedScope}`);') },
  { name: 'console', code: inFlow('console.debug(scope, resolvedScope);') },
  { name: 'ignoreCallees, by name and by path', code: inFlow('audit.record(scope);', 'remember(scope);'), options: [{ ignoreCallees: ['audit.record', '/^remem/'] }] },
  { name: 'handed to another resolver', code: inFlow('return determineScope({ requestedScope: scope, clientMetadata });') },
  { name: 'as requestedScope of another call', code: inFlow('return retry({ requestedScope: scope, scope: resolvedScope });') },
  {
    name: 'a nested function with its own scope',
    code: inFlow('const register = scope => send({ scope });', 'return register(resolvedScope);'),
  },
  {
    name: 'reassigned after the resolution',
    code: `async function flow(scope, clientMetadata) {\n  ${RESOLVE}\n  scope = widen(scope);\n  return send({ scope });\n}`,
  },
  { name: 'a raw scope read from a member is not tracked', code: `function f(options) { const resolvedScope = determineScope({ requestedScope: options.scope }); return send(options.scope); }` },
  {
    name: 'another function after a module-level resolution',
    code: `let scope = read();\nconst resolvedScope = determineScope({ requestedScope: scope });\nfunction later() { return scope; }`,
  },
  {
    name: 'a hoisted function declaration may run before the resolution',
    code: inFlow('return later;', 'function later() { return send(scope); }'),
  },
  { name: 'not a resolver', code: `function f(scope) { const upper = normalizeScope({ requestedScope: scope }); return send(scope, upper); }` },
];

const invalid: InvalidCase[] = [];
function add(name: string, statements: string[], fixedStatements: string[] | null, needles: [string, number?][], extra: Partial<InvalidCase> = {}): void {
  const code = inFlow(...statements);
  invalid.push({
    name,
    code,
    output: fixedStatements && inFlow(...fixedStatements),
    errors: needles.map(([needle, occurrence]) => rawHandOff(code, needle, occurrence)),
    ...extra,
  });
}

add('a call argument', ['await startAuthorization(url, scope);'], ['await startAuthorization(url, resolvedScope);'], [['url, scope']]);
add('a property value', ['await registerClient({ scope: scope });'], ['await registerClient({ scope: resolvedScope });'], [[': scope }']]);
add('a shorthand property', ['await registerClient({ metadata, scope });'], ['await registerClient({ metadata, scope: resolvedScope });'], [[' scope }']]);
add('a spread', ['return combine(...scope);'], ['return combine(...resolvedScope);'], [['...scope']]);
add('a return', ['return scope;'], ['return resolvedScope;'], [['return scope']]);
add('an arrow body', ['const current = () => scope;', 'return current;'], ['const current = () => resolvedScope;', 'return current;'], [['=> scope']]);
add('a new expression', ['return new Request(url, scope);'], ['return new Request(url, resolvedScope);'], [['url, scope']]);
add('a non-null assertion', ['return send(scope!);'], ['return send(resolvedScope!);'], [['send(scope']], { ts: true });
add(
  'several hand-offs',
  ['await registerClient({ scope });', 'return startAuthorization({ scope: scope });'],
  ['await registerClient({ scope: resolvedScope });', 'return startAuthorization({ scope: resolvedScope });'],
  [[' scope }'], [': scope }']],
);
add(
  'the resolved binding is shadowed where the raw one is used: reported without a fix',
  ['return items.map(resolvedScope => send(scope, resolvedScope));'],
  null,
  [['send(scope']],
);
{
  const code = `async function flow(scope, resourceMetadata, clientMetadata) {\n  const resolvedScope = scope || resourceMetadata?.scopes_supported?.join(' ') || clientMetadata.scope;\n  return startAuthorization({ scope });\n}`;
  invalid.push({
    name: 'a hand-rolled chain counts as the resolution',
    code,
    output: code.replace('({ scope })', '({ scope: resolvedScope })'),
    errors: [rawHandOff(code, ' scope }')],
  });
}
{
  const code = `async function flow(challenged) {\n  const effective = await selectScope({ requestedScope: challenged });\n  return fetchToken({ scope: challenged });\n}`;
  invalid.push({
    name: 'the resolvers option, and an awaited resolution',
    code,
    options: [{ resolvers: ['selectScope'] }],
    output: code.replace('scope: challenged }', 'scope: effective }'),
    errors: [rawHandOff(code, 'scope: challenged', 0, 'challenged', 'effective')],
  });
}
{
  const code = `async function flow(scope) {\n  let resolvedScope = determineScope({ requestedScope: scope });\n  if (!resolvedScope) resolvedScope = 'openid';\n  return send(scope);\n}`;
  invalid.push({
    name: 'a resolved binding assigned again: reported without a fix',
    code,
    output: null,
    errors: [rawHandOff(code, 'send(scope')],
  });
}

const cases = { valid, invalid };
runRuleTests('prefer-resolved-scope', rule, cases);
runFixIdempotenceTests('prefer-resolved-scope', rule, cases);
