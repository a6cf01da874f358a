/**
 * What counts as a known abbreviation, for the two abbreviation rules: the registry's list of
 * abbreviations that need no definition, the words of agencies' usual names ("Sở KH&CN"), and the
 * abbreviations a draft defines itself ("Sở Khoa học và Công nghệ (KH&CN)").
 */
import { remembers, reused } from '../reuse';
import type { Paragraph } from '../model/types';
import type { Registry } from '../registry/registry';
import { INVISIBLE_CLASS } from '../text/chars';
import { findAbbreviations, type AbbreviationToken } from '../text/abbreviations';
import { editDistance, foldVietnamese, OneEditIndex } from '../text/fold';

interface Vocabulary {
  common: Set<string>;
  codes: Set<string>;
  /** The codes, indexed to find those one letter off a token. */
  nearCodes: OneEditIndex;
}

const cache = new WeakMap<Registry, Vocabulary>();

/** Abbreviations a reader knows without a definition. */
export function commonAbbreviations(registry: Registry): Set<string> {
  return vocabulary(registry).common;
}

/** Every code the registry knows (agencies, units, document types, titles): a typo is measured against these. */
export function knownCodes(registry: Registry): Set<string> {
  return vocabulary(registry).codes;
}

/**
 * Upper-case words that are part of a name or a term, not abbreviations a notice defines: a company's legal
 * form, which its registered name may write so (Luật Doanh nghiệp 2020, Điều 38 khoản 1: "công ty TNHH",
 * "công ty CP", "DNTN"; "một thành viên" and a bank's "thương mại cổ phần" are written MTV and TMCP in
 * registered names), a school's level in its name ("Trường THPT Lê Khiết"), the headings of a table's
 * columns ("STT", "TT", "ĐVT"), academic titles before a name in the body ("PGS.TS. Lê Văn Hưng"; PL1 II.7.c
 * keeps them off the signature only), «TP.» before a city's name («TP. Hồ Chí Minh»), and foreign terms read
 * as words ("tệp PDF", "định dạng CSV", "mã QR", HIV; like ISO and LED in the registry). Known, but not
 * codes: a token one letter off one of them is not therefore a misspelled code.
 */
const NAME_WORDS = ['TNHH', 'MTV', 'CP', 'TMCP', 'DNTN', 'THPT', 'THCS', 'STT', 'TT', 'ĐVT', 'GS', 'PGS', 'TS', 'BS', 'KS', 'NCS', 'TP', 'PDF', 'CSV', 'XML', 'JSON', 'QR', 'HIV', 'AIDS'];

// Titles abbreviated in Nơi nhận ("GĐ, các PGĐ Sở", "CT, PCT UBND tỉnh", "VPUB: CVP, PCVP").
const TITLE_ABBREVIATIONS = ['GĐ', 'PGĐ', 'CT', 'PCT', 'CVP', 'PCVP', 'TP', 'PTP'];

function vocabulary(registry: Registry): Vocabulary {
  let found = cache.get(registry);
  if (found) return found;
  const common = new Set(registry.abbreviations.map((a) => a.short));
  // Short usual names ("Sở KH&CN", "Bộ GD&ĐT", "VPUB") make their abbreviations known; a long alias that
  // merely contains abbreviations ("Ban Quản lý KKT … và các KCN …") does not.
  for (const agency of registry.agencies) {
    for (const name of agency.aliases ?? []) {
      if (name.split(/\s+/).length <= 3) for (const t of findAbbreviations(name)) common.add(t.text);
    }
  }
  const codes = new Set([...common, ...TITLE_ABBREVIATIONS]);
  for (const agency of registry.agencies) codes.add(agency.code);
  for (const type of registry.documentTypes) if (type.code) codes.add(type.code);
  for (const unit of registry.units) {
    if (unit.code) codes.add(unit.code);
    for (const name of [...(unit.abbreviations ?? []), ...(unit.variants ?? [])]) for (const t of findAbbreviations(name)) codes.add(t.text);
  }
  for (const word of NAME_WORDS) common.add(word);
  found = { common, codes, nearCodes: new OneEditIndex(codes) };
  cache.set(registry, found);
  return found;
}

