import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  findStaticProperty,
  getStaticKeyName,
  getStaticMemberName,
  getStaticString,
  isStringLiteralOrTemplate,
  skipTransparentWrappers,
  walk,
} from '../utils/ast.js';
import { DefinitionType, findVariable } from '../utils/scope-variables.js';
import { hasPluralScopeWord, isKnownArrayMemberName, splitNameIntoWords } from './names.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * What the code itself shows about a value, without a type checker:
 * - `string`: evidence of a string and none of anything else;
 * - `non-string`: evidence of an array, Set, object… (wins over string evidence);
 * - `unknown`: no evidence either way.
 */
export type ValueKind = 'string' | 'non-string' | 'unknown';

/** All facts about one value: any sign of a collection silences, otherwise any sign of a string proves. */
function combineFacts(kinds: Iterable<ValueKind>): ValueKind {
  let result: ValueKind = 'unknown';
  for (const kind of kinds) {
    if (kind === 'non-string') return 'non-string';
    if (kind === 'string') result = 'string';
  }
  return result;
}

/** A value that is one of two expressions (`a ?? b`, `c ? a : b`). */
function eitherOf(left: ValueKind, right: ValueKind): ValueKind {
  if (left === 'non-string' || right === 'non-string') return 'non-string';
  return left === 'string' && right === 'string' ? 'string' : 'unknown';
}

/** Methods only strings have: calling one on a value shows it is a string. */
const STRING_ONLY_METHODS = new Set([
  'charAt', 'charCodeAt', 'codePointAt', 'endsWith', 'localeCompare', 'match', 'matchAll', 'normalize',
  'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll', 'search', 'split', 'startsWith', 'substr',
  'substring', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd',
  'trimLeft', 'trimRight', 'trimStart',
]);

/** Methods strings lack (arrays, Sets, Maps have them): calling one shows a collection. */
const COLLECTION_ONLY_METHODS = new Set([
  'add', 'clear', 'copyWithin', 'delete', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex',
  'findLast', 'findLastIndex', 'flat', 'flatMap', 'forEach', 'has', 'join', 'keys', 'map', 'pop', 'push',
  'reduce', 'reduceRight', 'reverse', 'shift', 'some', 'sort', 'splice', 'toReversed', 'toSorted',
  'toSpliced', 'unshift', 'values',
]);

/** Methods whose result is a string whatever they are called on. */
const STRING_RESULT_METHODS = new Set([
  'charAt', 'join', 'normalize', 'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll', 'substr',
  'substring', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toLowerCase', 'toString', 'toUpperCase', 'trim',
  'trimEnd', 'trimLeft', 'trimRight', 'trimStart',
]);

/** Methods whose result is an array or iterator (or null). */
const COLLECTION_RESULT_METHODS = new Set([
  'entries', 'filter', 'flat', 'flatMap', 'keys', 'map', 'match', 'matchAll', 'split', 'toReversed',
  'toSorted', 'toSpliced', 'values',
]);

const COLLECTION_TYPE_NAMES = new Set(['Array', 'ReadonlyArray', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'Record', 'URL', 'URLSearchParams']);
const STRING_FUNCTIONS = new Set(['String', 'encodeURIComponent', 'encodeURI', 'decodeURIComponent', 'decodeURI']);
const WRAPPER_TYPE_NAMES = new Set(['Partial', 'Readonly', 'Required', 'NonNullable']);

const MAX_DEPTH = 5;

/** A value reached from a variable or `this` through static member names: `options.scope`, `this._scope`. */
interface ValuePath {
  root: { variable: Variable } | { classNode: ClassNode };
  names: readonly string[];
}

/** `searchParams`, `url.searchParams`, `params`, or a binding initialised with `new URLSearchParams(...)`. */
export function isSearchParamsLike(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = skipTransparentWrappers(node);
  if (inner.type === AST_NODE_TYPES.NewExpression) {
    return inner.callee.type === AST_NODE_TYPES.Identifier && inner.callee.name === 'URLSearchParams';
  }
  const name =
    inner.type === AST_NODE_TYPES.Identifier
      ? inner.name
      : inner.type === AST_NODE_TYPES.MemberExpression
        ? getStaticMemberName(inner)
        : undefined;
  if (name && splitNameIntoWords(name).at(-1) === 'params') return true;
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = simpleInitializerOf(findVariableOf(sourceCode, inner));
    return init?.type === AST_NODE_TYPES.NewExpression && isSearchParamsLike(init, sourceCode);
  }
  return false;
}

