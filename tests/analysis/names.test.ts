import { describe, expect, it } from 'vitest';

import { createNameMatcher, hasPluralScopeWord, hasScopeWord, splitNameIntoWords } from '../../src/analysis/names.js';

describe('splitNameIntoWords', () => {
  it.each([
    ['resolvedScope', ['resolved', 'scope']],
    ['requested_scope', ['requested', 'scope']],
    ['OAUTH_SCOPE', ['oauth', 'scope']],
    ['XMLScope', ['xml', 'scope']],
    ['scope-str', ['scope', 'str']],
    ['_scope', ['scope']],
  ])('%s → %j', (name, words) => {
    expect(splitNameIntoWords(name)).toEqual(words);
  });
});

describe('hasScopeWord: names that hold an OAuth scope', () => {
  it.each(['scope', 'resolvedScope', 'requested_scope', 'scopeStr', 'scopeString', 'SCOPE', '_scope', 'challengeScope'])('%s', name => {
    expect(hasScopeWord(name)).toBe(true);
  });
  it.each(['scopes', 'telescope', 'scopeManager', 'functionScopeBoundaries', 'scopeLabel', 'microscope', 'scopesSupported'])('not %s', name => {
    expect(hasScopeWord(name)).toBe(false);
  });
});

describe('hasPluralScopeWord', () => {
  it.each([
    ['scopes', true],
    ['requestedScopes', true],
    ['scopes_supported', true],
    ['scope', false],
  ])('%s → %s', (name, expected) => {
    expect(hasPluralScopeWord(name)).toBe(expected);
  });
});

describe('createNameMatcher', () => {
  it('matches exact names and /regex/ entries', () => {
    const matches = createNameMatcher(['perms', '/^granted/i']);
    expect(['perms', 'grantedPermissions', 'GRANTED'].map(matches)).toEqual([true, true, true]);
    expect(['permsList', 'notGranted'].map(matches)).toEqual([false, false]);
  });
});
