import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** Wrappers that change neither the value nor what the code says about its kind. */
export function skipTransparentWrappers(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        current = current.expression;
        continue;
      default:
        return current;
    }
  }
}

/** Climbs from `node` through the wrappers above, returning the outermost one. */
export function outermostWrapper(node: Node): Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.ChainExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = current.parent;
  }
  return current;
}

/** A string the code spells out: `'x'`, `"x"`, or a template with no substitutions. */
export function getStaticString(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function isStringLiteralOrTemplate(node: Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral;
}

/** `a.b` → `b`, `a['b']` → `b`; undefined for `a[b]`. */
export function getStaticMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  return getStaticString(node.property);
}

/** The key of a property or class member when it is written as a name or a string. */
export function getStaticKeyName(node: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition | TSESTree.TSPropertySignature): string | undefined {
  if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
  return getStaticString(node.key);
}

/**
 * A property of an object literal, not a spread. Spelled from the union the
 * literal's `properties` hold rather than as `TSESTree.Property`, which since
 * typescript-eslint 8.73 also covers destructuring patterns' properties.
 */
export type ObjectLiteralProperty = Extract<TSESTree.ObjectLiteralElement, { type: AST_NODE_TYPES.Property }>;

/** The property of an object literal whose key is statically `name`: `name:`, `'name':`, `` [`name`]: ``. */
export function findStaticProperty(object: TSESTree.ObjectExpression, name: string): ObjectLiteralProperty | undefined {
  return object.properties.find(
    (candidate): candidate is ObjectLiteralProperty => candidate.type === AST_NODE_TYPES.Property && getStaticKeyName(candidate) === name,
  );
}

/** The name a value is known by: an identifier, or the last name of a member access. */
export function getValueName(node: Node): string | undefined {
  const inner = skipTransparentWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return getStaticMemberName(inner);
  return undefined;
}

/** `-1` and `0` as the code writes them; undefined for any other expression. */
export function getSmallIntegerLiteral(node: Node): number | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return node.value;
  if (
    node.type === AST_NODE_TYPES.UnaryExpression &&
    node.operator === '-' &&
    node.argument.type === AST_NODE_TYPES.Literal &&
    typeof node.argument.value === 'number'
  ) {
    return -node.argument.value;
  }
  return undefined;
}

/** True when the node sits inside an optional chain that can short-circuit it to `undefined`. */
export function isInsideOptionalChain(node: Node): boolean {
  let current: Node = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) return true;
      current = current.type === AST_NODE_TYPES.MemberExpression ? current.object : current.callee;
      continue;
    }
    if (current.type === AST_NODE_TYPES.TSNonNullExpression) {
      current = current.expression;
      continue;
    }
    return false;
  }
}

/** Whether a value is consumed only for its truthiness, so a boolean may replace it. */
export function isInBooleanContext(node: Node): boolean {
  const outer = outermostWrapper(node);
  const parent = outer.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === outer;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      // `a && b` passes `b`'s value through, so only the left side of a chain
      // that is itself in a boolean context is safe; `a ?? b` is never safe.
      return parent.operator !== '??' && (parent.left === outer || isInBooleanContext(parent));
    case AST_NODE_TYPES.CallExpression:
      return parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Boolean' && parent.arguments[0] === outer;
    default:
      return false;
  }
}

/** The function (or program) whose body holds `node`. */
export function getEnclosingFunction(node: Node): TSESTree.FunctionLike | TSESTree.Program {
  let current = node.parent;
  while (current) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.Program:
        return current;
      default:
        current = current.parent;
    }
  }
  throw new Error('node is not attached to a Program');
}

/** Expressions that can take `.member` appended without parentheses. */
export function canTakeMemberAccess(node: Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrayExpression:
      return true;
    default:
      return false;
  }
}

/** The quote the file's first string literal uses, so inserted strings match the code around them. */
export function getPreferredQuote(sourceCode: Readonly<TSESLint.SourceCode>): "'" | '"' {
  for (const token of sourceCode.ast.tokens) {
    if (token.type === AST_TOKEN_TYPES.String) return token.value.startsWith('"') ? '"' : "'";
  }
  return "'";
}

export function quoteString(value: string, quote: "'" | '"'): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(quote === "'" ? /'/g : /"/g, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** Walks a subtree with the source's visitor keys (TypeScript nodes included). */
export function walk(node: Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: Node) => boolean | void): void {
  if (visit(node) === false) return;
  const keys = visitorKeys[node.type] ?? [];
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item === 'object' && 'type' in item) walk(item as Node, visitorKeys, visit);
    } else if (child && typeof child === 'object' && 'type' in child) {
      walk(child as Node, visitorKeys, visit);
    }
  }
}
