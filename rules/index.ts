import noSubstringScopeCheck from './no-substring-scope-check.js';

/** Every rule of the plugin, by name. Adding a rule here adds it to `configs.all`. */
export const rules = {
  'no-substring-scope-check': noSubstringScopeCheck,
};
