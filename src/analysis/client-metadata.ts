import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { getStaticKeyName, getStaticString, skipTransparentWrappers } from '../utils/ast.js';
import { mentions } from '../utils/text-index.js';
import { getTypeServices, hasContextualTypeLike, stringLiteralValuesOfType, type TypeServices } from './types.js';

type Node = TSESTree.Node;
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What an object literal that is OAuth client metadata (RFC 7591 §2) says about its grants. */
export interface ClientMetadataObject {
  node: TSESTree.ObjectExpression;
  /** `grant_types`, when present, with its grants when the rule can read them. */
  grantTypes:
    | {
        property: TSESTree.Property;
        /** The grants, when an array literal of strings (or, with types, a literal tuple) spells them out. */
        grants: string[] | undefined;
        /** The array literal a fix can extend. */
        literal: TSESTree.ArrayExpression | undefined;
      }
    | undefined;
  /** `redirect_uris` written as an array literal: an interactive client with actual values, not a schema. */
  hasLiteralRedirectUris: boolean;
  /** A spread may bring in members the rule cannot see. */
  hasSpread: boolean;
}

/** The name of the object-literal key, method, getter or field that holds `node`, if any. */
function holderName(node: Node): string | undefined {
  let current: Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === current ? getStaticKeyName(parent) : undefined;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression: {
      if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body !== current) return undefined;
      let fn: Node | undefined = parent;
      while (fn && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionDeclaration) {
        fn = fn.parent;
      }
      const owner = fn?.parent;
      if (owner?.type === AST_NODE_TYPES.MethodDefinition || owner?.type === AST_NODE_TYPES.Property || owner?.type === AST_NODE_TYPES.PropertyDefinition) {
        return getStaticKeyName(owner);
      }
      return fn?.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id?.name : undefined;
    }
    default:
      return undefined;
  }
}

/** With types: the grants a non-literal value can only hold (`['authorization_code'] as const`, a literal tuple). */
function grantsFromType(services: TypeServices, value: Node): string[] | undefined {
  const type = services.typeOf(value);
  if (!type) return undefined;
  const { checker } = services;
  if (checker.isTupleType(type)) {
    const elements = checker.getTypeArguments(type as ts.TypeReference);
    const grants: string[] = [];
    for (const element of elements) {
      const values = stringLiteralValuesOfType(services, element);
      if (values?.length !== 1) return undefined;
      grants.push(values[0]!);
    }
    return grants;
  }
  return undefined;
}

function isGrantOrRedirectKey(property: TSESTree.Property): boolean {
  const name = getStaticKeyName(property);
  return name === 'grant_types' || name === 'redirect_uris';
}

function propertiesByName(node: TSESTree.ObjectExpression): Map<string, TSESTree.Property> {
  const byName = new Map<string, TSESTree.Property>();
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = getStaticKeyName(property);
    if (name !== undefined) byName.set(name, property);
  }
  return byName;
}

/**
 * Reads an object literal as OAuth client metadata, or returns undefined when
 * the code does not show that it is one: it has `redirect_uris`; it is the
 * value of a `clientMetadata` key, variable, getter or method; it has
 * `client_id` or `client_name` with `grant_types`; or, with types, its
 * contextual type is client metadata. Authorization-server metadata (an
 * `issuer` with endpoints, `grant_types_supported`) never is.
 */
export function readClientMetadataObject(node: TSESTree.ObjectExpression, context: AnyRuleContext): ClientMetadataObject | undefined {
  // Every report needs `grant_types` or `redirect_uris`; most objects have neither.
  const sourceCode = context.sourceCode;
  if (!mentions(sourceCode, node, 'grant_types') && !mentions(sourceCode, node, 'redirect_uris')) return undefined;
  if (!node.properties.some(property => property.type === AST_NODE_TYPES.Property && isGrantOrRedirectKey(property))) return undefined;
  const byName = propertiesByName(node);
  if (byName.has('grant_types_supported') || (byName.has('issuer') && (byName.has('authorization_endpoint') || byName.has('token_endpoint')))) {
    return undefined;
  }
  const services = getTypeServices(context);
  const isClientMetadata =
    byName.has('redirect_uris') ||
    holderName(node) === 'clientMetadata' ||
    ((byName.has('client_id') || byName.has('client_name')) && byName.has('grant_types')) ||
    (services !== undefined && hasContextualTypeLike(services, node, /^OAuthClient(Metadata|Information)/, ['redirect_uris', 'grant_types']));
  if (!isClientMetadata) return undefined;

  const grantProperty = byName.get('grant_types');
  let grantTypes: ClientMetadataObject['grantTypes'];
  if (grantProperty) {
    let value = skipTransparentWrappers(grantProperty.value);
    if (value.type === AST_NODE_TYPES.TSAsExpression) value = skipTransparentWrappers(value.expression);
    if (value.type === AST_NODE_TYPES.ArrayExpression) {
      const grants = value.elements.map(element => (element ? getStaticString(element) : undefined));
      grantTypes = {
        property: grantProperty,
        grants: grants.every((grant): grant is string => grant !== undefined) ? grants : undefined,
        literal: value,
      };
    } else {
      // Only a named constant is worth a type query: a call here is a schema (`z.array(…)`) or a computation.
      const isConstant = value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression;
      grantTypes = { property: grantProperty, grants: services && isConstant ? grantsFromType(services, grantProperty.value) : undefined, literal: undefined };
    }
  }
  const redirectUris = byName.get('redirect_uris');
  return {
    node,
    grantTypes,
    hasLiteralRedirectUris: redirectUris !== undefined && skipTransparentWrappers(redirectUris.value).type === AST_NODE_TYPES.ArrayExpression,
    hasSpread: node.properties.some(property => property.type === AST_NODE_TYPES.SpreadElement),
  };
}
