import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import json from '@eslint/json';
import * as typescriptParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const docsDir = fileURLToPath(new URL('../docs/rules', import.meta.url));

interface Example {
  kind: '❌' | '✅';
  code: string;
  language: string;
}

/** The code blocks that follow a "❌ Incorrect" or "✅ Correct" line, up to the next such line or heading. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  const blocks = markdown.matchAll(/^(❌|✅)[^\n]*$|^#{1,6} [^\n]*$|^```(\w+)\n([\s\S]*?)^```$/gm);
  for (const match of blocks) {
    if (match[1]) kind = match[1] as Example['kind'];
    else if (match[0].startsWith('#')) kind = undefined;
    else if (kind && match[2] && ['ts', 'js', 'json'].includes(match[2])) examples.push({ kind, language: match[2], code: match[3]! });
  }
  return examples;
}

describe.each(readdirSync(docsDir).filter(file => file.endsWith('.md')))('docs/rules/%s examples', file => {
  const name = file.slice(0, -3);
  const examples = examplesOf(readFileSync(`${docsDir}/${file}`, 'utf8'));

  it('has both incorrect and correct examples', () => {
    expect(examples.some(example => example.kind === '❌')).toBe(true);
    expect(examples.some(example => example.kind === '✅')).toBe(true);
  });

  it.each(examples)('$kind $language example is linted as the doc says', ({ kind, code, language }) => {
    const linter = new Linter({ configType: 'flat' });
    const rules = { [`mcp-oauth/${name}`]: 'error' as const };
    const messages =
      language === 'json'
        ? linter.verify(code, [{ files: ['**/*.json'], plugins: { json, 'mcp-oauth': plugin as never }, language: 'json/json', rules }], {
            filename: 'example.json',
          })
        : linter.verify(
            code,
            [
              { files: ['**/*.ts'], languageOptions: { parser: typescriptParser } },
              { files: ['**/*.ts'], plugins: { 'mcp-oauth': plugin as never }, rules },
            ],
            { filename: 'example.ts' },
          );
    expect(messages.filter(message => message.fatal)).toEqual([]);
    const reports = messages.filter(message => message.ruleId === `mcp-oauth/${name}`);
    if (kind === '❌') expect(reports.length).toBeGreaterThan(0);
    else expect(reports).toEqual([]);
  });
});
