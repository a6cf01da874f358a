/**
 * micromark joins the adjacent `data` events of a paragraph (its text resolver) with one `splice` per run:
 * each splice moves the events after it, so a paragraph with tens of thousands of runs (brackets that open
 * nothing, "[a]" repeated) took quadratic time (128 KB of "]" took two and a half minutes). The build puts
 * this one-pass version in its place (scripts/micromark-linear.mjs); a property test holds the two equal.
 */

/** The part of a micromark event this reads: enter or exit, and the token with its type and end. */
export type MergeEvent = [string, { type: string; end: unknown }, ...unknown[]];

/**
 * Each run of `data` events becomes its first token (enter and exit), which then ends where the run ends:
 * what micromark's resolveAllText does, in place, in time linear in the events.
 */
export function mergeDataRuns<T extends MergeEvent>(events: T[]): T[] {
  let write = 0;
  let index = 0;
  while (index < events.length) {
    if (events[index]![1].type !== 'data') {
      events[write++] = events[index++]!;
      continue;
    }
    const enter = index;
    // The first token's enter and exit, then every data event that follows.
    index += 2;
    while (index < events.length && events[index]![1].type === 'data') index++;
    if (index !== enter + 2) events[enter]![1].end = events[index - 1]![1].end;
    events[write++] = events[enter]!;
    if (enter + 1 < events.length) events[write++] = events[enter + 1]!;
  }
  events.length = write;
  return events;
}
