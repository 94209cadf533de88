import rule from '../../rules/require-step-up-scope-union.js';
import { type ErrorSpec, type InvalidCase, positionOf, runRuleTests, type SuggestionSpec, type ValidCase } from '../support/rule-tester.js';

/** A transport method in the shape of the MCP SDK's: `body` runs after the response arrived. */
function transport(body: string, imports = ''): string {
  return `${imports}export class Transport {\n  async send(response) {\n${body}\n  }\n}`;
}

function replaced(code: string, needle: string, target: string, suggestions: SuggestionSpec[], occurrence = 0): ErrorSpec {
  return { messageId: 'replacedScope', data: { target }, ...positionOf(code, needle, occurrence), suggestions };
}

function useUnion(union: string, output: string): SuggestionSpec {
  return { messageId: 'useUnion', data: { union }, output };
}

const EXTRACT = `    const { resourceMetadataUrl, scope, error } = extractWWWAuthenticateParams(response);`;

const valid: ValidCase[] = [
  {
    name: 'a 401 handler may take the challenged scope as it is',
    code: transport(`    if (response.status === 401) {\n      const { scope } = extractWWWAuthenticateParams(response);\n      this._scope = scope;\n    }`),
  },
  {
    name: 'the union, by computeScopeUnion',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      this._scope = computeScopeUnion(this._scope, scope);\n    }`),
  },
  {
    name: 'the union, by unionScopes',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      this._scope = unionScopes(this._scope, scope);\n    }`),
  },
  {
    name: 'the union, by a Set of both',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      this._scope = [...new Set([...this._scope.split(' '), ...scope.split(' ')])].join(' ');\n    }`),
  },
  {
    name: 'the re-authorization call reads the stored (union) scope',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      this._scope = unionScopes(this._scope, scope);\n      return auth(this.provider, { scope: this._scope });\n    }`),
  },
  {
    name: 'outside any step-up branch',
    code: transport(`${EXTRACT}\n    this._scope = scope;`),
  },
  {
    name: 'a scope that did not come from a challenge',
    code: transport(`    if (response.status === 403) {\n      this._scope = this.defaultScope;\n    }`),
  },
  {
    name: 'a step-up helper that receives the whole challenge (the SDK 2.x shape)',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      return this._stepUpAuthorize({ scope, resourceMetadataUrl });\n    }`),
  },
  {
    name: 'a nested function does not inherit the branch',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      this.later = () => { const challenge = read(); this._scope = challenge.scope; };\n    }`),
  },
  // Only an object literal passed to the re-authorization call itself names the scope it asks for.
  {
    name: 'an object nested inside an argument is not the call\'s options',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      return auth(this.provider, { extra: { scope } });\n    }`),
  },
  {
    name: 'an object in an array argument is not the call\'s options',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      return auth(this.provider, [{ scope }]);\n    }`),
  },
  {
    name: 'an object literal passed to some other call',
    code: transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      log({ scope });\n    }`),
  },
];

const invalid: InvalidCase[] = [];
{
  // The SDK 1.x StreamableHTTPClientTransport shape.
  const body = `    if (response.status === 403 && this._authProvider) {\n${EXTRACT.replace('    ', '      ')}\n      if (error === 'insufficient_scope') {\n        if (scope) {\n          this._scope = scope;\n        }\n        return auth(this._authProvider, { scope: this._scope });\n      }\n    }`;
  const code = transport(body);
  const union = 'unionScopes(this._scope, scope)';
  invalid.push({
    name: 'the SDK 1.x transport: the stored scope replaced on 403 insufficient_scope',
    code,
    output: null,
    errors: [
      replaced(code, 'scope;\n', 'this._scope', [
        useUnion(union, `import { unionScopes } from 'eslint-plugin-mcp-oauth/scope';\n${code.replace('this._scope = scope;', `this._scope = ${union};`)}`),
      ]),
    ],
  });
}
{
  const imports = `import { auth, computeScopeUnion } from '@modelcontextprotocol/client';\n`;
  const code = transport(`    const challenge = parseChallenge(response);\n    switch (challenge.error) {\n      case 'insufficient_scope':\n        this.requestedScope = challenge.scope;\n        break;\n    }`, imports);
  const union = 'computeScopeUnion(this.requestedScope, challenge.scope)';
  invalid.push({
    name: 'a case clause, and an existing computeScopeUnion import reused',
    code,
    output: null,
    errors: [replaced(code, 'challenge.scope;', 'this.requestedScope', [useUnion(union, code.replace('= challenge.scope;', `= ${union};`))])],
  });
}
{
  const imports = `import { unionScopes } from 'eslint-plugin-mcp-oauth/scope';\n`;
  const code = transport(`    const wwwAuthenticate = parse(response.headers.get('www-authenticate'));\n    let scope = this.scope;\n    if (wwwAuthenticate.error === 'insufficient_scope') scope = wwwAuthenticate.scope;\n    return scope;`, imports);
  const union = 'unionScopes(scope, wwwAuthenticate.scope)';
  invalid.push({
    name: 'a local binding replaced, unionScopes already imported',
    code,
    output: null,
    errors: [replaced(code, 'wwwAuthenticate.scope;', 'scope', [useUnion(union, code.replace('scope = wwwAuthenticate.scope;', `scope = ${union};`))])],
  });
}
{
  // Transpiled CommonJS: `(0, auth_js_1.extractWWWAuthenticateParams)(response)`.
  const code = transport(
    `    const { scope } = (0, auth_js_1.extractWWWAuthenticateParams)(response);\n    if (response.status === 403) {\n      this._scope = scope;\n    }`,
  );
  invalid.push({
    name: 'transpiled CommonJS calls',
    code,
    output: null,
    errors: [
      replaced(code, 'scope;\n', 'this._scope', [
        useUnion('unionScopes(this._scope, scope)', `import { unionScopes } from 'eslint-plugin-mcp-oauth/scope';\n${code.replace('this._scope = scope;', 'this._scope = unionScopes(this._scope, scope);')}`),
      ]),
    ],
  });
}
{
  const code = transport(`${EXTRACT}\n    if (error === 'insufficient_scope') {\n      return auth(this.provider, { serverUrl: this.url, scope });\n    }`);
  invalid.push({
    name: 're-authorization with the challenged scope alone',
    code,
    output: null,
    errors: [{ messageId: 'challengedScopeAlone', ...positionOf(code, 'scope }'), suggestions: [] }],
  });
}

{
  const code = transport(`${EXTRACT}\n    if (response.status === 403) {\n      await redirectToAuthorization({ scope }, { serverUrl: this.url });\n    }`);
  invalid.push({
    name: 're-authorization with the challenged scope alone, in the first of two object arguments',
    code,
    output: null,
    errors: [{ messageId: 'challengedScopeAlone', ...positionOf(code, 'scope }'), suggestions: [] }],
  });
}

runRuleTests('require-step-up-scope-union', rule, { valid, invalid });