// A cited number and symbol ("130/KH-BCĐTKNQ18", "57-NQ/TW", "25/2018/QĐ-UBND"): its codes are not prose.
// A stray space before the slash ("464 /UBND-TTHC") is a defect of the citation, not prose.
// The look-behind starts a match only at the first digit of a run: a run of 100,000 digits must not be
// tried from each of its digits (that was quadratic). A number not yet known is a placeholder: «…/KH-UBND»,
// «xx/KH-UBND» (and a blank «số      /QĐ-UBND», or «số /QĐ-UBND» once a converter collapsed its spaces:
// BLANK_NUMBER). An invisible character pasted at a joint («118/2025/\u00adNĐ-CP») does not end it. Digits
// glued to capitals begin none: «TD26-003» (a candidate's number) is one code, not «TD» and a symbol.
// A stray space may stand after a «/» as before it («05/ QĐ-UBND», citation/spacing's finding).
const IDENTIFIER = new RegExp(String.raw`(?:(?<![\d\p{Lu}])\d+|(?<!…)…+|(?<!\.)\.{2,}|(?<![\p{L}])[xX]{2,4}) ?(?:${INVISIBLE_CLASS}*(?:-|\/ ?)${INVISIBLE_CLASS}*[\p{L}\p{N}&]+)+-?`, 'gu');

/** The agency and unit codes inside cited identifiers ("TT-BKHCCN" in "09/2024/TT-BKHCCN"). */
export function identifierCodes(text: string): AbbreviationToken[] {
  const codes: AbbreviationToken[] = [];
  for (const match of text.matchAll(IDENTIFIER)) {
    for (const group of match[0].matchAll(/[\p{Lu}][\p{Lu}\p{N}&]+/gu)) {
      codes.push({ text: group[0], start: match.index! + group.index!, end: match.index! + group.index! + group[0].length });
    }
  }
  return codes;
}

/**
 * The agency code an identifier's group was meant to be ("BKHCCN" → "BKHCN"): one edit from exactly one
 * known agency code of four letters or more; written in four letters, a known code with two letters swapped
 * or one letter typed twice («SYTT» for SYT). Known codes, with or without a term number (QH15), pass.
 */
export function agencyCodeCorrection(code: string, registry: Registry): string | undefined {
  // A function of the code and the registry, asked again for the same codes at every keystroke.
  let answers = agencyCodeAnswers.get(registry);
  if (!answers || answers.size > MAX_JUDGED) agencyCodeAnswers.set(registry, (answers = new Map()));
  if (!answers.has(code)) answers.set(code, judgeAgencyCode(code, registry));
  return answers.get(code);
}

const agencyCodeAnswers = new WeakMap<Registry, Map<string, string | undefined>>();

function judgeAgencyCode(code: string, registry: Registry): string | undefined {
  const { codes } = vocabulary(registry);
  if (codes.has(code) || codes.has(code.replace(/\d+$/, ''))) return undefined;
  // «TTG»: a known code in other capitals («TTg»).
  const cased = [...codes].filter((candidate) => candidate !== code && candidate.toUpperCase() === code.toUpperCase());
  if (cased.length === 1) return cased[0];
  if (code.length < 4) return undefined;
  const agencyCodes = registry.agencies.map((agency) => agency.code);
  const near = agencyCodes.filter((candidate) => candidate.length >= 4 && editDistance(code, candidate, 1) === 1);
  // The same sector's code at another level shows the code is one of that family («STNMT» beside BTNMT).
  if (near.some((candidate) => anotherLevel(code, candidate))) return undefined;
  // Four letters are too few to tell a slip from another body's code («NSNN» is not «NHNN», «TTTT» not
  // «BTTTT»): only two letters swapped, or one typed twice.
  if (code.length === 4) return transposed(code, near) ?? typedTwice(code, agencyCodes);
  return near.length === 1 ? near[0] : transposed(code, near);
}

/** The letter of a body's level that begins its code: Bộ, Sở, Cục, Tổng cục, Vụ, Phòng. */
const LEVEL_LETTERS = 'BSCTVP';

/**
 * Two codes of one sector at two levels, not a slip of one for the other: the level's letter before the
 * other code («TNMT», a Phòng, and «BTNMT»), or another level's letter in its place («SDTTG», a Sở, and
 * «BDTTG», the Bộ).
 */
export function anotherLevel(code: string, known: string): boolean {
  if (code.slice(1) === known || known.slice(1) === code) return true;
  return code[0] !== known[0] && LEVEL_LETTERS.includes(code[0]!) && LEVEL_LETTERS.includes(known[0]!) && code.slice(1) === known.slice(1);
}

