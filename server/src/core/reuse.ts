/**
 * What a check of a draft computed paragraph by paragraph, kept for the next check of the same draft: after
 * an edit, only the paragraphs the edit touched are scanned again, the rest are looked up by their text.
 * Everything kept is a function of a paragraph's text and the registry, so reuse cannot change an answer (a
 * property test holds a check with reuse equal to a fresh one). Only what the last two checks used is kept,
 * so the memory stays near twice the draft's paragraphs.
 */
import type { Registry } from './registry/registry';

export class Reuse {
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();
  private registry: Registry | undefined;

  /** A new check begins: what the check before the last did not use is let go; another registry voids all. */
  begin(registry: Registry): void {
    this.previous = registry === this.registry ? this.current : new Map();
    this.current = new Map();
    this.registry = registry;
  }

  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    let now = this.current.get(kind);
    if (!now) this.current.set(kind, (now = new Map()));
    if (now.has(text)) return now.get(text) as T;
    const before = this.previous.get(kind);
    const value = before?.has(text) ? (before.get(text) as T) : compute(text);
    now.set(text, value);
    return value;
  }
}

// The check under way, if it was given a Reuse. A check runs to its end synchronously, so one slot is enough.
let active: Reuse | undefined;

/** Runs `work` (the rules of one check) with `reuse` available to the scans it makes. */
export function withReuse<T>(reuse: Reuse | undefined, registry: Registry, work: () => T): T {
  if (!reuse) return work();
  reuse.begin(registry);
  const outer = active;
  active = reuse;
  try {
    return work();
  } finally {
    active = outer;
  }
}

/**
 * `compute(text)`, or what an earlier check of the same draft computed for the same text under the same
 * `kind`. The result is shared: callers must not mutate it. Outside a check with reuse, it just computes.
 */
export function reused<T>(kind: string, text: string, compute: (text: string) => T): T {
  return active ? active.get(kind, text, compute) : compute(text);
}
