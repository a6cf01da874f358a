/**
 * Source lines as the parser reads them, and the facts about the draft's shape that decide how lines
 * become paragraphs: whether the text was hard-wrapped (pasted from a PDF), and which lines are the plain
 * footnotes a PDF extraction leaves behind.
 */
import type { Span } from './types';

export interface SourceLine extends Span {
  index: number;
  /** The line without its line break. */
  raw: string;
  /** Offset of the first and past the last non-space character; equal when the line is blank. */
  contentStart: number;
  contentEnd: number;
  blank: boolean;
  /** A PDF's page break (a form feed and at most a page number): blank, but where a list may go on. */
  pageHead?: true;
}

export function splitLines(text: string, excluded: Span[]): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let excludedAt = 0;
  // Line ends found by indexOf, not character by character: a long draft has tens of thousands of lines.
  let nextFeed = text.indexOf('\n');
  let nextReturn = text.indexOf('\r');
  while (start <= text.length) {
    if (nextFeed !== -1 && nextFeed < start) nextFeed = text.indexOf('\n', start);
    if (nextReturn !== -1 && nextReturn < start) nextReturn = text.indexOf('\r', start);
    const end = Math.min(nextFeed === -1 ? text.length : nextFeed, nextReturn === -1 ? text.length : nextReturn);
    while (excludedAt < excluded.length && excluded[excludedAt]!.end <= start) excludedAt++;
    const hidden = excludedAt < excluded.length && excluded[excludedAt]!.start < end && excluded[excludedAt]!.end > start;
    const { contentStart, contentEnd } = contentWithin(text, start, end);
    const pageHead = isPageHead(text, start, end);
    const line: SourceLine = { index: lines.length, start, end, raw: text.slice(start, end), contentStart, contentEnd, blank: hidden || contentStart === contentEnd || pageHead };
    if (pageHead) line.pageHead = true;
    lines.push(line);
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/**
 * A PDF's page break as pdftotext writes it: a form feed, then at most the next page's number («\f      2»).
 * Layout, not text: it may stand right after the content's «./.» or inside a list.
 */
function isPageHead(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === FORM_FEED && end - start <= MAX_PAGE_HEAD && PAGE_HEAD.test(text.slice(start, end));
}

const FORM_FEED = 0x0c;
const MAX_PAGE_HEAD = 80;
const PAGE_HEAD = /^\f[ \t]*(?:-[ \t]*)?(?:\d{1,4})?(?:[ \t]*-)?[ \t]*$/;

/**
 * Where the text of [start, end) begins and ends: without the white space around it, nor a backslash that
 * ends it, Markdown's hard line break (pandoc writes one after each line of a cell or a list pasted from
 * Word: «***Nơi nhận:***\»): markup, not text.
 */
export function contentWithin(text: string, start: number, end: number): { contentStart: number; contentEnd: number } {
  let contentStart = start;
  while (contentStart < end && isTrimmed(text.charCodeAt(contentStart))) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && isTrimmed(text.charCodeAt(contentEnd - 1))) contentEnd--;
  if (text.charCodeAt(contentStart) === LESS_THAN || text.charCodeAt(contentEnd - 1) === GREATER_THAN) {
    ({ contentStart, contentEnd } = withoutTableTags(text, contentStart, contentEnd));
  }
  if (contentEnd - 1 > contentStart && text.charCodeAt(contentEnd - 1) === BACKSLASH && text.charCodeAt(contentEnd - 2) !== BACKSLASH) {
    contentEnd--;
    while (contentEnd > contentStart && isTrimmed(text.charCodeAt(contentEnd - 1))) contentEnd--;
  }
  return { contentStart, contentEnd };
}

const BACKSLASH = 0x5c;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

// The tags of a Word table that pandoc writes as HTML (its cells hold several paragraphs, which a pipe table
// cannot): «<td><p><strong>SỞ KHOA HỌC VÀ CÔNG NGHỆ</strong></p>», «<col style="width: 40%" />». Named, so
// that a placeholder of a template («<Tên cơ quan>») stays text.
const MAX_TAG = 120;
const TABLE_TAG = /^<\/?(?:table|colgroup|col|thead|tbody|tfoot|tr|td|th|p|div|span|strong|em|b|i|u)(?:\s[^<>]*)?\/?>$/iu;

