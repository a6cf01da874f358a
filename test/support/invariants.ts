/**
 * What must hold for ANY draft, whatever its content: the core never throws, no rule fails, every range
 * lies inside the draft on UTF-16 boundaries, every fix applies on its own, and fixing is idempotent.
 * Returns the broken promises as sentences (empty when all hold), so a fuzz failure reads as a bug report.
 */
import { check, type CheckOptions } from '../../server/src/core/check';
import { applyFixes, fixAll } from '../../server/src/core/fix';
import type { Edit, Finding } from '../../server/src/core/rules/types';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** An offset that is inside the text and does not fall between the two halves of a surrogate pair. */
export function onBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  return offset === 0 || offset === text.length || !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function rangeProblem(text: string, what: string, start: number, end: number): string | undefined {
  if (!onBoundary(text, start) || !onBoundary(text, end) || start > end) return `${what}: bad range ${start}-${end} (length ${text.length})`;
  return undefined;
}

/** Problems of one finding: its range, related ranges and its fix's edits (in range, disjoint). */
function findingProblems(text: string, finding: Finding): string[] {
  const name = `${finding.ruleId}@${finding.start}`;
  const problems = [rangeProblem(text, name, finding.start, finding.end)];
  for (const related of finding.related ?? []) problems.push(rangeProblem(text, `${name} related`, related.start, related.end));
  const edits = [...(finding.fix?.edits ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  edits.forEach((edit, i) => {
    problems.push(rangeProblem(text, `${name} fix edit`, edit.start, edit.end));
    const next = edits[i + 1];
    if (next && overlaps(edit, next)) problems.push(`${name}: its fix has overlapping edits ${edit.start}-${edit.end} and ${next.start}-${next.end}`);
  });
  if (finding.fix && edits.every((edit) => edit.start === edit.end && edit.newText === '')) problems.push(`${name}: its fix changes nothing`);
  return problems.filter((problem): problem is string => problem !== undefined);
}

/** Two edits touch the same characters, or insert at the same point (their order would be undefined). */
export function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === b.start && a.end === b.end && a.start === a.end) return true;
  return a.start < b.end && b.start < a.end;
}

export interface InvariantOptions extends CheckOptions {
  /** Also apply each fix alone and fix everything twice (the costly part: several checks). */
  fixes?: boolean;
}

export function invariantProblems(text: string, options: InvariantOptions = {}): string[] {
  let result;
  try {
    result = check(text, options);
  } catch (error) {
    return [`check() threw: ${describe(error)}`];
  }
  const problems = result.failures.map((failure) => `rule ${failure.ruleId} threw: ${describe(failure.error)}`);
  for (const finding of result.findings) problems.push(...findingProblems(text, finding));
  if (!options.fixes || problems.length > 0) return problems;

  for (const finding of result.findings.filter((f) => f.fix)) {
    const { text: fixed, applied } = applyFixes(text, [finding]);
    if (applied !== 1) problems.push(`${finding.ruleId}@${finding.start}: its fix was not applied alone`);
    try {
      const after = check(fixed, options);
      for (const failure of after.failures) problems.push(`after the fix of ${finding.ruleId}@${finding.start}, rule ${failure.ruleId} threw: ${describe(failure.error)}`);
    } catch (error) {
      problems.push(`after the fix of ${finding.ruleId}@${finding.start}, check() threw: ${describe(error)}`);
    }
  }
  try {
    const once = fixAll(text, options).text;
    const twice = fixAll(once, options).text;
    if (twice !== once) problems.push(`fixAll is not idempotent: a second run still changes ${JSON.stringify(firstDifference(once, twice))}`);
  } catch (error) {
    problems.push(`fixAll threw: ${describe(error)}`);
  }
  return problems;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${a.slice(Math.max(0, i - 20), i + 20)} → ${b.slice(Math.max(0, i - 20), i + 20)}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error);
}
