import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The offsets of a word that does not occur: one array for all of them. */
const NOWHERE: readonly number[] = Object.freeze([]);

/**
 * The file whose words are known, and its number. Everything here is
 * derived from the text alone, so the text is the key, and one file is
 * enough: a linter runs the rules of one file (every `create()`, then the
 * traversal) before it starts the next. A file's gates and listeners all ask
 * about the same string object, so the check is a pointer comparison. The
 * text and not the sourceCode is the key because oxlint hands every file the
 * same sourceCode object.
 *
 * What is known is kept with each word and pattern, stamped with the number
 * of its file: a new file makes it all stale by taking the next number, and
 * nothing is allocated for a file until it has something to hold. Per-file
 * maps and arrays cost more than their size suggests: the parse has just gone
 * through megabytes, and each new object and each lookup in one missed the
 * CPU's caches. (On the benchmark's 1,061 files without a stem, the gates'
 * work around the scan fell from about 7.5 to 4.4 ms a pass.)
 */
let fileText: string | undefined;
let fileNumber = 0;

/** The number of the file whose text this is: the same for every rule and listener of one file, new for the next. */
export function fileNumberOf(text: string): number {
  if (text !== fileText) {
    fileText = text;
    fileNumber++;
  }
  return fileNumber;
}

/**
 * Every file gate of the plugin's rules asks for a word that contains one of
 * these (`scope`, `requestedScope`, `insufficient_scope`, `scope=`,
 * `grant_types`…), and `mentions` needs their offsets. One scan finds every
 * occurrence of all three: a file that has none (most files of a tree) is
 * read once for every gate of every rule (`fileHasGateStem`, from which
 * the gates `needsGateStem` marks are answered), and in the others each word that
 * contains a stem is found among the stem's offsets instead of by reading
 * the file again. The scan goes on one character after each match, so
 * occurrences that overlap (`redirect_uriscope`) are all found.
 */
/** Exported for the benchmark's control that waits where the rules work (`bench/modes.js`). */
export const GATE_STEMS: readonly string[] = ['scope', 'grant_types', 'redirect_uris'];
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

/** The number of the file `stemOffsets` belong to (0: none yet). */
let stemsFile = 0;
/** Offsets of each stem in that file, by its index in GATE_STEMS. */
const stemOffsets: (readonly number[])[] = GATE_STEMS.map(() => NOWHERE);
/** Whether that file holds any stem at all. */
let stemsFound = false;

function scanStems(text: string, file: number): void {
  if (stemsFile === file) return;
  stemsFile = file;
  stemOffsets.fill(NOWHERE);
  stemsFound = false;
  STEM_SCAN.lastIndex = 0;
  while (STEM_SCAN.test(text)) {
    const end = STEM_SCAN.lastIndex;
    const found = STEM_BY_LAST_BUT_ONE.get(text.charCodeAt(end - 2) | 32)!;
    const start = end - GATE_STEMS[found]!.length;
    if (stemOffsets[found] === NOWHERE) stemOffsets[found] = [];
    (stemOffsets[found] as number[]).push(start);
    stemsFound = true;
    STEM_SCAN.lastIndex = start + 1;
  }
}

function offsetsOfStem(text: string, file: number, stem: number): readonly number[] {
  scanStems(text, file);
  return stemOffsets[stem]!;
}

/**
 * Whether the file holds any of the gate stems (`scope`, `grant_types`,
 * `redirect_uris`), in any letter case: the scan every gate shares, asked
 * once. A file without one (most files of a tree) passes no gate that asks
 * for a word containing a stem.
 */
export function fileHasGateStem(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const text = sourceCode.text;
  scanStems(text, fileNumberOf(text));
  return stemsFound;
}

/** A word asked about: how it is found, and what is known of it in the file numbered `file`. */
interface Word {
  /** The word in lower case. */
  readonly lower: string;
  /** The stem it contains (its index in GATE_STEMS), or -1: it is then found by a scan of its own. */
  readonly stem: number;
  /** Where the stem starts in the word. */
  readonly stemAt: number;
  /** The scan of a word without a stem: case-insensitive, and literal. */
  readonly pattern: RegExp;
  /** The word, when it has no letters (`403`): `includes()` finds it several times faster than the pattern. */
  readonly literal: string | undefined;
  file: number;
  offsets: readonly number[] | undefined;
  present: boolean | undefined;
}

