import { classBefore, LETTER, NUMBER } from './letters';
import { searchedAroundEdit } from '../reuse';
import { matchesWhere } from './search';
/** A calendar date written in a draft, with the exact span of each part. */
export interface DateMention {
  form: 'long' | 'short';
  /** Span of the whole date: "27/9/2025" or "ngày 11 tháng 7 năm 2025". */
  start: number;
  end: number;
  day: DatePart;
  month: DatePart;
  year: DatePart;
}

export interface DatePart {
  value: number;
  /** The digits as written ("01", "4"). */
  text: string;
  start: number;
  end: number;
}

// "ngày 11 tháng 7 năm 2025", not after a letter or a digit. Whitespace may include a line break (PDF text
// wraps anywhere).
const LONG_DATE = /ngày\s{1,8}(\d{1,2})\s{1,8}tháng\s{1,8}(\d{1,2})\s{1,8}năm\s{1,8}(\d{4})(?!\p{N})/dgiu;
// "27/9/2025", "18/07/2025", not after a letter, a digit or "/"; not part of a longer identifier such as
// 25/2018/QĐ-UBND or 1/2/3/2025.
const SHORT_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{N}/])/dgu;

// What the patterns must not follow, checked in code: a leading look-behind is tried at every position.
const afterWordBoundary = (text: string, at: number) => (classBefore(text, at) & (LETTER | NUMBER)) === 0;
const afterDateBoundary = (text: string, at: number) => afterWordBoundary(text, at) && text.charCodeAt(at - 1) !== 0x2f;

/** Every date written in `text`, in order, with offsets relative to `base`. */
export function findDates(text: string, base = 0): DateMention[] {
  const found: DateMention[] = [];
  for (const match of matchesWhere(text, LONG_DATE, afterWordBoundary)) found.push(mention('long', match, base));
  for (const match of matchesWhere(text, SHORT_DATE, afterDateBoundary)) found.push(mention('short', match, base));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every date written in a whole draft, as findDates finds them. While the draft is edited, only the text near
 * the edit is searched again (Reuse.searchedAroundEdit): a search for a date at one position reads less than
 * DATE_REACH characters either side of it (LONG_DATE is at most 60 characters, its look-ahead one more).
 */
export function draftDates(text: string): DateMention[] {
  const long = searchedAroundEdit('dates: long form', text, DATE_REACH, (draft, from, until) => datesBetween(draft, 'long', from, until), movedDate);
  const short = searchedAroundEdit('dates: short form', text, DATE_REACH, (draft, from, until) => datesBetween(draft, 'short', from, until), movedDate);
  return [...long, ...short].sort((a, b) => a.start - b.start);
}

const DATE_REACH = 80;

/** The dates of one form that a search begun at `from` finds starting before `until`. */
function datesBetween(text: string, form: DateMention['form'], from: number, until: number): DateMention[] {
  // Searched in a slice that holds all the search reads (two characters before `from`: the look-behind reads a
  // whole character); a search of the whole text would read on to its end.
  const base = Math.max(0, from - 2);
  const slice = text.slice(base, Math.min(text.length, until + DATE_REACH));
  const [pattern, canBeginAt] = form === 'long' ? [LONG_DATE, afterWordBoundary] : [SHORT_DATE, afterDateBoundary];
  return matchesWhere(slice, pattern, canBeginAt, undefined, from - base, until - base).map((match) => mention(form, match, base));
}

function movedDate(date: DateMention, by: number): DateMention {
  const part = (p: DatePart): DatePart => ({ value: p.value, text: p.text, start: p.start + by, end: p.end + by });
  return { form: date.form, start: date.start + by, end: date.end + by, day: part(date.day), month: part(date.month), year: part(date.year) };
}

function mention(form: DateMention['form'], match: RegExpMatchArray, base: number): DateMention {
  const start = base + match.index!;
  const [day, month, year] = [1, 2, 3].map((group) => {
    const [from, to] = match.indices![group]!;
    const text = match[group]!;
    return { value: Number(text), text, start: base + from, end: base + to };
  }) as [DatePart, DatePart, DatePart];
  return { form, start, end: start + match[0].length, day, month, year };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month (1–12) of the Gregorian calendar: by arithmetic, as a long draft has thousands of dates. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Whether day/month/year names a day that exists in the Gregorian calendar. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A day and month without a year ("ngày 31/6", "ngày 30 tháng 2") or a month and year without a day
 * ("tháng 13/2026", "tháng 13 năm 2026"): offsets relative to the text; `day` undefined in the second form.
 */
export interface PartialDate {
  start: number;
  end: number;
  day?: number;
  month: number;
  /** The date as written, for the message. */
  text: string;
}

// Not followed by a year (that is a full date) nor by more digits or "/".
const DAY_MONTH = /ngày\s{1,8}(\d{1,2})(?:\/|\s{1,8}tháng\s{1,8})(\d{1,2})(?![\p{N}/])(?!\s{1,8}năm\s{1,8}\d)/giu;
// "tháng 12 năm 2026" inside "ngày 05 tháng 12 năm 2026" belongs to that full date.
const AFTER_DAY = /ngày\s{1,8}\d{1,2}\s{1,8}$/iu;
const MONTH_YEAR = /tháng\s{1,8}(\d{1,2})(?:\/|\s{1,8}năm\s{1,8})(\d{4})(?![\p{N}/])/giu;

/** The dates written without a year, and the months written without a day, in `text`. */
export function findPartialDates(text: string): PartialDate[] {
  const found: PartialDate[] = [];
  for (const match of matchesWhere(text, DAY_MONTH, afterWordBoundary)) {
    found.push({ start: match.index, end: match.index + match[0].length, day: Number(match[1]), month: Number(match[2]), text: match[0] });
  }
  for (const match of matchesWhere(text, MONTH_YEAR, (text, at) => afterWordBoundary(text, at) && !AFTER_DAY.test(text.slice(Math.max(0, at - 20), at)))) {
    found.push({ start: match.index, end: match.index + match[0].length, month: Number(match[1]), text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a day and month exist in some year (29/2 does, in a leap year). */
export function isPossibleDayOfMonth(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Days since 1970-01-01, for ordering and differences between dates. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The names of the days of the week, from Sunday (index 0), as a notice writes them. */
export const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** The day of the week of a date: 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
export function weekday(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

/** "2025-09-27" (the registry's form) as a day of the calendar. */
export function parseIsoDate(iso: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}
