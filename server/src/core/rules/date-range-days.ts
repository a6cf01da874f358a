import { dayNumber, findDates, findPartialDates, isValidDate, isPossibleDayOfMonth, type DateMention } from '../text/dates';
import type { ParagraphRule } from './types';

// «từ thứ Sáu ngày 01/01/2027», «từ ngày …»: what opens a range, right before its first date.
const FROM = /(?:^|[^\p{L}])từ\s+(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?$/iu;
// «đến hết Chủ nhật ngày 03/01/2027», «đến ngày …»: between the two dates.
const TO = /^\s*\)?\s*,?\s*(?:đến|tới)\s+(?:hết\s+)?(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?$/iu;
// «, tổng cộng 04 ngày», «(04 ngày)» right after the second date; not «ngày làm việc», which leaves out the days off.
const COUNT = /^\s*(?:\)\s*)?(?:[,;]\s*(?:tổng\s+cộng|tổng\s+số|cộng|là)\s+|\(\s*(?:tổng\s+cộng\s+)?)(\d{1,3})\s+ngày(?!\s+làm\s+việc)/iu;

/**
 * «nghỉ từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027, tổng cộng 04 ngày»: the days a range
 * counts are its days, both ends included. A notice of days off states them so, and a wrong count is told to
 * every reader.
 */
export const dateRangeDays: ParagraphRule = {
  id: 'date/range-days',
  severity: 'warning',
  decree: 'quy ước (ngày tháng phải có thật: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4)',
  description: 'Một khoảng «từ ngày … đến ngày …» không kết thúc trước khi bắt đầu, và số ngày ghi sau nó («tổng cộng 04 ngày») đúng bằng số ngày của khoảng ấy, tính cả hai đầu.',
  examples: {
    wrong: 'THÔNG BÁO\n\nLịch nghỉ Tết Dương lịch năm 2027\n\nCán bộ, công chức được nghỉ từ ngày 01/01/2027 đến hết ngày 03/01/2027, tổng cộng 04 ngày.',
    right: 'THÔNG BÁO\n\nLịch nghỉ Tết Dương lịch năm 2027\n\nCán bộ, công chức được nghỉ từ ngày 01/01/2027 đến hết ngày 03/01/2027, tổng cộng 03 ngày.',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    const text = paragraph.text;
    if (!/ngày/u.test(text) || !/(?:đến|tới)/u.test(text)) return;
    const dates = findDates(text).filter((date) => isValidDate(date.year.value, date.month.value, date.day.value));
    const report = (start: number, end: number, message: string) => context.report({ start: paragraph.sourceOffset(start), end: paragraph.sourceOffset(end), message });
    const opensRange = (start: number, end: number, to: DateMention) => FROM.test(text.slice(Math.max(0, start - 40), start)) && TO.test(text.slice(end, to.start));
    // «từ ngày 15/11 đến ngày 10/11/2026»: the start's year is the end's, unless the range crosses a new year
    // («từ ngày 20/12 đến ngày 05/01/2027»), which a range of at most half a year may.
    let next = 0;
    for (const from of findPartialDates(text)) {
      while (next < dates.length && dates[next]!.start < from.end) next++;
      const to = dates[next];
      if (from.day === undefined || !to || !isPossibleDayOfMonth(from.month, from.day) || !opensRange(from.start, from.end, to)) continue;
      const end = dayOf(to);
      if (dayNumber(to.year.value, from.month, from.day) <= end || end - dayNumber(to.year.value - 1, from.month, from.day) <= HALF_A_YEAR) continue;
      report(from.start, to.end, reversedMessage(from.text.replace(/^ngày\s+/iu, ''), written(text, to)));
    }
    for (let i = 0; i + 1 < dates.length; i++) {
      const [from, to] = [dates[i]!, dates[i + 1]!];
      if (!opensRange(from.start, from.end, to)) continue;
      if (dayOf(to) < dayOf(from)) {
        report(from.start, to.end, reversedMessage(written(text, from), written(text, to)));
        continue;
      }
      const count = COUNT.exec(text.slice(to.end, to.end + 40));
      if (!count) continue;
      const days = dayOf(to) - dayOf(from) + 1;
      const said = Number(count[1]);
      if (days < 1 || said === days) continue;
      const start = to.end + count.index + count[0].length - `${count[1]} ngày`.length;
      context.report({
        start: paragraph.sourceOffset(start),
        end: paragraph.sourceOffset(start + count[1]!.length),
        message: `Sai số ngày: từ ${written(text, from)} đến ${written(text, to)} là ${days} ngày (tính cả hai ngày đầu và cuối), không phải ${count[1]} ngày.`,
      });
    }
  },
};

const HALF_A_YEAR = 183;

function reversedMessage(from: string, to: string): string {
  return `Sai khoảng thời gian: «đến ngày ${to}» trước «từ ngày ${from}», ngày kết thúc phải sau ngày bắt đầu.`;
}

function dayOf(date: DateMention): number {
  return dayNumber(date.year.value, date.month.value, date.day.value);
}

function written(text: string, date: DateMention): string {
  return text.slice(date.start, date.end).replace(/^ngày\s+/iu, '');
}
