import { describe, expect, it } from 'vitest';

import { formatScope, hasScopeToken, parseScope, requiresConsentPrompt, unionScopes } from '../../src/scope/index.js';

describe('parseScope', () => {
  it.each([
    ['openid profile', ['openid', 'profile']],
    ['  openid   profile ', ['openid', 'profile']],
    ['', []],
    [undefined, []],
    [null, []],
    // RFC 6749 delimits with one space; a tab is not a delimiter.
    ['a\tb c', ['a\tb', 'c']],
  ] as const)('%j → %j', (scope, tokens) => {
    expect(parseScope(scope)).toEqual(tokens);
  });

  it('rejects a non-string', () => {
    expect(() => parseScope(['a'] as unknown as string)).toThrow(new TypeError('parseScope: scope must be a string, got an array'));
  });
});

describe('hasScopeToken and requiresConsentPrompt test tokens, not substrings', () => {
  it.each([
    ['offline_access', true],
    ['openid offline_access', true],
    ['no_offline_access', false],
    ['offline_access_v2', false],
    ['Offline_Access', false],
    ['a\toffline_access', false],
    ['', false],
    [undefined, false],
  ] as const)('%j → %j', (scope, expected) => {
    expect(hasScopeToken(scope, 'offline_access')).toBe(expected);
    expect(requiresConsentPrompt(scope)).toBe(expected);
  });
});

describe('formatScope', () => {
  it('joins tokens with one space', () => {
    expect(formatScope(['openid', 'profile'])).toBe('openid profile');
    expect(formatScope(new Set(['a', 'b']))).toBe('a b');
    expect(formatScope([])).toBe('');
  });

  it.each([
    [['a b'], "formatScope: token 0 must be a non-empty string without whitespace, got string"],
    [['a', ''], "formatScope: token 1 must be a non-empty string without whitespace, got string"],
    [['a', 3], 'formatScope: token 1 must be a non-empty string without whitespace, got number'],
  ])('rejects %j', (tokens, message) => {
    expect(() => formatScope(tokens as string[])).toThrow(new TypeError(message));
  });
});

describe('unionScopes', () => {
  it('keeps each token once, in first-seen order, splitting on any whitespace', () => {
    expect(unionScopes('a b', 'b\tc', undefined, 'a  d')).toBe('a b c d');
    expect(unionScopes(undefined, '', ' ')).toBeUndefined();
    expect(unionScopes()).toBeUndefined();
  });
});
