/**
 * Whole characters at an offset: a range that starts or ends between the two halves of a surrogate pair
 * (an emoji, a rare Hán character) would make the editor underline half a character and a fix corrupt it.
 */
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where the character that ends at `end` starts (`end - 2` after a surrogate pair), never below `floor`. */
export function charStartBefore(text: string, end: number, floor = 0): number {
  if (end <= floor) return floor;
  const pair = end - 2 >= floor && isLow(text.charCodeAt(end - 1)) && isHigh(text.charCodeAt(end - 2));
  return pair ? end - 2 : end - 1;
}

/** Where the character that starts at `start` ends (`start + 2` for a surrogate pair). */
export function charEndAfter(text: string, start: number): number {
  if (start >= text.length) return text.length;
  return isHigh(text.charCodeAt(start)) && isLow(text.charCodeAt(start + 1)) ? start + 2 : start + 1;
}

/** `text` without the characters at its end that pass `test` (a backward scan: no regex backtracking). */
export function trimEndWhere(text: string, test: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A copy of `text` that holds nothing else alive. A slice of a string keeps the whole string it was cut
 * from in memory: a citation's few words, or a paragraph kept for the next check, would keep its draft's
 * whole text.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1); // V8 copies slices shorter than 13 characters
}

/**
 * Characters that print nothing, as a regular expression's class: zero-width space and non-joiner, word
 * joiner, soft hyphen, byte-order mark (not the zero-width joiner, which holds emoji together). A paste from
 * Word or the web leaves them inside words and numbers («118/2025/\u00adNĐ-CP»).
 */
export const INVISIBLE_CLASS = '[\\u200b\\u200c\\u2060\\u00ad\\ufeff]';
