/**
 * The Word file: the printed layout (layout.ts) written with the `docx` package in the decree's page and
 * type facts (typography.ts). Every paragraph carries a named style ("TB Nội dung", "TB Quốc hiệu", …), so
 * the Văn thư can adjust the whole document from Word's style list.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { NoticeModel } from '../core/model/types';
import { layoutNotice, type PrintBlock, type PrintDocument } from './layout';
import {
  estimateWidth,
  FIRST_LINE_INDENT,
  FONT,
  LEFT_COLUMN,
  LINE_SPACING,
  MARGINS,
  PAGE,
  RIGHT_COLUMN,
  ROLE_STYLES,
  SIGNATURE_GAP_LINES,
  TEXT_WIDTH,
  twips,
  type Role,
  type SizeSet,
} from './typography';

export interface DocxOptions {
  sizeSet: SizeSet;
  /** Document title in the file's properties. */
  title?: string;
}

/** The .docx bytes of a notice. */
export async function noticeToDocx(model: NoticeModel, options: DocxOptions): Promise<Uint8Array> {
  return Packer.toBuffer(buildDocument(layoutNotice(model), options));
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;
const styleId = (role: Role): string => `TB-${role}`;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

export function buildDocument(doc: PrintDocument, options: DocxOptions): Document {
  const sizes = options.sizeSet;
  const half = (role: Role) => ROLE_STYLES[role].size[sizes] * 2; // docx sizes are in half-points
  const footnotes = Object.fromEntries(doc.footnotes.map((note) => [note.number, { children: [paragraph(note.block)] }]));
  return new Document({
    creator: 'thongbao',
    title: options.title ?? 'Thông báo',
    styles: {
      default: { document: { run: { font: FONT, size: half('body'), color: '000000' } } },
      paragraphStyles: (Object.keys(ROLE_STYLES) as Role[]).map((role) => paragraphStyle(role, sizes)),
    },
    footnotes,
    sections: [
      {
        properties: {
          titlePage: true, // no page number on page 1 (PL1 I.7)
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, header: twips(PAGE.headerMm), footer: twips(PAGE.headerMm) },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ style: styleId('page-number'), children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
          first: new Header({ children: [new Paragraph({ style: styleId('page-number') })] }),
        },
        children: [
          ...(hasHeader(doc) ? [headerTable(doc, sizes)] : []),
          ...(doc.title ? [paragraph(doc.title)] : []),
          ...(doc.summary ? [paragraph(doc.summary), rule(estimateWidth(plain(doc.summary), ROLE_STYLES.summary.size[sizes], true), TEXT_WIDTH, 0.4)] : []),
          ...doc.body.map((block) => (block.rows ? dataTable(block.rows, sizes) : paragraph(block))),
          ...(doc.recipients.length + doc.signature.length > 0 ? [footerTable(doc)] : []),
        ],
      },
    ],
  });
}

function paragraphStyle(role: Role, sizes: SizeSet): IParagraphStyleOptions {
  const style = ROLE_STYLES[role];
  const body = role === 'body' || role === 'heading' || role === 'item-title';
  return {
    id: styleId(role),
    name: style.name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: style.size[sizes] * 2, bold: style.bold === true, italics: style.italic === true, color: '000000' },
    paragraph: {
      alignment: ALIGN[style.align],
      ...(style.firstLineIndent && { indent: { firstLine: FIRST_LINE_INDENT } }),
      spacing: {
        before: (style.before ?? 0) * 20,
        after: 0,
        line: Math.round((body ? LINE_SPACING : 1) * 240),
        lineRule: LineRuleType.AUTO,
      },
    },
  };
}

function paragraph(block: PrintBlock): Paragraph {
  return new Paragraph({ style: styleId(block.role), children: runs(block) });
}

function runs(block: PrintBlock): ParagraphChild[] {
  return block.runs.map((run) =>
    run.footnote !== undefined ? new FootnoteReferenceRun(run.footnote) : new TextRun({ text: run.text.replace(/\t/gu, ' '), ...(run.bold && { bold: true }), ...(run.italic && { italics: true }) }),
  );
}

function plain(block: PrintBlock): string {
  return block.runs.map((run) => run.text).join('');
}

/**
 * A short centred rule: an empty hairline paragraph with a bottom border, its length `fraction` of the
 * text above it (of one full line when the text wraps), e.g. 1/3–1/2 under the agency name and the trích yếu.
 */
