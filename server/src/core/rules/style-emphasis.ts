import type { ParagraphRule } from './types';

// Emphasis inside a paragraph ("… hoàn thành **trước ngày 15/4/2025**."); a whole bold paragraph is a
// titled khoản, which the decree prints in bold, and is read without its marks.
const ONLY_A_MARKER = /^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]$/u;
const INLINE_EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![*\w])/gu;

/** The body is set upright and regular (PL1 II.6.e); bold or italics for emphasis are not in the decree. */
export const styleEmphasis: ParagraphRule = {
  id: 'style/emphasis',
  severity: 'information',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm e khoản 6 (nội dung: chữ in thường, kiểu chữ đứng)',
  description: 'Nội dung văn bản dùng chữ đứng, không in đậm hay in nghiêng để nhấn mạnh một phần câu.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng gửi báo cáo **trước ngày 15/4/2025**.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng gửi báo cáo trước ngày 15/4/2025.",
  },
  // The content only: the trích yếu is set in bold (PL1 II.5), a line of it in bold of its own too.
  paragraphs: 'body',
  checkParagraph(paragraph, context) {
    // A table's bold (its header, a row of totals) sets the table out; it is not the text's emphasis.
    if (paragraph.text.startsWith('|')) return;
    for (const match of paragraph.text.matchAll(INLINE_EMPHASIS)) {
      // The khoản's number alone in bold («**3.** Giao …», as Word numbers it) is its marker, not a word stressed.
      if (ONLY_A_MARKER.test(match[2] ?? match[3]!)) continue;
      const start = paragraph.sourceOffset(match.index!);
      const end = paragraph.sourceOffset(match.index! + match[0].length);
      const bold = match[1] !== undefined;
      context.report({
        start,
        end,
        message: `Nội dung văn bản dùng chữ đứng: «${match[2] ?? match[3]}» đang ${bold ? 'in đậm' : 'in nghiêng'} để nhấn mạnh.`,
      });
    }
  },
};
