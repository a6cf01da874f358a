/**
 * Builds the NoticeModel from a draft in one pass: the Markdown facts, then the lines read zone by zone
 * (header, title and trích yếu, body, Nơi nhận and signature), then the dates and footnotes.
 */
import { draftDates } from '../text/dates';
import { buildParagraphs, buildTree, endsWithClosing, findMarker, joinLines, paragraphOf, withoutTrailingMarkup, cutInsideSymbol, type ContentLine } from './body';
import { fieldAt, isUpperCase, splitColumns } from './fields';
import { isRecipientsLabel, parseFooter } from './footer';
import { headerLinesAtTop, parseHeader } from './header';
import { contentOf, contentWithin, findPlainFootnotes, isHardWrapped, splitLines, type SourceLine } from './lines';
import { readMarkdown } from './markdown';
import type { Footnote, NoticeModel, Paragraph, Span } from './types';
import { AUTHORITY_PREFIX, DOCUMENT_TITLES } from './vocabulary';

/** How far into the draft the tên loại may stand (the header has at most a dozen lines). */
const TITLE_SEARCH_LINES = 40;
const TITLES = new Set(DOCUMENT_TITLES);
/** Longer than any tên loại however widely spaced: such a line is no title, and is not cased or folded whole. */
const MAX_TITLE_LINE = 4 * Math.max(...DOCUMENT_TITLES.map((title) => title.length));

