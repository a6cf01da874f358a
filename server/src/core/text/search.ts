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
