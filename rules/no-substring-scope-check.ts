import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getIndexComparison, keepsShortCircuitTruthiness } from '../src/analysis/index-comparison.js';
import { createScopeStringAnalysis } from '../src/analysis/scope-string.js';
import { getRegExpToken, getScopeTokenArgument, isCompleteScopeToken, type ScopeTokenArgument } from '../src/analysis/scope-token.js';
import { getTypeServices } from '../src/analysis/types.js';
import { insertSplitBeforeMethod, tokenTestFromMethodCall, tokenTestOfValue, wouldDropComments } from '../src/fix/token-test.js';
import { scopeNamesOptionSchema } from '../src/options.js';
import { getPreferredQuote, getStaticString, isInBooleanContext, isInsideOptionalChain, outermostWrapper, quoteString } from '../src/utils/ast.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';
import { fileMentions, lazy } from '../src/utils/text-index.js';

type MessageIds = 'substringTest' | 'useTokenTest';
type Options = [{ scopeNames?: string[] }];

/** String methods that test for a substring when handed a scope token. */
const STRING_SEARCH_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf', 'search', 'startsWith', 'endsWith', 'match']);
/** The methods whose argument is a regular expression source, not a plain string. */
const REGEXP_ARGUMENT_METHODS = new Set(['search', 'match']);