/**
 * [start, end) without the table's tags around its text: the text of a cell's paragraph, or nothing. Tag by
 * tag from either end (a pattern of repeated tags anchored at the end would be tried at every position).
 */
export function withoutTableTags(text: string, start: number, end: number): { contentStart: number; contentEnd: number } {
  let from = start;
  let to = end;
  // A tag is short: each is looked for within MAX_TAG characters, never across the line.
  while (from < to && text.charCodeAt(from) === LESS_THAN) {
    const tag = text.slice(from, Math.min(to, from + MAX_TAG));
    const close = tag.indexOf('>');
    if (close < 0 || !TABLE_TAG.test(tag.slice(0, close + 1))) break;
    from += close + 1;
    while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  }
  while (to > from && text.charCodeAt(to - 1) === GREATER_THAN) {
    const tag = text.slice(Math.max(from, to - MAX_TAG), to);
    const open = tag.lastIndexOf('<');
    if (open < 0 || !TABLE_TAG.test(tag.slice(open))) break;
    to -= tag.length - open;
    while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  }
  return { contentStart: from, contentEnd: to };
}

/** What String.prototype.trim takes away: ECMAScript's white space and line terminators. */
export function isTrimmed(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function contentOf(line: SourceLine): string {
  return line.raw.slice(line.contentStart - line.start, line.contentEnd - line.start);
}

/**
 * A PDF extraction prints a blank line after every printed line and wraps at the page width. Such text is
 * read with the wrap-undoing rules; text typed in an editor keeps Markdown's rules (a blank line ends a
 * paragraph).
 */
export function isHardWrapped(lines: SourceLine[]): boolean {
  let content = 0;
  let short = 0; // content lines of at most WRAP_WIDTH characters
  let followedByBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    content++;
    if (line.contentEnd - line.contentStart <= WRAP_WIDTH) short++;
    if (lines[i + 1]?.blank) followedByBlank++;
  }
  if (content < 8) return false;
  // Nine lines in ten fit the width: in the sorted lengths, the one at the 90th percentile is short
  // (counted, not sorted: this runs on every keystroke).
  return followedByBlank / content >= 0.6 && short > Math.floor(content * 0.9);
}

const WRAP_WIDTH = 120;

export interface PlainFootnote extends Span {
  label: string;
  /** The lines of its text (the first one starts after the number). */
  lines: Span[];
}

// The separator a PDF extraction leaves above a page's footnotes: a line of many spaces or underscores.
const SEPARATOR = /^(?: {10}|_{5,}|-{10,})\s*$/; // " {10}" not " {10,}": "\s*" takes the rest, without backtracking
// «1 Công văn số …» as a PDF gives a note, «[1] Công văn số …» as pandoc's plain and CommonMark output do.
const FOOTNOTE_START = /^(?:(\d{1,2}) ?|\[(\d{1,2})\] )(?=\S)/;
// A page's number alone on its line: «2», «- 2 -».
const PAGE_NUMBER = /^[ \t]*(?:-[ \t]*)?\d{1,4}(?:[ \t]*-)?[ \t]*$/;

/**
 * Footnotes of a PDF extraction: after a separator line, "1 Công văn số …" (numbers in sequence across
 * the document), running until a page resumes (the page's number alone on a line, or a line that starts with
 * one space) or the file ends.
 * Returns the footnotes and the lines they occupy.
 */
