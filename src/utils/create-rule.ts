import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';

import { ruleDocsUrl } from '../package-info.js';
import { type FileGate, passesGate, registerGate } from './file-gates.js';

export interface PluginDocs {
  /** In `configs.recommended` (and `recommended-type-checked`). */
  recommended?: boolean;
  /** Never true here: every rule works without type information, types only sharpen it. */
  requiresTypeChecking?: boolean;
}

/** A rule as ESLint loads it, with its docs URL and its name. */
export type NamedRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<MessageIds, Options, PluginDocs> & { name: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The user's value over the default: two objects merged key by key, all the way down; arrays and other values taken whole. */
function overDefault(fallback: unknown, value: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(fallback)) return value;
  const merged = { ...fallback };
  for (const [key, given] of Object.entries(value)) merged[key] = overDefault(fallback[key], given);
  return merged;
}

/**
 * The options a rule runs with: each default, with what the user gave in its
 * place merged over it. The merge typescript-eslint's `RuleCreator` makes,
 * written here because loading `ESLintUtils` at run time loads the rest of
 * `@typescript-eslint/utils` and its scope manager (over 200 modules).
 */
function withDefaults<Options extends readonly unknown[]>(defaults: Options, given: readonly unknown[]): Options {
  return defaults.map((fallback, index) => (given[index] === undefined ? fallback : overDefault(fallback, given[index]))) as unknown as Options;
}

/** Distinct option sets kept per rule; a config has a handful, so this bound is only a guard. */
const MAX_CACHED_OPTION_SETS = 64;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** What a rule returns for a file it has nothing to say about: one object for all, as ESLint only reads it. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

export interface GatedRule<Options extends readonly unknown[], MessageIds extends string> extends ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs> {
  /**
   * A cheap test of the file's text that every report needs to pass (it names
   * a scope, a grant list…). When it fails, `create()` is not called and the
   * options are not read: most files of a tree fail it. (A `create()` builds
   * its closures on entry, before an early return of its own could skip them.)
   */
  appliesTo?: FileGate;
  /** Options that make the rule apply to files `appliesTo` rules out (names the user lists, say). */
  appliesToEveryFileWith?: (options: Readonly<Options>) => boolean;
}

/** Each gated rule's gate, for the tests that check what it asks of a file. */
const gatesOfRules = new WeakMap<object, FileGate>();

/** The `appliesTo` gate of a rule made by `createRule`, if it has one. */
export function fileGateOf(rule: object): FileGate | undefined {
  return gatesOfRules.get(rule);
}

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * ESLint gives each file a context whose prototype is new for that file, so
 * a plain `context.sourceCode` misses V8's inline caches once per file and
 * property, at some 5 µs each (measured). `Reflect.get` looks the property up
 * without that cache, well under a microsecond; on the path every rule takes
 * for every file, the difference is what a large tree notices. Rules read it
 * so in their create() as well: in a CPU profile of the benchmark, the first
 * rule's own `context.sourceCode` was two thirds of its create().
 */
export function sourceCodeOf(context: AnyRuleContext): Readonly<TSESLint.SourceCode> {
  return Reflect.get<typeof context, 'sourceCode'>(context, 'sourceCode');
}

/** The options, read as `sourceCodeOf` reads the source code. */
function optionsOf(context: AnyRuleContext): readonly unknown[] {
  return Reflect.get<typeof context, 'options'>(context, 'options');
}

/**
 * What typescript-eslint's `ESLintUtils.RuleCreator` makes (a docs URL, the
 * options merged with the defaults), except that the merged options are
 * computed once per distinct option set instead of once per file, and
 * that a rule's `appliesTo` gate runs before its `create()` and its options.
 * RuleCreator's `applyDefault` runs `structuredClone` and a deep merge in
 * every `create()`: across seven rules and a large tree that was most of the
 * plugin's cost on files that never mention a scope. The merged options are
 * frozen, because every file of the run now shares them.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<GatedRule<Options, MessageIds>>,
): NamedRule<Options, MessageIds> {
  const named = {
    name: rule.name,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocsUrl(rule.name) } },
  };
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
    const options = deepFreeze(structuredClone(withDefaults(defaults, given)));
    merged.set(key, options);
    return options;
  }

  let withoutOptions: Readonly<Options> | undefined;
  // The last options object and its merge: files come config by config, and a
  // pointer comparison is cheaper than the WeakMap on the path every file takes.
  let lastFirst: object | undefined;
  let lastMerged: Readonly<Options> | undefined;

  function optionsFor(given: readonly unknown[]): Readonly<Options> {
    // A rule without options gets a fresh empty array per file: nothing to look up.
    if (given.length === 0) return (withoutOptions ??= merge(given));
    const first = given[0];
    if (given.length !== 1 || typeof first !== 'object' || first === null) return merge(given);
    if (first === lastFirst) return lastMerged!;
    let options = byObject.get(first);
    if (!options) {
      options = merge(given);
      byObject.set(first, options);
    }
    lastFirst = first;
    lastMerged = options;
    return options;
  }

  const { appliesTo, appliesToEveryFileWith } = rule;
  if (!appliesTo) return { ...named, create: context => rule.create(context, optionsFor(optionsOf(context))) };
  // Registered when the rule first runs, so that only rules in use are asked.
  let slot = -1;
  let everyFileOptions: Readonly<Options> | undefined;
  let everyFileAnswer = false;
  const gated: NamedRule<Options, MessageIds> = {
    ...named,
    create: context => {
      if (slot === -1) slot = registerGate(appliesTo);
      if (passesGate(slot, sourceCodeOf(context))) return rule.create(context, optionsFor(optionsOf(context)));
      if (!appliesToEveryFileWith) return NO_LISTENERS;
      const options = optionsFor(optionsOf(context));
      // Asked of every file the gate rules out, and the options are the same object
      // file after file: the answer is kept with them.
      if (options !== everyFileOptions) {
        everyFileOptions = options;
        everyFileAnswer = appliesToEveryFileWith(options);
      }
      return everyFileAnswer ? rule.create(context, options) : NO_LISTENERS;
    },
  };
  gatesOfRules.set(gated, appliesTo);
  return gated;
}
