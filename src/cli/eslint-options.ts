import type { ESLint } from 'eslint';

import { OWN_RULE_PREFIX } from './results.js';
import { createCliConfig } from './config.js';

export interface EslintRunSettings {
  cwd: string;
  typeAware: boolean;
  fix: boolean;
  /** `'off'`, `'auto'`, or a number of worker threads (ESLint >= 9.34). */
  concurrency: string;
}

/** The ESLint options of a CLI run; the same in the main thread and in worker threads. */
export function createEslintOptions({ cwd, typeAware, fix, concurrency }: EslintRunSettings): ESLint.Options {
  return {
    cwd,
    overrideConfigFile: true,
    overrideConfig: createCliConfig({ typeAware, cwd }),
    // Files are chosen by the CLI; ESLint's default ignores would drop named node_modules paths.
    ignorePatterns: ['!**/node_modules/'],
    errorOnUnmatchedPattern: false,
    // Only this plugin's rules run and fix, whatever inline config comments enable.
    ruleFilter: ({ ruleId }) => ruleId.startsWith(OWN_RULE_PREFIX),
    fix: fix ? message => message.ruleId?.startsWith(OWN_RULE_PREFIX) === true : false,
    ...(concurrency !== 'off' && { concurrency: concurrency === 'auto' ? 'auto' : Number(concurrency) }),
  };
}

/** The URL of this module carrying the settings, for `ESLint.fromOptionsModule()` and its worker threads. */
export function optionsModuleUrl(settings: EslintRunSettings): URL {
  const url = new URL(import.meta.url);
  url.search = new URLSearchParams({
    cwd: settings.cwd,
    typeAware: String(settings.typeAware),
    fix: String(settings.fix),
    concurrency: settings.concurrency,
  }).toString();
  return url;
}

function settingsFromUrl(): EslintRunSettings | undefined {
  const params = new URL(import.meta.url).searchParams;
  const cwd = params.get('cwd');
  if (cwd === null) return undefined;
  return {
    cwd,
    typeAware: params.get('typeAware') === 'true',
    fix: params.get('fix') === 'true',
    concurrency: params.get('concurrency') ?? 'off',
  };
}

const fromUrl = settingsFromUrl();

// Loaded as an options module (with settings in its URL), the default export is the options.
export default fromUrl ? createEslintOptions(fromUrl) : undefined;
