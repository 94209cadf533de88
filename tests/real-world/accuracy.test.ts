import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type Finding, installedVersion, lintPackage, type PackageResult } from './lint-packages.js';
import { REAL_WORLD_PACKAGES } from './packages.js';

interface ExpectedFinding extends Finding {
  /** Why this line is a real defect (docs/real-world.md tells the whole story). */
  why: string;
}

const expected = JSON.parse(readFileSync(new URL('expected-findings.json', import.meta.url), 'utf8')) as ExpectedFinding[];
const key = (finding: Finding) => `${finding.package} ${finding.file}:${finding.line} ${finding.rule}`;
const results: PackageResult[] = [];

describe('accuracy on published packages (configs.all, untyped)', () => {
  it.each(REAL_WORLD_PACKAGES)('$name@$version is the pinned version', ({ name, version }) => {
    expect(installedVersion(name)).toBe(version);
  });

  it.each(REAL_WORLD_PACKAGES)('$name: every finding is an expected true positive, and every expected one is found', async pkg => {
    const result = await lintPackage(pkg);
    results.push(result);
    expect(result.files).toBeGreaterThan(0);
    expect(result.findings.map(key).sort()).toEqual(expected.filter(finding => finding.package === pkg.name).map(key).sort());
  });

  it('prints the accuracy table', () => {
    const rows = results.map(result => {
      const pkg = REAL_WORLD_PACKAGES.find(candidate => candidate.name === result.package)!;
      const truePositives = result.findings.filter(finding => expected.some(entry => key(entry) === key(finding))).length;
      return `| ${pkg.name}@${pkg.version} | ${pkg.kind} | ${result.files} | ${result.findings.length} | ${truePositives} | ${result.parseErrors.length} |`;
    });
    console.log(['| package | kind | files | findings | true positives | files that do not parse |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
    expect(rows).toHaveLength(REAL_WORLD_PACKAGES.length);
  });
});
