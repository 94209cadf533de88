/**
 * Client metadata documents in JSON (a Client ID Metadata Document, a
 * registration request body), read from the AST of `@eslint/json`. The
 * types below are the few members of its nodes that the rule reads.
 */

export interface JsonRange {
  range: [number, number];
}
export interface JsonValueNode extends JsonRange {
  type: string;
  value?: unknown;
  elements?: { value: JsonValueNode }[];
  members?: JsonMemberNode[];
}
export interface JsonMemberNode extends JsonRange {
  name: JsonRange & { type: 'String' | 'Identifier'; value?: string; name?: string };
  value: JsonValueNode;
}
export interface JsonObjectNode extends JsonValueNode {
  type: 'Object';
  members: JsonMemberNode[];
}

export interface JsonClientMetadata {
  node: JsonObjectNode;
  grantTypes: { member: JsonMemberNode; grants: string[] | undefined } | undefined;
  redirectUris: JsonMemberNode | undefined;
  /** The document itself is this object, and it names the client: a candidate for the missing-grant_types report. */
  isDocumentClient: boolean;
}

function memberName(member: JsonMemberNode): string | undefined {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

/** An object with `grant_types` next to `redirect_uris` or `client_id`; a root object with `redirect_uris` and a client name or id. */
export function readJsonClientMetadata(node: JsonObjectNode, isRoot: boolean): JsonClientMetadata | undefined {
  const byName = new Map<string, JsonMemberNode>();
  for (const member of node.members) {
    const name = memberName(member);
    if (name !== undefined) byName.set(name, member);
  }
  if (byName.has('grant_types_supported') || (byName.has('issuer') && (byName.has('authorization_endpoint') || byName.has('token_endpoint')))) {
    return undefined;
  }
  const grantMember = byName.get('grant_types');
  const redirectUris = byName.get('redirect_uris');
  const namesClient = byName.has('client_id') || byName.has('client_name');
  const isDocumentClient = isRoot && redirectUris?.value.type === 'Array' && namesClient;
  if (!(grantMember && (redirectUris || byName.has('client_id'))) && !isDocumentClient) return undefined;

  let grantTypes: JsonClientMetadata['grantTypes'];
  if (grantMember) {
    const elements = grantMember.value.type === 'Array' ? grantMember.value.elements ?? [] : undefined;
    const grants = elements?.map(element => (element.value.type === 'String' ? (element.value.value as string) : undefined));
    grantTypes = { member: grantMember, grants: grants?.every((grant): grant is string => grant !== undefined) ? grants : undefined };
  }
  return { node, grantTypes, redirectUris, isDocumentClient };
}
