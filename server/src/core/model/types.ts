/**
 * The document model: what a notice is made of, each part with its exact span in the (NFC) text.
 * Rules, completions, hovers and symbols all read this model; nothing re-parses the draft.
 */
import type { Memo } from '../reuse';
import type { DateMention } from '../text/dates';

/** Half-open span [start, end) of UTF-16 offsets into the model's text. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the draft: its text (markup stripped, spaces trimmed) and where it stands. */
export interface Field extends Span {
  text: string;
}

/** "Số: 05/TB-SKHCN": the serial number may be blank in a draft (ND30 Điều 15.2). */
export interface NumberField extends Field {
  number?: Field;
  /** Everything after "/": "TB-SKHCN". */
  symbol?: Field;
  /** The groups of the symbol separated by "-": ["TB", "SKHCN"]. */
  groups: Field[];
  /** Written with no «Số:» before it («03/TB-HĐTD» alone on its line). */
  unlabelled?: true;
  /** A Party document's «Số 123-TB/TU»: the symbol «TB/TU» follows a dash, its groups are split by «/». */
  party?: true;
}

/** "Quảng Ngãi, ngày 01 tháng 4 năm 2025", or a draft's "ngày   tháng   năm 2025". */
export interface PlaceDateField extends Field {
  place?: Field;
  /** The date when it is written out completely. */
  date?: DateMention;
}

export interface Header {
  parentAgency?: Field;
  issuingAgency?: Field;
  nationalTitle?: Field;
  /**
   * "ĐẢNG CỘNG SẢN VIỆT NAM": a Party document, whose thể thức Hướng dẫn 36-HD/VPTW sets, not NĐ 30; or
   * "ĐOÀN TNCS HỒ CHÍ MINH", a document of the Đoàn, which follows the same form.
   */
  partyHeading?: Field;
  motto?: Field;
  number?: NumberField;
  placeDate?: PlaceDateField;
}

export type MarkerKind = 'roman' | 'arabic' | 'decimal' | 'letter' | 'paren' | 'dash' | 'plus';

export interface Marker extends Field {
  kind: MarkerKind;
  /** Depth of the numbering scheme: I. = 0, 1. = 1, 1.1. = 2, a) = 4, (1) = 5, - = 6, + = 7. */
  rank: number;
  /** How a point was written when not in the decree's "a)" form: "a." or "(a)". */
  style?: 'dot' | 'parenthesised' | 'hyphen';
}

/** A paragraph: one or more source lines read as one text (PDF line wraps undone). */
export interface Paragraph extends Span {
  /** The joined text; offsets into it map back with `sourceOffset`. */
  text: string;
  /** Spans of the source lines that make up the paragraph. */
  lines: Span[];
  sourceOffset(offsetInText: number): number;
  /** While a draft is edited, what is kept for this text (core/reuse.ts): its scans are found through it. */
  memo?: Memo;
}

export interface BodyNode {
  paragraph: Paragraph;
  marker?: Marker;
  children: BodyNode[];
}

export interface Footnote extends Span {
  label: string;
  /** The footnote's text (after its number), read like a body paragraph. */
  content: Paragraph;
  text: string;
  origin: 'gfm' | 'plain';
  /** Where the text refers to it: "[^1]", or a number glued to a word ("Đảng1"). */
  references: Span[];
}

export interface Recipients {
  label: Field;
  entries: Field[];
}

export type SignatureLineKind = 'authority' | 'title' | 'name' | 'other';

export interface SignatureLine extends Field {
  kind: SignatureLineKind;
}

export interface FrontMatter extends Span {
  data: unknown;
  /** Where the value of each top-level key stands ("fragment" → the span of "ture"), when the YAML reads. */
  values?: Record<string, Span>;
  error?: { message: string; span: Span };
}

export interface NoticeModel {
  /** The draft in NFC; every span of the model indexes into it. */
  text: string;
  frontMatter?: FrontMatter;
  header: Header;
  /** Tên loại: "THÔNG BÁO". */
  title?: Field;
  /** Trích yếu, possibly over several lines. */
  summary?: Paragraph;
  body: BodyNode[];
  /** The spans of every "./." that ends a paragraph; the decree's templates have exactly one. */
  closings: Span[];
  footnotes: Footnote[];
  recipients?: Recipients;
  signature: SignatureLine[];
  /** Every calendar date written in checkable text (not front matter, comments or code). */
  dates: DateMention[];
  /** Spans that rules must not read: front matter, HTML comments, fenced code. */
  excluded: Span[];
  /** HTML comments, where inline directives (thongbao-disable …) live. */
  comments: (Span & { value: string })[];
}
