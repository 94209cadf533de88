import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPreferredQuote, getStaticString, quoteString } from '../utils/ast.js';
import { DefinitionType, findVariable } from '../utils/scope-variables.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function isRequireCall(node: Node | null | undefined): node is TSESTree.CallExpression {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    getStaticString(node.arguments[0]) !== undefined
  );
}

/** A destructuring pattern's property, not its rest element (`TSESTree.Property` also covers object literals' since typescript-eslint 8.73). */
type PatternProperty = Extract<TSESTree.ObjectPattern['properties'][number], { type: AST_NODE_TYPES.Property }>;

/** `const { a, b: c } = require('x')` at the top level: the declarator, if `statement` is one. */
function requireDestructuring(
  statement: Node,
): { declarator: TSESTree.VariableDeclarator; pattern: TSESTree.ObjectPattern; source: string } | undefined {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.declarations.length !== 1) return undefined;
  const [declarator] = statement.declarations;
  if (declarator?.id.type !== AST_NODE_TYPES.ObjectPattern || !isRequireCall(declarator.init)) return undefined;
  return { declarator, pattern: declarator.id, source: getStaticString(declarator.init.arguments[0])! };
}

function isTopLevelRequire(statement: Node): boolean {
  return (
    statement.type === AST_NODE_TYPES.VariableDeclaration &&
    statement.declarations.every(declarator => isRequireCall(declarator.init))
  );
}

/**
 * Whether new bindings must come from `require()`: CommonJS by configuration
 * (`.cjs`, `sourceType: 'commonjs'`), or a module-parsed file that uses
 * `require` and has no import or export.
 */
export function isCommonJsFile(context: AnyRuleContext): boolean {
  const program = context.sourceCode.ast;
  const sourceType = (context.languageOptions as { sourceType?: string } | undefined)?.sourceType;
  if (sourceType === 'commonjs' || program.sourceType === 'script') return true;
  const usesModuleSyntax = program.body.some(
    statement =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
  return !usesModuleSyntax && program.body.some(isTopLevelRequire);
}

/**
 * The name under which `exportedName` can already be called at `node`, in
 * this order: a value binding of that name in scope (declared in the file or
 * imported), then an import or `require` of it from any module under another
 * local name. Type-only imports do not count.
 */
export function findUsableBinding(sourceCode: SourceCode, node: Node, exportedName: string): string | undefined {
  const scope = sourceCode.getScope(node);
  const direct = findVariable(scope, exportedName);
  if (direct && direct.defs.length > 0 && direct.defs.every(def => !isTypeOnlyDefinition(def))) return exportedName;

  for (const statement of sourceCode.ast.body) {
    let local: string | undefined;
    let declaration: Node | undefined;
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type') {
      const specifier = statement.specifiers.find(
        (candidate): candidate is TSESTree.ImportSpecifier =>
          candidate.type === AST_NODE_TYPES.ImportSpecifier &&
          candidate.importKind !== 'type' &&
          (candidate.imported.type === AST_NODE_TYPES.Identifier ? candidate.imported.name : candidate.imported.value) === exportedName,
      );
      local = specifier?.local.name;
      declaration = specifier;
    } else {
      const destructuring = requireDestructuring(statement);
      const property = destructuring?.pattern.properties.find(
        (candidate): candidate is PatternProperty =>
          candidate.type === AST_NODE_TYPES.Property &&
          !candidate.computed &&
          candidate.key.type === AST_NODE_TYPES.Identifier &&
          candidate.key.name === exportedName &&
          candidate.value.type === AST_NODE_TYPES.Identifier,
      );
      local = property?.value.type === AST_NODE_TYPES.Identifier ? property.value.name : undefined;
      declaration = destructuring?.declarator;
    }
    if (!local) continue;
    // The local name must still mean that binding where the call goes (not shadowed).
    const binding = findVariable(scope, local);
    if (binding?.defs.some(def => def.node === declaration)) return local;
  }
  return undefined;
}

