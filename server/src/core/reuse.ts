/**
 * What a check of a draft computed paragraph by paragraph, kept for the next check of the same draft: after
 * an edit, only the paragraphs the edit touched are scanned again, the rest are looked up by their text.
 * Everything kept is a function of a paragraph's text and the registry, so reuse cannot change an answer (a
 * property test holds a check with reuse equal to a fresh one). What the last two checks did not use is
 * let go, so the memory stays near twice the draft's paragraphs.
 *
 * Kept per text, in one memo: the model gives each paragraph its text's memo, so the dozen scans of a
 * paragraph cost one lookup of its text (when the paragraph is built), not one each.
 */
import type { Paragraph, Span } from './model/types';
import type { Registry } from './registry/registry';
import { detached } from './text/chars';
import { inNfc, normalizeNfc, type NormalizedText } from './text/normalize';

/** A scan's result and the last check that asked for it. */
interface Scan {
  value: unknown;
  usedBy: number;
}

/** What is kept for one text: the one string kept for it, and each kind of scan made of it. */
export class Memo {
  readonly scans = new Map<string, Scan>();
  usedBy = 0;
  constructor(
    readonly text: string,
    readonly owner: Reuse,
  ) {}

  get<T>(kind: string, compute: (text: string) => T): T {
    let scan = this.scans.get(kind);
    if (!scan) this.scans.set(kind, (scan = this.owner.added(compute(this.text))));
    this.owner.touch(scan);
    return scan.value as T;
  }
}

/**
 * A paragraph as a check built it: the spans of the draft it joins, its text, where each span's text begins,
 * and the paragraph itself.
 */
export interface BuiltParagraph {
  spans: Span[];
  text: string;
  starts: number[];
  memo: Memo;
  paragraph: Paragraph;
}

export class Reuse {
  private readonly memos = new Map<string, Memo>();
  private registry: Registry | undefined;
  private check = 0;
  /** Scans used by the check under way, and scans kept in all. */
  private used = 0;
  private kept = 0;
  /** The draft the last check read, the paragraphs it built (by where they start), and those of the check under way. */
  private draft = '';
  private previous = new Map<number, BuiltParagraph>();
  private current = new Map<number, BuiltParagraph>();
  /** What the edit since the last check left alone: the draft before `prefix`, and from `suffix` on (moved by `delta`). */
  private prefix = 0;
  private suffix = 0;
  private delta = 0;
  /** The edit last found, between `base` and `draft` (found once for the normalisation and the check). */
  private edit = NO_EDIT;
  /** The last draft given to `normalize`, if it was in NFC already. */
  private nfcDraft: string | undefined;
  /** Scans of the whole draft by kind, and the check that made each (see `aroundEdit`). */
  private draftScans = new Map<string, { check: number; found: Span[] }>();

  /**
   * A new check of `draft` begins: another registry voids all; what the last two checks did not use is let
   * go; the part of the draft that changed since the last check is found.
   */
  begin(registry: Registry, draft = ''): void {
    if (registry !== this.registry) this.clear();
    this.registry = registry;
    // Each edit adds a few scans: sweeping only once they outnumber those in use keeps the cost of a check
    // to one lookup per paragraph, and the memory near twice the draft's paragraphs.
    if (this.kept > 2 * this.used + 64) this.sweep(this.check - 1);
    this.check++;
    this.used = 0;
    this.previous = this.current;
    this.current = new Map();
    ({ prefix: this.prefix, suffix: this.suffix } = this.editSince(draft));
    this.delta = draft.length - this.draft.length;
    this.draft = draft;
    // The draft before is no longer needed: let it go.
    this.edit = NO_EDIT;
  }

  /**
   * The draft in NFC. When the last draft was given in NFC and the lines the edit changed are in NFC, so is
   * the whole draft: NFC never joins across a line break (nothing composes with it), so only those lines
   * are read. A draft being typed in NFC is then not normalised whole on every keystroke.
   */
  normalize(source: string): NormalizedText {
    if (this.nfcDraft !== undefined && this.nfcDraft === this.draft) {
      const { prefix, suffix } = this.editSince(source);
      const lines = source.slice(lineStart(source, prefix), lineEnd(source, suffix));
      if (lines === lines.normalize('NFC')) {
        this.nfcDraft = source;
        return inNfc(source);
      }
    }
    const normalized = normalizeNfc(source);
    this.nfcDraft = normalized.text === source ? source : undefined;
    return normalized;
  }

  /**
   * What `find` finds in the whole draft of the check under way, found again only on the lines the edit
   * since the last check changed: the rest is the last check's, moved with its text. `find(text, from, to)`
   * returns, in order, what starts in [from, to); nothing it finds may hold or touch a line break.
   */
  aroundEdit<T extends Span>(kind: string, draft: string, find: (text: string, from: number, to: number) => T[]): T[] {
    const last = this.draftScans.get(kind);
    let found: T[];
    if (last && last.check === this.check - 1 && draft === this.draft) {
      const from = lineStart(draft, this.prefix);
      const to = lineEnd(draft, this.suffix);
      const before = last.found as T[];
      found = [];
      for (const span of before) if (span.end <= from) found.push(span);
      for (const span of find(draft, from, to)) found.push(span);
      for (const span of before) if (span.start >= to - this.delta) found.push({ ...span, start: span.start + this.delta, end: span.end + this.delta });
    } else {
      found = find(draft, 0, draft.length);
    }
    if (draft === this.draft) this.draftScans.set(kind, { check: this.check, found });
    return found;
  }

