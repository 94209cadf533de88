import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';
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
    all: FlatConfig;
  },
};

function ruleEntries(names: readonly RuleName[]): FlatConfig['rules'] {
  return Object.fromEntries(names.map(name => [`${namespace}/${name}`, 'error']));
}

const ruleNames = Object.keys(rules) as RuleName[];
const recommendedNames = ruleNames.filter(name => rules[name].meta.docs?.recommended === true);

// Each config is a single object, so it goes into `eslint.config.js` as one
// line, with or without `defineConfig()`.
plugin.configs.recommended = {
  name: `${namespace}/recommended`,
  plugins: { [namespace]: plugin as unknown as FlatPlugin },
  rules: ruleEntries(recommendedNames),
};

plugin.configs['recommended-type-checked'] = {
  name: `${namespace}/recommended-type-checked`,
  plugins: { [namespace]: plugin as unknown as FlatPlugin },
  // The rules never require types; with them they prove more (and report
  // more of what is real). This turns on typescript-eslint's project service
  // for whichever files the user's typescript-eslint parser already handles.
  languageOptions: { parserOptions: { projectService: true } },
  rules: ruleEntries(recommendedNames),
};

plugin.configs.all = {
  name: `${namespace}/all`,
  plugins: { [namespace]: plugin as unknown as FlatPlugin },
  rules: ruleEntries(ruleNames),
};

export default plugin;
