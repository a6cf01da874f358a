import { dayNumber, findDates, isValidDate, type DateMention } from '../text/dates';
import type { NoticeModel } from '../model/types';
import type { Rule, RuleContext } from './types';
import { reused } from '../reuse';
import { columnCells, paragraphEdits, prose } from './util';

/**
 * One way of writing dates in a draft (R14): "18/07/2025" beside "14/7/2025" is two styles. The style of
 * most dates wins; the others are pointed out (information). The issue date's own rule is
 * header/date-zero-padding.
 */
export const dateStyle: Rule = {
  id: 'date/style',
  severity: 'information',
  decree: 'quy ước (theo cách viết ngày ban hành, NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4)',
  description: 'Ngày tháng trong một văn bản viết thống nhất một kiểu (tháng 3 đến 12 không có số 0 ở trước, như ngày ban hành), năm đủ bốn chữ số.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nCác Công văn số 299/UBND-NC ngày 14/7/2025, số 300/UBND-NC ngày 15/7/2025 và số 422/UBND-TTHC ngày 18/07/2025.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nCác Công văn số 299/UBND-NC ngày 14/7/2025, số 300/UBND-NC ngày 15/7/2025 và số 422/UBND-TTHC ngày 18/7/2025.',
  },
  check(model, context) {
    const header = model.header.placeDate?.date;
    reportShortYears(model, context);
    reportDashedDates(model, context);
    const dates = model.dates.filter((date) => date !== header && date.form === 'short' && date.month.value >= 3 && date.month.value <= 12);
    const padded = dates.filter((date) => date.month.text.startsWith('0'));
    const plain = dates.filter((date) => !date.month.text.startsWith('0'));
    if (padded.length === 0 || plain.length === 0) return;
    const [minority, majority] = padded.length < plain.length ? [padded, plain] : [plain, padded];
    const example = majority[0]!;
    for (const date of minority) {
      context.report({
        start: date.start,
        end: date.end,
        message: `Ngày tháng viết không thống nhất: «${model.text.slice(date.start, date.end)}» khác kiểu với «${model.text.slice(example.start, example.end)}».`,
        related: [{ start: example.start, end: example.end, message: 'Kiểu viết dùng nhiều hơn' }],
      });
    }
  },
};

/**
 * «ngày 01/12/26»: a year of two digits (R14 wants four). The fix writes the century when the draft's own
 * issue date makes it certain (the year within ten years of it).
 */
function reportShortYears(model: NoticeModel, context: RuleContext): void {
  const issued = model.header.placeDate?.date?.year.value;
  for (const paragraph of prose(model)) {
    for (const date of reused('two-digit-years', paragraph, twoDigitYears)) {
      const start = paragraph.sourceOffset(date.index);
      const end = paragraph.sourceOffset(date.index + date.text.length);
      const year = 2000 + Number(date.year);
      const whole = `${date.text.slice(0, -2)}${year}`;
      const certain = issued !== undefined && Math.abs(year - issued) <= 10;
      context.report({
        start,
        end,
        message: `Sai cách viết năm «${date.text}»: năm viết đủ bốn chữ số${certain ? `, cần «${whole}»` : ''}.`,
        ...(certain && { fix: { title: `Sửa thành «${whole}»`, edits: [{ start: end - 2, end, newText: String(year) }] } }),
      });
    }
  }
}

// A day and a month that a calendar has, and two digits of year, after «ngày»: not «12/26» (twelve of 26).
const TWO_DIGIT_YEAR = /ngày\s+((?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])\/(\d{2}))(?![\p{N}/])/giu;

/** «Thứ Tư, 09-12-2026»: a date written with dashes is written with «/» (fix), as every date of a notice is. */
function reportDashedDates(model: NoticeModel, context: RuleContext): void {
  for (const paragraph of prose(model)) {
    for (const date of reused('dashed-dates', paragraph, dashedDates)) {
      const start = paragraph.sourceOffset(date.index);
      const end = paragraph.sourceOffset(date.index + date.text.length);
      const slashed = date.text.replaceAll('-', '/');
      context.report({
        start,
        end,
        message: `Sai cách viết ngày tháng «${date.text}»: ngày, tháng, năm cách nhau bằng «/», cần «${slashed}».`,
        fix: { title: `Sửa thành «${slashed}»`, edits: paragraphEdits(paragraph, date.index, date.index + date.text.length, (text) => text.replaceAll('-', '/'), model.text) },
      });
    }
  }
}