export function parseNotice(text: string): NoticeModel {
  const markdown = readMarkdown(text);
  const lines = splitLines(text, markdown.excluded);
  const { footnotes: plainFootnotes, footnoteLines } = findPlainFootnotes(lines);
  for (const definition of markdown.footnoteDefinitions) markLines(lines, definition, footnoteLines);

  const footerRows: Span[] = [];
  const flow = footerTableCells(text, lines.filter((line) => !line.blank && !footnoteLines.has(line.index)), footerRows);
  const model: NoticeModel = {
    text,
    header: {},
    body: [],
    closings: [],
    footnotes: [],
    signature: [],
    dates: draftDates(text).filter((date) => !markdown.excluded.some((span) => overlaps(span, date))),
    excluded: markdown.excluded,
    comments: markdown.comments,
  };
  if (markdown.frontMatter) model.frontMatter = markdown.frontMatter;

  let at = 0;
  const top = flow.slice(0, TITLE_SEARCH_LINES);
  let titleAt = top.findIndex((line) => isTitleLine(text, line));
  // «# Thông báo» right under a header: the tên loại not written in capitals (header/summary reports it).
  const headerEnd = titleAt < 0 ? headerLinesAtTop(text, top) : -1;
  if (headerEnd >= 0 && headerEnd < top.length && isTitleLine(text, top[headerEnd]!, true)) titleAt = headerEnd;
  if (titleAt >= 0) {
    model.header = parseHeader(text, flow.slice(0, titleAt));
    model.title = fieldAt(text, flow[titleAt]!.start, flow[titleAt]!.end)!;
    at = titleAt + 1;
    const summaryLines = takeSummary(flow, at);
    if (summaryLines.length > 0) {
      model.summary = joinLines(summaryLines);
      at += summaryLines.length;
    }
    if (flow[at] && RULE_UNDER_SUMMARY.test(contentOf(flow[at]!))) at++;
  } else {
    // No tên loại yet: a header typed first is still the header, not the body's first paragraphs.
    at = headerLinesAtTop(text, flow.slice(0, TITLE_SEARCH_LINES));
    if (at > 0) model.header = parseHeader(text, flow.slice(0, at));
  }

  const labelAt = findLastIndex(flow, (line, index) => index >= at && isRecipientsLabel(line));
  let bodyEnd = labelAt >= 0 ? labelAt : flow.length;
  const hardWrapped = isHardWrapped(lines);
  let paragraphs = buildParagraphs(contentLines(flow.slice(at, bodyEnd)), hardWrapped);
  // Without a "Nơi nhận", the signature follows the paragraph that closes the content with "./.".
  const closingAt = findLastIndex(paragraphs, (paragraph) => endsWithClosing(paragraph.text));
  // Signatures laid out as a table between the closing and the Nơi nhận are the footer's, not the body's.
  const tableSignature = labelAt >= 0 && closingAt >= 0 && closingAt < paragraphs.length - 1 && paragraphs.slice(closingAt + 1).every((p) => inRows(p, footerRows));
  // So is a signature typed before the Nơi nhận (the decree sets the two side by side, either may come first).
  const signatureAt = labelAt >= 0 && !tableSignature ? signatureBefore(text, paragraphs, closingAt) : -1;
  if (signatureAt >= 0) {
    // The line that holds the signature's first text (its content may begin after markup: «**GIÁM ĐỐC**»).
    const firstLine = paragraphs[signatureAt]!.lines[0]!;
    bodyEnd = flow.findIndex((line) => line.end > firstLine.start);
    paragraphs = paragraphs.slice(0, signatureAt);
  } else if ((labelAt < 0 || tableSignature) && closingAt >= 0) {
    const lastLine = paragraphs[closingAt]!.lines.at(-1)!;
    bodyEnd = flow.findIndex((line) => line.start >= lastLine.end);
    if (bodyEnd < 0 || (tableSignature && bodyEnd > labelAt)) bodyEnd = labelAt >= 0 ? labelAt : flow.length;
    paragraphs = paragraphs.slice(0, closingAt + 1);
  }
  model.body = buildTree(paragraphs);
  model.closings = paragraphs.filter((p) => endsWithClosing(p.text)).map(closingSpan);

  const footer = parseFooter(
    text,
    labelAt >= 0 ? flow.slice(bodyEnd, labelAt).filter((line) => !inParagraphs(line, paragraphs)) : [],
    labelAt >= 0 ? flow[labelAt] : undefined,
    flow.slice(labelAt >= 0 ? labelAt + 1 : bodyEnd),
    lines.filter((line) => line.pageHead).map((line) => line.index),
  );
  if (footer.recipients) model.recipients = footer.recipients;
  model.signature = footer.signature;

  model.footnotes = [
    ...markdown.footnoteDefinitions.map((definition): Footnote => ({
      start: definition.start,
      end: definition.end,
      label: definition.label,
      content: paragraphOf((span) => text.slice(span.start, span.end), [trimSpan(text, definition.content)]),
      text: text.slice(definition.content.start, definition.content.end).trim(),
      origin: 'gfm',
      references: markdown.footnoteReferences.filter((ref) => ref.label === definition.label).map(({ start, end }) => ({ start, end })),
    })),
    ...plainFootnotes.map((note): Footnote => ({
      start: note.start,
      end: note.end,
      label: note.label,
      content: paragraphOf((span) => text.slice(span.start, span.end), note.lines),
      text: note.lines.map((span) => text.slice(span.start, span.end)).join(' '),
      origin: 'plain',
      references: [],
    })),
  ];
  attachGluedReferences(model, paragraphs);
  return model;
}

/**
 * Where a signature typed before the Nơi nhận begins among the paragraphs, or -1: the last paragraphs (after
 * the content's «./.», when it has one) are all lines of a signature (an authority «TL. CHỦ TỊCH», a title in
 * capitals, the signer's name, «(Đã ký)»), and one of them is an authority or a title.
 */
function signatureBefore(text: string, paragraphs: Paragraph[], closingAt: number): number {
  let at = paragraphs.length;
  while (at > closingAt + 1 && paragraphs[at - 1]!.lines.every((line) => isSignatureLine(text.slice(line.start, line.end)))) at--;
  if (at === paragraphs.length) return -1;
  const signed = paragraphs.slice(at).some((paragraph) => paragraph.lines.some((line) => isHeadLine(text.slice(line.start, line.end))));
  return signed ? at : -1;
}

