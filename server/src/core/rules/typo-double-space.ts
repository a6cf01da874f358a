import { isTrimmed } from '../model/lines';
import { columnGaps, isTableRow } from '../model/table-layout';
import type { ParagraphRule } from './types';
import { isSpaceBeforeMark } from './typo-space-before-punctuation';


const BLANK_NUMBER_BEFORE = /(?:^|[^\p{L}])[Ss]ố$/u;
// «ngày      tháng 12 năm 2026»: the day or the month of a date left blank for the văn thư, wherever the line is
// read (a place and date the header did not recognise, a date still being typed).
const BLANK_DATE_PART_BEFORE = /(?:^|[^\p{L}])(?:ngày|tháng)$/iu;
const BLANK_DATE_PART_AFTER = /^(?:tháng|năm)(?![\p{L}])/iu;

const LIST_MARK_BEFORE = /^[ \t]{0,3}(?:\d{1,9}[.)]|[-*+])$/u;

/** Two or more spaces between words inside a line of the trích yếu or the body. */
export const typoDoubleSpace: ParagraphRule = {
  id: 'typo/double-space',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Giữa hai chữ chỉ có một dấu cách.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nChủ trì  cuộc họp đã ghi nhận kết quả.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nChủ trì cuộc họp đã ghi nhận kết quả.",
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    // The lines of a table's row that a converter wrapped, one under the other (no blank line between):
    // each is laid out as the row is, though it may show a single gap or none beside its padding. A cell of
    // a later column wrapped under its row stands far in («Buổi sáng thứ Ba, ngày 15/12/2026  Trụ sở …, phường»
    // ⏎ «                                     Cẩm Thành», pandoc's two-column multiline table).
    let rowLines: boolean | undefined;
    for (const line of paragraph.lines) {
      const text = context.source.slice(line.start, line.end);
      const runs = spacesBetweenWords(text);
      if (runs.length === 0) continue;
      rowLines ??= context.tablesLaidOut && paragraph.lines.some((other, index) => isTableRow(context.source.slice(other.start, other.end)) || (index > 0 && indentOf(context.source, other.start) >= WIDE_GAP));
      // A table's row as a converter lays it out: the spaces line its columns up.
      const columnGap = rowLines ? 2 : shortestColumnGap(text, context.tablesLaidOut);
      for (const run of runs) {
        if (run.length >= columnGap) continue;
        // Spaces before a mark are typo/space-before-punctuation's finding, whose fix takes them all away.
        if (isSpaceBeforeMark(text, run.index, run.index + run.length)) continue;
        // «Quyết định số      /QĐ-UBND»: the number of a document issued with this one, left for the văn thư.
        if (BLANK_NUMBER_BEFORE.test(text.slice(Math.max(0, run.index - 4), run.index)) && text[run.index + run.length] === '/') continue;
        // «1.  Thống nhất …» in a draft whose every list item a converter padded so: Markdown's, printed as one.
        if (context.listsPadded && LIST_MARK_BEFORE.test(text.slice(0, run.index))) continue;
        if (BLANK_DATE_PART_BEFORE.test(text.slice(Math.max(0, run.index - 6), run.index)) && BLANK_DATE_PART_AFTER.test(text.slice(run.index + run.length, run.index + run.length + 6))) continue;
        const start = line.start + run.index;
        context.report({
          start,
          end: start + run.length,
          message: `Sai khoảng cách: ${run.length} dấu cách liền nhau, cần một dấu cách.`,
          fix: { title: 'Chỉ để một dấu cách', edits: [{ start, end: start + run.length, newText: ' ' }] },
        });
      }
    }
  },
};

/**
 * The shortest run of a line that parts a table's columns (model/table-layout.ts), not two words: any run on
 * a table's row, and on a line with one gap of COLUMN_GAP (model/table-layout.ts) that does not end as a sentence does, in a draft
 * with a table laid out in columns (a wrapped cell's line, a row of two cells: pandoc parts the columns of a
 * multiline table by as little as one space, «hỗ trợ  Hiếu, Lê Thị      sắc»); else WIDE_GAP.
 */
function shortestColumnGap(text: string, tablesLaidOut: boolean): number {
  if (isTableRow(text)) return 2;
  if (tablesLaidOut && columnGaps(text) === 1 && !/[.;:!?…]["”)]?$/u.test(text)) return 2;
  // A page's running header or footer printed from a browser («https://…/tb-2871.pdf      1/2»), the Nơi nhận
  // beside the signature read as one line: a gap that wide parts two columns; no slip of the keys makes one.
  return WIDE_GAP;
}

/** The spaces and tabs before `offset` on its line. */
function indentOf(source: string, offset: number): number {
  let at = offset;
  while (at > 0 && (source[at - 1] === ' ' || source[at - 1] === '\t')) at--;
  return offset - at;
}

/** Spaces that part two columns in any draft: no typing slip is this wide. */
const WIDE_GAP = 8;

/**
 * Runs of two or more spaces between two characters that are not white space: what /(?<=\S) {2,}(?=\S)/g
 * finds, read at the double spaces only (a leading look-behind is tried at every position).
 */
export function spacesBetweenWords(text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  for (let at = text.indexOf('  '); at >= 0; ) {
    let end = at + 2;
    while (text.charCodeAt(end) === 0x20) end++;
    if (at > 0 && !isTrimmed(text.charCodeAt(at - 1)) && end < text.length && !isTrimmed(text.charCodeAt(end))) found.push({ index: at, length: end - at });
    at = text.indexOf('  ', end);
  }
  return found;
}
