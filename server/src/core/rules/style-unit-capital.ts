import type { ParagraphRule } from './types';
import { classBefore, LETTER } from '../text/letters';
import { matchesWhere } from '../text/search';

// "Giao phòng Bưu chính – Viễn thông …": the generic word of an organisation's proper name is capitalised
// (PL2 IV.1: "Phòng Quản lý …"). Not in "Trưởng phòng", "Văn phòng", and not before a lower-case word.
// Not after a letter, "trưởng " or "văn ": checked in `lowerGenerics` (a leading look-behind is slow).
const LOWER_GENERIC = /(phòng|trung tâm|chi cục|trại)(?= (\p{Lu})(\p{L}*))/gu;
const AFTER = /(?:[Tt]rưởng|[Vv]ăn) $/u;

/** What /(?<![\p{L}])(?<!(?:[Tt]rưởng|[Vv]ăn) )LOWER_GENERIC/gu finds. */
export function lowerGenerics(text: string): RegExpExecArray[] {
  return matchesWhere(text, LOWER_GENERIC, (text, at) => (classBefore(text, at) & LETTER) === 0 && !AFTER.test(text.slice(Math.max(0, at - 7), at)));
}

const NAME_REACH = 60;
// Words of the fields that units are named after («Phòng Quản lý công nghệ», «Trung tâm Dịch vụ việc làm»).
const FIELD = new RegExp(
  String.raw`(?:^|\s)(?:${[
    'quản lý', 'quản trị', 'kế hoạch', 'tài chính', 'kế toán', 'tổ chức', 'hành chính', 'tổng hợp', 'công nghệ', 'khoa học',
    'kinh tế', 'nội vụ', 'nội chính', 'tư pháp', 'pháp chế', 'văn hóa', 'văn hoá', 'văn xã', 'khoa giáo', 'y tế', 'giáo dục', 'đào tạo', 'bồi dưỡng',
    'nông nghiệp', 'lâm nghiệp', 'kiểm lâm', 'thủy lợi', 'thuỷ lợi', 'thú y', 'giống', 'khuyến nông', 'môi trường', 'tài nguyên', 'đất đai',
    'xây dựng', 'quy hoạch', 'giao thông', 'vận tải', 'công chức', 'viên chức', 'cán bộ', 'dịch vụ', 'ứng dụng', 'chuyển đổi số', 'chuyển giao',
    'bưu chính', 'viễn thông', 'thông tin', 'truyền thông', 'thanh tra', 'nghiệp vụ', 'kiểm soát', 'kiểm tra', 'giám sát', 'tiêu chuẩn',
    'đo lường', 'chất lượng', 'kỹ thuật', 'phát triển', 'hỗ trợ', 'xúc tiến', 'đầu tư', 'lao động', 'việc làm', 'thi đua', 'khen thưởng',
    'nghiên cứu', 'thực nghiệm', 'dân số', 'phục vụ', 'một cửa', 'văn thư', 'lưu trữ', 'thống kê', 'kiểm định', 'đổi mới', 'sở hữu trí tuệ',
  ].join('|')})(?=\s|$)`,
  'u',
);

export const styleUnitCapital: ParagraphRule = {
  id: 'style/unit-capital',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục II, Mục IV, khoản 1',
  description: 'Tên riêng của cơ quan, đơn vị viết hoa chữ đầu của từ chỉ loại hình: «Phòng Quản lý …», «Trung tâm …».',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao phòng Bưu chính - Viễn thông và Chuyển đổi số chủ trì.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Phòng Bưu chính - Viễn thông và Chuyển đổi số chủ trì.",
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const match of lowerGenerics(paragraph.text)) {
      // Before an abbreviation ("phòng KH-TC") the name is not written out: a style point only.
      const abbreviated = !/\p{Ll}/u.test(match[3] ?? '') && (match[3]?.length ?? 0) > 0;
      // A unit is named after its field; «khu vực trung tâm Quảng Ngãi», «phòng Hội đồng», «trại Sáng tác»
      // are places, rooms and events, and keep their small letter.
      const name = paragraph.text.slice(match.index + match[1]!.length, match.index + match[1]!.length + NAME_REACH).split(/[,;.:()]/u)[0]!;
      if (!abbreviated && !FIELD.test(name.toLocaleLowerCase('vi'))) continue;
      const start = paragraph.sourceOffset(match.index);
      const word = match[1]!;
      const fixed = word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
      context.report({
        start,
        end: start + word.length,
        severity: abbreviated ? 'information' : 'warning',
        message: `Sai viết hoa tên đơn vị: «${word} ${match[2]}${match[3]} …» là tên riêng, cần «${fixed} ${match[2]}${match[3]} …».`,
        fix: { title: `Viết hoa thành «${fixed}»`, edits: [{ start, end: start + word.length, newText: fixed }] },
      });
    }
  },
};
