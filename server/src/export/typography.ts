/**
 * The decree's page and type facts for print (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I; the fact sheet's
 * section 4), in one place: the Word writer and the preview both read them.
 */

/** The two consistent size sets: the body at 13 pt or at 14 pt (the decree's specimen). */
export type SizeSet = 13 | 14;
export const SIZE_SETS: readonly SizeSet[] = [13, 14];
export const DEFAULT_SIZE_SET: SizeSet = 14;

/** 1 mm in twips (1/1440 inch). */
const MM = 1440 / 25.4;
export const twips = (mm: number): number => Math.round(mm * MM);

/** A4 portrait; margins inside the decree's ranges: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  width: 11906,
  height: 16838,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance of the page number (in the top margin) from the top edge. */
  headerMm: 10,
} as const;
/** Rounded up, so that 15 mm stays at least 15 mm (851 twips, not 850). */
export const MARGINS = {
  top: Math.ceil(PAGE.marginMm.top * MM),
  bottom: Math.ceil(PAGE.marginMm.bottom * MM),
  left: Math.ceil(PAGE.marginMm.left * MM),
  right: Math.ceil(PAGE.marginMm.right * MM),
};
/** The width of the text between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
/** The header and footer tables: the left column (agency, Nơi nhận) and the right one (Quốc hiệu, signer). */
export const LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.42);
export const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;

export const FONT = 'Times New Roman';
/** First-line indent of body paragraphs: 1 cm (the decree allows 1 cm or 1.27 cm). */
export const FIRST_LINE_INDENT = twips(10);
/** Space before a body paragraph: 6 pt, the decree's minimum. */
export const PARAGRAPH_SPACING_PT = 6;
/** Line spacing of the body, in lines (the decree allows single to 1.5). */
export const LINE_SPACING = 1.2;
/** Blank lines left for the signature and the seal between the signer's title and name. */
export const SIGNATURE_GAP_LINES = 4;

/** What each part of a printed notice is, as the writer and the preview style it. */
export type Role =
  | 'parent-agency'
  | 'issuing-agency'
  | 'number'
  | 'national-title'
  | 'motto'
  | 'party-heading'
  | 'place-date'
  | 'title'
  | 'summary'
  | 'body'
  | 'heading'
  | 'item-title'
  | 'table'
  | 'table-head'
  | 'table-cell'
  | 'recipients-label'
  | 'recipient'
  | 'authority'
  | 'signer-title'
  | 'signer-name'
  | 'signature-other'
  | 'footnote'
  | 'page-number';

export interface RoleStyle {
  /** Vietnamese style name shown in Word's style list. */
  name: string;
  /** Size in points for the 13-pt and the 14-pt set. */
  size: Record<SizeSet, number>;
  bold?: boolean;
  italic?: boolean;
  align: 'left' | 'center' | 'justify';
  firstLineIndent?: boolean;
  /** Spacing before, in points. */
  before?: number;
}

const both = (size: number): Record<SizeSet, number> => ({ 13: size, 14: size });
const body = (): Record<SizeSet, number> => ({ 13: 13, 14: 14 });

/** Per element: the decree's case, size and style table (Phụ lục I, Mục V), the specimen size in the 14-pt set. */
export const ROLE_STYLES: Record<Role, RoleStyle> = {
  'parent-agency': { name: 'TB Cơ quan chủ quản', size: both(12), align: 'center' },
  'issuing-agency': { name: 'TB Cơ quan ban hành', size: both(12), bold: true, align: 'center' },
  number: { name: 'TB Số, ký hiệu', size: both(13), align: 'center', before: 6 },
  'national-title': { name: 'TB Quốc hiệu', size: both(12), bold: true, align: 'center' },
  motto: { name: 'TB Tiêu ngữ', size: both(13), bold: true, align: 'center' },
  // Hướng dẫn 36-HD/VPTW: capitals, 15 pt, upright, bold, underlined (a rule under it, as under the Tiêu ngữ).
  'party-heading': { name: 'TB Tiêu đề Đảng', size: both(15), bold: true, align: 'center' },
  'place-date': { name: 'TB Địa danh, ngày tháng', size: both(13), italic: true, align: 'center', before: 6 },
  title: { name: 'TB Tên loại', size: body(), bold: true, align: 'center', before: 18 },
  summary: { name: 'TB Trích yếu', size: body(), bold: true, align: 'center' },
  body: { name: 'TB Nội dung', size: body(), align: 'justify', firstLineIndent: true, before: PARAGRAPH_SPACING_PT },
  heading: { name: 'TB Mục (I., II.)', size: body(), bold: true, align: 'justify', firstLineIndent: true, before: PARAGRAPH_SPACING_PT },
  'item-title': { name: 'TB Khoản có tiêu đề', size: body(), bold: true, align: 'justify', firstLineIndent: true, before: PARAGRAPH_SPACING_PT },
  // A table in the body: its cells a size below the text, as notices set them; the header row in bold.
  table: { name: 'TB Bảng', size: body(), align: 'left', before: PARAGRAPH_SPACING_PT },
  'table-head': { name: 'TB Bảng - dòng tiêu đề', size: { 13: 12, 14: 13 }, bold: true, align: 'center' },
  'table-cell': { name: 'TB Bảng - ô', size: { 13: 12, 14: 13 }, align: 'left' },
  'recipients-label': { name: 'TB Nơi nhận', size: both(12), bold: true, italic: true, align: 'left' },
  recipient: { name: 'TB Nơi nhận - mục', size: both(11), align: 'left' },
  authority: { name: 'TB Quyền hạn ký', size: body(), bold: true, align: 'center' },
  'signer-title': { name: 'TB Chức vụ người ký', size: body(), bold: true, align: 'center' },
  'signer-name': { name: 'TB Họ tên người ký', size: body(), bold: true, align: 'center' },
  'signature-other': { name: 'TB Chữ ký - khác', size: body(), align: 'center' },
  footnote: { name: 'TB Chú thích', size: both(11), align: 'justify' },
  'page-number': { name: 'TB Số trang', size: body(), align: 'center' },
};

/**
 * A rough width of `text` in twips, for the short rules under the agency name and the trích yếu (their
 * length is a fraction of the text's). Times New Roman's average advance widths, in ems.
 */
export function estimateWidth(text: string, sizePt: number, bold = false): number {
  let ems = 0;
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (char === ' ') ems += 0.25;
    else if (/[A-ZĐ]/.test(char)) ems += char === 'I' ? 0.39 : char === 'M' ? 0.94 : 0.72;
    else if (/[a-zđ]/.test(char)) ems += /[ilj]/.test(char) ? 0.28 : char === 'm' || char === 'w' ? 0.78 : 0.5;
    else if (/\d/.test(char)) ems += 0.5;
    else ems += 0.33;
  }
  return Math.round(ems * sizePt * 20 * (bold ? 1.04 : 1));
}
