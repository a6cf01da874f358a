import { reused } from '../reuse';
import { daysInMonth, findPartialDates, isPossibleDayOfMonth, isValidDate } from '../text/dates';
import type { Rule } from './types';
import { citedParagraphs, endsTheDraft, inCorrectedQuote } from './util';

/**
 * A date that does not exist: 31/4/2025, 29/02/2025, "ngày 30 tháng 02 năm 2024"; without a year, a day no
 * month has ("ngày 31/6", "ngày 30/2"); a month past 12 ("tháng 13/2026").
 */
export const dateInvalid: Rule = {
  id: 'date/invalid',
  severity: 'error',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4 và điểm b khoản 6',
  description: 'Ngày tháng không có thật trên lịch (ngày 31 của tháng 4, ngày 29/02 của năm không nhuận, tháng 13).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nNgày 31/4/2025, Giám đốc Sở chủ trì cuộc họp.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nNgày 30/4/2025, Giám đốc Sở chủ trì cuộc họp.",
  },
  check(model, context) {
    for (const date of model.dates) {
      const { day, month, year } = date;
      if (isValidDate(year.value, month.value, day.value) || inCorrectedQuote(model, date.start)) continue;
      const problem =
        month.value < 1 || month.value > 12
          ? `không có tháng ${month.text}`
          : day.value < 1
            ? 'không có ngày 0'
            : `tháng ${month.value} năm ${year.value} chỉ có ${daysInMonth(year.value, month.value)} ngày`;
      context.report({
        start: date.start,
        end: date.end,
        message: `Sai ngày tháng: ${problem}, cần một ngày có thật trên lịch.`,
      });
    }
    for (const paragraph of citedParagraphs(model)) {
      for (const date of reused('partial-dates', paragraph, findPartialDates)) {
        const problem =
          date.month < 1 || date.month > 12
            ? `không có tháng ${date.month}`
            : date.day === undefined || isPossibleDayOfMonth(date.month, date.day)
              ? undefined
              : date.day < 1
                ? 'không có ngày 0'
                : `tháng ${date.month} không có ngày ${date.day}`;
        if (!problem || inCorrectedQuote(model, paragraph.sourceOffset(date.start))) continue;
        // «ngày 20/0» at the draft's end: the month is being typed («20/05»).
        if (paragraph.text.slice(date.start, date.end).endsWith('/0') && endsTheDraft(model, paragraph.sourceOffset(date.end))) continue;
        context.report({
          start: paragraph.sourceOffset(date.start),
          end: paragraph.sourceOffset(date.end),
          message: `Sai ngày tháng: ${problem}, cần một ngày có thật trên lịch.`,
        });
      }
    }
  },
};
