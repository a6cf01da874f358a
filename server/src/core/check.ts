/**
 * The core's entry: text in, the document model and the findings out. Pure: no file system, no editor.
 * The language server, the command line and the tests all call this.
 */
import type { RuleSettings } from './config';
import { readDirectives, silencer } from './directives';
import { parseNotice } from './model/parse';
import type { NoticeModel } from './model/types';
import { RULES } from './rules/index';
import type { Finding, Report, Rule } from './rules/types';
import { LineIndex } from './text/lines';
import { normalizeNfc } from './text/normalize';

export interface CheckOptions {
  rules?: RuleSettings;
}

export interface CheckResult {
  /** The model of the NFC-normalised draft (its spans index `model.text`). */
  model: NoticeModel;
  /** Findings with offsets in the draft exactly as given (not normalised). */
  findings: Finding[];
  /** Maps an offset of `model.text` to the draft as given. */
  toSource(offset: number): number;
  /** Rules that threw; their findings are missing, the others stand. */
  failures: { ruleId: string; error: unknown }[];
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const normalized = normalizeNfc(text);
  const model = parseNotice(normalized.text);
  const findings: Finding[] = [];
  const failures: CheckResult['failures'] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    try {
      runRule(rule, model, (finding) => findings.push({ ...finding, ruleId: rule.id, severity: setting ?? finding.severity ?? rule.severity }));
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  const silenced = silencer(readDirectives(model.comments), lineOf(model.text));
  const kept = findings.filter((finding) => !silenced(finding.ruleId, finding.start));
  const toSource = normalized.toSource;
  const mapped = text === normalized.text ? kept : kept.map((finding) => mapFinding(finding, toSource));
  mapped.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { model, findings: mapped, toSource, failures };
}

function runRule(rule: Rule, model: NoticeModel, push: (finding: Report) => void): void {
  rule.check(model, { report: push });
}

function mapFinding(finding: Finding, toSource: (offset: number) => number): Finding {
  const mapped: Finding = { ...finding, start: toSource(finding.start), end: toSource(finding.end) };
  if (finding.fix) {
    mapped.fix = {
      title: finding.fix.title,
      edits: finding.fix.edits.map((edit) => ({ ...edit, start: toSource(edit.start), end: toSource(edit.end) })),
    };
  }
  if (finding.related) mapped.related = finding.related.map((r) => ({ ...r, start: toSource(r.start), end: toSource(r.end) }));
  return mapped;
}

/** Line numbers by offset, built only when a directive needs them. */
function lineOf(text: string): (offset: number) => number {
  let index: LineIndex | undefined;
  return (offset) => (index ??= new LineIndex(text)).positionAt(offset).line;
}
