/**
 * The printed notice as blocks and runs, read from the NoticeModel: which part is which element of the
 * decree's layout, and the text of each with its inline bold, italic and footnote references. The Word
 * writer and the preview render the same layout. Pure: no I/O, no docx.
 */
import type { BodyNode, Field, NoticeModel, Paragraph, Span } from '../core/model/types';
import { tablesIn } from './tables';
import type { Role } from './typography';

export interface PrintRun {
  text: string;
  /** Offset in the model's text of the run's first character; the run's characters follow on from it. */
  start: number;
  bold?: boolean;
  italic?: boolean;
  /** A reference to footnote number `footnote` (1-based) in place of text. */
  footnote?: number;
}

export interface PrintBlock {
  role: Role;
  runs: PrintRun[];
  /** Where the block comes from in the model's text. */
  span: Span;
  /** A table (role 'table', no runs of its own): its cells by row, each a block ('table-head' or 'table-cell'). */
  rows?: PrintBlock[][];
}

export interface PrintFootnote {
  number: number;
  block: PrintBlock;
}

export interface PrintDocument {
  /** Left column of the header table, first row: parent and issuing agency. */
  agency: PrintBlock[];
  /** Right column, first row: Quốc hiệu and Tiêu ngữ (a Party document's heading instead). */
  national: PrintBlock[];
  /** Second row: "Số: …" on the left, place and date on the right. */
  number?: PrintBlock;
  placeDate?: PrintBlock;
  title?: PrintBlock;
  summary?: PrintBlock;
  body: PrintBlock[];
  recipients: PrintBlock[];
  signature: PrintBlock[];
  footnotes: PrintFootnote[];
}

export function layoutNotice(model: NoticeModel): PrintDocument {
  const fieldBlock = (role: Role, value: Field, refs: Reference[]): PrintBlock => ({
    role,
    span: { start: value.start, end: value.end },
    runs: inlineRuns(value.text, alignedOffsets(value.text, model.text, value.start, value.end), refs),
  });
  const references = model.footnotes.flatMap((footnote, index) => footnote.references.map((span) => ({ ...span, number: index + 1 })));
  const header = model.header;
  const field = (role: Role, value: Field | undefined): PrintBlock | undefined => value && fieldBlock(role, value, references);
  const present = (blocks: (PrintBlock | undefined)[]): PrintBlock[] => blocks.filter((block): block is PrintBlock => block !== undefined);
  const doc: PrintDocument = {
    agency: present([field('parent-agency', header.parentAgency), field('issuing-agency', header.issuingAgency)]),
    // A Party document heads its right column with «ĐẢNG CỘNG SẢN VIỆT NAM» (Hướng dẫn 36-HD/VPTW).
    national: present([field('national-title', header.nationalTitle), field('motto', header.motto), header.nationalTitle ? undefined : field('party-heading', header.partyHeading)]),
    body: [],
    recipients: model.recipients ? present([field('recipients-label', model.recipients.label), ...model.recipients.entries.map((entry) => field('recipient', entry))]) : [],
    signature: model.signature.map((line) => fieldBlock(SIGNATURE_ROLES[line.kind], line, references)),
    footnotes: model.footnotes.map((footnote, index) => ({ number: index + 1, block: paragraphBlock('footnote', footnote.content, []) })),
  };
  const number = field('number', header.number);
  const placeDate = field('place-date', header.placeDate);
  const title = field('title', model.title);
  if (number) doc.number = number;
  if (placeDate) doc.placeDate = placeDate;
  if (title) doc.title = title;
  if (model.summary) doc.summary = paragraphBlock('summary', model.summary, references);
  const visit = (node: BodyNode): void => {
    doc.body.push(...bodyBlocks(bodyRole(node), node.paragraph, model.text, references));
    node.children.forEach(visit);
  };
  model.body.forEach(visit);
  return doc;
}

const SIGNATURE_ROLES = { authority: 'authority', title: 'signer-title', name: 'signer-name', other: 'signature-other' } as const;

/**
 * "I. TÊN MỤC" is bold; a khoản "1." or "1.1." is bold when it is a title (a line without closing
 * punctuation), upright when it is a sentence ("1. Đối với …:" introducing its points); points and bullets
 * are body text.
 */
function bodyRole(node: BodyNode): Role {
  const kind = node.marker?.kind;
  if (kind === 'roman') return 'heading';
  if (kind === 'arabic' || kind === 'decimal') {
    const text = node.paragraph.text.trim();
    if (text.length < 200 && !/[.;:,]$/.test(text.replace(/[*_]+$/, ''))) return 'item-title';
  }
  return 'body';
}

interface Reference extends Span {
  number: number;
}

/**
 * Where each character of a field's text stands in the model's text: the text is the span with markup
 * dropped and line breaks read as spaces, so its characters are found in order, skipping what was dropped.
 */
