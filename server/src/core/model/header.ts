/**
 * The header of a notice (PL1 II.1–4): parent and issuing agency, Quốc hiệu and Tiêu ngữ, "Số:", place and
 * date. Lines may hold two cells of the printed two-column table.
 */
import { findDates } from '../text/dates';
import { isUpperCase, splitColumns, subField } from './fields';
import type { SourceLine } from './lines';
import type { Field, Header, NumberField, PlaceDateField } from './types';
import { AGENCY_KIND_FIRST, DAY_WORD, MOTTO, NATIONAL_TITLE, NUMBER_WORD, PARTY_HEADING } from './vocabulary';

// "Số: 05/TB-SKHCN", "Số:      /TB-SKHCN", "Số 05/TB-SKHCN", "SỐ: 05/TB-SKHCN", "Sô: 05/TB-SKHCN" (a missing
// colon, the wrong case or a lost tone mark is reported, not rejected).
// A dash pasted from a word processor ("TB–SKHCN") separates groups as "-" does, and is reported.
const NUMBER = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORD})\\s*:?\\s*(\\d*)\\s*\\/\\s*(\\S*(?:\\s*[\\-\\u2010-\\u2015\\u2212]\\s*[^\\s\\-\\u2010-\\u2015\\u2212]+)*)`, 'u');
// A Party document's «Số 123-TB/TU» (Hướng dẫn 36-HD/VPTW): the number, a dash, the type code, «/», the organ.
const PARTY_NUMBER = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORD})\\s*:?\\s*(\\d+)-(\\p{Lu}\\p{L}*\\/[\\p{Lu}\\p{Nd}]+(?:\\/[\\p{Lu}\\p{Nd}]+)*)(?![\\p{L}\\p{Nd}/-])`, 'u');
// "Quảng Ngãi, ngày 01 tháng 4 năm 2025" and its wrong variants («ngảy»), up to the end of the cell; a first
// syllable in lower case ("sơn Tịnh, ngày …") belongs to the place too.
// A syllable may hold an apostrophe, as places of the Central Highlands do («Cư M'gar», «Ea H'leo»).
// A converter may write the space after the comma as «&nbsp;» («Quảng Ngãi,&nbsp;ngày …»).
const GAP = String.raw`(?:\s|&nbsp;)*`;
// The 2025 wards may join two names with a dash («Xuân Hương - Đà Lạt»).
const PLACE_DATE = new RegExp(`((?:\\p{Ll}[\\p{L}.'’]* )?\\p{Lu}[\\p{L}.'’]*(?:(?: | - )[\\p{L}.'’]+)*?)${GAP},?${GAP}${DAY_WORD.source}.*$`, 'u');
const PLACE_END = new RegExp(`${GAP},?${GAP}${DAY_WORD.source}`, 'u');
const NUMBER_WORD_ALONE = new RegExp(`^(?:${NUMBER_WORD})\\s*:?$`, 'u');
// A number and symbol with no «Số:» before it («03/TB-HĐTD»), alone in its cell: a symbol of two groups at
// least, so that no date («20/7») and no fraction is one.
const UNLABELLED_NUMBER = /^(\d{1,6})\/([\p{Lu}\p{Nd}&]+(?:-[\p{Lu}\p{Nd}&.]+)+)$/u;
// A rule under a name ("-------"), or a Markdown table's delimiter cell (":---:").
const RULE_LINE = /^[-_=*.~:\s]+$/u;
// A mail's signature rule, «-- »; and the end of a sentence, which no name in a header has.
const MAIL_SIGNATURE_RULE = /^-- ?$/u;
const SENTENCE_END = /[.!?,;]$/u;

