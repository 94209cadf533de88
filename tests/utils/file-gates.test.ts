import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { isGateNeedingStem, needsGateStem, passesGate, registerGate } from '../../src/utils/file-gates.js';

/** A stand-in for a file: the gates read nothing but its text. */
const file = (text: string) => ({ text }) as unknown as TSESLint.SourceCode;

describe('passesGate', () => {
  it("answers each gate once per file, all of them when the file's first question comes", () => {
    const calls: string[] = [];
    const first = registerGate(sourceCode => (calls.push(`first ${sourceCode.text}`), sourceCode.text.includes('scope')));
    const second = registerGate(sourceCode => (calls.push(`second ${sourceCode.text}`), sourceCode.text.includes('grant_types')));
    const scopeFile = file('use(scope);');
    expect(passesGate(second, scopeFile)).toBe(false);
    expect(passesGate(first, scopeFile)).toBe(true);
    expect(passesGate(second, file('use(grant_types);'))).toBe(true);
    expect(calls).toEqual(['first use(scope);', 'second use(scope);', 'first use(grant_types);', 'second use(grant_types);']);
  });

  it('answers a gate registered in the middle of a file when it asks', () => {
    const text = 'const x = 1;';
    const early = registerGate(() => true);
    expect(passesGate(early, file(text))).toBe(true);
    const late = registerGate(sourceCode => sourceCode.text === text);
    expect(passesGate(late, file(text))).toBe(true);
  });

  it('follows the text, not the object: oxlint hands every file the same sourceCode', () => {
    const gate = registerGate(sourceCode => sourceCode.text.includes('scope'));
    const shared = { text: 'use(scope);' };
    const sourceCode = shared as unknown as TSESLint.SourceCode;
    expect(passesGate(gate, sourceCode)).toBe(true);
    shared.text = 'use(value);';
    expect(passesGate(gate, sourceCode)).toBe(false);
  });
});

describe('needsGateStem', () => {
  it('answers a marked gate "no" without asking it in a file without a gate stem, and asks it in a file with one', () => {
    const asked: string[] = [];
    const marked = registerGate(needsGateStem(sourceCode => (asked.push(`marked ${sourceCode.text}`), true)));
    const unmarked = registerGate(sourceCode => (asked.push(`unmarked ${sourceCode.text}`), true));
    expect(passesGate(marked, file('use(offline_access, 403);'))).toBe(false);
    expect(passesGate(unmarked, file('use(offline_access, 403);'))).toBe(true);
    for (const text of ['use(Scope);', 'use(GRANT_TYPES);', 'use(redirect_uris);']) expect(passesGate(marked, file(text))).toBe(true);
    expect(asked).toEqual([
      'unmarked use(offline_access, 403);',
      'marked use(Scope);',
      'unmarked use(Scope);',
      'marked use(GRANT_TYPES);',
      'unmarked use(GRANT_TYPES);',
      'marked use(redirect_uris);',
      'unmarked use(redirect_uris);',
    ]);
  });

  it('marks the gate it is given and returns it', () => {
    const gate = () => true;
    expect(isGateNeedingStem(gate)).toBe(false);
    expect(needsGateStem(gate)).toBe(gate);
    expect(isGateNeedingStem(gate)).toBe(true);
  });
});
