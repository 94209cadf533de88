import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { fileHasGateStem, fileMatches, fileMentions, mentions } from '../../src/utils/text-index.js';

/** The SourceCode ESLint builds for `text`, and the nodes of a type in it. */
function parse(text: string): { sourceCode: TSESLint.SourceCode; nodes: TSESTree.Node[] } {
  let sourceCode: TSESLint.SourceCode | undefined;
  const nodes: TSESTree.Node[] = [];
  const capture = {
    create(context: TSESLint.RuleContext<string, []>) {
      sourceCode = context.sourceCode;
      return { CallExpression: (node: TSESTree.CallExpression) => nodes.push(node) };
    },
  };
  new Linter({ configType: 'flat' }).verify(text, { plugins: { test: { rules: { capture } } }, rules: { 'test/capture': 'error' } } as never);
  return { sourceCode: sourceCode!, nodes };
}

describe('fileMentions', () => {
  it.each([
    ['const resolvedScope = x;', true],
    ['const SCOPE = x;', true],
    ["send({ scope: 'a b' });", true],
    ['const telescope = x;', true],
    ['const options = { mode: x };', false],
    ["const s = 'sco' + 'pe';", false],
  ])('%s → %s', (text, expected) => {
    expect(fileMentions(parse(text).sourceCode, 'scope')).toBe(expected);
  });

  // Words that contain a gate stem are settled by one scan for all stems when
  // none occurs; the answers must be those of a scan for the word itself.
  it.each([
    ['const requestedScope = x;', 'requestedscope', true],
    ["const body = { grant_types: ['refresh_token'] };", 'requestedscope', false],
    ["const body = { grant_types: ['refresh_token'] };", 'grant_types', true],
    ["const body = { grant_types: ['refresh_token'] };", 'redirect_uris', false],
    ["throw new Error('insufficient_scope');", 'insufficient_scope', true],
    ['const status = 403;', '403', true],
    ['const status = 403;', 'insufficient_scope', false],
    ['const value = 1;', '403', false],
  ])('%s, %s → %s', (text, word, expected) => {
    expect(fileMentions(parse(text).sourceCode, word)).toBe(expected);
  });

  it('follows the text, not the object: oxlint hands every file the same sourceCode', () => {
    const shared = { text: 'use(scope);' };
    const sourceCode = shared as unknown as TSESLint.SourceCode;
    expect(fileMentions(sourceCode, 'scope')).toBe(true);
    shared.text = 'use(value);';
    expect(fileMentions(sourceCode, 'scope')).toBe(false);
  });

  it('answers each file on its own', () => {
    const withWord = parse('use(scope);').sourceCode;
    const without = parse('use(value);').sourceCode;
    expect([fileMentions(withWord, 'scope'), fileMentions(without, 'scope'), fileMentions(withWord, 'scope')]).toEqual([true, false, true]);
  });
});

describe('fileHasGateStem', () => {
  it.each([
    ['use(telescope);', true],
    ['use(GRANT_TYPES);', true],
    ['use(client.redirect_Uris);', true],
    ["use('offline_access', 403, clientMetadata);", false],
    ["use('grant_type', redirect_uri);", false],
  ])('%s → %s', (text, expected) => {
    expect(fileHasGateStem(parse(text).sourceCode)).toBe(expected);
  });

  it('answers from the scan fileMentions and mentions share, whichever asks first', () => {
    const { sourceCode } = parse('use(grant_types);');
    expect(fileMentions(sourceCode, 'scope')).toBe(false);
    expect(fileHasGateStem(sourceCode)).toBe(true);
    expect(fileMentions(sourceCode, 'grant_types')).toBe(true);
  });
});

describe('fileMatches', () => {
  const metadata = /client[\W_]*meta[\W_]*data/i;
  it.each([
    ['provider.clientMetadata.scope', true],
    ['CLIENT_META_DATA.scope', true],
    ['client_metadata.scope', true],
    ['clientInformation.scope', false],
  ])('%s → %s', (text, expected) => {
    expect(fileMatches(parse(`use(${text});`).sourceCode, metadata)).toBe(expected);
  });
});

describe('mentions', () => {
  it('is true only for nodes whose own text holds the word', () => {
    const { sourceCode, nodes } = parse('first(value); second(tokens.Scope); third(other);');
    expect(nodes.map(node => mentions(sourceCode, node, 'scope'))).toEqual([false, true, false]);
  });

  // Words that contain a stem are found among the stem's occurrences: the
  // offsets must be the word's own, wherever the stem sits in it.
  it.each([
    ['scope=', "first('scope'); second(`?scope=${value}`); third('scope =');", [false, true, false]],
    ['requestedscope', 'first(scope); second(options.RequestedScope); third(requested, scope);', [false, true, false]],
    ['insufficient_scope', "first('insufficient'); second('scope'); third('insufficient_scope');", [false, false, true]],
    ['grant_types', "first({ grant_types: [] }); second('grant types'); third(GRANT_TYPES);", [true, false, true]],
    ['403', 'first(404); second(status === 403); third(4030);', [false, true, true]],
  ])('finds %s in the nodes that hold it', (word, text, expected) => {
    const { sourceCode, nodes } = parse(text);
    expect(nodes.map(node => mentions(sourceCode, node, word))).toEqual(expected);
    expect(fileMentions(sourceCode, word)).toBe(expected.includes(true));
  });

  // The scan tells the stems apart by a letter near their end, in any case.
  it.each([
    ['scope', [true, false, false]],
    ['grant_types', [false, true, false]],
    ['redirect_uris', [false, false, true]],
  ])('files each stem under its own name whatever its case: %s', (stem, expected) => {
    const { sourceCode, nodes } = parse('first(SCOPE); second(Grant_Types); third(REDIRECT_URIs);');
    expect(nodes.map(node => mentions(sourceCode, node, stem))).toEqual(expected);
  });

  it.each([
    ['scope.x', 'use(scopeAx);', false],
    ['scope.x', 'use(scope.x);', true],
    ['40?', 'use(4);', false],
  ])('takes %s as literal text', (word, text, expected) => {
    const { sourceCode } = parse(text);
    expect(fileMentions(sourceCode, word)).toBe(expected);
  });

  // Letter case is compared character by character for ASCII words only; a
  // word with other letters is matched as a case-insensitive pattern would.
  it.each([
    ["use('SCOPEÉ');", true],
    ["use('SCOPEE');", false],
  ])('folds the case of a non-ASCII word that contains a stem, in %s', (text, expected) => {
    const { sourceCode, nodes } = parse(text);
    expect(fileMentions(sourceCode, 'scopeé')).toBe(expected);
    expect(mentions(sourceCode, nodes[0]!, 'scopeé')).toBe(expected);
  });

  it('finds a stem that overlaps another', () => {
    const { sourceCode } = parse('const redirect_uriscope = 1;');
    expect([fileMentions(sourceCode, 'redirect_uris'), fileMentions(sourceCode, 'scope')]).toEqual([true, true]);
  });

  it('finds a word whose stem is not at its start when the word starts the file', () => {
    const { sourceCode, nodes } = parse('requestedScope(x); scope(y);');
    expect(nodes.map(node => mentions(sourceCode, node, 'requestedscope'))).toEqual([true, false]);
  });

  it('needs the whole word inside the node', () => {
    const { sourceCode, nodes } = parse('const scope = 1; use(sco);');
    expect(mentions(sourceCode, nodes[0]!, 'scope')).toBe(false);
  });
});
