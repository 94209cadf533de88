import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageJson {
  name: string;
  version: string;
  homepage: string;
}

const PACKAGE_NAME = 'eslint-plugin-mcp-oauth';

// The same module runs from `src/` (tests) and from `dist/src/` (published),
// so the package root is found by walking up rather than by a fixed `../..`.
function readOwnPackageJson(): PackageJson {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
      if (json.name === PACKAGE_NAME) return json;
    } catch {
      // no package.json at this level: keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE_NAME}: cannot find its own package.json`);
    dir = parent;
  }
}

export const packageInfo = readOwnPackageJson();

export function ruleDocsUrl(ruleName: string): string {
  return `${packageInfo.homepage.replace(/#.*$/, '')}/blob/main/docs/rules/${ruleName}.md`;
}