/** `<searchParams>.get('…')`: URLSearchParams values are strings (or null). */
export function isSearchParamsGet(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): node is TSESTree.CallExpression {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    getStaticMemberName(node.callee) === 'get' &&
    node.arguments.length === 1 &&
    getStaticString(node.arguments[0]) !== undefined &&
    isSearchParamsLike(node.callee.object, sourceCode)
  );
}

/** `<searchParams>.set('scope', value)` / `.append('scope', value)`: the value is sent as a scope string. */
export function isScopeParamSetter(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticMemberName(node.callee);
  return (
    (method === 'set' || method === 'append') &&
    node.arguments.length === 2 &&
    getStaticString(node.arguments[0]) === 'scope' &&
    isSearchParamsLike(node.callee.object, sourceCode)
  );
}

/**
 * The variable an identifier names. `getScope()` answers the innermost scope
 * around the identifier, and the chain is walked up from there: what
 * `ASTUtils.findVariable` does with a node, without the search it first
 * makes for a child scope that holds it (a loop over every function of a
 * bundle's module scope, and never a find after `getScope()`).
 */
export function findVariableOf(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): Variable | undefined {
  return findVariable(sourceCode.getScope(identifier), identifier.name);
}

/** `const x = init` (a plain binding, not a pattern): the initializer, when there is exactly one definition. */
export function simpleInitializerOf(variable: Variable | undefined): TSESTree.Expression | undefined {
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== DefinitionType.Variable || def.node.id !== def.name) return undefined;
  return def.node.init ?? undefined;
}

/** Like {@link simpleInitializerOf}, but only for bindings never written again (`const`, or a `let` left alone). */
export function constantInitializerOf(variable: Variable | undefined): TSESTree.Expression | undefined {
  const init = simpleInitializerOf(variable);
  if (!init || variable!.references.some(reference => reference.isWrite() && !reference.init)) return undefined;
  return init;
}

/** The class whose instance `this` refers to at `node`, if any. */
function classOfThis(node: Node): ClassNode | undefined {
  let current: Node | undefined = node.parent;
  while (current) {
    switch (current.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
        break;
      case AST_NODE_TYPES.FunctionExpression: {
        const owner = current.parent;
        if (owner.type === AST_NODE_TYPES.MethodDefinition && !owner.static) return owner.parent.parent;
        return undefined;
      }
      case AST_NODE_TYPES.PropertyDefinition:
        return current.static ? undefined : current.parent.parent;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        break;
    }
    current = current.parent;
  }
  return undefined;
}

/** From `node`, the member access `node.name` (through `!`), if the code has one. */
function memberOnTopOf(node: Node, name: string): TSESTree.MemberExpression | undefined {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.TSNonNullExpression) current = current.parent;
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current && getStaticMemberName(parent) === name) {
    return parent;
  }
  return undefined;
}

/**
 * Infers from syntax alone whether a value is a string: annotations,
 * initializers and assignments, defaults, and how the same binding (or the
 * same `obj.member` path) is used elsewhere. One instance per linted file.
 */
export class ValueKindInference {
  private readonly pathCache = new Map<string, ValueKind>();
  private readonly inProgress = new Set<string>();
  private readonly rootIds = new WeakMap<object, number>();
  private nextRootId = 1;
  private readonly thisCache = new WeakMap<ClassNode, Node[]>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /** The kind of any expression, as far as the code shows it. */
  kindOf(expression: Node): ValueKind {
    return this.expressionKind(expression, 0);
  }

