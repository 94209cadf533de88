import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { enclosingFunctionNames } from '../src/analysis/auth-server-metadata.js';
import {
  isCommaOnlySplit,
  isScopeArrayName,
  isTokenResponseScopeValue,
  isWrongJoinSeparator,
  scopeArrayEvidence,
  scopeSinkOf,
} from '../src/analysis/scope-delimiter.js';
import { createScopeStringAnalysis } from '../src/analysis/scope-string.js';
import { isScopeParamSetter, ValueKindInference } from '../src/analysis/value-kind.js';
import { canTakeMemberAccess, getPreferredQuote, getStaticKeyName, getStaticString, skipTransparentWrappers } from '../src/utils/ast.js';
import { createRule, sourceCodeOf } from '../src/utils/create-rule.js';
import { needsGateStem } from '../src/utils/file-gates.js';
import { fileMentions, lazy, mentions } from '../src/utils/text-index.js';

type MessageIds = 'joinDelimiter' | 'implicitComma' | 'splitDelimiter' | 'useSpace';
type Options = [{ allowComma?: string[] }];

function showSeparator(separator: string): string {
  return JSON.stringify(separator).replace(/^"|"$/g, "'");
}

export default createRule<Options, MessageIds>({
  name: 'no-invalid-scope-delimiter',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow building or parsing OAuth scope strings with a delimiter other than one space',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    languages: ['js/js'],
    schema: [
      {
        type: 'object',
        properties: {
          allowComma: {
            type: 'array',
            description:
              'Provider code that must use commas (GitHub token responses, Facebook, TikTok, WeChat): a report is skipped when one of these strings occurs, case-insensitively, in the file path or in the name of an enclosing function, method or class.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowComma: [] }],
    messages: {
      joinDelimiter: 'Scope tokens are separated by one space (RFC 6749 §3.3), but this scope is joined with {{separator}}. Join with a space.',
      implicitComma:
        "An array turned into a string is joined with commas ('a,b'), but scope tokens are separated by one space (RFC 6749 §3.3). Join it with a space.",
      splitDelimiter:
        "A token response's scope is space-delimited (RFC 6749 §3.3, §5.1); splitting it on {{separator}} yields 'a b' as one token. Split on a space.",
      useSpace: 'Use a single space.',
    },
  },
  // Every sink and every token-response value is named `scope` somewhere in the code.
  appliesTo: needsGateStem(sourceCode => fileMentions(sourceCode, 'scope')),
  create(context, [{ allowComma = [] }]) {
    const sourceCode = sourceCodeOf(context);
    const inference = lazy(() => new ValueKindInference(sourceCode));
    const scopeStrings = lazy(() => createScopeStringAnalysis(context));
    let quote: "'" | '"' | undefined;
    const space = (literal?: TSESTree.Node) => {
      const first = literal ? sourceCode.getText(literal)[0] : undefined;
      const q = first === '"' || first === "'" ? first : (quote ??= getPreferredQuote(sourceCode));
      return `${q} ${q}`;
    };

    function isAllowedProvider(node: TSESTree.Node): boolean {
      if (allowComma.length === 0) return false;
      const allowed = allowComma.map(entry => entry.toLowerCase());
      const names = [context.filename.toLowerCase(), ...enclosingFunctionNames(node).map(name => name.toLowerCase())];
      for (let current = node.parent; current; current = current.parent) {
        if ((current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) && current.id) {
          names.push(current.id.name.toLowerCase());
        }
      }
      return allowed.some(entry => names.some(name => name.includes(entry)));
    }

    function report(node: TSESTree.Node, messageId: Exclude<MessageIds, 'useSpace'>, exact: boolean, fix: TSESLint.ReportFixFunction, separator?: string): void {
      if (isAllowedProvider(node)) return;
      context.report({
        node,
        messageId,
        data: separator === undefined ? undefined : { separator: showSeparator(separator) },
        fix: exact ? fix : null,
        suggest: exact ? null : [{ messageId: 'useSpace', fix }],
      });
    }

    /** `scopes.join()` → `scopes.join(' ')`; `scopes.join(',')` → `scopes.join(' ')`. */
    function checkJoin(call: TSESTree.CallExpression, member: TSESTree.MemberExpression): void {
      // A scope sink or a scope array name both put the word in the surrounding code.
      if (!mentions(sourceCode, call.parent ?? call, 'scope')) return;
      const sink = scopeSinkOf(call, sourceCode);
      const [separatorNode] = call.arguments;
      if (!separatorNode) {
        // Any array can be joined with the default comma; only a scope, by its name or where it goes, is reported.
        if (!sink && !isScopeArrayName(member.object)) return;
        const closing = sourceCode.getLastToken(call)!;
        report(call, 'implicitComma', sink !== 'template', fixer => fixer.insertTextBefore(closing, space()));
        return;
      }
      const separator = getStaticString(separatorNode);
      if (call.arguments.length !== 1 || separator === undefined || !isWrongJoinSeparator(separator) || !sink) return;
      const evidence = scopeArrayEvidence(member.object, context, inference());
      report(call, 'joinDelimiter', evidence !== undefined, fixer => fixer.replaceText(separatorNode, space(separatorNode)), separator);
    }

    /** `tokens.scope.split(',')` → `tokens.scope.split(' ')`. */
    function checkSplit(call: TSESTree.CallExpression, member: TSESTree.MemberExpression): void {
      const [separatorNode] = call.arguments;
      if (call.arguments.length !== 1 || !separatorNode) return;
      const pattern =
        separatorNode.type === AST_NODE_TYPES.Literal && 'regex' in separatorNode && separatorNode.regex
          ? new RegExp(separatorNode.regex.pattern)
          : getStaticString(separatorNode);
      if (pattern === undefined || !isCommaOnlySplit(pattern) || !isTokenResponseScopeValue(member.object, sourceCode)) return;
      const shown = typeof pattern === 'string' ? pattern : `/${pattern.source}/`;
      // Calling split() is itself evidence of a string, so only the checker's word proves it here.
      const exact = scopeStrings().proveScopeString(member.object)?.evidence === 'types';
      report(call, 'splitDelimiter', exact, fixer => fixer.replaceText(separatorNode, space(typeof pattern === 'string' ? separatorNode : undefined)), shown);
    }

    /** An array where a scope string belongs: `searchParams.set('scope', scopes)`, `new URLSearchParams({ scope: scopes })`, `` `scope=${scopes}` ``. */
    function checkImplicitArray(value: TSESTree.Node, inTemplate: boolean): void {
      const evidence = scopeArrayEvidence(value, context, inference());
      if (!evidence) return;
      const inner = skipTransparentWrappers(value);
      const text = canTakeMemberAccess(inner) ? sourceCode.getText(value) : `(${sourceCode.getText(value)})`;
      report(value, 'implicitComma', evidence === 'proven' && !inTemplate, fixer => fixer.replaceText(value, `${text}.join(${space()})`));
    }

    const listeners: TSESLint.RuleListener = {
      // Plain node types with the tests in code: attribute selectors cost an esquery match on every call in the file.
      CallExpression(call): void {
        const member = call.callee;
        if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) return;
        switch (member.property.name) {
          case 'join':
            checkJoin(call, member);
            break;
          case 'split':
            checkSplit(call, member);
            break;
          case 'set':
          case 'append':
            if (isScopeParamSetter(call, sourceCode)) checkImplicitArray(call.arguments[1]!, false);
        }
      },
      NewExpression(node): void {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'URLSearchParams') return;
        for (const argument of node.arguments) {
          if (argument.type !== AST_NODE_TYPES.ObjectExpression) continue;
          for (const property of argument.properties) {
            if (property.type === AST_NODE_TYPES.Property && getStaticKeyName(property) === 'scope') checkImplicitArray(property.value, false);
          }
        }
      },
    };
    // A template that builds a query needs `scope=` in its text: most files with
    // `scope` have none, and then their template literals are not visited at all.
    // (Added to the object, not spread into it: a spread in the literal took a
    // slow copying path that cost more than the rest of create() together.)
    if (fileMentions(sourceCode, 'scope=')) {
      listeners.TemplateLiteral = (node: TSESTree.TemplateLiteral): void => {
        if (!mentions(sourceCode, node, 'scope=')) return;
        for (const expression of node.expressions) {
          if (scopeSinkOf(expression, sourceCode) === 'template') checkImplicitArray(expression, true);
        }
      };
    }
    return listeners;
  },
});
