import type { Paragraph } from '../model/types';
import type { DocumentType } from '../registry/types';

/** A piece of a citation: its text and its span in the paragraph's text (not the draft's offsets). */
export interface Part {
  text: string;
  start: number;
  end: number;
}

export type CitationFamily = 'party' | 'legal' | 'assembly' | 'administrative' | 'letter';

/** "Công văn số 1724/SKHCN-VP ngày 27/9/2025 của Sở KH&CN về …", read into its parts. */
export interface Citation {
  paragraph: Paragraph;
  /** From the type name (or "số", or the number) to the end of what was read. */
  start: number;
  end: number;
  /** The document type named before it: "Công văn", "Quyết định", "Thông báo kết luận". */
  typeName?: Part & { type?: DocumentType; inherited?: boolean };
  /** The word "số", and the spaces between it and the number ("" when glued: "số114"). */
  so?: Part & { gap: string };
  identifier: Identifier;
  /** "ngày 27/9/2025" or "ngày 11 tháng 7 năm 2025"; `gap` is "" when glued ("ngày16/7/2025"). */
  date?: { word: Part; gap: string; value: Part; form: 'short' | 'long'; day: number; month: number; year: number; dayText: string; monthText: string };
  /** "năm 2017" where a date was expected. */
  yearOnly?: Part;
  /** Who issued it, in words: "Thủ tướng Chính phủ". */
  issuerWords?: Part;
  /** "về việc …", "về …". */
  subject?: Part;
}

export interface Identifier extends Part {
  family: CitationFamily;
  number: Part;
  /** The spaces between the number and "/" ("464 /UBND-TTHC"), if any. */
  strayGap?: Part;
  /** A stray space right after the first «/» («05/ QĐ-UBND»). */
  slashGap?: Part;
  /** Dashes written with spaces between the type code and the next group ("42/2025/QĐ - UBND"). */
  spacedDashes?: Part[];
  year?: Part;
  /** Type code (TB, QĐ, NQ…) when the family has one. */
  typeCode?: Part;
  /** The issuing body's code (UBND, SKHCN, TW, QH15…). */
  issuerCode?: Part;
  /** Groups after the issuer: drafting unit or field (VP, KGVX). */
  units: Part[];
  /** The identifier as a key, spaces removed: "1724/SKHCN-VP". */
  key: string;
}