export function findPlainFootnotes(lines: SourceLine[]): { footnotes: PlainFootnote[]; footnoteLines: Set<number> } {
  const footnotes: PlainFootnote[] = [];
  const footnoteLines = new Set<number>();
  let next = 1;
  for (let i = 0; i < lines.length; i++) {
    if (!SEPARATOR.test(lines[i]!.raw)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.blank) j++;
    if (j >= lines.length || !startsFootnote(lines[j]!, next)) continue;
    footnoteLines.add(i);
    let current: PlainFootnote | undefined;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.blank) {
        footnoteLines.add(j);
        continue;
      }
      if (/^ \S/.test(line.raw) && current) break; // the next page's text resumes
      // A note ended by its full stop, then a sentence in capitals after a blank line that starts no note: the
      // page's text resumes though the paste lost its page number («1 Khoản 1 Điều 112 Bộ luật Lao động.» ⏎⏎
      // «Trường thông báo để …»).
      if (current && afterBlank(lines, j) && /[.]\s*$/u.test(lines[lastLineOf(lines, j)]!.raw) && /^\p{Lu}/u.test(line.raw) && !startsFootnote(line, next)) break;
      if (PAGE_NUMBER.test(line.raw) && current) {
        // The page's number ends its footnotes, and the next page's text follows (with no space before it).
        footnoteLines.add(j++);
        break;
      }
      if (startsFootnote(line, next)) {
        const head = FOOTNOTE_START.exec(line.raw)!;
        const label = labelOf(head);
        const textStart = line.start + head[0].length;
        current = { label, start: line.start, end: line.contentEnd, lines: [{ start: textStart, end: line.contentEnd }] };
        footnotes.push(current);
        next++;
      } else if (current) {
        current.lines.push({ start: line.contentStart, end: line.contentEnd });
        current.end = line.contentEnd;
      }
      footnoteLines.add(j);
    }
    i = j - 1;
  }
  trailingFootnotes(lines, footnotes, footnoteLines, next);
  return { footnotes, footnoteLines };
}

/**
 * The last page's footnotes when the paste lost the separator above them: the draft ends with «1 Công văn số …»
 * (in sequence), right under the Nơi nhận or the signature, and the text before writes that number glued to a
 * word as its mark («… của Bộ Y tế1.»); or, from pandoc's plain and CommonMark output, «[1] Công văn số …»
 * after a mark «…UBND[1];». Without the mark it may be a numbered line of the draft's own.
 */
function trailingFootnotes(lines: SourceLine[], footnotes: PlainFootnote[], footnoteLines: Set<number>, next: number): void {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.blank) end--;
  // The block's first line: the last one, going up, that starts the number expected (a note runs a few lines).
  let first = -1;
  for (let i = end - 1; i >= Math.max(0, end - TRAILING_LINES); i--) {
    if (footnoteLines.has(i)) return;
    if (startsFootnote(lines[i]!, next) && /^(?:\d{1,2}|\[\d{1,2}\]) \p{Lu}/u.test(lines[i]!.raw)) first = i;
  }
  if (first <= 0) return;
  const marks = new RegExp(String.raw`[\p{Ll}\p{Lu}]${next}(?=[\s.,;:)]|$)|\S\[${next}\]`, 'u');
  let marked = false;
  for (let i = 0; i < first && !marked; i++) marked = marks.test(lines[i]!.raw);
  if (!marked) return;
  let current: PlainFootnote | undefined;
  for (let j = first; j < end; j++) {
    const line = lines[j]!;
    footnoteLines.add(j);
    if (line.blank) continue;
    if (startsFootnote(line, next)) {
      const head = FOOTNOTE_START.exec(line.raw)!;
      current = { label: labelOf(head), start: line.start, end: line.contentEnd, lines: [{ start: line.start + head[0].length, end: line.contentEnd }] };
      footnotes.push(current);
      next++;
    } else {
      current!.lines.push({ start: line.contentStart, end: line.contentEnd });
      current!.end = line.contentEnd;
    }
  }
}

/** How far up from the draft's end a separator-less block of footnotes is looked for, in lines. */
const TRAILING_LINES = 12;

function afterBlank(lines: SourceLine[], at: number): boolean {
  return at > 0 && lines[at - 1]!.blank;
}

/** The last line before `at` that is not blank. */
function lastLineOf(lines: SourceLine[], at: number): number {
  let i = at - 1;
  while (i > 0 && lines[i]!.blank) i--;
  return i;
}

function startsFootnote(line: SourceLine, expected: number): boolean {
  const match = FOOTNOTE_START.exec(line.raw);
  return match !== null && Number(labelOf(match)) === expected;
}

/** The note's number, written bare («1 …») or in brackets («[1] …»). */
function labelOf(head: RegExpExecArray): string {
  return (head[1] ?? head[2])!;
}
