import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * What is known of one file's text. Most files mention no stem, so nothing
 * here is allocated before it has something to hold: a file without any
 * costs this object and the scan.
 */
interface FileWords {
  /** Offsets of each stem (by its index in GATE_STEMS), from the one scan that found them all. */
  stems: (readonly number[])[] | undefined;
  /** Offsets of a word, found among its stem's offsets or by a scan of its own. */
  offsets: Map<string, readonly number[]> | undefined;
  present: Map<RegExp, boolean> | undefined;
}

/** The offsets of a word that does not occur: one array for all of them. */
const NOWHERE: readonly number[] = Object.freeze([]);

/**
 * The words of the file being linted. Everything here is derived from the
 * text alone, so the text is the key, and one entry is enough: a linter runs
 * the rules of one file (every `create()`, then the traversal) before it
 * starts the next. A file's gates and listeners all ask about the same string
 * object, so the check is a pointer comparison, on a path that each of the
 * seven rules takes once per file with the CPU's caches cold from the
 * parse. The text and not the sourceCode is the key because oxlint hands
 * every file the same sourceCode object.
 */
let lastText: string | undefined;
let lastWords: FileWords | undefined;

/**
 * Every file gate of the plugin's rules asks for a word that contains one of
 * these (`scope`, `requestedScope`, `insufficient_scope`, `scope=`,
 * `grant_types`…), and `mentions` needs their offsets. One scan finds every
 * occurrence of all three: a file that has none (most files of a tree) is
 * read once for every gate of every rule, and in the others each word that
 * contains a stem is found among the stem's offsets instead of by reading
 * the file again. The scan goes on one character after each match, so
 * occurrences that overlap (`redirect_uriscope`) are all found.
 */
const GATE_STEMS = ['scope', 'grant_types', 'redirect_uris'];
const STEM_SCAN = new RegExp(GATE_STEMS.join('|'), 'gi');
/**
 * The scan uses `test()`, which allocates nothing, where `exec()` would build
 * a match array for each of the thousands of occurrences in a large bundle.
 * The stem that matched is told by its last-but-one letter (`scoPe`,
 * `grant_typEs`, `redirect_urIs`): those differ, and a match of this
 * pattern, without the `u` flag, is ASCII, so `| 32` makes them lower case.
 */
const STEM_BY_LAST_BUT_ONE = new Map(GATE_STEMS.map((stem, index) => [stem.charCodeAt(stem.length - 2), index]));
if (STEM_BY_LAST_BUT_ONE.size !== GATE_STEMS.length) throw new Error('text-index: gate stems must differ in their last-but-one letter');

/** How a word is found: inside a stem's occurrences, at `stemAt` characters into the word, or by a scan of its own. */
type WordSearch = { stem: number; stemAt: number; sticky: RegExp } | { stem: undefined; global: RegExp; caseless: boolean };
/** One compiled search per word for the whole run: files are many, words are few. */
const searches = new Map<string, WordSearch>();

function searchFor(word: string): WordSearch {
  let search = searches.get(word);
  if (!search) {
    const lower = word.toLowerCase();
    const stem = GATE_STEMS.findIndex(candidate => lower.includes(candidate));
    // A word is literal text: a `.` or `?` in it must not act as a pattern.
    const source = word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    search =
      stem !== -1
        ? { stem, stemAt: lower.indexOf(GATE_STEMS[stem]!), sticky: new RegExp(source, 'iy') }
        : { stem: undefined, global: new RegExp(source, 'gi'), caseless: lower === word.toUpperCase() };
    searches.set(word, search);
  }
  return search;
}

function wordsOf(sourceCode: Readonly<TSESLint.SourceCode>): FileWords {
  const text = sourceCode.text;
  if (text !== lastText || !lastWords) {
    lastText = text;
    lastWords = { stems: undefined, offsets: undefined, present: undefined };
  }
  return lastWords;
}

