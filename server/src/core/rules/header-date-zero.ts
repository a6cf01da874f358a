import type { DatePart } from '../text/dates';
import type { Rule, RuleContext } from './types';

const DECREE = 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 4';

/**
 * The issue date: a day below 10 and the months 1 and 2 are written with a leading zero
 * ("ngày 05 tháng 01 năm 2020").
 */
export const headerDateZeroPadding: Rule = {
  id: 'header/date-zero-padding',
  severity: 'error',
  stateFormat: true,
  decree: DECREE,
  description: 'Ngày ban hành: ngày dưới 10 và tháng 1, tháng 2 phải có số 0 ở trước.',
  examples: {
    wrong: "Quảng Ngãi, ngày 1 tháng 2 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "Quảng Ngãi, ngày 01 tháng 02 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    const date = model.header.placeDate?.date;
    if (!date || date.form !== 'long') return;
    if (date.day.value >= 1 && date.day.value < 10 && date.day.text.length === 1) {
      reportPadding(context, date.day, 'ngày dưới 10');
    }
    if ((date.month.value === 1 || date.month.value === 2) && date.month.text.length === 1) {
      reportPadding(context, date.month, `tháng ${date.month.value}`);
    }
  },
};

/** The months 3 to 12 of the issue date take no leading zero ("tháng 4", not "tháng 04"). */
export const headerDateExtraZero: Rule = {
  id: 'header/date-extra-zero',
  severity: 'warning',
  stateFormat: true,
  decree: DECREE,
  description: 'Ngày ban hành: tháng 3 đến tháng 12 không viết số 0 ở trước.',
  examples: {
    wrong: "Quảng Ngãi, ngày 15 tháng 04 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "Quảng Ngãi, ngày 15 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    const month = model.header.placeDate?.date?.month;
    if (!month || model.header.placeDate!.date!.form !== 'long') return;
    if (month.value >= 3 && month.value <= 12 && month.text.startsWith('0')) {
      const fixed = String(month.value);
      context.report({
        start: month.start,
        end: month.end,
        message: `Sai cách viết tháng ban hành: tháng ${month.value} không có số 0 ở trước, cần «tháng ${fixed}».`,
        fix: { title: `Sửa thành «tháng ${fixed}»`, edits: [{ start: month.start, end: month.end, newText: fixed }] },
      });
    }
  },
};

function reportPadding(context: RuleContext, part: DatePart, what: string): void {
  const fixed = `0${part.text}`;
  const word = what.startsWith('ngày') ? 'ngày' : 'tháng';
  context.report({
    start: part.start,
    end: part.end,
    message: `Sai cách viết ${word} ban hành: ${what} phải có số 0 ở trước, cần «${word} ${fixed}».`,
    fix: { title: `Sửa thành «${word} ${fixed}»`, edits: [{ start: part.start, end: part.end, newText: fixed }] },
  });
}
