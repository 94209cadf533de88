import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** Shared option schemas, so every rule describes the same option the same way. */
export const scopeNamesOptionSchema: JSONSchema4 = {
  type: 'array',
  description:
    'Extra identifier or property names that hold OAuth scope values, besides names containing the word "scope". A string matches a name exactly; "/pattern/flags" is a regular expression.',
  items: {
    type: 'string',
    // A JavaScript name, or a regular expression literal.
    pattern: '^(?:[A-Za-z_$][\\w$]*|/.+/[dimsuv]*)$',
  },
  uniqueItems: true,
};

export const resolversOptionSchema: JSONSchema4 = {
  type: 'array',
  description:
    'Functions that select the scope (their bodies may hand-roll selection, and their results count as resolved scopes). A string matches a name exactly; "/pattern/flags" is a regular expression.',
  items: { type: 'string', pattern: '^(?:[A-Za-z_$][\\w$]*|/.+/[dimsuv]*)$' },
  uniqueItems: true,
};

export const importSourceOptionSchema: JSONSchema4 = {
  type: 'string',
  description: 'The module a fix imports `determineScope` from when the file has none of its own.',
  minLength: 1,
};

export const ignoreCalleesOptionSchema: JSONSchema4 = {
  type: 'array',
  description:
    'Calls that may receive the raw requested scope (a logger, a store of what was asked). Matched against the callee name and its dotted path; "/pattern/flags" is a regular expression.',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
};
