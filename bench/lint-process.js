// A linting process for bench.js: one ESLint instance for its mode, alive for
// a whole run, linting the chunks of the tree it is sent one at a time.
//   fork('bench/lint-process.js', [mode, tsconfig]); send({ files }) → { milliseconds, cpuMilliseconds, … }
import { eslintFor, timedLint } from './modes.js';

const [mode, tsconfig] = process.argv.slice(2);
const eslint = eslintFor(mode, tsconfig);

process.on('message', async ({ files }) => {
  try {
    process.send({ ...(await timedLint(eslint, files)), maxRssMiB: process.resourceUsage().maxRSS / 1024 });
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
  }
});
process.send({ ready: true });
