/**
 * The hover on a date: its weekday and, for a deadline ("hoàn thành trước ngày …"), how many days the
 * notice leaves from its issue date. Pure: (model, offset) → Markdown, or undefined off a date.
 */
import type { NoticeModel } from '../model/types';
import { DEADLINE, setsDeadline } from '../rules/date-style';
import { dayNumber, isValidDate, type DateMention } from '../text/dates';
import { weekdayOf } from './date-format';

export function dateHover(model: NoticeModel, offset: number): { markdown: string; start: number; end: number } | undefined {
  const date = model.dates.find((mention) => mention.start <= offset && offset <= mention.end);
  if (!date) return undefined;
  const { start, end } = date;
  const written = model.text.slice(start, end).replace(/\s+/g, ' ');
  if (!isValidDate(date.year.value, date.month.value, date.day.value)) {
    return { markdown: `**${written}**\n\nNgày này không có trên lịch.`, start, end };
  }
  const weekday = weekdayOf({ year: date.year.value, month: date.month.value, day: date.day.value });
  const lines = [`**${weekday}**, ${written}`];
  const issued = model.header.placeDate?.date;
  if (issued && issued.start === date.start) {
    lines.push('Ngày ban hành thông báo.');
  } else if (isDeadline(model.text, date)) {
    lines.push(deadlineNote(date, issued));
  }
  return { markdown: lines.join('\n\n'), start, end };
}

function deadlineNote(date: DateMention, issued: DateMention | undefined): string {
  if (!issued || !isValidDate(issued.year.value, issued.month.value, issued.day.value)) {
    return 'Thời hạn. Chưa tính được số ngày: thông báo chưa có ngày ban hành.';
  }
  const days = dayNumber(date.year.value, date.month.value, date.day.value) - dayNumber(issued.year.value, issued.month.value, issued.day.value);
  const from = `${issued.day.text}/${issued.month.text}/${issued.year.text}`;
  if (days > 0) return `Thời hạn: còn **${days} ngày** kể từ ngày ban hành thông báo (${from}).`;
  if (days === 0) return `Thời hạn: đúng ngày ban hành thông báo (${from}).`;
  return `Thời hạn: **đã qua ${-days} ngày** vào ngày ban hành thông báo (${from}).`;
}

/**
 * Whether the words just before the date set a deadline ("trước ngày", "chậm nhất ngày", "hoàn thành … ngày"),
 * as date/deadline-past reads them: not in a clause that tells what was done, nor one that says it has passed.
 */
function isDeadline(text: string, date: DateMention): boolean {
  const from = Math.max(0, date.start - 80);
  const window = text.slice(from, date.end);
  for (const match of window.matchAll(DEADLINE)) {
    const at = from + match.index! + match[0].length;
    if ((at === date.start || at === date.day.start) && setsDeadline(text, from + match.index!, date.end)) return true;
  }
  return false;
}