function isSignatureLine(written: string): boolean {
  const line = unmarked(written);
  return isHeadLine(line) || SIGNER.test(line.replace(/^(?:(?:TS|ThS|PGS\.\s*TS|GS\.\s*TS|BS|KS|CN|Ths)\.\s*)/u, '')) || SIGNED.test(line);
}

/** An authority («KT. GIÁM ĐỐC») or a title in capitals, not a numbered heading of the content («IV. TỔ CHỨC …»). */
function isHeadLine(written: string): boolean {
  const line = unmarked(written);
  return AUTHORITY_PREFIX.test(line) || (isUpperCase(line) && line.length <= 80 && !findMarker(line, 0) && !/[.:;]$/u.test(line));
}

/** A line without its emphasis marks and a converter's trailing hard break. */
function unmarked(written: string): string {
  return written.replace(/\\$/u, '').replace(/[*_]+/gu, '').trim();
}

const SIGNED = /^[(\[]?(?:[Đđ]ã ký|[Kk]ý(?:,| và) (?:ghi rõ họ tên|đóng dấu)|[Kk]ý tên)[^)\]]*[)\]]?$/u;

// The "Nơi nhận" in a Markdown table row ("| **Nơi nhận:**<br>- …<br>- Lưu: VT, VP. | **GIÁM ĐỐC**<br>…|"),
// and a table's delimiter row.
const RECIPIENTS = /Nơi\s+nhận/iu;
// A pipe table's delimiter row, or a grid table's border («+-----+-----+», «+:===:+»).
const DELIMITER_ROW = /^[|+]?[\s:|+=-]+$/u;

/**
 * A row of the footer laid out as a table: the one holding «Nơi nhận», or signatures side by side (a joint
 * notice: «| **TM. BAN CHẤP HÀNH CÔNG ĐOÀN**<br>**CHỦ TỊCH**<br>…<br>**Nguyễn Thị Lan** | **GIÁM ĐỐC**<br>…|»):
 * each cell a title in capitals (or a signing authority) over lines ending with the signer's name.
 */
function isFooterRow(line: SourceLine): boolean {
  const content = contentOf(line);
  if (!content.startsWith('|') || !content.includes('<br')) return false;
  if (RECIPIENTS.test(content)) return true;
  const cells = content.split('|').map((cell) => cell.split(/<br\s*\/?>/iu).map(plainCell).filter(Boolean)).filter((lines) => lines.length > 0);
  return cells.length > 0 && cells.every((lines) => lines.length >= 2 && (isUpperCase(lines[0]!) || AUTHORITY_PREFIX.test(lines[0]!)) && SIGNER.test(lines.at(-1)!));
}

const SIGNER = /^\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?(?:\s+\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?){1,5}$/u;

function plainCell(text: string): string {
  return text.replace(/\*\*|__/gu, '').trim();
}

/**
 * The footer laid out as a Markdown table, columns as in the decree's layout: read column after column (the
 * Nơi nhận, then the signature), each cell's lines («<br>») in turn, the delimiter row dropped; `rows`
 * receives where the rows were. A table is the footer's when a row is one (isFooterRow), or when its first
 * column opens with «Nơi nhận:» (a Word table pasted row by row: «| ***Nơi nhận:*** | **TL. GIÁM ĐỐC** |»,
 * then «| - Lưu: VT, VP. | **Lê Thị Hồng Nhung** |»). Other tables are left as they are.
 */
