/**
 * NFC normalisation that remembers where each normalised character came from, so that findings made on
 * the normalised text can be reported at the exact characters of the draft as the user typed it (NFC,
 * NFD or a mix of both).
 */
import { lastAtOrBefore } from './search';

export interface NormalizedText {
  /** The text in NFC. */
  text: string;
  /** Maps an offset in `text` to the offset in the original. Identity when the input was already NFC. */
  toSource(offset: number): number;
}

// A combining mark (Unicode category M) attaches to the character before it; NFC only ever recombines
// a starter with the marks that follow it, so normalising each starter+marks cluster on its own is exact
// for Vietnamese and safe elsewhere.
const COMBINING_MARK = /\p{M}/u;

export function normalizeNfc(source: string): NormalizedText {
  const nfc = source.normalize('NFC');
  if (nfc === source) return inNfc(source);

  // Parallel arrays: the start of each normalised cluster and the start of its source cluster.
  const normStarts: number[] = [];
  const sourceStarts: number[] = [];
  let out = '';
  let i = 0;
  while (i < source.length) {
    let end = i + (isHighSurrogate(source.charCodeAt(i)) && i + 1 < source.length ? 2 : 1);
    while (end < source.length && COMBINING_MARK.test(source[end]!)) end++;
    normStarts.push(out.length);
    sourceStarts.push(i);
    out += source.slice(i, end).normalize('NFC');
    i = end;
  }
  return {
    text: out,
    toSource(offset: number): number {
      if (offset >= out.length) return source.length;
      const low = lastAtOrBefore(normStarts, offset);
      // Inside a cluster that normalised to fewer characters, point at the cluster's start.
      return offset === normStarts[low] ? sourceStarts[low]! : Math.min(sourceStarts[low]! + (offset - normStarts[low]!), nextStart(low));
    },
  };

  function nextStart(cluster: number): number {
    return cluster + 1 < sourceStarts.length ? sourceStarts[cluster + 1]! : source.length;
  }
}

/** A text known to be in NFC already, as its own normalisation. */
export function inNfc(text: string): NormalizedText {
  return { text, toSource: (offset) => offset };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * `text` (in NFC) in the form the draft writes [start, end) of `source`: decomposed where the draft is, so that
 * an edit keeps it in one form. Text the forms write alike (empty, or ASCII) tells nothing: then its line does.
 */
export function inFormOf(source: string, start: number, end: number, text: string): string {
  let written = source.slice(start, end);
  if (written === written.normalize('NFD')) {
    const lineStart = start === 0 ? 0 : source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', end);
    written = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd);
  }
  return written !== written.normalize('NFC') ? text.normalize('NFD') : text;
}
