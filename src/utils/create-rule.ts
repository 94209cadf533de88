import { ESLintUtils } from '@typescript-eslint/utils';

import { ruleDocsUrl } from '../package-info.js';

export interface PluginDocs {
  /** In `configs.recommended` (and `recommended-type-checked`). */
  recommended?: boolean;
  /** Never true here: every rule works without type information, types only sharpen it. */
  requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(ruleDocsUrl);
