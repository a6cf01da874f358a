/**
 * What a check of a draft computed paragraph by paragraph, kept for the next check of the same draft: after
 * an edit, only the paragraphs the edit touched are scanned again, the rest are looked up by their text.
 * Everything kept is a function of a paragraph's text and the registry, so reuse cannot change an answer (a
 * property test holds a check with reuse equal to a fresh one). What the last two checks did not use is
 * let go, so the memory stays near twice the draft's paragraphs.
 */
import type { Registry } from './registry/registry';
import { detached } from './text/chars';

export class Reuse {
  /** kind → text → the value and the last check that used it. */
  private readonly kinds = new Map<string, Map<string, { value: unknown; usedBy: number }>>();
  private registry: Registry | undefined;
  private check = 0;
  /** Entries used by the last check, and entries kept in all. */
  private used = 0;
  private kept = 0;

  /** A new check begins: another registry voids all; what the last two checks did not use is let go. */
  begin(registry: Registry): void {
    if (registry !== this.registry) this.clear();
    this.registry = registry;
    // Each edit adds a few entries: sweeping only once they outnumber those in use keeps the cost of a
    // check to one lookup per scan, and the memory near twice the draft's paragraphs.
    if (this.kept > 2 * this.used + 64) this.sweep(this.check - 1);
    this.check++;
    this.used = 0;
  }

  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    return this.entry(kind, text, () => ({ key: text, value: compute(text) })).value as T;
  }

  /**
   * The one string kept for `text` (see `interned`). A copy: a paragraph of one line is a slice of the
   * draft, and as a key it would keep that version of the whole draft alive until swept.
   */
  intern(text: string): string {
    return this.entry(TEXT, text, () => {
      const key = detached(text);
      return { key, value: key };
    }).value as string;
  }

  private entry(kind: string, text: string, create: () => { key: string; value: unknown }): { value: unknown; usedBy: number } {
    let byText = this.kinds.get(kind);
    if (!byText) this.kinds.set(kind, (byText = new Map()));
    let entry = byText.get(text);
    if (!entry) {
      const { key, value } = create();
      byText.set(key, (entry = { value, usedBy: 0 }));
      this.kept++;
    }
    if (entry.usedBy !== this.check) {
      entry.usedBy = this.check;
      this.used++;
    }
    return entry;
  }

  /** What is kept: kinds of scan, and values in all (for tests of the memory bound). */
  get size(): { kinds: number; values: number } {
    return { kinds: this.kinds.size, values: this.kept };
  }

  private sweep(oldest: number): void {
    this.kept = 0;
    for (const [kind, byText] of this.kinds) {
      for (const [text, entry] of byText) {
        if (entry.usedBy < oldest) byText.delete(text);
        else this.kept++;
      }
      // A kind can be named after what it looks for (style/common-noun): one no longer asked for goes too.
      if (byText.size === 0) this.kinds.delete(kind);
    }
  }

  private clear(): void {
    this.kinds.clear();
    this.kept = 0;
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

/** Whether the check under way keeps what it computes for the next (a draft being edited). */
export function reusing(): boolean {
  return active !== undefined;
}

/**
 * The string an earlier check of the same draft used for this text, when there is one. Every scan of a
 * paragraph looks its text up: with one string per text, a lookup finds its key by identity instead of
 * comparing the whole paragraph again for each kind of scan.
 */
export function interned(text: string): string {
  return active ? active.intern(text) : text;
}

const TEXT = 'text';
