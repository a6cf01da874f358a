/**
 * Applying fixes: all the certain fixes of a draft, pass after pass until none is left (two fixes may
 * touch the same characters; the second waits for the next pass). Used by "fix all" in the editor,
 * `thongbao fix` on the command line and the tests.
 */
import { check, type CheckOptions } from './check';
import type { Edit, Finding } from './rules/types';

const MAX_PASSES = 10;

/**
 * Applies the fixes that touch no character another taken fix touches; a fix's edits are taken together
 * or not at all. Later fixes go first, so the offsets of earlier ones stay valid.
 */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  // Each fix spans from its first to its last character: a fix's edits need not come in order, and the
  // span (not its first edit) is what must stay clear of the fixes already taken.
  const fixes = findings
    .map((finding) => finding.fix?.edits ?? [])
    .filter((edits) => edits.length > 0)
    .map((edits) => ({
      // From the end backwards; at one point, the longer edit first, so an insertion there is not deleted.
      edits: [...edits].sort((a, b) => b.start - a.start || b.end - a.end),
      start: Math.min(...edits.map((edit) => edit.start)),
      end: Math.max(...edits.map((edit) => edit.end)),
    }))
    .sort((a, b) => b.end - a.end || b.start - a.start);
  const taken: Edit[] = [];
  let applied = 0;
  let limit = Infinity;
  for (const fix of fixes) {
    // Two insertions at one point would have no defined order: the second waits for the next pass.
    if (fix.end > limit || (fix.end === limit && taken.length > 0 && fix.edits.some((edit) => edit.start === limit && edit.end === limit))) continue;
    taken.push(...fix.edits);
    limit = fix.start;
    applied++;
  }
  let result = text;
  for (const edit of taken) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: result, applied };
}

/** `checkDraft` is the check (another only in tests). */
export function fixAll(text: string, options: CheckOptions = {}, checkDraft: (text: string, options: CheckOptions) => { findings: Finding[] } = check): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  // The texts passed through, with the fixes counted up to each: fixes that lead back to one of them undo
  // each other (no fix is certain then), and the draft is left as it was there.
  const seen = new Map([[text, 0]]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = checkDraft(current, options).findings.filter((finding) => finding.fix);
    if (fixable.length === 0) break;
    const { text: next, applied } = applyFixes(current, fixable);
    if (applied === 0 || next === current) break;
    const before = seen.get(next);
    if (before !== undefined) return { text: next, fixed: before };
    current = next;
    fixed += applied;
    seen.set(current, fixed);
  }
  return { text: current, fixed };
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLow(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
