import noInvalidScopeDelimiter from './no-invalid-scope-delimiter.js';
import noOfflineAccessInResourceScopes from './no-offline-access-in-resource-scopes.js';
import noSubstringScopeCheck from './no-substring-scope-check.js';
import preferDetermineScope from './prefer-determine-scope.js';
import preferResolvedScope from './prefer-resolved-scope.js';
import requireRefreshTokenGrant from './require-refresh-token-grant.js';
import requireStepUpScopeUnion from './require-step-up-scope-union.js';

/** Every rule of the plugin, by name. Adding a rule here adds it to `configs.all`. */
export const rules = {
  'no-invalid-scope-delimiter': noInvalidScopeDelimiter,
  'no-offline-access-in-resource-scopes': noOfflineAccessInResourceScopes,
  'no-substring-scope-check': noSubstringScopeCheck,
  'prefer-determine-scope': preferDetermineScope,
  'prefer-resolved-scope': preferResolvedScope,
  'require-refresh-token-grant': requireRefreshTokenGrant,
  'require-step-up-scope-union': requireStepUpScopeUnion,
};
