import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

interface FileWords {
  offsets: Map<string, number[]>;
  present: Map<RegExp, boolean>;
}

const cache = new WeakMap<object, FileWords>();
/** One compiled test per word for the whole run: files are many, words are few. */
const presenceTests = new Map<string, { test: RegExp; hasStem: boolean }>();

/**
 * Every file gate of the plugin's rules asks for a word that contains one of
 * these (`scope`, `requestedScope`, `insufficient_scope`, `grant_types`…).
 * Most files of a tree contain none of them: one scan for all three settles
 * every gate of such a file, where a scan per word would read it several times.
 */
const GATE_STEMS = ['scope', 'grant_types', 'redirect_uris'];
const ANY_GATE_STEM = new RegExp(GATE_STEMS.join('|'), 'i');

function wordsOf(sourceCode: Readonly<TSESLint.SourceCode>): FileWords {
  let words = cache.get(sourceCode);
  if (!words) {
    words = { offsets: new Map(), present: new Map() };
    cache.set(sourceCode, words);
  }
  return words;
}

/** Offsets of every case-insensitive occurrence of `word` in the file, found once per file. */
function offsetsOf(sourceCode: Readonly<TSESLint.SourceCode>, word: string): number[] {
  const words = wordsOf(sourceCode);
  let offsets = words.offsets.get(word);
  if (!offsets) {
    offsets = [];
    const pattern = new RegExp(word, 'gi');
    for (let match = pattern.exec(sourceCode.text); match; match = pattern.exec(sourceCode.text)) offsets.push(match.index);
    words.offsets.set(word, offsets);
  }
  return offsets;
}

/**
 * Whether the file's text contains `word` anywhere (case-insensitive). Every
 * report of a rule needs its words somewhere in the code (a name, a key, a
 * header), so a rule that finds none returns no listeners: most files of a
 * large tree never mention scopes. The answer is shared by all rules; it is a
 * scan that stops at the first occurrence, so the offsets that `mentions`
 * needs are only collected in files where a listener asks.
 */
export function fileMentions(sourceCode: Readonly<TSESLint.SourceCode>, word: string): boolean {
  let presence = presenceTests.get(word);
  if (!presence) {
    const lower = word.toLowerCase();
    presence = { test: new RegExp(word, 'i'), hasStem: GATE_STEMS.some(stem => lower.includes(stem)) };
    presenceTests.set(word, presence);
  }
  // A word that contains a stem is absent wherever no stem occurs.
  if (presence.hasStem && !fileMatches(sourceCode, ANY_GATE_STEM)) return false;
  return fileMatches(sourceCode, presence.test);
}

/**
 * Whether the file's text matches `pattern` anywhere: a file gate for a rule
 * whose reports need one of several spellings (`clientMetadata`,
 * `client_metadata`). Cached per file and pattern; pass a pattern without
 * the `g` or `y` flag, created once.
 */
export function fileMatches(sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp): boolean {
  const words = wordsOf(sourceCode);
  let present = words.present.get(pattern);
  if (present === undefined) {
    present = pattern.test(sourceCode.text);
    words.present.set(pattern, present);
  }
  return present;
}

/**
 * Whether the source text of `node` contains `word` (case-insensitive): a
 * binary search, so rules can skip the many nodes that cannot concern scopes
 * before doing any real analysis.
 */
export function mentions(sourceCode: Readonly<TSESLint.SourceCode>, node: { range: TSESTree.Range }, word: string): boolean {
  const offsets = offsetsOf(sourceCode, word);
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle]! < node.range[0]) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! + word.length <= node.range[1];
}

/** A value computed on first use: per-file analyses that most files never need. */
export function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  let created = false;
  return () => {
    if (!created) {
      value = create();
      created = true;
    }
    return value as T;
  };
}
