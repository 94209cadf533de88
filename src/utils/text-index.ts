import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

const cache = new WeakMap<object, Map<string, number[]>>();

/** Offsets of every case-insensitive occurrence of `word` in the file, found once per file. */
function offsetsOf(sourceCode: Readonly<TSESLint.SourceCode>, word: string): number[] {
  let byWord = cache.get(sourceCode);
  if (!byWord) {
    byWord = new Map<string, number[]>();
    cache.set(sourceCode, byWord);
  }
  let offsets = byWord.get(word);
  if (!offsets) {
    offsets = [];
    const pattern = new RegExp(word, 'gi');
    for (let match = pattern.exec(sourceCode.text); match; match = pattern.exec(sourceCode.text)) offsets.push(match.index);
    byWord.set(word, offsets);
  }
  return offsets;
}

/**
 * Whether the file's text contains `word` anywhere (case-insensitive). Every
 * report of a rule needs its word somewhere in the code (a name, a key, a
 * header), so a rule that finds none returns no listeners: most files of a
 * large tree never mention scopes, and they then cost one text scan, shared
 * by all rules through the same per-file index that `mentions` uses.
 */
export function fileMentions(sourceCode: Readonly<TSESLint.SourceCode>, word: string): boolean {
  return offsetsOf(sourceCode, word).length > 0;
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
