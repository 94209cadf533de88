import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { DefinitionType, findVariable } from '../utils/scope-variables.js';
import { getTypeServices, type TypeServices } from './types.js';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Names that hold authorization-server metadata (RFC 8414) in MCP client code, most specific first. */
const AUTH_SERVER_METADATA_NAMES = ['authServerMetadata', 'authorizationServerMetadata', 'asMetadata', 'metadata'];

/** Whether the binding holds a value by the time `at` runs: a parameter, an import, or a write before it. */
function isInitialisedBefore(variable: Variable, at: Node): boolean {
  for (const def of variable.defs) {
    if (def.type === DefinitionType.Parameter || def.type === DefinitionType.ImportBinding) return true;
    if (def.type === DefinitionType.Variable && def.node.init && def.node.range[1] <= at.range[0]) return true;
  }
  return variable.references.some(reference => reference.isWrite() && reference.identifier.range[1] <= at.range[0]);
}

/** RFC 8414 metadata has an authorization or token endpoint; resource metadata (RFC 9728) has neither. */
function looksLikeAuthServerMetadata(services: TypeServices, type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some(part => {
    const apparent = services.checker.getApparentType(part);
    return apparent.getProperty('authorization_endpoint') !== undefined || apparent.getProperty('token_endpoint') !== undefined;
  });
}

function typeOfVariable(services: TypeServices, variable: Variable): ts.Type | undefined {
  const name = variable.defs[0]?.name;
  return name ? services.typeOf(name) : undefined;
}

function isAnyOrUnknown(services: TypeServices, type: ts.Type): boolean {
  return (type.flags & (services.ts.TypeFlags.Any | services.ts.TypeFlags.Unknown)) !== 0;
}

/**
 * A binding in scope at `at` that holds authorization-server metadata and is
 * initialised before it: by name (`metadata`, `authServerMetadata`, …) or,
 * with types, by the metadata's shape. `exclude` lists texts already used for
 * another field (the resource metadata object, say).
 */
export function findAuthServerMetadataBinding(context: AnyRuleContext, at: Node, exclude: readonly string[]): string | undefined {
  const scope = context.sourceCode.getScope(at);
  const services = getTypeServices(context);
  for (const name of AUTH_SERVER_METADATA_NAMES) {
    if (exclude.includes(name)) continue;
    const variable = findVariable(scope, name);
    if (!variable || variable.defs.length === 0 || !isInitialisedBefore(variable, at)) continue;
    const type = services && typeOfVariable(services, variable);
    // With types, a `metadata` that is something else (resource metadata, say) is not taken.
    if (services && type && !isAnyOrUnknown(services, type) && !looksLikeAuthServerMetadata(services, type)) continue;
    return name;
  }
  if (!services) return undefined;
  for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
    for (const variable of current.variables) {
      if (exclude.includes(variable.name) || variable.defs.length === 0) continue;
      if (variable.defs.some(def => def.type === DefinitionType.FunctionName || def.type === DefinitionType.ClassName || def.type === DefinitionType.Type)) continue;
      const type = typeOfVariable(services, variable);
      if (!type || isAnyOrUnknown(services, type) || !looksLikeAuthServerMetadata(services, type)) continue;
      if (findVariable(scope, variable.name) === variable && isInitialisedBefore(variable, at)) return variable.name;
    }
  }
  return undefined;
}

/** Names of the function (declaration, or the binding, property or method it is assigned to) that encloses `node`, innermost first. */
export function enclosingFunctionNames(node: Node): string[] {
  const names: string[] = [];
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (
      current.type !== AST_NODE_TYPES.FunctionDeclaration &&
      current.type !== AST_NODE_TYPES.FunctionExpression &&
      current.type !== AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      continue;
    }
    if (current.id) names.push(current.id.name);
    const holder = current.parent;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) names.push(holder.id.name);
    if (
      (holder?.type === AST_NODE_TYPES.Property || holder?.type === AST_NODE_TYPES.MethodDefinition || holder?.type === AST_NODE_TYPES.PropertyDefinition) &&
      !holder.computed &&
      holder.key.type === AST_NODE_TYPES.Identifier
    ) {
      names.push(holder.key.name);
    }
  }
  return names;
}
