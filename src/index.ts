import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';
import { loadJsonPlugin } from './json-plugin.js';
import { packageInfo } from './package-info.js';

type RuleName = keyof typeof rules;
type FlatConfig = TSESLint.FlatConfig.Config;
type FlatPlugin = TSESLint.FlatConfig.Plugin;

const namespace = 'mcp-oauth';

const plugin = {
  meta: { name: packageInfo.name, version: packageInfo.version, namespace },
  rules,
  configs: {} as {
    recommended: FlatConfig;
    'recommended-type-checked': FlatConfig;
    'recommended-json': FlatConfig;
    all: FlatConfig;
  },
};

function ruleEntries(names: readonly RuleName[]): FlatConfig['rules'] {
  return Object.fromEntries(names.map(name => [`${namespace}/${name}`, 'error']));
}

const ruleNames = Object.keys(rules) as RuleName[];
const recommendedNames = ruleNames.filter(name => rules[name].meta.docs?.recommended === true);
const jsonRuleNames = ruleNames.filter(name => rules[name].meta.languages?.includes('json/json'));

/** The rules that lint JavaScript get the JavaScript configs; JSON has its own. */
function isJavaScriptRule(name: RuleName): boolean {
  return rules[name].meta.languages?.includes('js/js') ?? true;
}

// Each config is a single object, so it goes into `eslint.config.js` as one
// line, with or without `defineConfig()`.
plugin.configs.recommended = {
  name: `${namespace}/recommended`,
  plugins: { [namespace]: plugin as unknown as FlatPlugin },
  rules: ruleEntries(recommendedNames.filter(isJavaScriptRule)),
};

plugin.configs['recommended-type-checked'] = {
  name: `${namespace}/recommended-type-checked`,
  plugins: { [namespace]: plugin as unknown as FlatPlugin },
  // The rules never require types; with them they prove more (and report
  // more of what is real). This turns on typescript-eslint's project service
  // for whichever files the user's typescript-eslint parser already handles.
  languageOptions: { parserOptions: { projectService: true } },
  rules: ruleEntries(recommendedNames.filter(isJavaScriptRule)),
};

// Client metadata documents (`*.json`) through @eslint/json. The language
// plugin is registered here when it is installed, so the config is one line;
// the getter keeps JavaScript-only users from loading it.
let recommendedJson: FlatConfig | undefined;
Object.defineProperty(plugin.configs, 'recommended-json', {
  enumerable: true,
  get(): FlatConfig {
    const json = loadJsonPlugin();
    recommendedJson ??= {
      name: `${namespace}/recommended-json`,
      files: ['**/*.json'],
      plugins: { [namespace]: plugin as unknown as FlatPlugin, ...(json && { json }) },
      language: 'json/json',
      rules: ruleEntries(jsonRuleNames.filter(name => recommendedNames.includes(name))),
    } as FlatConfig;
    return recommendedJson;
  },
});

plugin.configs.all = {
  name: `${namespace}/all`,
  plugins: { [namespace]: plugin as unknown as FlatPlugin },
  rules: ruleEntries(ruleNames.filter(isJavaScriptRule)),
};

export default plugin;
