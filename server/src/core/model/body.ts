/**
 * The body (PL1 II.6): lines become paragraphs (undoing a PDF's hard wraps), paragraphs get their
 * numbering marker (I., 1., 1.1., a), (1), -, +), and the markers nest into a tree.
 */
import { builtParagraph, memoOf, unchangedParagraph, type Memo } from '../reuse';
import { lastAtOrBefore } from '../text/search';
import { trimEndWhere } from '../text/chars';
import { isUpperCase } from './fields';
import { contentOf, type SourceLine } from './lines';
import type { BodyNode, Marker, MarkerKind, Paragraph, Span } from './types';
import { AUTHORITY_PREFIX, LEADING_BULLET, RECIPIENTS_LABEL } from './vocabulary';

interface MarkerPattern {
  kind: MarkerKind;
  pattern: RegExp;
  style?: Marker['style'];
}

// Order matters: "1.1." before "1.", "(a)" before "(1)". A marker may close a bold run of its own: "**3.** Giao …".
// A number alone on its line is an item not yet written («3.» before «4. …»): it still counts.
// A converter may escape the mark after the number («1\.», «a\)», «\(1\)», pandoc): the same marker.
const MARKERS: MarkerPattern[] = [
  { kind: 'roman', pattern: /^[IVXLC]{1,6}\\?\.(?=(?:\*\*|__)?(?:\s|$))/ },
  // A Party document numbers its parts «I- ĐÁNH GIÁ CHUNG», «1- Về …» (Hướng dẫn 36-HD/VPTW's practice).
  { kind: 'roman', pattern: /^[IVXLC]{1,6}-(?=(?:\*\*|__)?\s)/, style: 'hyphen' },
  { kind: 'decimal', pattern: /^\d{1,2}(?:\\?\.\d{1,2})+(?:\\?\.)?(?=(?:\*\*|__)?(?:\s|$))/ },
  { kind: 'arabic', pattern: /^\d{1,2}\\?\.(?=(?:\*\*|__)?(?:\s|$))/ },
  { kind: 'arabic', pattern: /^\d{1,2}-(?=(?:\*\*|__)?\s)/, style: 'hyphen' },
  { kind: 'letter', pattern: /^[a-zđ]\\?\)(?=(?:\*\*|__)?(?:\s|$))/ },
  { kind: 'letter', pattern: /^[a-zđ]\\?\.(?=(?:\*\*|__)?(?:\s|$))/, style: 'dot' },
  { kind: 'letter', pattern: /^\\?\([a-zđ]\\?\)(?=(?:\*\*|__)?(?:\s|$))/, style: 'parenthesised' },
  { kind: 'paren', pattern: /^\\?\(\d{1,2}\\?\)(?=(?:\*\*|__)?(?:\s|$))/ },
  { kind: 'dash', pattern: new RegExp(`^(?!\\\\?\\+)${LEADING_BULLET}(?=(?:\\*\\*|__)?\\s)`, 'u') },
  { kind: 'plus', pattern: /^\\?\+(?=(?:\*\*|__)?\s)/ },
];

const RANK: Record<MarkerKind, number> = { roman: 0, arabic: 1, decimal: 2, letter: 4, paren: 5, dash: 6, plus: 7 };
const HEADING_KINDS = new Set<MarkerKind>(['roman', 'arabic', 'decimal', 'letter']);

