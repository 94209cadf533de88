import type { TSESLint } from '@typescript-eslint/utils';

/**
 * Editing a written list: appending an item — array elements, or object
 * properties — the way the list is already written: on its own line with
 * the same indentation when the list has one item per line, after a trailing
 * comma when there is one, and after any comment that closes the last line.
 * Text-based, so the same edits serve JavaScript and JSON.
 */

export interface WrittenList {
  /** The offset of the closing `]` or `}`. */
  close: number;
  /** The ranges of the items as written, in order (at least one). */
  items: readonly (readonly [number, number])[];
}

export interface TextEdit {
  range: [number, number];
  text: string;
}

/** The offset of the first character after `from` that is not whitespace or a comment. */
function skipBlank(text: string, from: number, to: number): number {
  let index = from;
  while (index < to) {
    if (/\s/.test(text[index]!)) index++;
    else if (text.startsWith('//', index)) index = text.indexOf('\n', index) === -1 ? to : text.indexOf('\n', index);
    else if (text.startsWith('/*', index)) index = text.indexOf('*/', index) + 2;
    else break;
  }
  return index;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function appendToList(text: string, list: WrittenList, itemText: string): TextEdit[] {
  const last = list.items.at(-1)!;
  const afterLast = skipBlank(text, last[1], list.close);
  const trailingComma = text[afterLast] === ',' ? afterLast : undefined;
  const leading = text.slice(lineStartOf(text, last[0]), last[0]);
  const closeOnLaterLine = text.slice(last[1], list.close).includes('\n');
  const ownLine = closeOnLaterLine && /^[ \t]*$/.test(leading);

  if (!ownLine) {
    return trailingComma === undefined
      ? [{ range: [last[1], last[1]], text: `, ${itemText}` }]
      : [{ range: [trailingComma + 1, trailingComma + 1], text: ` ${itemText},` }];
  }
  // End of the last item's line, after a comment that may close it.
  const lineEnd = text.indexOf('\n', trailingComma ?? last[1]);
  const insertAt = lineEnd === -1 || lineEnd > list.close ? list.close : lineEnd;
  const end = text.slice(0, insertAt).replace(/[ \t]+$/, '').length;
  return trailingComma === undefined
    ? [
        { range: [last[1], last[1]], text: ',' },
        { range: [end, end], text: `\n${leading}${itemText}` },
      ]
    : [{ range: [end, end], text: `\n${leading}${itemText},` }];
}

/**
 * Removing the item at `index`, with the separator that belongs to it: the
 * item and what follows up to the next item, or, for the last item, what
 * precedes it from the previous item. A trailing comma and the line layout
 * stay as they were.
 */
export function removeFromList(list: WrittenList, index: number): TextEdit {
  const item = list.items[index]!;
  const next = list.items[index + 1];
  if (next) return { range: [item[0], next[0]], text: '' };
  const previous = list.items[index - 1];
  if (previous) return { range: [previous[1], item[1]], text: '' };
  return { range: [item[0], list.close], text: '' };
}

/** Text edits as one fix's parts (ESLint merges them). */
export function toRuleFixes(fixer: TSESLint.RuleFixer, edits: readonly TextEdit[]): TSESLint.RuleFix[] {
  return edits.map(edit => fixer.replaceTextRange(edit.range, edit.text));
}