export function parseHeader(text: string, lines: SourceLine[]): Header {
  const header: Header = {};
  const agencies: Field[] = [];
  let mailSignature = false;
  // A stack, the next cell on top (shifting an array was quadratic on a line of thousands of cells).
  const pending = lines.flatMap((line) => splitColumns(text, line)).reverse();
  while (pending.length > 0) {
    let cell = pending.pop()!;
    // The text of a mail the draft was forwarded in («Kính gửi …,», «Trân trọng!», the sender's signature
    // under «--» in small letters) stands above its header: no name read before it is the header's, and no
    // part of the header has come yet.
    const noPartYet = !header.nationalTitle && !header.partyHeading && !header.motto && !header.number && !header.placeDate;
    if (noPartYet && (MAIL_SIGNATURE_RULE.test(cell.text) || (!isUpperCase(cell.text) && (mailSignature || SENTENCE_END.test(cell.text))))) {
      agencies.length = 0;
      mailSignature ||= MAIL_SIGNATURE_RULE.test(cell.text);
      continue;
    }
    mailSignature = false;
    if (RULE_LINE.test(cell.text)) continue;
    // «Số:» of a number left blank, its symbol on a later line: pdftotext takes the cell apart at the blank.
    const next = pending[pending.length - 1];
    // «Số:» alone, its number on the next line, as pdftotext `raw` may take it apart.
    if (next && NUMBER_WORD_ALONE.test(cell.text) && (next.text.startsWith('/') || UNLABELLED_NUMBER.test(next.text))) {
      pending.pop();
      cell = { start: cell.start, end: next.end, text: text.slice(cell.start, next.end) };
    }
    if (!header.number && UNLABELLED_NUMBER.test(cell.text)) {
      header.number = { ...numberField(cell, UNLABELLED_NUMBER), unlabelled: true };
      continue;
    }
    const found =
      take(cell, NATIONAL_TITLE, pending, (field) => (header.nationalTitle ??= field)) ||
      take(cell, PARTY_HEADING, pending, (field) => (header.partyHeading ??= field)) ||
      take(cell, MOTTO, pending, (field) => (header.motto ??= field)) ||
      take(cell, NUMBER, pending, (field) => (header.number ??= numberField(field))) ||
      take(cell, PARTY_NUMBER, pending, (field) => (header.number ??= { ...numberField(field, PARTY_NUMBER, /[^/]+/gu), party: true })) ||
      take(cell, PLACE_DATE, pending, (field) => (header.placeDate ??= placeDateField(field)));
    // A name in capitals, as the decree writes it; or one that header/agency-name reports for its case.
    if (!found && !MARK.test(cell.text) && (isUpperCase(cell.text) || AGENCY_KIND_FIRST.test(cell.text) || WRAPPED_AFTER.test(agencies[agencies.length - 1]?.text ?? ''))) agencies.push(cell);
  }
  const names = joinWrappedNames(agencies);
  if (names.length >= 2) [header.parentAgency, header.issuingAgency] = names;
  else if (names.length === 1) header.issuingAgency = names[0];
  return header;
}

/**
 * How many lines at the top of a draft with no tên loại yet are its header: while a notice is typed from the
 * top, its header stands before «THÔNG BÁO» is written. Every cell of those lines is a part of a header (an
 * agency's name in capitals, the Quốc hiệu, the Tiêu ngữ, «Số:», the place and date, a rule), and one of them
 * at least is a part no body has (all but the names); else 0, and the draft is all body (a pasted part).
 */
export function headerLinesAtTop(text: string, lines: readonly SourceLine[]): number {
  let count = 0;
  let distinctive = false;
  for (const line of lines) {
    const cells = splitColumns(text, line);
    const kinds = cells.map((cell) => headerCellKind(cell.text));
    if (kinds.length === 0 || kinds.includes(undefined)) break;
    if (kinds.includes('part')) distinctive = true;
    count++;
  }
  return distinctive ? count : 0;
}