/** One per word for the whole run: files are many, words are few. */
const words = new Map<string, Word>();

function wordFor(word: string): Word {
  let known = words.get(word);
  if (!known) {
    const lower = word.toLowerCase();
    // Occurrences of a stem are compared with the word in ASCII letter case,
    // which is what a case-insensitive pattern without the `u` flag does; a
    // word with other characters gets a scan of its own.
    const isAscii = [...word].every(char => char.charCodeAt(0) < 128);
    const stem = isAscii ? GATE_STEMS.findIndex(candidate => lower.includes(candidate)) : -1;
    known = {
      lower,
      stem,
      stemAt: stem === -1 ? 0 : lower.indexOf(GATE_STEMS[stem]!),
      // A word is literal text: a `.` or `?` in it must not act as a pattern.
      pattern: new RegExp(word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi'),
      literal: lower === word.toUpperCase() ? word : undefined,
      file: 0,
      offsets: undefined,
      present: undefined,
    };
    words.set(word, known);
  }
  return known;
}

/** The word, with what it knew of an earlier file forgotten. */
function wordIn(text: string, word: string): Word {
  const known = wordFor(word);
  const file = fileNumberOf(text);
  if (known.file !== file) {
    known.file = file;
    known.offsets = undefined;
    known.present = undefined;
  }
  return known;
}

/** Whether `text` holds `lower` (ASCII, lower case) at `start`, in any letter case. */
function holdsAt(text: string, start: number, lower: string): boolean {
  if (start < 0 || start + lower.length > text.length) return false;
  for (let index = 0; index < lower.length; index++) {
    let code = text.charCodeAt(start + index);
    if (code >= 65 && code <= 90) code |= 32;
    if (code !== lower.charCodeAt(index)) return false;
  }
  return true;
}

/** Offsets of every case-insensitive occurrence of the word in the file, found once per file. */
function offsetsOf(text: string, word: Word): readonly number[] {
  if (word.offsets !== undefined) return word.offsets;
  let found: number[] | undefined;
  if (word.stem === -1) {
    const { pattern } = word;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) (found ??= []).push(match.index);
  } else {
    const stems = offsetsOfStem(text, word.file, word.stem);
    const { lower, stemAt } = word;
    // The stem itself occurs wherever it was found.
    if (lower.length === GATE_STEMS[word.stem]!.length) return (word.offsets = stems);
    // Indexed: these arrays are of two kinds (frozen NOWHERE and plain), and a
    // for-of over both leaves V8's fast path and allocates a result per step.
    for (let index = 0; index < stems.length; index++) {
      const start = stems[index]! - stemAt;
      if (holdsAt(text, start, lower)) (found ??= []).push(start);
    }
  }
  return (word.offsets = found ?? NOWHERE);
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
  const text = sourceCode.text;
  const known = wordIn(text, word);
  if (known.present === undefined) {
    if (known.stem !== -1 || known.offsets !== undefined) known.present = offsetsOf(text, known).length > 0;
    else if (known.literal !== undefined) known.present = text.includes(known.literal);
    else {
      known.pattern.lastIndex = 0;
      known.present = known.pattern.test(text);
    }
  }
  return known.present;
}

/** What `fileMatches` found for a pattern, and in which file. */
const patternAnswers = new WeakMap<RegExp, { file: number; present: boolean }>();

/**
 * Whether the file's text matches `pattern` anywhere: a file gate for a rule
 * whose reports need one of several spellings (`clientMetadata`,
 * `client_metadata`). Cached per file and pattern; pass a pattern created
 * once. A `g` or `y` pattern is used from the start of the text.
 */
export function fileMatches(sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp): boolean {
  const text = sourceCode.text;
  const file = fileNumberOf(text);
  let answer = patternAnswers.get(pattern);
  if (!answer) patternAnswers.set(pattern, (answer = { file: 0, present: false }));
  if (answer.file !== file) {
    pattern.lastIndex = 0;
    answer.present = pattern.test(text);
    answer.file = file;
  }
  return answer.present;
}

/**
 * Whether the source text of `node` contains `word` (case-insensitive): a
 * binary search, so rules can skip the many nodes that cannot concern scopes
 * before doing any real analysis.
 */
export function mentions(sourceCode: Readonly<TSESLint.SourceCode>, node: { range: TSESTree.Range }, word: string): boolean {
  const text = sourceCode.text;
  const offsets = offsetsOf(text, wordIn(text, word));
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