function footerTableCells(text: string, flow: SourceLine[], rows: Span[]): SourceLine[] {
  if (!flow.some(isTableRow)) return flow;
  const read: SourceLine[] = [];
  for (let i = 0; i < flow.length; ) {
    if (!isTableRow(flow[i]!)) {
      read.push(flow[i++]!);
      continue;
    }
    let end = i;
    while (end < flow.length && isTableRow(flow[end]!)) end++;
    const table = flow.slice(i, end);
    i = end;
    const cellsByRow = table.filter((row) => !DELIMITER_ROW.test(contentOf(row))).map((row) => ({ row, cells: tableCells(row) }));
    if (!table.some(isFooterRow) && !cellsByRow.some(({ cells }) => cells[0] && LABEL_CELL.test(contentOf(cells[0]).trim()))) {
      read.push(...table);
      continue;
    }
    for (const row of table) rows.push({ start: row.start, end: row.end });
    // Not Math.max(...): a table of a hundred thousand rows would overflow the call's arguments.
    const columns = cellsByRow.reduce((most, { cells }) => Math.max(most, cells.length), 0);
    for (let column = 0; column < columns; column++) {
      for (const { row, cells } of cellsByRow) {
        const cell = cells[column];
        if (!cell) continue;
        for (const piece of splitColumns(text, cell)) read.push({ ...cell, index: row.index, start: piece.start, end: piece.end, raw: piece.text, contentStart: piece.start, contentEnd: piece.end });
      }
    }
  }
  return read;
}

/** A row of a pipe or grid table, or a grid table's border. */
function isTableRow(line: SourceLine): boolean {
  const content = contentOf(line);
  return content.startsWith('|') || (content.startsWith('+') && DELIMITER_ROW.test(content));
}

// A first column that opens with the label alone: «***Nơi nhận:***», «**Nơi nhận:**<br>- …».
const LABEL_CELL = /^[*_]*Nơi\s+nhận\s*[*_]*\s*:?\s*[*_]*\s*(?:<br\s*\/?>|$)/iu;

/** The cells of a table row, in their columns (an empty cell too: the column of the cells after it counts). */
function tableCells(row: SourceLine): (SourceLine | undefined)[] {
  const cells: (SourceLine | undefined)[] = [];
  const content = contentOf(row);
  const base = row.contentStart;
  // Pipes that part cells: not one escaped («\|»).
  const pipes = [...content.matchAll(/(?<!\\)\|/gu)].map((match) => match.index!);
  if (pipes[0] !== 0) pipes.unshift(-1);
  if (pipes[pipes.length - 1] !== content.length - 1) pipes.push(content.length);
  for (let k = 0; k + 1 < pipes.length; k++) {
    const from = base + pipes[k]! + 1;
    const to = base + pipes[k + 1]!;
    const raw = row.raw.slice(from - row.start, to - row.start);
    // A cell's line of a grid table may end with a hard break («| ***Nơi nhận:***\     |»).
    const { contentStart, contentEnd } = contentWithin(row.raw, from - row.start, to - row.start);
    cells.push(
      contentEnd > contentStart ? { index: row.index, start: from, end: to, raw, contentStart: row.start + contentStart, contentEnd: row.start + contentEnd, blank: false } : undefined,
    );
  }
  return cells;
}

/** The paragraph is made of the cells of the footer's table rows. */
function inRows(paragraph: Paragraph, rows: Span[]): boolean {
  return paragraph.lines.every((span) => rows.some((row) => row.start <= span.start && span.end <= row.end));
}

/** A line of the tên loại alone: in capitals, or with `anyCase` as any case writes it («Thông báo»). */
function isTitleLine(text: string, line: SourceLine, anyCase = false): boolean {
  const field = fieldAt(text, line.start, line.end);
  if (field === undefined || field.text.length > MAX_TITLE_LINE || !(anyCase || isUpperCase(field.text))) return false;
  return TITLES.has(field.text.replace(/\s+/g, ' ').toLocaleUpperCase('vi'));
}

/**
 * The trích yếu: the line after the title and the lines that go on with a lower-case word or a number that
 * is no marker («giai đoạn» / «2026 - 2030»), each line perhaps in bold of its own (a Word export).
 */