const DASHED_DATE = /(\d{1,2})-(\d{1,2})-(\d{4})/y;
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Real dates «d-m-yyyy» not inside a longer run of digits, dashes, slashes or a word («HS-12-05-2026»). */
function dashedDates(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  // Tried only at a dash between digits, from the first digit before it (a native search finds the dashes).
  for (let dash = text.indexOf('-'); dash >= 0; dash = text.indexOf('-', dash + 1)) {
    if (!isDigit(text[dash - 1]) || !isDigit(text[dash + 1])) continue;
    const at = isDigit(text[dash - 2]) ? dash - 2 : dash - 1;
    DASHED_DATE.lastIndex = at;
    const match = DASHED_DATE.exec(text);
    if (!match) continue;
    const after = text[at + match[0].length] ?? ' ';
    if (/[\p{L}\p{N}\/.-]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}\/-]/u.test(after)) continue;
    if (!isValidDate(Number(match[3]), Number(match[2]), Number(match[1]))) continue;
    found.push({ index: at, text: match[0] });
  }
  return found;
}

function twoDigitYears(text: string): { index: number; text: string; year: string }[] {
  const found: { index: number; text: string; year: string }[] = [];
  for (const match of text.matchAll(TWO_DIGIT_YEAR)) {
    if (match.index! > 0 && /[\p{L}\p{N}]/u.test(text[match.index! - 1]!)) continue; // «Hàngày 1/2/26» is not «ngày»
    found.push({ index: match.index! + match[0].length - match[1]!.length, text: match[1]!, year: match[2]! });
  }
  return found;
}

// "trước ngày 15/4/2025", "chậm nhất ngày …", "hoàn thành … ngày …", "trong ngày 04/4/2025", "hạn … ngày";
// with the hour and the day of the week a recruitment or bidding notice puts between: «chậm nhất đến 17 giờ
// 00 phút, thứ Sáu ngày 20/11/2026», «Hạn nộp hồ sơ là ngày …», «Hạn chót: 17 giờ 00 phút ngày …»; and the
// end of a period that begins on the notice's own date («nhận hồ sơ từ ngày ban hành Thông báo này đến 17 giờ
// 00 ngày …», «kể từ ngày ký đến hết ngày …»).
// Shared with the date hover, which counts the days left.
export const DEADLINE = new RegExp(
  String.raw`(?:trước|chậm nhất|muộn nhất|hạn chót|hạn nộp[^.;:\d]{0,30}?|thời hạn[^.;:\d]{0,30}?|hoàn thành[^.;]{0,40}?|trong|từ ngày (?:ban hành|ký)[^.;:\d]{0,30}?\sđến(?:\s+hết)?)` +
    String.raw`(?:\s*:\s*|\s+là\s+|\s+)(?:đến\s+)?` +
    String.raw`(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?` +
    String.raw`(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?=\d)`,
  'giu',
);

/** A deadline set by a notice is not already past on the day the notice is issued. */
export const dateDeadlinePast: Rule = {
  id: 'date/deadline-past',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4 (thời gian ban hành)',
  description: 'Thời hạn giao trong thông báo («trước ngày …», «chậm nhất ngày …») không sớm hơn ngày ban hành thông báo.',
  examples: {
    wrong: 'Quảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nCác phòng gửi báo cáo trước ngày 25/3/2025.',
    right: 'Quảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nCác phòng gửi báo cáo trước ngày 15/4/2025.',
  },
  check(model, context) {
    const issued = model.header.placeDate?.date;
    if (!issued || !isValidDate(issued.year.value, issued.month.value, issued.day.value)) return;
    const notice = dayNumber(issued.year.value, issued.month.value, issued.day.value);
    for (const paragraph of prose(model)) {
      const inWords = reused('deadlines', paragraph, deadlines);
      // A cell «Trước ngày 20/11/2026» of the column is found both ways: once.
      const inColumn = reused('deadline-column', paragraph, deadlineColumn).filter((date) => !inWords.some((other) => other.start === date.start));
      for (const date of [...inWords, ...inColumn]) {
        if (dayNumber(date.year.value, date.month.value, date.day.value) >= notice) continue;
        const start = paragraph.sourceOffset(date.start);
        const end = paragraph.sourceOffset(date.end);
        context.report({
          start,
          end,
          message: `Sai thời hạn: ${paragraph.text.slice(date.start, date.end)} đã qua vào ngày ban hành thông báo.`,
          related: [{ start: issued.start, end: issued.end, message: 'Ngày ban hành thông báo' }],
        });
      }
    }
  },
};

