import type { ParagraphRule } from './types';

const SPACES_BETWEEN_WORDS = /(?<=\S) {2,}(?=\S)/g;

/** Two or more spaces between words inside a line of the trích yếu or the body. */
export const typoDoubleSpace: ParagraphRule = {
  id: 'typo/double-space',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Giữa hai chữ chỉ có một dấu cách.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nChủ trì  cuộc họp đã ghi nhận kết quả.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nChủ trì cuộc họp đã ghi nhận kết quả.",
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const line of paragraph.lines) {
      const text = context.source.slice(line.start, line.end);
      for (const match of text.matchAll(SPACES_BETWEEN_WORDS)) {
        const start = line.start + match.index!;
        context.report({
          start,
          end: start + match[0].length,
          message: `Sai khoảng cách: ${match[0].length} dấu cách liền nhau, cần một dấu cách.`,
          fix: { title: 'Chỉ để một dấu cách', edits: [{ start, end: start + match[0].length, newText: ' ' }] },
        });
      }
    }
  },
};
