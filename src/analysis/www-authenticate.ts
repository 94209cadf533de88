import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getStaticKeyName, getStaticMemberName, getStaticString } from '../utils/ast.js';

/** The `scope="…"` parameter of a `WWW-Authenticate` challenge (RFC 6750 §3), as offsets into the text. */
export interface ChallengeScope {
  /** Offset of the first character inside the quotes. */
  start: number;
  /** Offset of the closing quote. */
  end: number;
  tokens: string[];
}

export function findChallengeScope(text: string): ChallengeScope | undefined {
  const match = /\bscope="([^"]*)"/i.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf('"') + 1;
  return { start, end: start + match[1]!.length, tokens: match[1]!.split(' ').filter(Boolean) };
}

/** `Bearer error="insufficient_scope", scope="…"`: a bearer challenge carrying a scope. */
export function isBearerChallengeText(text: string): boolean {
  return /^\s*Bearer\b/i.test(text) && /\bscope=/i.test(text);
}

const HEADER_SETTERS = new Set(['setHeader', 'set', 'append', 'header', 'writeHead']);

function isWwwAuthenticateName(node: TSESTree.Node | undefined): boolean {
  return node !== undefined && getStaticString(node)?.toLowerCase() === 'www-authenticate';
}

/**
 * The value of a `WWW-Authenticate` header: `res.setHeader('WWW-Authenticate', v)`,
 * `headers.set`/`append`, `res.header`, or a `{ 'WWW-Authenticate': v }`
 * member (a `writeHead`, `Response` or `Headers` init).
 */
export function isWwwAuthenticateValue(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Property) {
    const key = getStaticKeyName(parent);
    return parent.value === node && key?.toLowerCase() === 'www-authenticate';
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getStaticMemberName(parent.callee);
    return method !== undefined && HEADER_SETTERS.has(method) && parent.arguments[1] === node && isWwwAuthenticateName(parent.arguments[0]);
  }
  return false;
}