/** Leading emphasis or heading marks that may wrap a marker: "**1. Đánh giá**", "## I. KẾT QUẢ". */
const LEADING_MARKUP = /^(?:#{1,6}\s+|\*\*|__)*/;

/**
 * A line that ends inside a symbol, after a hyphen («310/BC-», «25/2018/QĐ-», «265/TTr-», «CTr-»), as a
 * PDF wraps it: the next line's code («SKHCN») follows with no space.
 */
const WRAPPED_SYMBOL = /(?:[\p{Lu}\d]|(?<!\p{L})\p{Lu}+\p{Ll})-$/u;
const WRAPPED_SYMBOL_TAIL = 6; // characters of the joined text enough for WRAPPED_SYMBOL

export function findMarker(text: string, offset: number): Marker | undefined {
  const markup = LEADING_MARKUP.exec(text)![0].length;
  const rest = text.slice(markup);
  for (const { kind, pattern, style } of MARKERS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const start = offset + markup;
    const written = match[0].replace(/\\/g, '');
    const rank = kind === 'decimal' ? RANK.decimal + written.split('.').filter(Boolean).length - 2 : RANK[kind];
    const marker: Marker = { kind, rank, start, end: start + match[0].length, text: written };
    if (style) marker.style = style;
    return marker;
  }
  return undefined;
}

export interface ContentLine {
  line: SourceLine;
  /** A blank line (or a page's footnotes) stands between this line and the previous content line. */
  afterBreak: boolean;
}

/** Groups content lines into paragraphs. `hardWrapped`: the text came from a PDF (see isHardWrapped). */
export function buildParagraphs(lines: ContentLine[], hardWrapped: boolean): Paragraph[] {
  const groups: SourceLine[][] = [];
  for (const { line, afterBreak } of lines) {
    const current = groups[groups.length - 1];
    if (current && continues(current, line, afterBreak, hardWrapped)) current.push(line);
    else groups.push([line]);
  }
  return groups.map(joinLines);
}

function continues(current: SourceLine[], next: SourceLine, afterBreak: boolean, hardWrapped: boolean): boolean {
  const nextText = contentOf(next);
  const nextMarker = findMarker(nextText, 0);
  if (nextMarker && !afterBreak && endsWrappedSentence(current, nextText, nextMarker)) return true;
  if ((nextMarker && !goesOnInlineCount(current, nextMarker)) || RECIPIENTS_LABEL.test(nextText) || AUTHORITY_PREFIX.test(nextText)) return false;
  // A title on a line of its own, as Word pastes it: the next line is the khoản's text, not more of the title.
  if (isTitle(current, nextText)) return false;
  const last = contentOf(current[current.length - 1]!);
  // The content ends at «./.»: a title in capitals on the next line is the signature's (a PDF's «hiện./.» ⏎
  // «      GIÁM ĐỐC»), even with no blank line between.
  if (/\.\/\.[*_]*$/.test(last) && isUpperCase(nextText.replace(/[*_]+/gu, ''))) return false;
  if (!afterBreak) return true; // Markdown: adjacent lines are one paragraph
  // A number and symbol cut at its dash, its next group after a blank line, as a PDF's page break leaves it
  // («Thông tư số 08/2022/TT-» ⏎⏎ «BGDĐT ngày 06/6/2022 …»): one paragraph, in any draft.
  if (cutInsideSymbol(last, nextText)) return true;
  if (!hardWrapped) return false;
  if (/\.\/\.[*_]*$/.test(last)) return false;
  // A paragraph never starts with a lower-case word: such a line goes on with the one before it.
  if (/^[\p{Ll}\p{N}(“"'‘,]/u.test(nextText)) return true;
  if (/[.;:!?…]["”)]?$/u.test(last)) return false;
  // An upper-case start goes on a sentence, but a numbered heading ("1. Đánh giá kết quả") ends at its
  // line's end, unless the line cannot end there ("… Sở Khoa học và").
  const marker = findMarker(contentOf(current[0]!), 0);
  if (!marker || !HEADING_KINDS.has(marker.kind)) return true;
  return current.some((line) => /[:;]/.test(contentOf(line))) || DANGLING_WORD.test(last);
}

/**
 * «2.» alone on a line, right under a line that has not ended its sentence («… thông báo triệu tập thí sinh dự
 * vòng» ⏎ «2.»): the sentence's last word wrapped, as a converter's fixed-width lines leave it, not an item
 * with no text (nor can an item «2.» interrupt a paragraph in Markdown).
 */
function endsWrappedSentence(current: SourceLine[], nextText: string, marker: Marker): boolean {
  if (nextText.trimEnd() !== nextText.slice(0, marker.end) || !marker.text.endsWith('.')) return false;
  return !/[.;:!?…]["”)]?$/u.test(contentOf(current[current.length - 1]!));
}

/**
 * «(2)» at a line's start where the paragraph counts «(1)» inside a line of its own («…: (1) Hoàn thiện hồ
 * sơ …;» ⏎ «(2) Tham mưu …» ⏎ «(3) …»): the line broke inside the paragraph's own count, as a wrapped copy
 * does. Only the last few lines are read for the number before (an item wraps over a few lines at most), so
 * a paragraph of thousands of such lines is read in linear time.
 */
function goesOnInlineCount(current: SourceLine[], marker: Marker): boolean {
  const number = marker.kind === 'paren' ? Number(/\d+/.exec(marker.text)![0]) : 0;
  if (number < 2) return false;
  const previous = String.raw`\\?\(${number - 1}\\?\)\s`;
  const inside = new RegExp(String.raw`\S\s+${previous}`, 'u');
  const atStart = new RegExp(`^${previous}`, 'u');
  for (let i = current.length - 1; i >= Math.max(0, current.length - COUNT_LOOKBACK); i--) {
    const text = contentOf(current[i]!);
    // The paragraph's own first line may begin with «(1)»: then it is item (1), and «(2)» one of its own.
    if (inside.test(text) || (i > 0 && atStart.test(text))) return true;
  }
  return false;
}

const COUNT_LOOKBACK = 6;

/**
 * A mục's or khoản's title on lines of its own: set in bold on one line («**1. Đánh giá chung**», PL1), or in
 * capitals («I. ĐÁNH GIÁ CHUNG», wrapped or not) before a line that is not.
 */
function isTitle(lines: SourceLine[], next: string): boolean {
  // Bounded: asked again at each line of a paragraph, it must not read the paragraph so far each time.
  if (lines.length > MAX_TITLE_LINES) return false;
  const first = contentOf(lines[0]!);
  const marker = first.length < MAX_TITLE ? findMarker(first, 0) : undefined;
  if (!marker || !HEADING_KINDS.has(marker.kind)) return false;
  if (lines.length === 1 && /^(\*\*|__)\S.*\S\1$/u.test(first)) return true;
  if (!/\p{Ll}/u.test(next)) return false;
  const title = [first.slice(marker.end), ...lines.slice(1).map(contentOf)].join(' ');
  return title.length < MAX_TITLE && /\p{Lu}{2}/u.test(title) && !/\p{Ll}/u.test(title);
}

/** Longer than this, or over more lines, it is text, not a title. */
const MAX_TITLE = 300;
const MAX_TITLE_LINES = 4;

/** A number and symbol cut at its dash, its next group beginning the next line («… số 57-» ⏎ «NQ/TW …»). */
export function cutInsideSymbol(last: string, next: string): boolean {
  return last.endsWith('-') && WRAPPED_SYMBOL.test(last) && /^\p{Lu}[\p{Lu}\p{N}&]*(?![\p{Ll}])/u.test(next);
}

/** Words after which a heading cannot end: the line was wrapped. */
const DANGLING_WORD = /(?:^|\s)(?:và|của|các|với|về|cho|tại|theo|trong|để|đến|từ|những|là|được|có|đã|sẽ|do|vào|trên|khi|nếu|hoặc|hay|mà|nhằm|gồm|như|tới|cần|một)$/iu;

/**
 * Joins lines with one space, or with nothing where an identifier was split at a line end
 * ("130/KH-" + "BCĐTKNQ18"), and keeps a map from the joined text back to the draft.
 */
export function joinLines(lines: SourceLine[]): Paragraph {
  const spans: Span[] = lines.map((line) => ({ start: line.contentStart, end: line.contentEnd }));
  skipHeadingMark(lines[0]!, spans[0]!);
  unwrapEmphasis(lines, spans);
  return paragraphOf((span, index) => {
    const line = lines[index]!;
    return line.raw.slice(span.start - line.start, span.end - line.start);
  }, spans);
}

/** A paragraph over the given spans of the draft, read by `textOf`, joined as joinLines does. */
export function paragraphOf(textOf: (span: Span, index: number) => string, spans: Span[]): Paragraph {
  const unchanged = unchangedParagraph(spans);
  // Before the edit, a paragraph is the very one the last check built: what was kept of it stays its own.
  if (unchanged?.inPlace) {
    builtParagraph(unchanged.built);
    return unchanged.built.paragraph;
  }
  const { text, starts, memo } = unchanged?.built ?? joinSpans(textOf, spans);
  const paragraph: Paragraph = {
    start: spans[0]!.start,
    end: spans[spans.length - 1]!.end,
    text,
    lines: spans,
    sourceOffset(offset: number): number {
      const index = lastAtOrBefore(starts, offset);
      const span = spans[index]!;
      return Math.min(span.start + (offset - starts[index]!), span.end);
    },
  };
  if (memo) {
    paragraph.memo = memo;
    builtParagraph({ spans, text, starts, memo, paragraph });
  }
  return paragraph;
}

function joinSpans(textOf: (span: Span, index: number) => string, spans: Span[]): { text: string; starts: number[]; memo?: Memo } {
  // Pieces joined once at the end, and only the last characters tested: reading the growing text for every
  // line was quadratic in a paragraph of many lines.
  const pieces: string[] = [];
  const starts: number[] = []; // offset in the joined text where each span's text begins
  let length = 0;
  let tail = ''; // the last characters of the text joined so far
  for (const [index, span] of spans.entries()) {
    const content = textOf(span, index);
    const glue = length > 0 && !(WRAPPED_SYMBOL.test(tail) && /^\p{Lu}/u.test(content)) ? ' ' : '';
    pieces.push(glue, content);
    starts.push(length + glue.length);
    length += glue.length + content.length;
    tail = (tail + glue + content.slice(-WRAPPED_SYMBOL_TAIL)).slice(-WRAPPED_SYMBOL_TAIL);
  }
  const joined = pieces.join('');
  const memo = memoOf(joined);
  return memo ? { text: memo.text, starts, memo } : { text: joined, starts };
}

/** "### 1. Về kết quả …": a Markdown heading's marks are markup; the paragraph is what follows them. */
function skipHeadingMark(line: SourceLine, span: Span): void {
  const mark = /^#{1,6}[ \t]+(?=\S)/.exec(contentOf(line))?.[0];
  if (mark) span.start += mark.length;
}

/** "**Kết luận của …**": emphasis around the whole paragraph is markup, not text. */
function unwrapEmphasis(lines: SourceLine[], spans: Span[]): void {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  // From the span's start: a heading's marks are already skipped («## **1\. Về …**»).
  const firstText = first.raw.slice(spans[0]!.start - first.start, first.contentEnd - first.start);
  const opening = /^[*_]{1,3}/.exec(firstText)?.[0];
  if (!opening || !contentOf(last).endsWith(opening) || (lines.length === 1 && firstText.length <= opening.length * 2)) return;
  spans[0]!.start += opening.length;
  spans[spans.length - 1]!.end -= opening.length;
}

/**
 * Nests paragraphs by their markers. Section markers (I., 1., 1.1., a)) nest by their fixed depth; bullets
 * and enumerations ((1), -, +) become siblings of an open item of the same kind, or else children of the
 * item before them. An unnumbered paragraph belongs to the innermost section; the closing one ("./.")
 * stands at the top.
 */
export function buildTree(paragraphs: Paragraph[]): BodyNode[] {
  const roots: BodyNode[] = [];
  const open: BodyNode[] = [];
  const top = () => open[open.length - 1];
  for (const paragraph of paragraphs) {
    const marker = findMarker(paragraph.text, paragraph.start);
    const node: BodyNode = marker ? { paragraph, marker, children: [] } : { paragraph, children: [] };
    if (!marker) {
      while (top() && !HEADING_KINDS.has(top()!.marker!.kind)) open.pop();
      if (endsWithClosing(paragraph.text)) open.length = 0;
    } else if (HEADING_KINDS.has(marker.kind)) {
      while (top() && top()!.marker!.rank >= marker.rank) open.pop();
    } else {
      const sibling = findLastIndex(open, (item) => item.marker!.kind === marker.kind);
      if (sibling >= 0) open.length = sibling;
    }
    (top()?.children ?? roots).push(node);
    if (marker) open.push(node);
  }
  return roots;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}

// "./." may be followed by emphasis marks, with spaces between them ("./.\n**" in a bold paragraph).
const TRAILING_MARKUP = /[\s*_]/;

/** The text without the spaces and emphasis marks at its end (a backward scan: linear on any input). */
export function withoutTrailingMarkup(text: string): string {
  return trimEndWhere(text, (char) => TRAILING_MARKUP.test(char));
}

/** The paragraph ends the content with "./.". */
export function endsWithClosing(text: string): boolean {
  return withoutTrailingMarkup(text).endsWith('./.');
}

/**
 * A paragraph that is layout, not content, as a paste or a converter leaves it: a page's mark («Trang 3/3»,
 * «2», «- 2 -»), a grid table's border («+------+------+»), a spacer («&nbsp;», «<br>»). The text that ends
 * the content stands before it.
 */
export function isLayoutOnly(text: string): boolean {
  return PAGE_MARK.test(text) || GRID_BORDER.test(text) || SPACER.test(text);
}

// «\- 3 -»: pandoc's Markdown escapes the dash that would begin a list.
const PAGE_MARK = /^(?:Trang\s+\d{1,4}(?:\s*\/\s*\d{1,4})?|\\?-?\s*\d{1,4}\s*-?)$/iu;
const GRID_BORDER = /^\+[-=:+]*\+(?:\s*\+[-=:+]*\+)*$/u;
const SPACER = /^(?:&nbsp;|&#160;|<br\s*\/?>|\s)+$/iu;
