/**
 * Whether a converter laid a table of the draft out in columns of spaces: pandoc's simple and grid tables
 * («------ ---------- ------», «+----+----+»), a pipe table's rows padded to line up, pdftotext -layout's
 * rows («1      Thăm, tặng quà      Phòng Văn hóa»). A row of three cells or more, or a table's rule, tells;
 * the wrapped lines of a cell around it show one gap each, and the spaces there are the layout's too.
 */
import { scannedAroundEdit } from '../reuse';
import type { Span } from './types';

/** Spaces that part two columns, not two words: three or more. */
export const COLUMN_GAP = 3;

// A table's rule as pandoc writes it: «------ -------- -----» (simple table), «+----+----+» (grid table).
const TABLE_RULE = /^[\t ]*(?:-{3,}(?:[\t ]+-{3,})+|\+[-=+:]{3,})[\t ]*$/u;

export function tablesLaidOut(text: string): boolean {
  // While the draft is edited, only the lines the edit changed are searched again.
  return scannedAroundEdit('table rows laid out', text, tableRows).length > 0;
}

/** A row of a table laid out in columns: a pipe or grid table's row, a table's rule, three cells or more. */
export function isTableRow(line: string): boolean {
  return /^[\t ]*\|.*\|/u.test(line) || /^[\t ]*\+[-=:]/u.test(line) || TABLE_RULE.test(line) || columnGaps(line) >= 2;
}

/** The runs of COLUMN_GAP spaces or more between two other characters of a line. */
export function columnGaps(line: string): number {
  let gaps = 0;
  for (let at = line.indexOf('   '); at >= 0; ) {
    let end = at + 3;
    while (line.charCodeAt(end) === 0x20) end++;
    if (at > 0 && /\S/u.test(line[at - 1]!) && end < line.length && /\S/u.test(line[end]!)) gaps++;
    at = line.indexOf('   ', end);
  }
  return gaps;
}

// What a row holds that most lines do not: a gap, a pipe, a grid's «+», a rule's dashes.
const ROW_SIGN = /   |\||\+|---/g;

/** The rows (isTableRow) among the lines that start in [from, to), as spans of their text without the break. */
function tableRows(text: string, from: number, to: number): Span[] {
  const rows: Span[] = [];
  // Only the lines that hold a sign of a row are read.
  ROW_SIGN.lastIndex = from;
  for (let sign = ROW_SIGN.exec(text); sign && sign.index < to; sign = ROW_SIGN.exec(text)) {
    const start = text.lastIndexOf('\n', sign.index - 1) + 1;
    let end = text.indexOf('\n', sign.index);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    if (start >= from && isTableRow(text.slice(start, lineEnd))) rows.push({ start, end: lineEnd });
    ROW_SIGN.lastIndex = end;
  }
  return rows;
}
