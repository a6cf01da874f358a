/** Every rule of the product, in the order their findings are listed for one position. */
import { dateInvalid } from './date-invalid';
import { headerDateExtraZero, headerDateZeroPadding } from './header-date-zero';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [dateInvalid, headerDateZeroPadding, headerDateExtraZero];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