// "đã" or "chưa" in the clause: what was done, or not, before a date ("các phòng đã nộp báo cáo trước ngày
// 15/10", "một số doanh nghiệp chưa gửi phương án trước ngày 31/12"), not a deadline this notice sets.
const DONE = /(?:^|[^\p{L}])(?:đã|chưa)(?![\p{L}])/iu;

// After the date, in the same sentence: the deadline has passed and the notice says so («chậm nhất ngày
// 10/10/2025; đến nay còn 12 xã chưa gửi»): a deadline reported, set earlier (often by a cited document).
const REPORTED_MISSED = /(?:^|[^\p{L}])(?:đến nay|tới nay|đến thời điểm này|quá hạn|chưa)(?![\p{L}])/iu;

/**
 * Whether the words at `wordsAt` («trước», «chậm nhất») and the date that ends at `dateEnd` set a deadline:
 * not in a clause that tells what was done, nor in a sentence that says it has passed.
 */
export function setsDeadline(text: string, wordsAt: number, dateEnd: number): boolean {
  return !tellsWhatWasDone(text, wordsAt) && !REPORTED_MISSED.test(sentenceAfter(text, dateEnd));
}

/** The rest of the sentence from `start`: up to a full stop (a bounded look). */
function sentenceAfter(text: string, start: number): string {
  const window = text.slice(start, start + 200);
  const end = window.search(/\.(?:\s|$)/u);
  return end < 0 ? window : window.slice(0, end);
}

const CLAUSE_ENDS = ['.', ',', ';', ':', '!', '?'];

/** Whether the clause that ends at `end` tells what was done («các phòng đã nộp … trước ngày»): no deadline. */
export function tellsWhatWasDone(text: string, end: number): boolean {
  return DONE.test(clauseBefore(text, end));
}

/** The clause of `text` that ends at `end`: back to the last punctuation mark (a bounded look). */
function clauseBefore(text: string, end: number): string {
  const window = text.slice(Math.max(0, end - 200), end);
  let from = -1;
  for (const mark of CLAUSE_ENDS) from = Math.max(from, window.lastIndexOf(mark));
  return window.slice(from + 1);
}

// The heading of a table's column of deadlines: «Thời hạn», «Thời hạn hoàn thành», «Hạn hoàn thành».
const DEADLINE_HEADING = /^[*_]*(?:thời hạn|hạn hoàn thành|thời gian hoàn thành|hạn chót)(?:\s+hoàn thành)?[*_]*$/iu;

/**
 * The dates of a task table's deadline column («| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |»): each row's
 * cell in it is a deadline, with or without «trước ngày».
 */
function deadlineColumn(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const cell of columnCells(text, DEADLINE_HEADING)) {
    if (tellsWhatWasDone(cell.text, cell.text.length)) continue;
    for (const date of findDates(cell.text, cell.start)) if (isValidDate(date.year.value, date.month.value, date.day.value)) found.push(date);
  }
  return found;
}

/** The valid dates given as deadlines in a paragraph's text ("trước ngày 15/4/2025"). */
function deadlines(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DEADLINE)) {
    if (tellsWhatWasDone(text, match.index!)) continue;
    const after = match.index! + match[0].length;
    // The date begins where the words end, or, written in full («ngày 30 tháng 9 năm 2025»), its day does
    // (the words took its «ngày»), as the date hover reads it.
    const from = Math.max(0, after - 5);
    const date = findDates(text.slice(from, after + 30), from).find((d) => d.start === after || d.day.start === after);
    if (date && isValidDate(date.year.value, date.month.value, date.day.value) && setsDeadline(text, match.index!, date.end)) found.push(date);
  }
  return found;
}