export default createRule<Options, MessageIds>({
  name: 'no-substring-scope-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow substring tests on space-delimited OAuth scope strings',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    languages: ['js/js'],
    schema: [
      {
        type: 'object',
        properties: { scopeNames: scopeNamesOptionSchema },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ scopeNames: [] }],
    messages: {
      substringTest:
        'Substring test for the scope token {{token}}: {{example}} would match too, because a scope is a list of space-delimited tokens (RFC 6749 §3.3). Test whole tokens with `.split(\' \').includes({{tokenCode}})`.',
      useTokenTest: 'Replace with the token test `{{replacement}}`.',
    },
  },
  // A scope value is known by a name that says `scope`, or by a name the user lists.
  appliesTo: needsGateStem(sourceCode => fileMentions(sourceCode, 'scope')),
  appliesToEveryFileWith: ([{ scopeNames = [] }]) => scopeNames.length > 0,
  create(context, [{ scopeNames = [] }]) {
    const sourceCode = sourceCodeOf(context);
    const scopeStrings = lazy(() => createScopeStringAnalysis(context, { scopeNames }));
    let preferredQuote: "'" | '"' | undefined;
    const quoteFor = (token: ScopeTokenArgument | undefined) => token?.quote ?? (preferredQuote ??= getPreferredQuote(sourceCode));

    function report(
      node: TSESTree.Node,
      tokenText: string,
      tokenValue: string | undefined,
      fix: { autofix?: TSESLint.ReportFixFunction; replacement?: { node: TSESTree.Node; text: string } },
    ): void {
      const example = tokenValue === undefined ? 'any longer token that contains it' : `'no_${tokenValue}'`;
      const isLiteral = /^['"]/.test(tokenText);
      const replacement = fix.replacement;
      context.report({
        node,
        messageId: 'substringTest',
        data: { token: isLiteral ? tokenText : `\`${tokenText}\``, tokenCode: tokenText, example },
        fix: fix.autofix ?? null,
        suggest:
          !fix.autofix && replacement
            ? [
                {
                  messageId: 'useTokenTest',
                  data: { replacement: replacement.text },
                  fix: fixer => fixer.replaceText(replacement.node, replacement.text),
                },
              ]
            : null,
      });
    }

    /** `scope.includes(t)`, `scope.indexOf(t) !== -1`, `scope.startsWith(t)`, `scope.match(/t/)`… */
    function checkStringMethod(call: TSESTree.CallExpression, member: TSESTree.MemberExpressionNonComputedName): void {
      const method = member.property.name;
      const argument = call.arguments[0];
      if (call.arguments.length !== 1 || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const usesRegExp = REGEXP_ARGUMENT_METHODS.has(method);
      // Cheapest first: a literal that is no token (`path.includes('/')`, most calls
      // in any file), then the name, then the token, and the checker last (a type
      // query makes it check the file). The literal test is the one getScopeTokenArgument
      // makes, done before isScopeValue can resolve a variable.
      const literal = usesRegExp ? undefined : getStaticString(argument);
      if (literal !== undefined && !isCompleteScopeToken(literal)) return;
      if (!scopeStrings().isScopeValue(member.object)) return;
      const regExpToken = usesRegExp ? getRegExpToken(argument, sourceCode, { stringIsPattern: true }) : undefined;
      const token = usesRegExp ? undefined : getScopeTokenArgument(argument, sourceCode, getTypeServices(context));
      if (!token && regExpToken === undefined) return;
      if (!scopeStrings().proveScopeString(member.object)) return;

      const quote = quoteFor(token);
      const tokenText = token?.text ?? quoteString(regExpToken!, quote);
      const tokenValue = token ? token.value : regExpToken;
      const operand = outermostWrapper(call);
      const argumentText = usesRegExp ? tokenText : undefined;

      if (method === 'includes') {
        report(call, tokenText, tokenValue, { autofix: fixer => insertSplitBeforeMethod(fixer, member.property, quote) });
        return;
      }
      if (method === 'indexOf' || method === 'lastIndexOf' || method === 'search') {
        const comparison = getIndexComparison(operand);
        if (!comparison) return;
        const text = tokenTestFromMethodCall(sourceCode, operand, member.property, quote, {
          negate: comparison.meaning === 'not-found',
          argumentText,
        });
        const exact =
          method !== 'search' &&
          comparison.meaning !== 'at-start' &&
          (!isInsideOptionalChain(member) || keepsShortCircuitTruthiness(comparison));
        if (wouldDropComments(sourceCode, comparison.comparison, operand)) {
          report(call, tokenText, tokenValue, {});
        } else if (exact) {
          report(call, tokenText, tokenValue, { autofix: fixer => fixer.replaceText(comparison.comparison, text) });
        } else {
          report(call, tokenText, tokenValue, { replacement: { node: comparison.comparison, text } });
        }
        return;
      }
      // startsWith/endsWith ask about a position, match returns an array: a token
      // test answers a different question, so it is only offered.
      const replaceable = method !== 'match' || isInBooleanContext(operand);
      report(call, tokenText, tokenValue, {
        replacement: replaceable
          ? { node: operand, text: tokenTestFromMethodCall(sourceCode, operand, member.property, quote, { argumentText }) }
          : undefined,
      });
    }

    /** `/offline_access/.test(scope)`, `new RegExp('offline_access').test(scope)`. */
    function checkRegExpTest(call: TSESTree.CallExpression, member: TSESTree.MemberExpressionNonComputedName): void {
      const subject = call.arguments[0];
      if (call.arguments.length !== 1 || !subject || subject.type === AST_NODE_TYPES.SpreadElement) return;
      // The pattern first: most `.test()` calls of a file are `/^\d+$/.test(value)`,
      // ruled out by reading the literal, before the subject's variable is looked up.
      const regExpToken = getRegExpToken(member.object, sourceCode);
      if (regExpToken === undefined || !scopeStrings().proveScopeString(subject)) return;
      const quote = quoteFor(undefined);
      const tokenText = quoteString(regExpToken, quote);
      report(call, tokenText, regExpToken, {
        replacement: { node: outermostWrapper(call), text: tokenTestOfValue(sourceCode, subject, tokenText, quote) },
      });
    }

    return {
      // Plain node types with the tests in code: attribute selectors cost an esquery match on every call in the file.
      CallExpression(call): void {
        const member = call.callee;
        if (call.optional || member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) return;
        const method = member.property.name;
        if (method === 'test') checkRegExpTest(call, member);
        else if (STRING_SEARCH_METHODS.has(method)) checkStringMethod(call, member);
      },
    };
  },
});
