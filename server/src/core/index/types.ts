/**
 * What the workspace index knows about each draft: every document it cites and the document it is itself
 * (its own "Số:"), each with the facts written there (date, issuer, subject) and its place in the draft.
 */
import type { Position } from '../text/lines';

/** A place in a draft: offsets of the draft as given (not normalised) and their LSP positions. */
export interface Place {
  uri: string;
  start: number;
  end: number;
  range: { start: Position; end: Position };
}

export interface CitedDate {
  day: number;
  month: number;
  year: number;
  /** As written: "12/9/2018", "11 tháng 7 năm 2025". */
  text: string;
  place: Place;
}

export interface CitedIssuer {
  text: string;
  place: Place;
}

/** One citation of a document in a draft, or the draft's own number and date (`own`). */
export interface Mention {
  /** The normalised identifier: "25/2018/QĐ-UBND". */
  key: string;
  /** The identifier's characters. */
  place: Place;
  /** From the type name to the end of what was read (for hover and navigation). */
  whole: Place;
  /** 0-based line of the identifier, for listings. */
  line: number;
  /** "Quyết định" (the registry's name when known, else as written). */
  typeName?: string;
  date?: CitedDate;
  issuer?: CitedIssuer;
  subject?: string;
  /** The label of the footnote that holds the citation. */
  footnote?: string;
  /** The footnote that the citation points at ("… số 1719/SKHCN-VP¹"), when the draft has one. */
  footnoteRef?: Place;
  /** The paragraph's text before the citation, briefly ("bãi bỏ", "thay thế"). */
  lead: string;
  /** True for the draft's own "Số:" (the draft IS that document). */
  own?: boolean;
  /** The place name of the citing draft's header («Gia Lai»), folded: a local code is another body's elsewhere. */
  locality?: string;
}

export interface IndexedDraft {
  uri: string;
  /** What the draft cites, in order. */
  citations: Mention[];
  /** The document this draft is, when its "Số:" has a number. */
  own?: Mention;
  /** The draft's notice date, for checks that depend on when the draft is issued. */
  issued?: { day: number; month: number; year: number };
}
