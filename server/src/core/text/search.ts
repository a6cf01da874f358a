import type { Span } from '../model/types';
import { charEndAfter } from './chars';

/**
 * The index of the last element of `sorted` (ascending) that is at most `value`; 0 when none is (the
 * offset maps of the core all start at 0, so their first entry covers anything before it).
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * What the global `pattern` finds in `text` where `canBeginAt(text, index)` also holds: a pattern whose
 * leading look-behind is written as code. A pattern starting with a look-behind is tried at every position
 * (ten times slower on prose); without it, the engine jumps to the next character that can begin a match.
 * Where a match is ruled out, the search goes on from `resume(index)`: by default the next whole character
 * (inside a surrogate pair, a Unicode pattern would step back to the same match and never end). The search
 * begins at `from` and keeps what starts before `until`.
 */
export function matchesWhere(
  text: string,
  pattern: RegExp,
  canBeginAt: (text: string, at: number) => boolean,
  resume: (text: string, at: number) => number = charEndAfter,
  from = 0,
  until = text.length,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // The pattern itself, not a copy: copying a pattern at every paragraph cost more than its search. No
  // search runs inside another (canBeginAt reads text), and lastIndex is put back for the next caller.
  pattern.lastIndex = from;
  try {
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) && match.index < until) {
      if (canBeginAt(text, match.index)) found.push(match);
      else pattern.lastIndex = resume(text, match.index);
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

/**
 * Where the global `pattern` matches in [from, to) of `text` (a scan of part of a draft, see
 * Reuse.aroundEdit). The search runs in a slice: one in the whole text from `from` would read on to its end.
 */
export function spansWithin(text: string, from: number, to: number, pattern: RegExp): Span[] {
  const found: Span[] = [];
  for (const match of text.slice(from, to).matchAll(pattern)) found.push({ start: from + match.index!, end: from + match.index! + match[0].length });
  return found;
}
