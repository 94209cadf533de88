import type { ESLint, Linter } from 'eslint';

export const OWN_RULE_PREFIX = 'mcp-oauth/';

function isOwnFinding(message: Linter.LintMessage): boolean {
  // Parse errors are kept: a file that does not parse is reported as such.
  return message.fatal === true || (message.ruleId?.startsWith(OWN_RULE_PREFIX) ?? false);
}

/**
 * Drops what other tools' inline comments make ESLint say (unknown rules in
 * `eslint-disable` directives, say) and recounts, so formatters and the exit
 * code see only this plugin's findings and parse errors.
 */
export function keepOwnFindings(results: ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map(result => {
    const messages = result.messages.filter(isOwnFinding);
    if (messages.length === result.messages.length) return result;
    const count = (severity: number, fixable = false) =>
      messages.filter(message => message.severity === severity && (!fixable || message.fix !== undefined)).length;
    return {
      ...result,
      messages,
      errorCount: count(2),
      warningCount: count(1),
      fatalErrorCount: messages.filter(message => message.fatal).length,
      fixableErrorCount: count(2, true),
      fixableWarningCount: count(1, true),
      suppressedMessages: result.suppressedMessages.filter(isOwnFinding),
    };
  });
}
