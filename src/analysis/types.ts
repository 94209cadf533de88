import { createRequire } from 'node:module';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/**
 * Optional type information. Rules never require it: this returns undefined
 * for plain JavaScript, for typescript-eslint without a project, and under
 * hosts that provide no parser services at all.
 */
export interface TypeServices {
  checker: ts.TypeChecker;
  ts: typeof ts;
  typeOf(node: TSESTree.Node): ts.Type | undefined;
  /** The type an expression's position expects (an object literal's declared target, say). */
  contextualTypeOf(node: TSESTree.Node): ts.Type | undefined;
}

const servicesCache = new WeakMap<object, TypeServices | null>();
const require = createRequire(import.meta.url);

// `typescript` is an optional peer. It is loaded only once a program exists,
// which means the user's parser has already loaded it.
let typescriptModule: typeof ts | undefined;
function loadTypeScript(): typeof ts | undefined {
  if (!typescriptModule) {
    try {
      typescriptModule = require('typescript') as typeof ts;
    } catch {
      return undefined;
    }
  }
  return typescriptModule;
}

export function getTypeServices(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeServices | undefined {
  const sourceCode = context.sourceCode;
  const cached = servicesCache.get(sourceCode);
  if (cached !== undefined) return cached ?? undefined;
  let services: TypeServices | null = null;
  const parserServices = sourceCode.parserServices;
  const program = parserServices?.program;
  const map = parserServices?.esTreeNodeToTSNodeMap;
  const typescript = program && map ? loadTypeScript() : undefined;
  if (program && map && typescript) {
    const checker = program.getTypeChecker();
    services = {
      checker,
      ts: typescript,
      typeOf(node) {
        const tsNode = map.get(node as never);
        return tsNode ? checker.getTypeAtLocation(tsNode) : undefined;
      },
      contextualTypeOf(node) {
        const tsNode = map.get(node as never) as ts.Expression | undefined;
        return tsNode ? checker.getContextualType(tsNode) : undefined;
      },
    };
  }
  servicesCache.set(sourceCode, services);
  return services ?? undefined;
}

/** What the checker says about a value, in the only terms the rules need. */
export type TypeVerdict = 'string' | 'not-string' | 'unknown';

/**
 * `string`, string literal and template types, branded strings, and their
 * unions with `undefined`/`null` are strings. `any`/`unknown` (untyped JS,
 * missing declarations) say nothing, so the caller falls back to syntax.
 */
export function classifyStringType(services: TypeServices, type: ts.Type): TypeVerdict {
  const { ts: typescript, checker } = services;
  const flags = type.flags;
  if (flags & (typescript.TypeFlags.Any | typescript.TypeFlags.Unknown)) return 'unknown';
  if (flags & typescript.TypeFlags.TypeParameter) {
    const constraint = checker.getBaseConstraintOfType(type);
    return constraint && constraint !== type ? classifyStringType(services, constraint) : 'unknown';
  }
  if (type.isUnion()) {
    let sawString = false;
    for (const part of type.types) {
      if (part.flags & (typescript.TypeFlags.Undefined | typescript.TypeFlags.Null | typescript.TypeFlags.Void)) continue;
      const verdict = classifyStringType(services, part);
      if (verdict !== 'string') return verdict;
      sawString = true;
    }
    return sawString ? 'string' : 'not-string';
  }
  if (type.isIntersection()) {
    return type.types.some(part => classifyStringType(services, part) === 'string') ? 'string' : 'not-string';
  }
  return flags & typescript.TypeFlags.StringLike ? 'string' : 'not-string';
}

/** The string literal values a type can take, or undefined when it can be any string. */
export function stringLiteralValuesOfType(services: TypeServices, type: ts.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) values.push(part.value);
    else if (!(part.flags & (services.ts.TypeFlags.Undefined | services.ts.TypeFlags.Null))) return undefined;
  }
  return values;
}

/**
 * Whether the contextual type of an object literal (or one member of its
 * union) looks like the named metadata: its type or alias name matches
 * `names`, or it has all of `members`.
 */
export function hasContextualTypeLike(services: TypeServices, node: TSESTree.Node, names: RegExp, members: readonly string[]): boolean {
  const type = services.contextualTypeOf(node);
  if (!type) return false;
  return (type.isUnion() ? type.types : [type]).some(part => {
    const name = part.aliasSymbol?.name ?? part.getSymbol()?.name ?? '';
    return names.test(name) || members.every(member => part.getProperty(member) !== undefined);
  });
}
