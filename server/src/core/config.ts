/** Rule settings as users write them (VS Code settings, command line), checked in one place. */
import { RULES_BY_ID } from './rules/index';
import type { SeveritySetting } from './rules/types';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'information', 'warning', 'error'];

export interface RuleSettings {
  [ruleId: string]: SeveritySetting;
}

/**
 * Keeps the valid entries of a `thongbao.rules` object and explains every invalid one, in Vietnamese, so
 * that a typo in settings is reported rather than silently ignored.
 */
export function normalizeRuleSettings(raw: unknown): { rules: RuleSettings; problems: string[] } {
  const rules: RuleSettings = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { rules, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { rules, problems: ['«thongbao.rules» phải là một đối tượng { "mã-quy-tắc": "mức" }.'] };
  }
  for (const [id, value] of Object.entries(raw)) {
    if (!RULES_BY_ID.has(id)) {
      problems.push(`Không có quy tắc «${id}».`);
    } else if (typeof value === 'string' && (SEVERITY_SETTINGS as string[]).includes(value)) {
      rules[id] = value as SeveritySetting;
    } else {
      problems.push(`Mức của «${id}» phải là một trong: ${SEVERITY_SETTINGS.join(', ')}.`);
    }
  }
  return { rules, problems };
}
