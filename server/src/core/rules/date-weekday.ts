import { isValidDate, weekday, WEEKDAY_NAMES } from '../text/dates';
import type { Rule } from './types';
import { inCorrectedQuote } from './util';

// The day of the week written next to a date: "thứ Bảy, ngày 05/12/2026", "thứ Sáu (05/12/2026)",
// "ngày 05/12/2026 (thứ Bảy)". Before a date only the capitalised names count: "lần thứ hai, ngày …" is an
// ordinal, and so is "tuần thứ 3", and so is a name after a word that counts ("Kỳ họp thứ Năm", "Hội nghị lần
// thứ Hai"). In parentheses right after a date nothing else is meant: "(thứ bảy)" and "(thứ 7)" too.
// A weekly schedule heads its days in capitals ("THỨ NĂM (28/10/2026)", "THỨ NĂM, NGÀY 28/10/2026"); a
// number ("thứ 5, ngày 28/10/2026") counts before a date only with the comma or parenthesis that ties it.
const NAME = String.raw`(?:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật|THỨ\s+(?:HAI|BA|TƯ|NĂM|SÁU|BẢY)|CHỦ\s+NHẬT)`;
const NUMBERED = String.raw`[Tt]hứ\s+[2-7]`;
const NAME_IN_PARENTHESES = String.raw`(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)`;
const BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${NAME})\s*[,(]?|(${NUMBERED})\s*[,(])\s*(?:(?:ngày|NGÀY)\s+)?$`, 'u');
const ORDINAL_BEFORE = /(?:^|[^\p{L}])(?:lần|kỳ|họp|khóa|khoá|phiên|đợt|lớp|tuần|nghị|thứ tự)\s+$/iu;
const AFTER = new RegExp(String.raw`^\s*\(\s*(${NAME_IN_PARENTHESES})\s*\)`, 'u');
// A schedule's table gives the day its own cell beside the date's: «| 15/12/2026 | thứ Ba |», «| Thứ Ba |
// 15/12/2026 |» (a Markdown table, or a Word table pasted with tabs). A cell holds nothing else.
const CELL_NAME = String.raw`(?:${NAME_IN_PARENTHESES}|THỨ\s+(?:HAI|BA|TƯ|NĂM|SÁU|BẢY|[2-7])|CHỦ\s+NHẬT)`;
const CELL_AFTER = new RegExp(String.raw`^[ \t]*[|\t][ \t]*(${CELL_NAME})[ \t]*(?:[|\t]|$)`, 'u');
const CELL_BEFORE = new RegExp(String.raw`(?:^|[|\t])[ \t]*(${CELL_NAME})[ \t]*[|\t][ \t]*$`, 'u');
/** How far from the date its day of the week may stand ("Chủ nhật, ngày " is the longest lead). */
const REACH = 24;

const DAY_INDEX = new Map<string, number>([
  ['chủ nhật', 0],
  ['thứ hai', 1],
  ['thứ 2', 1],
  ['thứ ba', 2],
  ['thứ 3', 2],
  ['thứ tư', 3],
  ['thứ 4', 3],
  ['thứ năm', 4],
  ['thứ 5', 4],
  ['thứ sáu', 5],
  ['thứ 6', 5],
  ['thứ bảy', 6],
  ['thứ 7', 6],
]);

/** "Thứ Bảy" as written inside a sentence: "thứ Bảy"; "Chủ nhật" stays. */
function inSentence(name: string): string {
  return name.replace(/^Thứ /, 'thứ ');
}

/** "thứ Sáu, ngày 05/12/2026" when 05/12/2026 is a Saturday: one of the two is wrong, the drafter knows which. */
export const dateWeekday: Rule = {
  id: 'date/weekday',
  severity: 'error',
  decree: 'quy ước (ngày tháng phải có thật: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4)',
  description: 'Thứ trong tuần ghi cạnh một ngày («thứ Bảy, ngày 05/12/2026») đúng là thứ của ngày ấy trên lịch.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nNgày 07/12/2026 (thứ Hai), Giám đốc Sở chủ trì họp; họp tiếp vào thứ Sáu, ngày 12/12/2026.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nNgày 07/12/2026 (thứ Hai), Giám đốc Sở chủ trì họp; họp tiếp vào thứ Sáu, ngày 11/12/2026.',
  },
  check(model, context) {
    const text = model.text;
    for (const date of model.dates) {
      const { day, month, year } = date;
      if (!isValidDate(year.value, month.value, day.value)) continue; // date/invalid's finding
      const lead = text.slice(Math.max(0, date.start - REACH), date.start);
      const trail = text.slice(date.end, date.end + REACH);
      const before = BEFORE.exec(lead);
      const after = AFTER.exec(trail) ?? CELL_AFTER.exec(trail);
      const cellBefore = before || after ? null : CELL_BEFORE.exec(lead);
      const written = before
        ? { name: (before[1] ?? before[2])!, start: date.start - before[0].length }
        : after
          ? { name: after[1]!, start: date.end + after[0].indexOf(after[1]!) }
          : cellBefore
            ? { name: cellBefore[1]!, start: date.start - lead.length + cellBefore.index + cellBefore[0].indexOf(cellBefore[1]!) }
            : undefined;
      if (!written || ORDINAL_BEFORE.test(text.slice(Math.max(0, written.start - 12), written.start))) continue;
      const actual = weekday(year.value, month.value, day.value);
      if (DAY_INDEX.get(written.name.replace(/\s+/g, ' ').toLocaleLowerCase('vi')) === actual || inCorrectedQuote(model, written.start)) continue;
      const dateText = `${day.text}/${month.text}/${year.text}`;
      context.report({
        start: written.start,
        end: written.start + written.name.length,
        message: `Sai thứ: ngày ${dateText} là ${inSentence(WEEKDAY_NAMES[actual])}, không phải ${written.name.replace(/\s+/g, ' ')}.`,
        related: [{ start: date.start, end: date.end, message: 'Ngày được ghi' }],
      });
    }
  },
};
