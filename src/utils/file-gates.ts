import type { TSESLint } from '@typescript-eslint/utils';

import { fileHasGateStem, fileNumberOf } from './text-index.js';

/** A cheap test of a file's text that a rule's every report needs to pass. */
export type FileGate = (sourceCode: Readonly<TSESLint.SourceCode>) => boolean;

/** The gates `needsGateStem` has marked. */
const stemGates = new WeakSet<FileGate>();

/**
 * Marks a gate that can pass only in a file holding one of the text index's
 * gate stems (`scope`, `grant_types`, `redirect_uris`): every word it asks
 * for contains one, as `fileMentions(sourceCode, 'scope')` does. On a file
 * without any (most files of a tree), such gates are answered "no" together,
 * from the one scan they share, without each being asked. Asking them costs
 * about a microsecond each, almost all of it cache misses.
 */
export function needsGateStem(gate: FileGate): FileGate {
  stemGates.add(gate);
  return gate;
}

/** Whether `needsGateStem` has marked the gate. */
export function isGateNeedingStem(gate: FileGate): boolean {
  return stemGates.has(gate);
}

/**
 * The gates of the rules that have run in this process, answered together,
 * once per file. Each rule asking its own gate when its turn comes costs
 * some 3 µs a rule and file, almost all of it cache misses (the parse has
 * just gone through megabytes); the first rule to ask answers for all of
 * them while that code and data are warm, and the others read an answer
 * (under 1 µs). Only rules that have run register, so a config that enables
 * one rule pays for one gate.
 *
 * Keyed by the text index's file number: a linter finishes one file's
 * rules before it starts the next, so one file's answers are enough.
 */
const gates: FileGate[] = [];
const needsStem: boolean[] = [];
const answers: boolean[] = [];
/** How many of `answers` belong to the file numbered `answeredFile`; the rest are stale. */
let answered = 0;
let answeredFile = 0;

/** Adds a gate; the number it returns is its slot for `passesGate`. */
export function registerGate(gate: FileGate): number {
  needsStem.push(isGateNeedingStem(gate));
  return gates.push(gate) - 1;
}

export function passesGate(slot: number, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const file = fileNumberOf(sourceCode.text);
  if (file !== answeredFile) {
    answeredFile = file;
    answered = 0;
  }
  let hasStem: boolean | undefined;
  // A rule that registers in the middle of a file is answered when it asks.
  for (; answered < gates.length; answered++) {
    answers[answered] = needsStem[answered] && !(hasStem ??= fileHasGateStem(sourceCode)) ? false : gates[answered]!(sourceCode);
  }
  return answers[slot]!;
}
