/**
 * Writing a date the way the decree and the draft do. The issue date is always "ngày 01 tháng 4 năm 2025"
 * (a day below 10 and months 1–2 with a leading 0, PL1 II.4); dates in the body follow the draft's own
 * habit (short or long, months 3–12 padded or not), with the decree's way as the default.
 */
import type { NoticeModel } from '../model/types';
import { weekday, WEEKDAY_NAMES } from '../text/dates';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface DateStyle {
  form: 'short' | 'long';
  /** Months 3–12 written "07" rather than "7" (against the decree's habit, but a draft may do it). */
  padLateMonths: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "01 tháng 4 năm 2025": the decree's form of the issue date (after "ngày "). */
export function decreeLongDate({ year, month, day }: CalendarDay): string {
  return `${pad(day)} tháng ${month <= 2 ? pad(month) : month} năm ${year}`;
}

/** The date in `style`, as written after "ngày ": "01/4/2025" or "01 tháng 4 năm 2025". */
export function formatDate(date: CalendarDay, style: DateStyle): string {
  const month = date.month <= 2 || style.padLateMonths ? pad(date.month) : String(date.month);
  return style.form === 'long' ? `${pad(date.day)} tháng ${month} năm ${date.year}` : `${pad(date.day)}/${month}/${date.year}`;
}

/** How the body of the draft writes its dates: the form and padding most of them use. */
export function dateStyleOf(model: NoticeModel): DateStyle {
  const issue = model.header.placeDate?.date;
  const dates = model.dates.filter((date) => date !== issue && date.start !== issue?.start);
  const long = dates.filter((date) => date.form === 'long').length;
  const late = dates.filter((date) => date.month.value >= 3);
  const padded = late.filter((date) => date.month.text.startsWith('0')).length;
  return { form: long > dates.length - long ? 'long' : 'short', padLateMonths: padded * 2 > late.length };
}

/** "Thứ Hai" … "Chủ nhật". */
export function weekdayOf({ year, month, day }: CalendarDay): string {
  return WEEKDAY_NAMES[weekday(year, month, day)];
}
