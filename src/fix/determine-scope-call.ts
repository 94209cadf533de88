import type { TSESLint } from '@typescript-eslint/utils';

import type { ScopeSource, ScopeSourceKind } from '../analysis/scope-selection.js';

/** The `determineScope()` fields, in the order the call lists them. */
const FIELD_OF: Record<ScopeSourceKind, string> = {
  requested: 'requestedScope',
  resource: 'resourceMetadata',
  client: 'clientMetadata',
};
const FIELD_ORDER = ['requestedScope', 'resourceMetadata', 'authServerMetadata', 'clientMetadata'] as const;

export interface DetermineScopeCallParts {
  callee: string;
  sources: readonly ScopeSource[];
  /** The binding that holds authorization-server metadata, when one is in scope. */
  authServerMetadata: string | undefined;
  selectionOnly: boolean;
}

/**
 * `determineScope({ requestedScope: scope, resourceMetadata, authServerMetadata: metadata, clientMetadata: provider.clientMetadata })`:
 * each field takes the text of the operand it replaces, shorthand where the text is the field's name.
 */
export function determineScopeCallText(sourceCode: Readonly<TSESLint.SourceCode>, parts: DetermineScopeCallParts, quote: "'" | '"'): string {
  const values = new Map<string, string>();
  for (const source of parts.sources) values.set(FIELD_OF[source.kind], sourceCode.getText(source.value));
  if (parts.authServerMetadata) values.set('authServerMetadata', parts.authServerMetadata);
  const entries = FIELD_ORDER.filter(field => values.has(field)).map(field => {
    const value = values.get(field)!;
    return value === field ? field : `${field}: ${value}`;
  });
  if (parts.selectionOnly) entries.push(`offlineAccess: ${quote}never${quote}`);
  return `${parts.callee}({ ${entries.join(', ')} })`;
}