function isTypeOnlyDefinition(def: TSESLint.Scope.Definition): boolean {
  if (def.type === DefinitionType.Type) return true;
  if (def.type !== DefinitionType.ImportBinding) return false;
  const specifier = def.node;
  return (
    (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') ||
    (def.parent?.type === AST_NODE_TYPES.ImportDeclaration && def.parent.importKind === 'type')
  );
}

/** Whether the file ends statements with semicolons: some `;` closes a line. A file without any statement that needs one counts as yes. */
function usesSemicolons(sourceCode: SourceCode): boolean {
  const tokens = sourceCode.ast.tokens;
  let sawStatementEnd = false;
  for (const [index, token] of tokens.entries()) {
    if (token.type === AST_TOKEN_TYPES.Punctuator && token.value === ';') {
      const next = tokens[index + 1];
      if (!next || next.loc.start.line > token.loc.end.line) return true;
    }
    // A line that ends a statement without `;`: `x = 1\n`, `return x\n`.
    const next = tokens[index + 1];
    if (next && next.loc.start.line > token.loc.end.line && (token.type === AST_TOKEN_TYPES.Identifier || token.type === AST_TOKEN_TYPES.String || token.value === ')')) {
      sawStatementEnd = true;
    }
  }
  return !sawStatementEnd;
}

/**
 * Where a new import or require goes: after the last import (or top-level
 * require), else after the directive prologue, else before the first
 * statement and the comments attached to it. Never relative to the Program
 * node, whose range differs between ESLint versions.
 */
function insertNewStatement(fixer: TSESLint.RuleFixer, sourceCode: SourceCode, text: string, commonjs: boolean): TSESLint.RuleFix {
  const body = sourceCode.ast.body;
  const anchors = body.filter(statement =>
    commonjs ? isTopLevelRequire(statement) : statement.type === AST_NODE_TYPES.ImportDeclaration,
  );
  const lastAnchor = anchors.at(-1);
  if (lastAnchor) return fixer.insertTextAfter(lastAnchor, `\n${text}`);
  const directives = body.filter(
    (statement, index) => statement.type === AST_NODE_TYPES.ExpressionStatement && 'directive' in statement && statement.directive && body.slice(0, index).every(before => 'directive' in before && before.directive),
  );
  const lastDirective = directives.at(-1);
  if (lastDirective) return fixer.insertTextAfter(lastDirective, `\n${text}`);
  const first = body[0]!;
  let start = first.range[0];
  let startLine = first.loc.start.line;
  for (const comment of [...sourceCode.getCommentsBefore(first)].reverse()) {
    if ((comment.type as string) === 'Shebang' || comment.loc.end.line < startLine - 1) break;
    start = comment.range[0];
    startLine = comment.loc.start.line;
  }
  return fixer.insertTextBeforeRange([start, start], `${text}\n`);
}

/**
 * The edits that make `exportedName` from `source` callable: merged into an
 * existing value import (or `require` destructuring) of that module, or a new
 * statement. Each report's fix carries these edits itself, so several
 * reports converge on one import across `--fix` passes.
 */
export function addNamedImport(
  fixer: TSESLint.RuleFixer,
  context: AnyRuleContext,
  exportedName: string,
  source: string,
): TSESLint.RuleFix {
  const sourceCode = context.sourceCode;
  const commonjs = isCommonJsFile(context);
  for (const statement of sourceCode.ast.body) {
    if (!commonjs && statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === source && statement.importKind !== 'type') {
      const named = statement.specifiers.filter(specifier => specifier.type === AST_NODE_TYPES.ImportSpecifier);
      const lastNamed = named.at(-1);
      if (lastNamed) return fixer.insertTextAfter(lastNamed, `, ${exportedName}`);
      const onlyDefault = statement.specifiers.length === 1 && statement.specifiers[0]!.type === AST_NODE_TYPES.ImportDefaultSpecifier;
      if (onlyDefault) return fixer.insertTextAfter(statement.specifiers[0]!, `, { ${exportedName} }`);
    }
    const destructuring = commonjs ? requireDestructuring(statement) : undefined;
    if (destructuring?.source === source) {
      const lastProperty = destructuring.pattern.properties.at(-1);
      if (lastProperty?.type === AST_NODE_TYPES.Property) return fixer.insertTextAfter(lastProperty, `, ${exportedName}`);
    }
  }
  const quoted = quoteString(source, getPreferredQuote(sourceCode));
  const semicolon = usesSemicolons(sourceCode) ? ';' : '';
  const text = commonjs
    ? `const { ${exportedName} } = require(${quoted})${semicolon}`
    : `import { ${exportedName} } from ${quoted}${semicolon}`;
  return insertNewStatement(fixer, sourceCode, text, commonjs);
}
