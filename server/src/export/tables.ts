/**
 * Tables inside a body paragraph, for print: a Markdown pipe table («| STT | Họ và tên |», its «|---|» row
 * dropped), and a Word table pasted as text, one row per line with its cells parted by tabs («1⇥Thăm, tặng
 * quà⇥Phòng Văn hóa - Xã hội⇥10/02/2026»). The checker reads such lines as text; printed as a paragraph they
 * would run into one another. Pure: offsets of the model's text in, cells out.
 */
import type { Span } from '../core/model/types';

export interface TableRows {
  /** The lines of the paragraph the table takes, from its first line's start to its last line's end. */
  span: Span;
  /** Cells by row, each the span of its text (trimmed); a row short of cells is filled with empty ones. */
  rows: Span[][];
  /** Rows above the pipe table's «|---|» row: its header. */
  headerRows: number;
}

/**
 * The most cells a table prints as a table: Word's writer holds every cell as a tree of objects, and a table of
 * a few hundred thousand cells would exhaust the memory. A larger one prints as its lines of text.
 */
export const MAX_TABLE_CELLS = 20_000;

/**
 * The tables among a paragraph's lines (`lines`, spans of `source`), in order. Two rows at least make one, and
 * no more than MAX_TABLE_CELLS cells.
 */
export function tablesIn(lines: readonly Span[], source: string): TableRows[] {
  const tables: TableRows[] = [];
  for (let i = 0; i < lines.length; ) {
    const kind = rowKind(lines[i]!, source);
    let end = i + 1;
    while (kind && end < lines.length && rowKind(lines[end]!, source) === kind) end++;
    if (kind && end - i >= 2) {
      const table = tableOf(lines.slice(i, end), source, kind);
      if (table.rows.length * (table.rows[0]?.length ?? 0) <= MAX_TABLE_CELLS) tables.push(table);
    }
    i = end;
  }
  return tables;
}

type RowKind = 'pipe' | 'tab';

// A list item pasted from Word: its mark, a tab, then the text («•⇥Các cơ quan…», «⇥–⇥Phòng…», «1.⇥Thống nhất…»).
const LIST_ITEM = /^[\t ]*(?:[•·▪◦○■□➢►✓\-–—+*]|\d{1,3}[.)]|\(?[a-zđ]\)|[IVX]{1,5}\.)\t/u;
// Two cells with tabs between; a tab that only indents the line («⇥Ngày 07/10/2025, …») parts nothing.
const CELLS_APART = /[^\t ]\t+[^\t ]/u;
const DELIMITER_ROW = /^\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?$/u;

function rowKind(line: Span, source: string): RowKind | undefined {
  const text = rawLine(line, source);
  if (/^\s*\|.*\|\s*$/u.test(text)) return 'pipe';
  if (!text.includes('\t') || LIST_ITEM.test(text)) return undefined;
  return CELLS_APART.test(text) ? 'tab' : undefined;
}

/** The whole line a paragraph's line span stands on: a Word row's leading tab (an empty first cell) counts. */
function rawLine(line: Span, source: string): string {
  return source.slice(lineStart(line, source), line.end);
}

function lineStart(line: Span, source: string): number {
  const start = source.lastIndexOf('\n', line.start - 1) + 1;
  return /^[\t ]*$/u.test(source.slice(start, line.start)) ? start : line.start;
}

function tableOf(lines: Span[], source: string, kind: RowKind): TableRows {
  const rows: Span[][] = [];
  let headerRows = 0;
  for (const line of lines) {
    const from = lineStart(line, source);
    const text = source.slice(from, line.end);
    if (kind === 'pipe' && DELIMITER_ROW.test(text.trim())) {
      if (headerRows === 0) headerRows = rows.length;
      continue;
    }
    rows.push(kind === 'pipe' ? pipeCells(text, from) : tabCells(text, from));
  }
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  for (const row of rows) {
    const end = row.length > 0 ? row[row.length - 1]!.end : 0;
    while (row.length < columns) row.push({ start: end, end });
  }
  // A column empty in every row is the rows' indent (each line begins with a tab), not a column of the table.
  const kept = rows.length > 0 ? rows[0]!.map((_, column) => rows.some((row) => row[column]!.end > row[column]!.start)) : [];
  const table = kept.every(Boolean) ? rows : rows.map((row) => row.filter((_, column) => kept[column]));
  return { span: { start: lines[0]!.start, end: lines[lines.length - 1]!.end }, rows: table, headerRows };
}

/** «| a | b |»: the cells between unescaped pipes, the outer pipes optional. */
function pipeCells(text: string, from: number): Span[] {
  const pipes = [...text.matchAll(/(?<!\\)\|/gu)].map((match) => match.index!);
  const first = text.search(/\S/u);
  if (pipes[0] !== first) pipes.unshift(first - 1);
  const last = text.trimEnd().length - 1;
  if (pipes[pipes.length - 1] !== last) pipes.push(last + 1);
  const cells: Span[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) cells.push(trimmed(text, pipes[k]! + 1, pipes[k + 1]!, from));
  return cells;
}

/** «1⇥Thăm…⇥Phòng…»: one cell per tab, a leading tab an empty first cell, two tabs an empty cell between. */
function tabCells(text: string, from: number): Span[] {
  const cells: Span[] = [];
  let start = text.search(/[^ ]|$/u);
  for (let tab = text.indexOf('\t', start); ; tab = text.indexOf('\t', start)) {
    const end = tab < 0 ? text.length : tab;
    cells.push(trimmed(text, start, end, from));
    if (tab < 0) return cells;
    start = tab + 1;
  }
}

function trimmed(text: string, start: number, end: number, from: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start: from + start, end: from + end };
}
