/**
 * Inline control of rules with HTML comments, as markdownlint does:
 *   <!-- thongbao-disable rule-id ... -->   … <!-- thongbao-enable rule-id ... -->
 *   <!-- thongbao-disable-next-line rule-id ... -->
 * Without rule ids a directive applies to every rule.
 */
import type { Span } from './model/types';

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: every rule. */
  rules: string[];
}

const DIRECTIVE = /^<!--\s*thongbao-(disable-next-line|disable|enable)((?:\s+[\w/-]+)*)\s*-->$/;

export function readDirectives(comments: (Span & { value: string })[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.value.trim());
    if (!match) continue;
    directives.push({ start: comment.start, end: comment.end, kind: match[1] as Directive['kind'], rules: match[2]!.trim().split(/\s+/).filter(Boolean) });
  }
  return directives;
}

/**
 * A predicate telling whether a finding of `ruleId` at `offset` is silenced. `lineOf` maps an offset to
 * its line number.
 */
export function silencer(directives: Directive[], lineOf: (offset: number) => number): (ruleId: string, offset: number) => boolean {
  if (directives.length === 0) return () => false;
  const nextLines = directives.filter((d) => d.kind === 'disable-next-line').map((d) => ({ line: lineOf(d.end) + 1, rules: d.rules }));
  const toggles = directives.filter((d) => d.kind !== 'disable-next-line');
  return (ruleId, offset) => {
    const line = lineOf(offset);
    if (nextLines.some((d) => d.line === line && applies(d.rules, ruleId))) return true;
    let disabled = false;
    for (const toggle of toggles) {
      if (toggle.start > offset) break;
      if (applies(toggle.rules, ruleId)) disabled = toggle.kind === 'disable';
    }
    return disabled;
  };
}

function applies(rules: string[], ruleId: string): boolean {
  return rules.length === 0 || rules.includes(ruleId);
}
