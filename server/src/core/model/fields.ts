/** Small helpers that cut fields out of lines while keeping exact offsets. */
import type { Field } from './types';
import { withoutTableTags, type SourceLine } from './lines';
import { LEADING_BULLET } from './vocabulary';

/**
 * A field for text[start, end), with surrounding spaces, Markdown emphasis or heading marks and the tags of
 * an HTML table's cell («<p><strong>SỞ …</strong></p>», lines.ts) removed.
 */
export function fieldAt(text: string, start: number, end: number): Field | undefined {
  for (;;) {
    while (start < end && /[\s*_#>]/.test(text[start]!)) start++;
    while (end > start && /[\s*_]/.test(text[end - 1]!)) end--;
    if (start === end || (text[start] !== '<' && text[end - 1] !== '>')) break;
    const inner = withoutTableTags(text, start, end);
    if (inner.contentStart === start && inner.contentEnd === end) break;
    ({ contentStart: start, contentEnd: end } = inner);
  }
  return start < end ? { start, end, text: text.slice(start, end) } : undefined;
}

export function lineField(text: string, line: SourceLine): Field | undefined {
  return fieldAt(text, line.start, line.end);
}

// Two columns of a table pasted as text (Word, PDF) are kept apart by a tab or a wide run of spaces (a PDF's
// may mix no-break spaces in).
// A blank serial number ("Số:      /TB-SKHCN"), day or month ("ngày      tháng 12 năm 2026") is a gap inside
// one cell, not between two. A Markdown table's "|" parts cells as well, and "<br>" lines inside a cell
// ("| UBND TỈNH<br>**SỞ …** | …"). The spaces before a "|" are tried from the start of their run only: from
// each of its spaces, a long run before a word was read to its end again (quadratic).
const COLUMN_GAP = /\t+|(?<=\S)(?<!(?:ngày|tháng))[ \u00a0]{3,}(?=[^\s/])|(?<![ \t])[ \t]*(?:\||<br\s*\/?>)[ \t]*/gi;

const BULLET_ONLY = new RegExp(`^${LEADING_BULLET}$`, 'u');

/** Splits a line into the cells of a pasted two-column layout; a normal line is one cell. */
export function splitColumns(text: string, line: SourceLine): Field[] {
  const cells: Field[] = [];
  let from = line.start;
  // Up to the line's content end: a trailing hard break («…;\») is not a cell.
  for (const gap of line.raw.slice(0, line.contentEnd - line.start).matchAll(COLUMN_GAP)) {
    const at = line.start + gap.index!;
    const cell = fieldAt(text, from, at);
    // «-<tab>Văn phòng UBND tỉnh;», «-   Sở Y tế;»: a list item's bullet pasted from Word or typed with a
    // wide gap is followed by its text, not by a column.
    if (cell && BULLET_ONLY.test(cell.text)) continue;
    if (cell) cells.push(cell);
    from = at + gap[0].length;
  }
  const last = fieldAt(text, from, line.contentEnd);
  if (last) cells.push(last);
  return cells;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

/**
 * A field's text as it prints where an HTML table's cell escaped it (pandoc: «Phòng QLKH&amp;ĐMST»): for rules
 * that compare names; the spans stay the source's.
 */
export function asPrinted(text: string): string {
  return text.includes('&') ? text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/gu, (entity) => ENTITIES[entity]!) : text;
}

/** True when the text has letters and none of them is lower case. */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

export function subField(field: Field, from: number, to: number): Field | undefined {
  const inner = fieldAt(field.text, from, to);
  return inner && { start: field.start + inner.start, end: field.start + inner.end, text: inner.text };
}
