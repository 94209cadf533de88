// Steps tsc does not do:
// - the CLI entry needs the executable bit for `npx mcp-oauth-lint`;
// - the scope runtime's CommonJS build needs its folder marked CommonJS;
// - CommonJS users get the plugin object itself from `require()`, not the ES
//   module namespace (Node >= 20.19 loads the ESM build through require(esm),
//   so both entries share one plugin instance).
import { chmodSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/src/', import.meta.url);
chmodSync(new URL('cli/bin.js', dist), 0o755);
writeFileSync(new URL('index.cjs', dist), "'use strict';\nmodule.exports = require('./index.js').default;\n");
writeFileSync(new URL('index.d.cts', dist), "import plugin from './index.js';\nexport = plugin;\n");
// The scope runtime's CommonJS build sits in a folder of its own, marked as such.
writeFileSync(new URL('../scope-cjs/package.json', dist), `${JSON.stringify({ type: 'commonjs' })}\n`);