  /**
   * What a search of the whole draft from its start finds, searched again only near the edit since the last
   * check; for finds that may hold line breaks (aroundEdit is for those that cannot). `search(text, from,
   * until)` returns, in order, what a search begun at `from` finds starting before `until`, and its attempt
   * at a position reads no more than `reach` characters either side of it. A find that began `reach` before
   * the edit is kept, and the search resumes after the last of them; it stops at the first point past the
   * edit's `reach` where neither this search nor the last check's is inside a find: from there on, both read
   * the same text from the same point, and the last check's finds are moved with their text.
   */
  searchedAroundEdit<T extends Span>(kind: string, draft: string, reach: number, search: (text: string, from: number, until: number) => T[], moved: (found: T, by: number) => T): T[] {
    const last = this.draftScans.get(kind);
    let found: T[];
    if (last && last.check === this.check - 1 && draft === this.draft) {
      const before = last.found as T[];
      const delta = this.delta;
      let kept = 0;
      while (kept < before.length && before[kept]!.start + reach <= this.prefix) kept++;
      const from = kept > 0 ? before[kept - 1]!.end : 0;
      let until = Math.min(draft.length, this.suffix + reach);
      let middle = search(draft, from, until);
      for (;;) {
        // A search that stops inside a find, this one's or the last check's, would not resume where the other does.
        const tail = middle[middle.length - 1];
        const old = tail && tail.end > until ? undefined : before.find((find) => find.start < until - delta && find.end > until - delta);
        if (tail && tail.end > until) until = tail.end;
        else if (old) until = Math.min(draft.length, old.end + delta);
        else break;
        middle = search(draft, from, until);
      }
      found = before.slice(0, kept);
      for (const find of middle) found.push(find);
      for (const old of before) if (old.start >= until - delta) found.push(moved(old, delta));
    } else {
      found = search(draft, 0, draft.length);
    }
    if (draft === this.draft) this.draftScans.set(kind, { check: this.check, found });
    return found;
  }

  /** Where `draft` differs from the last draft: the same before `prefix`, and from `suffix` on. */
  private editSince(draft: string): { prefix: number; suffix: number } {
    const edit = this.edit;
    if (edit.base !== this.draft || edit.draft !== draft) {
      const prefix = commonPrefix(this.draft, draft);
      this.edit = { base: this.draft, draft, prefix, suffix: draft.length - commonSuffix(this.draft, draft, prefix) };
    }
    return this.edit;
  }

  /**
   * The paragraph over `spans` that the last check built, if the edit since left the text under them alone:
   * its text is then the same, and its memo is found without reading the text. `inPlace`: the edit was after
   * it, so it is the very same paragraph.
   */
  unchanged(spans: readonly Span[]): { built: BuiltParagraph; inPlace: boolean } | undefined {
    const first = spans[0]!.start;
    const last = spans[spans.length - 1]!.end;
    const shift = last <= this.prefix ? 0 : first >= this.suffix ? this.delta : undefined;
    if (shift === undefined) return undefined;
    const built = this.previous.get(first - shift);
    if (!built || built.spans.length !== spans.length) return undefined;
    for (let i = 0; i < spans.length; i++) {
      if (built.spans[i]!.start + shift !== spans[i]!.start || built.spans[i]!.end + shift !== spans[i]!.end) return undefined;
    }
    built.memo.usedBy = this.check;
    return { built, inPlace: shift === 0 };
  }

  /** A paragraph the check under way built, for the next check. */
  built(paragraph: BuiltParagraph): void {
    this.current.set(paragraph.spans[0]!.start, paragraph);
  }

  /**
   * The memo of `text`, made on first use. Its key is a copy: a paragraph of one line is a slice of the
   * draft, and as a key it would keep that version of the whole draft alive until swept.
   */
  memo(text: string): Memo {
    let memo = this.memos.get(text);
    if (!memo) {
      memo = new Memo(detached(text), this);
      this.memos.set(memo.text, memo);
    }
    memo.usedBy = this.check;
    return memo;
  }

  /** `compute(text)`, or what an earlier check computed for the same text under the same `kind`. */
  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    return this.memo(text).get(kind, compute);
  }

  /** A new scan's entry (Memo's part of the bookkeeping). */
  added(value: unknown): Scan {
    this.kept++;
    return { value, usedBy: 0 };
  }

  touch(scan: Scan): void {
    if (scan.usedBy === this.check) return;
    scan.usedBy = this.check;
    this.used++;
  }

  /** What is kept: kinds of scan, and values in all (for tests of the memory bound). */
  get size(): { kinds: number; values: number } {
    const kinds = new Set<string>();
    for (const memo of this.memos.values()) for (const kind of memo.scans.keys()) kinds.add(kind);
    return { kinds: kinds.size, values: this.kept };
  }

  private sweep(oldest: number): void {
    this.kept = 0;
    for (const [text, memo] of this.memos) {
      // A kind can be named after what it looks for (style/common-noun): one no longer asked for goes too,
      // even from a text still in use.
      for (const [kind, scan] of memo.scans) {
        if (scan.usedBy < oldest) memo.scans.delete(kind);
        else this.kept++;
      }
      if (memo.usedBy < oldest && memo.scans.size === 0) this.memos.delete(text);
    }
  }

  private clear(): void {
    this.memos.clear();
    this.kept = 0;
    this.current = new Map();
    this.draftScans = new Map();
  }
}

