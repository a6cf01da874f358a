/**
 * Letters, marks and digits by a scan over character codes. A Unicode class in a regular expression
 * (\p{L}) costs a search through the class's ranges at every character, and a pattern that starts with a
 * look-behind tries every position: on a long draft the prose rules spent most of their time there. Here
 * each character is classified once, on first sight, with the same regular expressions, and then read
 * from a table; the scans give exactly what the expressions give (the fast-paths test holds them equal).
 */

export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const UPPER = 8; // \p{Lu}
export const LOWER = 16; // \p{Ll}
export const SPACE = 32; // \s

const KNOWN = 128;
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(char: string): number {
  let kind = KNOWN;
  if (/\p{L}/u.test(char)) kind |= LETTER;
  if (/\p{M}/u.test(char)) kind |= MARK;
  if (/\p{N}/u.test(char)) kind |= NUMBER;
  if (/\p{Lu}/u.test(char)) kind |= UPPER;
  if (/\p{Ll}/u.test(char)) kind |= LOWER;
  if (/\s/u.test(char)) kind |= SPACE;
  return kind;
}

function classOfUnit(code: number): number {
  const kind = bmp[code]!;
  return kind !== 0 ? kind : (bmp[code] = classify(String.fromCharCode(code)));
}

/** The class bits of the character at `at` (0 past the end); a surrogate pair is one character (two code units). */
export function classAt(text: string, at: number): number {
  if (at < 0 || at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOfPoint(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return classOfUnit(code);
}

/** The class bits of the character that ends at `end` (0 at the start of the text). */
export function classBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classOfPoint(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return classOfUnit(low);
}

function classOfPoint(point: number): number {
  let kind = astral.get(point);
  if (kind === undefined) astral.set(point, (kind = classify(String.fromCodePoint(point))));
  return kind;
}

/** Word runs as [start, end, start, end…]. */
export type Runs = readonly number[] | Int32Array<ArrayBufferLike>;

/** Texts longer than this are read in parts of about this length (see runsOf). */
const LONG_TEXT = 16_384;

/**
 * The maximal runs of characters whose class has one of the bits of `mask`, as [start, end, start, end…]:
 * with LETTER, what /\p{L}+/gu matches; with LETTER | NUMBER, the words of a split on /[^\p{L}\p{N}]+/u.
 */
export function runsOf(text: string, mask: number): Runs {
  return text.length > LONG_TEXT ? longRunsOf(text, mask) : shortRunsOf(text, mask);
}

/**
 * A very long paragraph's runs, part by part into a doubling Int32Array: as one array of numbers, they outgrew
 * the young generation and every push copied a large object (a 128 KB paragraph took 27× a 32 KB one). A part
 * ends where no run goes on, never inside a surrogate pair.
 */
function longRunsOf(text: string, mask: number): Int32Array {
  let runs = new Int32Array(LONG_TEXT);
  let count = 0;
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + LONG_TEXT);
    if (to < text.length && (text.charCodeAt(to) & 0xfc00) === 0xdc00) to++;
    while (to < text.length && (classAt(text, to) & mask) !== 0) to += (text.charCodeAt(to) & 0xfc00) === 0xd800 && to + 1 < text.length ? 2 : 1;
    const part = shortRunsOf(text.slice(from, to), mask);
    if (count + part.length > runs.length) {
      const bigger = new Int32Array(Math.max(runs.length * 2, count + part.length));
      bigger.set(runs.subarray(0, count));
      runs = bigger;
    }
    for (const offset of part) runs[count++] = from + offset;
    from = to;
  }
  return runs.subarray(0, count);
}

function shortRunsOf(text: string, mask: number): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    let kind: number;
    let width = 1;
    if (code < 0xd800 || code > 0xdbff) kind = classOfUnit(code);
    else {
      kind = classAt(text, at);
      if (at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) width = 2;
    }
    if ((kind & mask) !== 0) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      runs.push(start, at);
      start = -1;
    }
    at += width;
  }
  if (start >= 0) runs.push(start, text.length);
  return runs;
}

const lowerUnits = new Uint16Array(0x10000);

/** The lower case of the code unit at `at` when it is one code unit, else 0xffff (İ, whose lower case is two). */
export function lowerUnitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  let lower = lowerUnits[code]!;
  if (lower === 0) {
    const written = String.fromCharCode(code).toLowerCase();
    lower = lowerUnits[code] = written.length === 1 ? written.charCodeAt(0) : 0xffff;
  }
  return lower;
}

/**
 * A filter of words by their first two code units in lower case and, when asked, their length: a table of
 * words passes over most words of a text on it before reading them. It may let through a word it was not
 * given (two heads can share a bit), never stop one it was: a word let through is then looked up whole.
 * A bit table, not a Set of numbers: a head made of two code units and a length is past the small integers
 * V8 keeps unboxed, and a Set of such numbers allocated at every word looked up.
 */
export class WordHeads {
  private readonly bits = new Uint8Array(HEAD_BITS >> 3);
  constructor(private readonly withLength: boolean) {}

  add(word: string): void {
    const key = this.keyOf(word, 0, word.length);
    this.bits[key >> 3]! |= 1 << (key & 7);
  }

  /** Whether text[start, end) may be one of the words added. */
  mayHave(text: string, start: number, end: number): boolean {
    const key = this.keyOf(text, start, end);
    return (this.bits[key >> 3]! & (1 << (key & 7))) !== 0;
  }

  private keyOf(text: string, start: number, end: number): number {
    const second = end - start > 1 ? lowerUnitAt(text, start + 1) : 0;
    const head = lowerUnitAt(text, start) * 31 + second;
    // A multiplicative hash spreads the heads over the table (the length alone would fill only its low bits).
    return Math.imul(this.withLength ? head * 64 + Math.min(end - start, 63) : head, 0x9e3779b1) >>> HEAD_SHIFT;
  }
}

const HEAD_LOG = 16;
const HEAD_BITS = 1 << HEAD_LOG;
const HEAD_SHIFT = 32 - HEAD_LOG;

/** A word found in a text, where it starts. */
export interface Found {
  index: number;
  text: string;
}
