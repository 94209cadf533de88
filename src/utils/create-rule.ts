import { ESLintUtils } from '@typescript-eslint/utils';

import { ruleDocsUrl } from '../package-info.js';

export interface PluginDocs {
  /** In `configs.recommended` (and `recommended-type-checked`). */
  recommended?: boolean;
  /** Never true here: every rule works without type information, types only sharpen it. */
  requiresTypeChecking?: boolean;
}

const createNamedRule = ESLintUtils.RuleCreator<PluginDocs>(ruleDocsUrl);

/** Distinct option sets kept per rule; a config has a handful, so this bound is only a guard. */
const MAX_CACHED_OPTION_SETS = 64;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/**
 * `ESLintUtils.RuleCreator`, except that the options merged with the defaults
 * are computed once per distinct option set instead of once per file.
 * RuleCreator's `applyDefault` runs `structuredClone` and a deep merge in
 * every `create()`: across seven rules and a large tree that was most of the
 * plugin's cost on files that never mention a scope. The merged options are
 * frozen, because every file of the run now shares them.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): ReturnType<typeof createNamedRule<Options, MessageIds>> {
  const named = createNamedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Readonly<Options>>();
  // ESLint (>= 9.15) merges `meta.defaultOptions` itself and, for a rule
  // configured by severity alone, hands every file the defaults object itself:
  // that object is the cheap key. User options arrive as a new object per file.
  const byObject = new WeakMap<object, Readonly<Options>>();

  function merge(given: readonly unknown[]): Readonly<Options> {
    // ESLint passes a fresh array for every file; its content is what identifies the set.
    const key = JSON.stringify(given);
    const cached = merged.get(key);
    if (cached) return cached;
    if (merged.size >= MAX_CACHED_OPTION_SETS) merged.clear();
    // Cloned before freezing: a merge may hand back arrays of the user's own config.
    const options = deepFreeze(structuredClone(ESLintUtils.applyDefault<Options, Options>(defaults, given as Options)));
    merged.set(key, options);
    return options;
  }

  let withoutOptions: Readonly<Options> | undefined;

  function optionsFor(given: readonly unknown[]): Readonly<Options> {
    // A rule without options gets a fresh empty array per file: nothing to look up.
    if (given.length === 0) return (withoutOptions ??= merge(given));
    const first = given[0];
    if (given.length !== 1 || typeof first !== 'object' || first === null) return merge(given);
    let options = byObject.get(first);
    if (!options) {
      options = merge(given);
      byObject.set(first, options);
    }
    return options;
  }

  return { ...named, create: context => rule.create(context, optionsFor(context.options)) };
}
