// Preloaded (`node --import`) by bench/rule-overhead.js and bench/bench.js
// into the processes they measure with BENCH_SHARED_PROTOTYPE=1, and only
// there: gives every ESLint rule context FileContext.prototype as its
// prototype, with the file's fields copied onto it, instead of a new per-file
// FileContext (ESLint 10's FileContext#extend does Object.create(fileContext)
// for each rule of each file). What changes with it is what that per-file
// prototype costs. The plugin itself never patches ESLint.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { FileContext } = require(join(dirname(require.resolve('eslint')), 'linter', 'file-context.js'));
const FIELDS = ['cwd', 'filename', 'physicalFilename', 'sourceCode', 'languageOptions', 'settings'];

FileContext.prototype.extend = function extend(extension) {
  const context = Object.create(FileContext.prototype);
  for (const field of FIELDS) context[field] = this[field];
  return Object.freeze(Object.assign(context, extension));
};
