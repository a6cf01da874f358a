import type { ParagraphRule } from './types';
import { registryPhrases } from './util';

const misspellingsIn = registryPhrases((registry) => registry.misspellings.map((entry) => [entry.wrong, entry.right] as const));

export const typoSpelling: ParagraphRule = {
  id: 'typo/spelling',
  severity: 'warning',
  decree: 'quy ước (chính tả tiếng Việt; danh mục lỗi chính tả trong dữ liệu tham chiếu)',
  description: 'Lỗi chính tả chắc chắn sai trong mọi ngữ cảnh («kết thức», «sử lý», «đề suất»), theo danh mục có thể mở rộng trong .thongbao.yaml.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng tập trung sử lý hồ sơ trước khi kết thức năm.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng tập trung xử lý hồ sơ trước khi kết thúc năm.',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const match of misspellingsIn(paragraph, context.registry)) {
      const { text: written, value: meant } = match;
      const right = written.charAt(0) === written.charAt(0).toLocaleLowerCase('vi') ? meant : meant.charAt(0).toLocaleUpperCase('vi') + meant.slice(1);
      const start = paragraph.sourceOffset(match.index);
      const end = paragraph.sourceOffset(match.index + written.length);
      // Split over two lines of a PDF paste, the words have no single certain edit.
      const oneLine = end - start === written.length && context.source.slice(start, end) === written;
      context.report({
        start,
        end,
        message: `Sai chính tả: «${written.split(/\s+/u).join(' ')}», cần «${right}».`,
        ...(oneLine && { fix: { title: `Sửa thành «${right}»`, edits: [{ start, end, newText: right }] } }),
      });
    }
  },
};