/** The one known three-letter code that `code` is with a letter doubled; not from a run of three («TTTT»). */
function typedTwice(code: string, known: readonly string[]): string | undefined {
  if (/(.)\1\1/u.test(code)) return undefined;
  const meant = new Set<string>();
  for (let i = 0; i + 1 < code.length; i++) if (code[i] === code[i + 1]) meant.add(code.slice(0, i) + code.slice(i + 1));
  const found = known.filter((candidate) => candidate.length === 3 && meant.has(candidate));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The one candidate that is `code` with two neighbouring letters swapped («UBDN» for UBND), when several are
 * one edit away («UBDT» is too): swapped letters are a far likelier slip than another letter.
 */
export function transposed(code: string, candidates: Iterable<string>): string | undefined {
  const swaps = [...candidates].filter((candidate) => candidate.length === code.length && isSwap(code, candidate));
  return swaps.length === 1 ? swaps[0] : undefined;
}

function isSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The abbreviations of a paragraph, outside cited identifiers, with offsets in the paragraph's text. Both
 * abbreviation rules ask for every paragraph of the model, so the answer is kept with the paragraph (for
 * as long as the model lives); do not mutate it.
 */
export function proseAbbreviations(paragraph: Paragraph): readonly AbbreviationToken[] {
  if (remembers(paragraph)) return reused('abbreviations', paragraph, abbreviationsOutsideIdentifiers);
  let tokens = byParagraph.get(paragraph);
  if (!tokens) byParagraph.set(paragraph, (tokens = abbreviationsOutsideIdentifiers(paragraph.text)));
  return tokens;
}

function abbreviationsOutsideIdentifiers(text: string): AbbreviationToken[] {
  const blank = (identifier: string) => ' '.repeat(identifier.length);
  // «số      /QĐ-UBND»: the symbol after a number left blank; «số» is kept (its «s» must follow no letter).
  // Inline code («`YYYY-MM-DD`») and a code with its serial («HS-12-05-2026», «KSK-2026-11-0001») are no
  // abbreviations of words (read before the identifiers are masked: the serial is one).
  let masked = text.includes('`') ? text.replace(INLINE_CODE, blank) : text;
  if (CODE_WITH_SERIAL_HINT.test(masked)) masked = masked.replace(CODE_WITH_SERIAL, (found, at: number) => (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!) ? found : blank(found)));
  masked = masked
    .replace(IDENTIFIER, blank)
    .replace(BLANK_NUMBER, (found, at: number) => (at > 0 && /\p{L}/u.test(text[at - 1]!) ? found : found.slice(0, 2) + blank(found.slice(2))));
  return findAbbreviations(masked);
}

