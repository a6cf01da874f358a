import type { NoticeModel } from '../model/types';
import type { Report, Rule } from './types';

/**
 * Tên loại and trích yếu (PL1 II.5): the tên loại is the type's name alone, in capitals (ND30 Điều 7: "THÔNG
 * BÁO"); the trích yếu of a named document has no "V/v" (that belongs to a công văn), starts with a capital,
 * and is not written all in capitals.
 */
export const headerSummary: Rule = {
  id: 'header/summary',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 5',
  description: 'Tên loại chỉ ghi tên loại văn bản, chữ in hoa («THÔNG BÁO»); trích yếu đặt ngay dưới, viết chữ thường, bắt đầu bằng chữ hoa; không dùng «V/v» (chỉ dùng cho công văn).',
  examples: {
    wrong: "THÔNG BÁO\n\nV/v kết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    checkTitleCase(model, context.report);
    checkConclusionTitle(model, context.report);
    checkSummaryUnderNumber(model, context.report);
    const summary = model.summary;
    if (!model.title || !summary) return;
    const vv = /^V\/v\s*|^V\/V\s*|^v\/v\s*/u.exec(summary.text);
    if (vv) {
      const rest = summary.text.slice(vv[0].length);
      const capitalised = rest.charAt(0).toLocaleUpperCase('vi');
      const end = summary.sourceOffset(vv[0].length + (rest.length > 0 ? 1 : 0));
      context.report({
        start: summary.start,
        end: summary.sourceOffset(vv[0].length),
        message: `Sai trích yếu: «V/v» chỉ dùng cho công văn, ${model.title.text} viết thẳng nội dung («${capitalised}${rest.slice(1, 30)}…»).`,
        fix: { title: 'Bỏ «V/v»', edits: [{ start: summary.start, end, newText: capitalised }] },
      });
      return;
    }
    const letters = summary.text.replace(/[^\p{L}]/gu, '');
    if (letters.length > 3 && !/\p{Ll}/u.test(letters)) {
      context.report({
        start: summary.start,
        end: summary.end,
        severity: 'warning',
        message: 'Sai cách viết trích yếu: không viết toàn chữ in hoa, cần viết chữ thường, chữ đầu viết hoa.',
      });
    } else if (/^\p{Ll}/u.test(summary.text)) {
      // The whole first character (a letter outside the BMP is two code units) and only if it has a capital.
      const first = String.fromCodePoint(summary.text.codePointAt(0)!);
      const capital = first.toLocaleUpperCase('vi');
      if (capital === first) return;
      const end = summary.start + first.length;
      context.report({
        start: summary.start,
        end,
        severity: 'warning',
        message: `Sai cách viết trích yếu: chữ đầu phải viết hoa, cần «${capital}».`,
        fix: { title: 'Viết hoa chữ đầu', edits: [{ start: summary.start, end, newText: capital }] },
      });
    }
  },
};

/** «Thông báo» where the tên loại stands: PL1 II.5.a prints it in capitals. */
function checkTitleCase(model: NoticeModel, report: (finding: Report) => void): void {
  const title = model.title;
  if (!title || !/\p{Ll}/u.test(title.text)) return;
  const capitals = title.text.toLocaleUpperCase('vi');
  report({
    start: title.start,
    end: title.end,
    message: `Sai tên loại «${title.text}»: tên loại viết chữ in hoa, cần «${capitals}».`,
    fix: { title: `Viết thành «${capitals}»`, edits: [{ start: title.start, end: title.end, newText: capitals }] },
  });
}

/**
 * "THÔNG BÁO KẾT LUẬN": Điều 7 has no such type; the notice is a THÔNG BÁO whose trích yếu begins "Kết luận
 * của …". The fix is certain when the next line goes on with "của": the two words move down to it.
 */
function checkConclusionTitle(model: NoticeModel, report: (finding: Report) => void): void {
  const title = model.title;
  if (!title) return;
  const written = /^(THÔNG\s+BÁO)\s+KẾT\s+LUẬN$/u.exec(model.text.slice(title.start, title.end));
  if (!written) return;
  const of = model.summary && /^[Cc]ủa\s/u.exec(model.summary.text);
  report({
    start: title.start,
    end: title.end,
    message: 'Sai tên loại «THÔNG BÁO KẾT LUẬN»: tên loại là «THÔNG BÁO», «Kết luận của …» là trích yếu ở dòng dưới.',
    ...(of && {
      fix: {
        title: 'Sửa thành «THÔNG BÁO» và trích yếu «Kết luận của …»',
        edits: [
          { start: title.start + written[1]!.length, end: title.end, newText: '' },
          { start: model.summary!.start, end: model.summary!.start + 3, newText: 'Kết luận của' },
        ],
      },
    }),
  });
}

// «V/v …» on its own line in the header: the place of a công văn's trích yếu (PL1 II.5.b), under its number.
const VV_LINE = /^[ \t]*[*_]*(?:V\/v|V\/V|v\/v)[ \t]+[^\n]*$/mu;

/** A named document («THÔNG BÁO») with a công văn's «V/v …» under its number: its trích yếu goes under the tên loại. */
function checkSummaryUnderNumber(model: NoticeModel, report: (finding: Report) => void): void {
  const { number } = model.header;
  const title = model.title;
  if (!number || !title || title.start <= number.end) return;
  const between = model.text.slice(number.end, title.start);
  const line = VV_LINE.exec(between);
  if (!line) return;
  const start = number.end + line.index + (line[0].length - line[0].trimStart().length);
  const end = number.end + line.index + line[0].trimEnd().length;
  // With a trích yếu under the tên loại, the line only repeats it: taking it away (with its line break) is the fix.
  const lineEnd = model.text.indexOf('\n', end);
  const removal = { start: number.end + line.index, end: lineEnd < 0 ? end : lineEnd + 1, newText: '' };
  report({
    start,
    end,
    message: `Sai trích yếu: «V/v …» dưới số, ký hiệu chỉ dùng cho công văn; ${title.text} ghi trích yếu ngay dưới tên loại.`,
    ...(model.summary && { fix: { title: 'Bỏ dòng «V/v …»', edits: [removal] } }),
  });
}