  /** The variable or `this` path an expression reads, for callers that follow bindings themselves. */
  pathOf(expression: Node): ValuePath | undefined {
    const node = skipTransparentWrappers(expression);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariableOf(this.sourceCode, node);
      return variable ? { root: { variable }, names: [] } : undefined;
    }
    if (node.type === AST_NODE_TYPES.ThisExpression) {
      const classNode = classOfThis(node);
      return classNode ? { root: { classNode }, names: [] } : undefined;
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = getStaticMemberName(node);
      const parent = name === undefined ? undefined : this.pathOf(node.object);
      return parent && name !== undefined ? { root: parent.root, names: [...parent.names, name] } : undefined;
    }
    return undefined;
  }

  private expressionKind(expression: Node, depth: number): ValueKind {
    if (depth > MAX_DEPTH) return 'unknown';
    const node = expression;
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        // `let scope = null` is a placeholder, not evidence of anything.
        if (node.value === null && !('regex' in node)) return 'unknown';
        return typeof node.value === 'string' ? 'string' : 'non-string';
      case AST_NODE_TYPES.TemplateLiteral:
        return 'string';
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+') {
          return isStringLiteralOrTemplate(node.left) || isStringLiteralOrTemplate(node.right) ? 'string' : 'unknown';
        }
        return 'non-string';
      case AST_NODE_TYPES.LogicalExpression:
        // `tokens.scope ?? ''` and `scope || 'openid'` are defaults that make a string.
        if (isStringLiteralOrTemplate(node.right)) return 'string';
        return eitherOf(this.expressionKind(node.left, depth + 1), this.expressionKind(node.right, depth + 1));
      case AST_NODE_TYPES.ConditionalExpression:
        return eitherOf(this.expressionKind(node.consequent, depth + 1), this.expressionKind(node.alternate, depth + 1));
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
        return 'non-string';
      case AST_NODE_TYPES.UnaryExpression:
        return node.operator === 'typeof' ? 'string' : 'non-string';
      case AST_NODE_TYPES.NewExpression:
        return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name !== 'String' ? 'non-string' : 'unknown';
      case AST_NODE_TYPES.CallExpression:
        return this.callResultKind(node);
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion: {
        const declared = this.typeNodeKind(node.typeAnnotation, depth + 1);
        return declared === 'unknown' ? this.expressionKind(node.expression, depth + 1) : declared;
      }
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.ChainExpression:
        return this.expressionKind(node.expression, depth);
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.ThisExpression:
      case AST_NODE_TYPES.MemberExpression: {
        const name = node.type === AST_NODE_TYPES.MemberExpression ? getStaticMemberName(node) : undefined;
        if (name !== undefined && isKnownArrayMemberName(name)) return 'non-string';
        const path = this.pathOf(node);
        return path ? this.pathKind(path, depth + 1) : 'unknown';
      }
      default:
        return 'unknown';
    }
  }

  private callResultKind(node: TSESTree.CallExpression): ValueKind {
    const callee = node.callee;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (STRING_FUNCTIONS.has(callee.name)) return 'string';
      return callee.name === 'Array' ? 'non-string' : 'unknown';
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return 'unknown';
    const method = getStaticMemberName(callee);
    if (method === undefined) return 'unknown';
    const objectName = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : undefined;
    if (objectName === 'JSON' && method === 'stringify') return 'string';
    if ((objectName === 'Array' && (method === 'from' || method === 'of')) || objectName === 'Object') return 'non-string';
    if (isSearchParamsGet(node, this.sourceCode)) return 'string';
    if (method === 'getAll' && isSearchParamsLike(callee.object, this.sourceCode)) return 'non-string';
    if (STRING_RESULT_METHODS.has(method)) return 'string';
    if (COLLECTION_RESULT_METHODS.has(method)) return 'non-string';
    return 'unknown';
  }

  /** What a declared type says. Local type aliases are followed; interfaces and object types are not strings. */
  private typeNodeKind(typeNode: TSESTree.TypeNode | undefined, depth: number): ValueKind {
    if (!typeNode || depth > MAX_DEPTH) return 'unknown';
    switch (typeNode.type) {
      case AST_NODE_TYPES.TSStringKeyword:
      case AST_NODE_TYPES.TSTemplateLiteralType:
        return 'string';
      case AST_NODE_TYPES.TSLiteralType:
        return typeNode.literal.type === AST_NODE_TYPES.TemplateLiteral ||
          (typeNode.literal.type === AST_NODE_TYPES.Literal && typeof typeNode.literal.value === 'string')
          ? 'string'
          : 'non-string';
      case AST_NODE_TYPES.TSArrayType:
      case AST_NODE_TYPES.TSTupleType:
      case AST_NODE_TYPES.TSTypeLiteral:
      case AST_NODE_TYPES.TSFunctionType:
      case AST_NODE_TYPES.TSNumberKeyword:
      case AST_NODE_TYPES.TSBooleanKeyword:
      case AST_NODE_TYPES.TSObjectKeyword:
      case AST_NODE_TYPES.TSBigIntKeyword:
      case AST_NODE_TYPES.TSSymbolKeyword:
        return 'non-string';
      case AST_NODE_TYPES.TSTypeOperator:
        return typeNode.operator === 'readonly' ? this.typeNodeKind(typeNode.typeAnnotation, depth + 1) : 'unknown';
      case AST_NODE_TYPES.TSUnionType: {
        const kinds = typeNode.types.filter(part => !isNullishTypeNode(part)).map(part => this.typeNodeKind(part, depth + 1));
        if (kinds.length === 0 || kinds.includes('non-string')) return kinds.length === 0 ? 'unknown' : 'non-string';
        return kinds.every(kind => kind === 'string') ? 'string' : 'unknown';
      }
      case AST_NODE_TYPES.TSIntersectionType:
        // Branded strings: `string & { __brand: 'Scope' }`.
        return typeNode.types.some(part => this.typeNodeKind(part, depth + 1) === 'string') ? 'string' : 'unknown';
      case AST_NODE_TYPES.TSTypeReference: {
        if (typeNode.typeName.type !== AST_NODE_TYPES.Identifier) return 'unknown';
        const name = typeNode.typeName.name;
        if (COLLECTION_TYPE_NAMES.has(name)) return 'non-string';
        const declaration = this.localTypeDeclaration(typeNode.typeName);
        if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) return 'non-string';
        if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return this.typeNodeKind(declaration.typeAnnotation, depth + 1);
        return 'unknown';
      }
      default:
        return 'unknown';
    }
  }

  private localTypeDeclaration(name: TSESTree.Identifier): TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | undefined {
    const variable = findVariableOf(this.sourceCode, name);
    for (const def of variable?.defs ?? []) {
      if (def.node.type === AST_NODE_TYPES.TSInterfaceDeclaration || def.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration) {
        return def.node;
      }
    }
    return undefined;
  }

  /** The declared type of member `name` inside an object type, following local aliases and interfaces. */
  private memberTypeNode(typeNode: TSESTree.TypeNode | undefined, name: string, depth: number): TSESTree.TypeNode | undefined {
    if (!typeNode || depth > MAX_DEPTH) return undefined;
    const fromMembers = (members: readonly TSESTree.TypeElement[]) => {
      for (const member of members) {
        if (member.type === AST_NODE_TYPES.TSPropertySignature && getStaticKeyName(member) === name) {
          return member.typeAnnotation?.typeAnnotation;
        }
      }
      return undefined;
    };
    switch (typeNode.type) {
      case AST_NODE_TYPES.TSTypeLiteral:
        return fromMembers(typeNode.members);
      case AST_NODE_TYPES.TSUnionType: {
        const parts = typeNode.types.filter(part => !isNullishTypeNode(part));
        return parts.length === 1 ? this.memberTypeNode(parts[0], name, depth + 1) : undefined;
      }
      case AST_NODE_TYPES.TSIntersectionType:
        for (const part of typeNode.types) {
          const found = this.memberTypeNode(part, name, depth + 1);
          if (found) return found;
        }
        return undefined;
      case AST_NODE_TYPES.TSTypeReference: {
        if (typeNode.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
        if (WRAPPER_TYPE_NAMES.has(typeNode.typeName.name)) {
          return this.memberTypeNode(typeNode.typeArguments?.params[0], name, depth + 1);
        }
        const declaration = this.localTypeDeclaration(typeNode.typeName);
        if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) return fromMembers(declaration.body.body);
        if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return this.memberTypeNode(declaration.typeAnnotation, name, depth + 1);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private pathKey(path: ValuePath): string {
    const rootObject = 'variable' in path.root ? path.root.variable : path.root.classNode;
    let id = this.rootIds.get(rootObject);
    if (id === undefined) {
      id = this.nextRootId++;
      this.rootIds.set(rootObject, id);
    }
    return `${id}:${path.names.join('.')}`;
  }

  private pathKind(path: ValuePath, depth: number): ValueKind {
    const key = this.pathKey(path);
    const cached = this.pathCache.get(key);
    if (cached) return cached;
    if (this.inProgress.has(key) || depth > MAX_DEPTH) return 'unknown';
    this.inProgress.add(key);
    try {
      const kind = combineFacts(this.pathFacts(path, depth));
      this.pathCache.set(key, kind);
      return kind;
    } finally {
      this.inProgress.delete(key);
    }
  }

  private *pathFacts(path: ValuePath, depth: number): Generator<ValueKind> {
    const lastName = path.names.at(-1);
    if (lastName !== undefined && (hasPluralScopeWord(lastName) || isKnownArrayMemberName(lastName))) {
      yield 'non-string';
      return;
    }
    if ('variable' in path.root) {
      yield* this.variableRootFacts(path.root.variable, path.names, depth);
    } else {
      yield* this.classRootFacts(path.root.classNode, path.names, depth);
    }
    for (const occurrence of this.occurrencesOf(path)) {
      const parent = occurrence.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === occurrence) {
        if (parent.operator === '=') yield this.expressionKind(parent.right, depth + 1);
        else if (parent.operator === '+=' && isStringLiteralOrTemplate(parent.right)) yield 'string';
        continue;
      }
      yield this.usageKind(occurrence);
    }
  }

  /** Facts from a variable's declarations: annotation, initializer, default, destructuring source. */
  private *variableRootFacts(variable: Variable, names: readonly string[], depth: number): Generator<ValueKind> {
    for (const def of variable.defs) {
      switch (def.type) {
        case DefinitionType.FunctionName:
        case DefinitionType.ClassName:
          yield 'non-string';
          continue;
        case DefinitionType.Variable:
        case DefinitionType.Parameter:
          break;
        default:
          continue;
      }
      const name = def.name as Node;
      if (name.type !== AST_NODE_TYPES.Identifier) continue;
      yield this.typeNodeKind(this.followMemberTypes(name.typeAnnotation?.typeAnnotation, names, depth), depth + 1);
      if (def.type === DefinitionType.Variable && def.node.id === name && def.node.init) {
        yield* this.valueFacts(def.node.init, names, depth);
      }
      yield* this.patternElementFacts(name, names, depth);
    }
  }

  /** `{ scope = '' }`, `{ scope }: { scope?: string }`, `const { scope } = tokens`. */
  private *patternElementFacts(identifier: TSESTree.Identifier, names: readonly string[], depth: number): Generator<ValueKind> {
    let element: Node = identifier;
    if (element.parent?.type === AST_NODE_TYPES.AssignmentPattern && element.parent.left === element) {
      yield* this.valueFacts(element.parent.right, names, depth);
      element = element.parent;
    }
    const property = element.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== element) return;
    const pattern = property.parent;
    const key = getStaticKeyName(property);
    if (pattern?.type !== AST_NODE_TYPES.ObjectPattern || key === undefined) return;
    const memberNames = [key, ...names];
    yield this.typeNodeKind(this.followMemberTypes(pattern.typeAnnotation?.typeAnnotation, memberNames, depth), depth + 1);
    const holder = pattern.parent;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id === pattern && holder.init) {
      yield* this.valueFacts(holder.init, memberNames, depth);
    }
  }

  /** Facts about `value.names…`: literal object members, or the path that value reads. */
  private *valueFacts(value: Node, names: readonly string[], depth: number): Generator<ValueKind> {
    let current: Node = value;
    for (const [index, name] of names.entries()) {
      const inner = skipTransparentWrappers(current);
      if (inner.type === AST_NODE_TYPES.ObjectExpression) {
        const property = findStaticProperty(inner, name);
        if (!property) return;
        current = property.value;
        continue;
      }
      const base = this.pathOf(inner);
      if (base) yield this.pathKind({ root: base.root, names: [...base.names, ...names.slice(index)] }, depth + 1);
      return;
    }
    yield this.expressionKind(current, depth + 1);
  }

  private followMemberTypes(typeNode: TSESTree.TypeNode | undefined, names: readonly string[], depth: number): TSESTree.TypeNode | undefined {
    let current = typeNode;
    for (const name of names) current = this.memberTypeNode(current, name, depth + 1);
    return current;
  }

  /** `this.names…` facts from the class body: field declarations and constructor parameter properties. */
  private *classRootFacts(classNode: ClassNode, names: readonly string[], depth: number): Generator<ValueKind> {
    const [first, ...rest] = names;
    if (first === undefined) return;
    for (const member of classNode.body.body) {
      if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && getStaticKeyName(member) === first) {
        yield this.typeNodeKind(this.followMemberTypes(member.typeAnnotation?.typeAnnotation, rest, depth), depth + 1);
        if (member.value) yield* this.valueFacts(member.value, rest, depth);
      }
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
        for (const param of member.value.params) {
          if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const target = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
          if (target.type === AST_NODE_TYPES.Identifier && target.name === first) {
            yield this.typeNodeKind(this.followMemberTypes(target.typeAnnotation?.typeAnnotation, rest, depth), depth + 1);
            if (param.parameter.type === AST_NODE_TYPES.AssignmentPattern) yield* this.valueFacts(param.parameter.right, rest, depth);
          }
        }
      }
    }
  }

  /** Every place the code reads or writes the same path. */
  private occurrencesOf(path: ValuePath): Node[] {
    const roots: Node[] =
      'variable' in path.root
        ? path.root.variable.references.filter(reference => !reference.init).map(reference => reference.identifier as Node)
        : this.thisExpressionsOf(path.root.classNode);
    const result: Node[] = [];
    for (const root of roots) {
      let node: Node | undefined = root;
      for (const name of path.names) {
        node = memberOnTopOf(node, name);
        if (!node) break;
      }
      if (node) result.push(node);
    }
    return result;
  }

  private thisExpressionsOf(classNode: ClassNode): Node[] {
    let found = this.thisCache.get(classNode);
    if (!found) {
      const collected: Node[] = [];
      walk(classNode.body, this.sourceCode.visitorKeys, node => {
        if (node.type === AST_NODE_TYPES.ThisExpression && classOfThis(node) === classNode) collected.push(node);
      });
      found = collected;
      this.thisCache.set(classNode, found);
    }
    return found;
  }

  /** What one read of a value shows about it. */
  private usageKind(occurrence: Node): ValueKind {
    let node = occurrence;
    while (node.parent?.type === AST_NODE_TYPES.TSNonNullExpression) node = node.parent;
    const parent = node.parent;
    if (!parent) return 'unknown';
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== node) return 'unknown';
        const method = getStaticMemberName(parent);
        const call = parent.parent;
        if (method === undefined || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return 'unknown';
        if (STRING_ONLY_METHODS.has(method)) return 'string';
        return COLLECTION_ONLY_METHODS.has(method) ? 'non-string' : 'unknown';
      }
      case AST_NODE_TYPES.SpreadElement:
        return parent.parent.type === AST_NODE_TYPES.ObjectExpression ? 'unknown' : 'non-string';
      case AST_NODE_TYPES.CallExpression:
        if (parent.arguments[1] === node && isScopeParamSetter(parent, this.sourceCode)) return 'string';
        if (isArrayIsArrayCall(parent)) return 'non-string';
        return 'unknown';
      case AST_NODE_TYPES.UnaryExpression: {
        if (parent.operator !== 'typeof') return 'unknown';
        const comparison = parent.parent;
        if (comparison?.type !== AST_NODE_TYPES.BinaryExpression) return 'unknown';
        const other = comparison.left === parent ? comparison.right : comparison.left;
        const tested = getStaticString(other);
        if (tested === undefined || !['===', '==', '!==', '!='].includes(comparison.operator)) return 'unknown';
        // `typeof x === 'object'` says the code expects something else too: not a proof either way, so silence.
        return tested === 'string' ? 'string' : 'non-string';
      }
      default:
        return 'unknown';
    }
  }
}

function isNullishTypeNode(node: TSESTree.TypeNode): boolean {
  return (
    node.type === AST_NODE_TYPES.TSUndefinedKeyword || node.type === AST_NODE_TYPES.TSNullKeyword || node.type === AST_NODE_TYPES.TSVoidKeyword
  );
}

function isArrayIsArrayCall(node: TSESTree.CallExpression): boolean {
  return (
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.object.type === AST_NODE_TYPES.Identifier &&
    node.callee.object.name === 'Array' &&
    getStaticMemberName(node.callee) === 'isArray'
  );
}