/** Where the line holding `offset` begins. */
function lineStart(text: string, offset: number): number {
  // lastIndexOf reads a negative start as 0: a text that begins with a line break would give 1.
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding `offset` ends (at its line break, or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

const NO_EDIT = { base: '', draft: '', prefix: 0, suffix: 0 };

// Chunks compared at once, then smaller ones: an edit is found in a long draft without reading it character by
// character (a comparison of two slices runs as one memory comparison).
const CHUNKS = [4096, 256, 16, 1];

/** How many characters `a` and `b` share at their start. */
export function commonPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  for (const chunk of CHUNKS) while (i + chunk <= length && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  return i;
}

/** How many characters `a` and `b` share at their end, not counting into their first `prefix` characters. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const length = Math.min(a.length, b.length) - prefix;
  let i = 0;
  for (const chunk of CHUNKS) {
    while (i + chunk <= length && a.slice(a.length - i - chunk, a.length - i) === b.slice(b.length - i - chunk, b.length - i)) i += chunk;
  }
  return i;
}

// The check under way, if it was given a Reuse. A check runs to its end synchronously, so one slot is enough.
let active: Reuse | undefined;

/** Runs `work` (the rules of one check) with `reuse` available to the scans it makes. */
export function withReuse<T>(reuse: Reuse | undefined, registry: Registry, draft: string, work: () => T): T {
  if (!reuse) return work();
  reuse.begin(registry, draft);
  const outer = active;
  active = reuse;
  try {
    return work();
  } finally {
    active = outer;
  }
}

/**
 * The one string kept for a kind that a check makes anew (a rule's list of the phrases it looks for, the
 * paragraph rules that ran): each paragraph's memo then finds it by identity, where an equal new string
 * would be compared whole in every memo, a cost of the draft's size times the kind's length.
 */
export function internedKind(kind: string): string {
  let kept = kinds.get(kind);
  if (kept === undefined) {
    if (kinds.size >= MAX_KINDS) kinds.clear();
    kinds.set(kind, (kept = kind));
  }
  return kept;
}

const kinds = new Map<string, string>();
const MAX_KINDS = 256;

/**
 * `compute(paragraph.text)`, or what an earlier check of the same draft computed for the same text under the
 * same `kind`. The result is shared: callers must not mutate it. Outside a check with reuse, it just computes.
 */
export function reused<T>(kind: string, paragraph: Paragraph, compute: (text: string) => T): T {
  return remembers(paragraph) ? paragraph.memo!.get(kind, compute) : compute(paragraph.text);
}

/**
 * Whether `reused` keeps what it computes for this paragraph: it belongs to the check under way, and that
 * check keeps its scans (then `reused` answers a second call at once, without a cache of the caller's).
 */
export function remembers(paragraph: Paragraph): boolean {
  return active !== undefined && paragraph.memo?.owner === active;
}

/** Whether the check under way keeps what it computes for the next (a draft being edited). */
export function reusing(): boolean {
  return active !== undefined;
}

/**
 * The memo of a paragraph's text in the check under way, if it keeps what it computes: its `text` is the one
 * string kept for that text (a lookup then finds its key by identity, without comparing the whole text).
 */
export function memoOf(text: string): Memo | undefined {
  return active?.memo(text);
}

/**
 * What `find` finds in the whole draft of the check under way (see Reuse.aroundEdit); without a Reuse, it just
 * finds.
 */
export function scannedAroundEdit<T extends Span>(kind: string, draft: string, find: (text: string, from: number, to: number) => T[]): T[] {
  return active ? active.aroundEdit(kind, draft, find) : find(draft, 0, draft.length);
}

/** What a search of the whole draft finds (see Reuse.searchedAroundEdit); without a Reuse, it just searches. */
export function searchedAroundEdit<T extends Span>(kind: string, draft: string, reach: number, search: (text: string, from: number, until: number) => T[], moved: (found: T, by: number) => T): T[] {
  return active ? active.searchedAroundEdit(kind, draft, reach, search, moved) : search(draft, 0, draft.length);
}

/** The paragraph over `spans` as the last check built it, if the check under way keeps what it computes and the text under them is unchanged. */
export function unchangedParagraph(spans: readonly Span[]): { built: BuiltParagraph; inPlace: boolean } | undefined {
  return active?.unchanged(spans);
}

/** Keeps a paragraph the check under way built, if it keeps what it computes. */
export function builtParagraph(paragraph: BuiltParagraph): void {
  active?.built(paragraph);
}