const NUMBER_CELL = new RegExp(`^(?:${NUMBER.source})$`, 'u');
// The place and a date in words, its day or month left blank in a draft, or in figures: a line no body has.
const PLACE_DATE_CELL = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]{1,40}?,?\\s*${DAY_WORD.source}(?:[\\s\\d.…]*tháng[\\s\\d.…]*năm\\s*\\d{4}|\\s*\\d{1,2}\\/\\d{1,2}\\/\\d{4})\\s*\\.?$`,
  'u',
);

function headerCellKind(cell: string): 'name' | 'part' | undefined {
  if (RULE_LINE.test(cell)) return 'name';
  if ([NATIONAL_TITLE, PARTY_HEADING, MOTTO].some((pattern) => pattern.test(cell))) return 'part';
  if (NUMBER_CELL.test(cell) || PLACE_DATE_CELL.test(cell)) return 'part';
  // A name in capitals, not a numbered heading of a body («II. NHIỆM VỤ»).
  return isUpperCase(cell) && !/^(?:[IVXLC]+|\d+)[.)]/u.test(cell) ? 'name' : undefined;
}

/** Cuts the first match of `pattern` out of the cell; what stands before and after is read next. */
function take(cell: Field, pattern: RegExp, pending: Field[], accept: (field: Field) => void): boolean {
  const match = pattern.exec(cell.text);
  if (!match) return false;
  const from = match.index;
  const to = from + match[0].length;
  const field = subField(cell, from, to);
  if (!field) return false;
  accept(field);
  const rest = [subField(cell, 0, from), subField(cell, to, cell.text.length)].filter((f): f is Field => f !== undefined);
  pending.push(...rest.reverse());
  return true;
}

/** The number and symbol of a field `pattern` matched; the symbol's groups are what `groups` matches in it. */
function numberField(field: Field, pattern = NUMBER, groups = /[^\s\-\u2010-\u2015\u2212]+/gu): NumberField {
  const match = pattern.exec(field.text)!;
  const numberText = match[1]!;
  const symbolText = match[2]!;
  const symbolStart = field.text.length - symbolText.length;
  const numberStart = field.text.lastIndexOf(numberText, symbolStart - 1);
  const result: NumberField = { ...field, groups: [] };
  if (numberText) result.number = { start: field.start + numberStart, end: field.start + numberStart + numberText.length, text: numberText };
  if (symbolText) {
    const symbol = { start: field.start + symbolStart, end: field.end, text: symbolText };
    result.symbol = symbol;
    // Groups between dashes; spaces around a dash and dashes other than "-" are reported by the rules.
    for (const group of symbolText.matchAll(groups)) {
      result.groups.push({ start: symbol.start + group.index!, end: symbol.start + group.index! + group[0].length, text: group[0] });
    }
  }
  return result;
}

function placeDateField(field: Field): PlaceDateField {
  const result: PlaceDateField = { ...field };
  const placeEnd = field.text.search(PLACE_END);
  const place = subField(field, 0, placeEnd);
  if (place) result.place = place;
  // A slip of «ngày» is reported by header/place-date; the date after it is read as written.
  const [date] = findDates(field.text.replace(DAY_WORD, 'ngày'), field.start);
  if (date) result.date = date;
  return result;
}

// «DỰ THẢO» over a draft, and the marks of urgency and secrecy (Điều 8.8 and PL1 II.10): no body's name.
const MARK = /^[*_[(]*(?:DỰ THẢO(?:\s+\d+|\s+LẦN\s+\d+)?|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|MẬT|TỐI MẬT|TUYỆT MẬT)[*_\])]*$/u;

/** A name that goes on on the next line: «SỞ KHOA HỌC VÀ» + «CÔNG NGHỆ». */
const WRAPPED_AFTER = /\s(?:VÀ|CỦA|VỀ)$/iu;

const ADMINISTRATIVE_UNIT = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s/u;
const UNIT_AND_ONE_SYLLABLE = /(?:^|\s)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s\p{Lu}+$/u;

/**
 * One name wrapped over two lines: "SỞ KHOA HỌC VÀ" + "CÔNG NGHỆ", or "ỦY BAN NHÂN DÂN" + "TỈNH QUẢNG NGÃI"
 * (a body without a parent, whose name ends with its administrative unit).
 */
function joinWrappedNames(cells: Field[]): Field[] {
  const names: Field[] = [];
  for (const cell of cells) {
    const previous = names[names.length - 1];
    const unitContinues = ADMINISTRATIVE_UNIT.test(cell.text) && previous && !/\s(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG)\s/u.test(` ${previous.text} `);
    // A converter wrapping a name in its narrow column leaves the last syllable of a place alone: «ỦY BAN
    // NHÂN DÂN PHƯỜNG HẢI» + «CHÂU». No body's name is one syllable.
    const placeContinues = previous && /^\p{Lu}+$/u.test(cell.text) && UNIT_AND_ONE_SYLLABLE.test(previous.text);
    if (previous && (unitContinues || placeContinues || WRAPPED_AFTER.test(previous.text) || /^(VÀ|CỦA)\s/iu.test(cell.text))) {
      names[names.length - 1] = { start: previous.start, end: cell.end, text: `${previous.text} ${cell.text}` };
    } else {
      names.push(cell);
    }
  }
  // A header names a parent and the issuing body, no more: a third line is the issuer's name going on
  // («TRƯỜNG TRUNG HỌC PHỔ THÔNG» + «CHUYÊN LÊ KHIẾT»).
  while (names.length > 2) {
    const [issuer, more] = [names[1]!, names.splice(2, 1)[0]!];
    names[1] = { start: issuer.start, end: more.end, text: `${issuer.text} ${more.text}` };
  }
  return names;
}
