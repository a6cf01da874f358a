/**
 * Gives memory back when the last draft closes, and when the workspace folders are indexed. V8 collects the
 * old generation only under allocation pressure, so the garbage of closed drafts, or of a thousand drafts
 * parsed for the index, would stay resident for as long as the editor runs; one full collection once the
 * server idles returns it. Nothing is kept alive by a closed draft (the load test checks that), so this only
 * shortens how long garbage waits.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined | null;

/** The engine's full collection, made reachable once (the flag only exposes it to new contexts). */
function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Collects once, after a moment of idleness (a rename reopens at once; so does a window reload). */
export function releaseMemorySoon(delayMs = 1_000): void {
  clearTimeout(timer);
  timer = setTimeout(() => fullCollection()?.(), delayMs);
  timer.unref();
}

/** Something was opened again: the collection is not needed. */
export function cancelMemoryRelease(): void {
  clearTimeout(timer);
}

/** The heap in use once garbage is collected: what the server really holds (resident memory also counts what
 * V8 keeps for reuse). For diagnosing leaks; the load test compares it between two loads. */
export function heapInUse(): number {
  fullCollection()?.();
  return process.memoryUsage().heapUsed;
}
