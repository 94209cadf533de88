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
