/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['recommended-type-checked', '☑️'],
    ['recommended-json', '📄'],
  ],
  ignoreConfig: ['all'],
  ruleDocSectionInclude: ['Rule details', 'When not to use it', 'Further reading'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'deprecated'],
};

export default config;
