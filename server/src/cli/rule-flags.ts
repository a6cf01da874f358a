/** The command line's `--rule ID=LEVEL` flags, read as the settings of the editor are. */
import { normalizeRuleSettings, type RuleSettings } from '../core/config';

export function ruleFlags(entries: readonly string[]): { rules: RuleSettings; problems: string[] } {
  return normalizeRuleSettings(Object.fromEntries(entries.map((entry) => entry.split('=', 2))));
}
