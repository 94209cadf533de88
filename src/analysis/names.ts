/**
 * Name-based questions. A name is never proof of a type on its own; these
 * helpers only decide which values are worth asking the harder questions about.
 */

/** Split names, kept: a file asks about the same few names (`scope`, `params`, `tokens`) again and again. */
const wordsByName = new Map<string, readonly string[]>();
/** A bound, not a size anyone reaches: a run's distinct names are some thousands. */
const MAX_SPLIT_NAMES = 10_000;

/** `resolvedScope` → [resolved, scope]; `OAUTH_SCOPE` → [oauth, scope]; `XMLScope` → [xml, scope]. The array is shared: do not change it. */
export function splitNameIntoWords(name: string): readonly string[] {
  let words = wordsByName.get(name);
  if (!words) {
    words = Object.freeze(
      name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word.toLowerCase()),
    );
    if (wordsByName.size >= MAX_SPLIT_NAMES) wordsByName.clear();
    wordsByName.set(name, words);
  }
  return words;
}

/** What may follow `scope` in a name that still names the scope itself: `scopeStr`, `scope_value`, `scopeParam`. */
const SCOPE_SUFFIX_WORDS = new Set(['str', 'string', 'value', 'param', 'parameter', 'claim']);

/**
 * True when the name says it holds an OAuth scope: `scope`, `resolvedScope`,
 * `requested_scope`, `scopeStr`. False for `scopes`, `telescope`, and for
 * names where `scope` only qualifies another word (`scopeManager`,
 * `functionScopeBoundaries`, `scopeLabel`) — lexical scopes and display text.
 */
export function hasScopeWord(name: string): boolean {
  // Most names never mention a scope: skip the word split for them (rules call this on every assignment).
  if (!/scope/i.test(name)) return false;
  const words = splitNameIntoWords(name);
  const index = words.lastIndexOf('scope');
  return index !== -1 && words.slice(index + 1).every(word => SCOPE_SUFFIX_WORDS.has(word));
}

/** Names that say "a collection of scopes": `scopes`, `requestedScopes`, `scopes_supported`. */
export function hasPluralScopeWord(name: string): boolean {
  return /scopes/i.test(name) && splitNameIntoWords(name).includes('scopes');
}

/** `grant_types`, `scopes_supported`, `response_types_supported`: OAuth metadata members that are arrays. */
export function isKnownArrayMemberName(name: string): boolean {
  if (!/supported|types|scopes/i.test(name)) return false;
  const words = splitNameIntoWords(name);
  return words.includes('supported') || (words.includes('types') && words.includes('grant')) || hasPluralScopeWord(name);
}

export type NameMatcher = (name: string) => boolean;

/**
 * Builds a matcher from option strings: a plain string matches that exact
 * name, `/pattern/flags` is a regular expression.
 */
export function createNameMatcher(patterns: readonly string[]): NameMatcher {
  const exact = new Set<string>();
  const regexps: RegExp[] = [];
  for (const pattern of patterns) {
    const match = /^\/(.+)\/([dgimsuvy]*)$/.exec(pattern);
    if (match) regexps.push(new RegExp(match[1]!, match[2]!.replace(/[gy]/g, '')));
    else exact.add(pattern);
  }
  if (exact.size === 0 && regexps.length === 0) return () => false;
  return name => exact.has(name) || regexps.some(re => re.test(name));
}