function alignedOffsets(text: string, source: string, start: number, end: number): (index: number) => number {
  const offsets = new Array<number>(text.length);
  let at = start;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    let found = at;
    while (found < end && source[found] !== char && !(/\s/.test(char) && /\s/.test(source[found]!))) found++;
    if (found < end) at = found;
    offsets[i] = Math.min(at, Math.max(start, end - 1));
    if (found < end) at++;
  }
  return (index) => offsets[index] ?? start;
}

function paragraphBlock(role: Role, paragraph: Paragraph, references: Reference[]): PrintBlock {
  return { role, span: { start: paragraph.start, end: paragraph.end }, runs: inlineRuns(paragraph.text, (i) => paragraph.sourceOffset(i), references) };
}

/**
 * A body paragraph as printed: one block, or, where some of its lines are a table's rows (export/tables.ts),
 * the text before the table, the table, and the text after it.
 */
function bodyBlocks(role: Role, paragraph: Paragraph, source: string, references: Reference[]): PrintBlock[] {
  const tables = tablesIn(paragraph.lines, source);
  if (tables.length === 0) return [paragraphBlock(role, paragraph, references)];
  const blocks: PrintBlock[] = [];
  // The paragraph's text between two offsets of the draft, as a block of its own when it has any.
  let from = 0;
  const textUpTo = (offset: number) => {
    const to = textIndexAt(paragraph, offset);
    const slice = paragraph.text.slice(from, to);
    const text = slice.trim();
    if (text !== '') {
      const at = from + slice.indexOf(text);
      const last = at + text.length - 1;
      blocks.push({ role: blocks.length === 0 ? role : 'body', span: { start: paragraph.sourceOffset(at), end: paragraph.sourceOffset(last) + 1 }, runs: inlineRuns(text, (i) => paragraph.sourceOffset(at + i), references) });
    }
    from = to;
  };
  for (const table of tables) {
    textUpTo(table.span.start);
    const cellBlock = (cell: Span, head: boolean): PrintBlock => ({
      role: head ? 'table-head' : 'table-cell',
      span: cell,
      runs: inlineRuns(source.slice(cell.start, cell.end), (i) => cell.start + i, references),
    });
    blocks.push({ role: 'table', span: table.span, runs: [], rows: table.rows.map((row, index) => row.map((cell) => cellBlock(cell, index < table.headerRows))) });
    from = textIndexAt(paragraph, table.span.end);
  }
  textUpTo(paragraph.end);
  return blocks;
}

/** The first index of a paragraph's text that stands at or after `offset` of the draft (its offsets only grow). */
function textIndexAt(paragraph: Paragraph, offset: number): number {
  let low = 0;
  let high = paragraph.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraph.sourceOffset(middle) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `**đậm**`, `*nghiêng*` and `\*` (`\|` in a table's cell); everything else is text as written. */
const INLINE_MARKUP = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*|\*(?=\S)([^*]+?)(?<=\S)\*|\\([\\*_[\]|])/g;

/**
 * Splits a paragraph's text into runs of the same style whose characters stand one after another in the
 * model's text (a run breaks where two source lines were joined), so every character maps back to the
 * draft. Markdown emphasis becomes bold or italic, footnote references become reference runs.
 */
export function inlineRuns(text: string, offsetAt: (index: number) => number, references: Reference[]): PrintRun[] {
  const hidden = new Uint8Array(text.length);
  const bold = new Uint8Array(text.length);
  const italic = new Uint8Array(text.length);
  const footnoteAt = new Map<number, number>();
  for (const match of text.matchAll(INLINE_MARKUP)) {
    const at = match.index;
    if (match[3] !== undefined) {
      hidden[at] = 1;
      continue;
    }
    const marks = match[1] !== undefined ? 2 : 1;
    const style = marks === 2 ? bold : italic;
    hidden.fill(1, at, at + marks);
    hidden.fill(1, at + match[0].length - marks, at + match[0].length);
    style.fill(1, at + marks, at + match[0].length - marks);
  }
  if (references.length > 0) {
    const first = offsetAt(0);
    const last = offsetAt(Math.max(0, text.length - 1));
    for (const reference of references) {
      if (reference.start < first || reference.start > last) continue;
      for (let i = 0; i < text.length; i++) {
        if (offsetAt(i) !== reference.start) continue;
        const length = reference.end - reference.start;
        hidden.fill(1, i, i + length);
        footnoteAt.set(i, reference.number);
        break;
      }
    }
  }
  const runs: PrintRun[] = [];
  let current: PrintRun | undefined;
  for (let i = 0; i < text.length; i++) {
    const footnote = footnoteAt.get(i);
    if (footnote !== undefined) {
      runs.push({ text: '', start: offsetAt(i), footnote });
      current = undefined;
    }
    if (hidden[i]) continue;
    const offset = offsetAt(i);
    const isBold = bold[i] === 1;
    const isItalic = italic[i] === 1;
    if (current && !!current.bold === isBold && !!current.italic === isItalic && current.start + current.text.length === offset) {
      current.text += text[i];
      continue;
    }
    current = { text: text[i]!, start: offset, ...(isBold && { bold: true }), ...(isItalic && { italic: true }) };
    runs.push(current);
  }
  return runs;
}