function takeSummary(flow: SourceLine[], from: number): SourceLine[] {
  const first = flow[from];
  if (!first || findMarker(contentOf(first), 0) || isRecipientsLabel(first) || /^Căn cứ\b/u.test(contentOf(first)) || isBodyProse(contentOf(first))) return [];
  const taken = [first];
  for (let i = from + 1; i < flow.length; i++) {
    const line = contentOf(flow[i]!);
    // A line wrapped inside the trích yếu («… Nghị quyết số 66-NQ/TW và» ⏎ «Nghị quyết số 68-NQ/TW …», «… số
    // 57-» ⏎ «NQ/TW …») goes on with it, capital or not.
    const last = withoutTrailingMarkup(contentOf(taken[taken.length - 1]!));
    const wrapped = (SUMMARY_GOES_ON.test(last) || cutInsideSymbol(last, line)) && !findMarker(line, 0) && !isRecipientsLabel(flow[i]!);
    if (!wrapped && !continuesSummary(line)) break;
    taken.push(flow[i]!);
  }
  return taken;
}

// Words a trích yếu cannot end on («… Nghị quyết số 66-NQ/TW và»); not «tới», «trên», which end «thời gian
// tới», «nói trên».
const SUMMARY_GOES_ON = /(?:^|\s)(?:và|của|với|về|cho|tại|theo|để|từ|những|các|nhằm|gồm|hoặc|vào)$/iu;

/**
 * The body's first paragraph right under the tên loại, the trích yếu left out: a long line of sentences, or
 * one that opens a list («… thông báo như sau:»). A trích yếu is one short phrase, with no full stop inside.
 */
function isBodyProse(line: string): boolean {
  const text = line.replace(/[*_]+$/u, '');
  return text.length > MAX_SUMMARY_LINE && (text.endsWith(':') || /[.!?] \p{Lu}/u.test(text));
}

const MAX_SUMMARY_LINE = 120;

/**
 * The rule the decree draws under the trích yếu (PL1 II.5), as a text copy keeps it: a line of «_», «-» or
 * «=» («____________»), not a blank left to fill nor emphasis.
 */
const RULE_UNDER_SUMMARY = /^(?:\\?[-_=]){3,}$/u;

/** A hard-wrapped trích yếu goes on in small letters or figures; a line that opens a point («a) …») is the body's. */
function continuesSummary(line: string): boolean {
  const text = line.replace(/^(?:\*\*|__)/u, '');
  return /^[\p{Ll}\p{N}]/u.test(text) && !findMarker(text, 0);
}

/** Content lines with a flag for the blank lines (or footnotes) before them. */
function contentLines(flow: SourceLine[]): ContentLine[] {
  return flow.map((line, index) => ({
    line,
    afterBreak: index > 0 && line.index - flow[index - 1]!.index > 1,
  }));
}

function closingSpan(paragraph: Paragraph): Span {
  const trimmed = withoutTrailingMarkup(paragraph.text);
  const at = paragraph.sourceOffset(trimmed.length - 3);
  return { start: at, end: at + 3 };
}

function inParagraphs(line: SourceLine, paragraphs: Paragraph[]): boolean {
  return paragraphs.some((p) => p.start <= line.start && line.start < p.end);
}

/** PDF text glues a footnote's number to the word it annotates: "Đảng1", "tỉnh2". */
function attachGluedReferences(model: NoticeModel, paragraphs: Paragraph[]): void {
  const plain = new Map(model.footnotes.filter((f) => f.origin === 'plain').map((f) => [f.label, f]));
  if (plain.size === 0) return;
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(/(?<=\p{Ll})(\d{1,2})(?=[\s.,;:)]|$)/gu)) {
      const note = plain.get(match[1]!);
      if (!note) continue;
      const start = paragraph.sourceOffset(match.index!);
      note.references.push({ start, end: start + match[1]!.length });
    }
  }
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function markLines(lines: SourceLine[], span: Span, into: Set<number>): void {
  for (const line of lines) if (line.start < span.end && line.end >= span.start) into.add(line.index);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function findLastIndex<T>(items: T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!, i)) return i;
  return -1;
}