const INLINE_CODE = /`[^`\n]*`/gu;
const CODE_WITH_SERIAL_HINT = /\p{Lu}-\d/u;
const CODE_WITH_SERIAL = /\p{Lu}[\p{Lu}\p{N}]*(?:-\d+)+(?![\p{L}\p{N}])/gu;

// Led by its letters, not by a look-behind: a pattern that may begin at any space was 30 times slower.
const BLANK_NUMBER = /[Ss]ố[ \t]+\/[\p{L}\p{N}&]+(?:-[\p{L}\p{N}&]+)*/gu;

const byParagraph = new WeakMap<Paragraph, AbbreviationToken[]>();

/** The abbreviations written in `paragraphs`, for typoCorrection: a misspelling is one edit from one of them. */
export function writtenAbbreviations(paragraphs: readonly Paragraph[]): OneEditIndex {
  const texts = new Set<string>();
  for (const paragraph of paragraphs) for (const token of proseAbbreviations(paragraph)) texts.add(token.text);
  // A keystroke seldom changes which abbreviations a draft writes: the index of the same set is the last
  // one's, and so are the corrections judged against it (typoCorrection).
  const known = recentIndexes.find((recent) => sameSet(recent.texts, texts));
  if (known) return known.index;
  const index = new OneEditIndex(texts);
  recentIndexes.unshift({ texts, index });
  if (recentIndexes.length > MAX_RECENT_INDEXES) recentIndexes.pop();
  return index;
}

/** Two sets of abbreviations per draft being edited (abbreviation/typo's and abbreviation/undefined's). */
const MAX_RECENT_INDEXES = 4;
const recentIndexes: { texts: Set<string>; index: OneEditIndex }[] = [];

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const text of b) if (!a.has(text)) return false;
  return true;
}

/**
 * "Sở Khoa học và Công nghệ (KH&CN)", "Viện Khoa học công nghệ xây dựng (IBST)": the token ends a
 * parenthesis, alone or after a word or two of the short name ("(Ban QLDA)"), right after words written
 * out (the last one has a lower-case letter). The initials are not compared: a foreign name's acronym
 * (IBST, JICA, KPI) does not spell the Vietnamese words before it, and the drafter who writes the words
 * and then the abbreviation in parentheses has explained it.
 */
export function isDefinition(text: string, token: AbbreviationToken): boolean {
  if (isIntroduced(text, token)) return true;
  // "(KH&CN)", or the short name with a word or two around the abbreviation: "(Ban QLDA&PTQĐ)", "(Sở KH&CN)",
  // "(CSDL CBCCVC)" after "cơ sở dữ liệu cán bộ, công chức, viên chức".
  if (!CLOSING.test(text.slice(token.end, token.end + 30))) return false;
  // A word of the short name may be a kind of two words, the second in small letters («(Trung tâm CĐS&ĐMST)»).
  const opening = /\((?:\p{Lu}[\p{L}&]*(?: \p{Ll}+)? ){0,2}$/u.exec(text.slice(Math.max(0, token.start - 30), token.start));
  if (!opening) return false;
  const at = token.start - opening[0].length;
  // The words before it are written out: the last has a small letter, or is one letter after such a word
  // ("Ngân hàng Phát triển châu Á (ADB)").
  const words = /(?:(\S+)\s+)?(\S+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!words) return false;
  const [, previous, last] = words;
  return /\p{Ll}/u.test(last!) || ([...last!].length === 1 && previous !== undefined && /\p{Ll}/u.test(previous));
}

/**
 * An abbreviation the sentence says it introduces: «đơn vị hành chính (sau đây viết tắt là ĐVHC)», «(sau đây
 * gọi tắt là CQĐP hai cấp)», «…, gọi tắt là «BQL»,»: the words before it are what it stands for.
 */
function isIntroduced(text: string, token: AbbreviationToken): boolean {
  if (!INTRODUCED_BY.test(text.slice(Math.max(0, token.start - 40), token.start))) return false;
  INTRODUCED_ENDS.lastIndex = token.end;
  return INTRODUCED_ENDS.test(text);
}

// «viết tắt là», «gọi tắt là», «sau đây gọi là», «được viết tắt:», with a quotation mark before the abbreviation.
const INTRODUCED_BY = /(?:^|[\s(,])(?:sau\s+đây\s+)?(?:được\s+)?(?:(?:gọi|viết)\s+tắt(?:\s+là)?|gọi\s+(?:chung\s+)?là)\s*:?\s*["“«]?$/iu;
// Then the end of the definition: a closing quotation mark, a word or two of the short name («CQĐP hai cấp»), and
// a bracket, a comma, a semicolon, a full stop or the end of the paragraph.
const INTRODUCED_ENDS = /["”»]?(?:\s+[\p{L}&]+){0,3}\s*(?:[),;.]|$)/uy;

/** Đ/D and "^"/"&" confusions fold together. */
function foldCode(code: string): string {
  return foldVietnamese(code).replace(/\^/g, '&').toUpperCase();
}

/**
 * The abbreviation `token` was meant to be, if it is a misspelling of a known code or of an abbreviation
 * written elsewhere in the draft (`written`); undefined when it is known or not close to anything.
 */
export function typoCorrection(token: string, registry: Registry, written: OneEditIndex): string | undefined {
  let byWritten = judged.get(registry);
  if (!byWritten) judged.set(registry, (byWritten = new WeakMap()));
  let answers = byWritten.get(written);
  if (!answers || answers.size > MAX_JUDGED) byWritten.set(written, (answers = new Map()));
  if (!answers.has(token)) answers.set(token, judgeTypo(token, registry, written));
  return answers.get(token);
}

/** What typoCorrection answered, by registry and index of the draft's abbreviations: each is a function of them. */
const judged = new WeakMap<Registry, WeakMap<OneEditIndex, Map<string, string | undefined>>>();
const MAX_JUDGED = 20_000;

function judgeTypo(token: string, registry: Registry, written: OneEditIndex): string | undefined {
  const { codes, common, nearCodes } = vocabulary(registry);
  // «KH,CN» (khoa học, công nghệ) is not «KH&CN» (khoa học và công nghệ) misspelt: a comma joins another phrase.
  if (codes.has(token) || common.has(token) || token.includes(',')) return undefined;
  let byFold = foldedCodes.get(registry);
  if (!byFold) {
    byFold = new Map([...codes].map((code) => [foldCode(code), code]));
    foldedCodes.set(registry, byFold);
  }
  const folded = byFold.get(foldCode(token));
  if (folded) return folded !== token ? folded : undefined;
  // One letter off, among long codes only (short codes are too alike); four letters, only swapped («UBDN»).
  if (token.length < 4) return undefined;
  const near = new Set([...nearCodes.near(token), ...written.near(token)]);
  if ([...near].some((candidate) => anotherLevel(token, candidate))) return undefined;
  if (token.length === 4) return transposed(token, near);
  return near.size === 1 ? [...near][0] : transposed(token, near);
}

const foldedCodes = new WeakMap<Registry, Map<string, string>>();

/**
 * What may follow an abbreviation defined in parentheses: a word or two more, then ")": «(CSDL CBCCVC)», or a
 * qualifier in small letters, «(CDC tỉnh)», «(TTYT khu vực)».
 */
const CLOSING = /^(?: [\p{L}&]+){0,2}\)/u;