function rule(textWidth: number, available: number, fraction: number): Paragraph {
  const length = Math.max(Math.round(Math.min(textWidth, available) * fraction), 1000);
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    border: { bottom: RULE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function cell(width: number, children: (Paragraph | Table)[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

function table(rows: TableCell[][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map((children) => new TableRow({ children, cantSplit: true })),
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** 1 mm of room inside a cell, left and right. */
const CELL_MARGIN = twips(1);

/**
 * A table of the body: ruled, as wide as the text, each column as wide as its longest cell asks (none below a
 * twentieth of the width); its header rows repeat at the top of each page it runs over.
 */
function dataTable(rows: PrintBlock[][], sizes: SizeSet): Table {
  const columnWidths = dataColumnWidths(rows, sizes);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
    rows: rows.map(
      (row) =>
        new TableRow({
          ...(row[0]?.role === 'table-head' && { tableHeader: true }),
          children: row.map(
            (block, column) =>
              new TableCell({
                width: { size: columnWidths[column]!, type: WidthType.DXA },
                verticalAlign: VerticalAlign.CENTER,
                margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
                children: [paragraph(block)],
              }),
          ),
        }),
    ),
  });
}

/**
 * Each column gets first the width of its longest word (a word is never broken), then a share of the rest
 * by the length of its longest cell, up to 40 characters (longer cells wrap).
 */
function dataColumnWidths(rows: PrintBlock[][], sizes: SizeSet): number[] {
  const columns = rows[0]?.length ?? 0;
  const cells = (column: number) => rows.map((row) => row[column]!);
  // Folded, not Math.max(...): a table of a hundred thousand rows would overflow the call's arguments.
  const most = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
  const least = Array.from({ length: columns }, (_, column) =>
    most(cells(column).flatMap((cell) => plain(cell).split(/\s+/u).map((word) => estimateWidth(word, ROLE_STYLES[cell.role].size[sizes], cell.role === 'table-head')))) + 2 * CELL_MARGIN + 60,
  );
  const asked = Array.from({ length: columns }, (_, column) => Math.min(40, Math.max(2, most(cells(column).map((cell) => plain(cell).length)))));
  const rest = TEXT_WIDTH - least.reduce((sum, width) => sum + width, 0);
  const total = asked.reduce((sum, width) => sum + width, 0);
  // Words too wide for the page together: shares of the page by those widths.
  if (rest <= 0) return least.map((width) => Math.floor((width * TEXT_WIDTH) / (TEXT_WIDTH - rest)));
  return least.map((width, column) => width + Math.floor((rest * asked[column]!) / total));
}

function hasHeader(doc: PrintDocument): boolean {
  return doc.agency.length + doc.national.length > 0 || doc.number !== undefined || doc.placeDate !== undefined;
}

/** Two columns, no borders: agency and Số on the left; Quốc hiệu, Tiêu ngữ, place and date on the right. */
function headerTable(doc: PrintDocument, sizes: SizeSet): Table {
  const left: Paragraph[] = doc.agency.map(paragraph);
  const issuing = doc.agency.find((block) => block.role === 'issuing-agency');
  const party = doc.national.some((block) => block.role === 'party-heading');
  // A Party document sets a star under its organ's name (Hướng dẫn 36-HD/VPTW), a state one a short rule.
  if (issuing && party) left.push(new Paragraph({ style: styleId('issuing-agency'), children: [new TextRun({ text: '*', bold: false })] }));
  else if (issuing) left.push(rule(estimateWidth(plain(issuing), ROLE_STYLES['issuing-agency'].size[sizes], true), LEFT_COLUMN, 0.4));
  const right: Paragraph[] = doc.national.map(paragraph);
  const underlined = doc.national.find((block) => block.role === 'motto' || block.role === 'party-heading');
  if (underlined) right.push(rule(estimateWidth(plain(underlined), ROLE_STYLES[underlined.role].size[sizes], true), RIGHT_COLUMN, 1));
  return table([
    [cell(LEFT_COLUMN, left), cell(RIGHT_COLUMN, right)],
    [cell(LEFT_COLUMN, doc.number ? [paragraph(doc.number)] : []), cell(RIGHT_COLUMN, doc.placeDate ? [paragraph(doc.placeDate)] : [])],
  ]);
}

/** Nơi nhận on the left, level with the authority line; the signer's block centred on the right. */
function footerTable(doc: PrintDocument): Table {
  const signature: Paragraph[] = [];
  for (const block of doc.signature) {
    if (block.role === 'signer-name') for (let i = 0; i < SIGNATURE_GAP_LINES; i++) signature.push(new Paragraph({ style: styleId('signature-other') }));
    signature.push(paragraph(block));
  }
  const spacer = new Paragraph({ style: styleId('body') });
  return table([[cell(LEFT_COLUMN, [spacer, ...doc.recipients.map(paragraph)]), cell(RIGHT_COLUMN, [new Paragraph({ style: styleId('body') }), ...signature])]]);
}