function stemOffsets(sourceCode: Readonly<TSESLint.SourceCode>, words: FileWords, stem: number): readonly number[] {
  if (!words.stems) {
    const stems: (readonly number[])[] = GATE_STEMS.map(() => NOWHERE);
    const text = sourceCode.text;
    STEM_SCAN.lastIndex = 0;
    while (STEM_SCAN.test(text)) {
      const end = STEM_SCAN.lastIndex;
      const found = STEM_BY_LAST_BUT_ONE.get(text.charCodeAt(end - 2) | 32)!;
      const start = end - GATE_STEMS[found]!.length;
      if (stems[found] === NOWHERE) stems[found] = [];
      (stems[found] as number[]).push(start);
      STEM_SCAN.lastIndex = start + 1;
    }
    words.stems = stems;
  }
  return words.stems[stem]!;
}

/** Offsets of every case-insensitive occurrence of `word` in the file, found once per file. */
function offsetsOf(sourceCode: Readonly<TSESLint.SourceCode>, word: string): readonly number[] {
  const words = wordsOf(sourceCode);
  let offsets = words.offsets?.get(word);
  if (!offsets) {
    const search = searchFor(word);
    const text = sourceCode.text;
    const found: number[] = [];
    if (search.stem === undefined) {
      search.global.lastIndex = 0;
      for (let match = search.global.exec(text); match; match = search.global.exec(text)) found.push(match.index);
    } else {
      const { stemAt, sticky } = search;
      const stems = stemOffsets(sourceCode, words, search.stem);
      // Indexed: these arrays are of two kinds (frozen NOWHERE and plain), and a
      // for-of over both leaves V8's fast path and allocates a result per step.
      for (let index = 0; index < stems.length; index++) {
        const stemOffset = stems[index]!;
        sticky.lastIndex = stemOffset - stemAt;
        if (stemOffset >= stemAt && sticky.test(text)) found.push(stemOffset - stemAt);
      }
    }
    offsets = found.length > 0 ? found : NOWHERE;
    (words.offsets ??= new Map()).set(word, offsets);
  }
  return offsets;
}

/**
 * Whether the file's text contains `word` anywhere (case-insensitive). Every
 * report of a rule needs its words somewhere in the code (a name, a key, a
 * header), so a rule whose gate finds none is not even created: most files of a
 * large tree never mention scopes. The answer is shared by all rules. A word
 * without a stem (`403`, `offline_access`) is looked for with a scan that
 * stops at the first occurrence; ask for it after a word with a stem, which
 * rules most files out with the scan every gate shares.
 */
export function fileMentions(sourceCode: Readonly<TSESLint.SourceCode>, word: string): boolean {
  const search = searchFor(word);
  if (search.stem !== undefined) return offsetsOf(sourceCode, word).length > 0;
  const found = wordsOf(sourceCode).offsets?.get(word);
  if (found) return found.length > 0;
  // A word without letters (`403`) reads the same in any case, and `includes`
  // finds it several times faster than a case-insensitive pattern.
  return isPresent(sourceCode, search.global, search.caseless ? word : undefined);
}

/**
 * Whether the file's text matches `pattern` anywhere: a file gate for a rule
 * whose reports need one of several spellings (`clientMetadata`,
 * `client_metadata`). Cached per file and pattern; pass a pattern created
 * once. A `g` or `y` pattern is used from the start of the text.
 */
export function fileMatches(sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp): boolean {
  return isPresent(sourceCode, pattern, undefined);
}

/** `pattern` tested on the text once per file; `literal`, when given, is text the pattern matches exactly, looked for instead. */
function isPresent(sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp, literal: string | undefined): boolean {
  const words = wordsOf(sourceCode);
  let present = words.present?.get(pattern);
  if (present === undefined) {
    const text = sourceCode.text;
    pattern.lastIndex = 0;
    present = literal === undefined ? pattern.test(text) : text.includes(literal);
    (words.present ??= new Map()).set(pattern, present);
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
