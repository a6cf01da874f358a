import type { BodyNode } from '../model/types';
import type { Rule } from './types';

// A heading ends with ":" before its points; one that ends in sentence punctuation is a sentence, not a heading.
const SENTENCE_END = /[.;:!?…]$/u;

/**
 * "8. Trung tâm Ứng dụng và Dịch vụ KHCN" among "1. Phòng Quản lý Khoa học:" … "7. Chi cục …:" (seed 004):
 * headings of one list end the same way: the few that differ from two or more are reported, a missing «:»
 * as an extra one («2. Về khắc phục hậu quả thiên tai:» among bare headings).
 */
export const bodyHeadingColon: Rule = {
  id: 'body/heading-colon',
  severity: 'information',
  decree: 'quy ước trình bày (các tiêu đề cùng cấp trình bày thống nhất)',
  description: 'Các tiêu đề cùng cấp có điểm con kết thúc giống nhau: thiếu «:» khi các tiêu đề khác đều có, thừa «:» khi các tiêu đề khác đều không.',
  examples: {
    wrong:
      'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Văn phòng Sở:\n\na) Tổng hợp báo cáo.\n\n2. Phòng Quản lý Khoa học:\n\na) Rà soát nhiệm vụ.\n\n3. Thanh tra Sở\n\na) Kiểm tra định kỳ./.',
    right:
      'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Văn phòng Sở:\n\na) Tổng hợp báo cáo.\n\n2. Phòng Quản lý Khoa học:\n\na) Rà soát nhiệm vụ.\n\n3. Thanh tra Sở:\n\na) Kiểm tra định kỳ./.',
  },
  check(model, context) {
    const visit = (siblings: BodyNode[]) => {
      const headings = siblings.filter((node) => node.marker && node.children.length > 0 && node.paragraph.lines.length === 1);
      const withColon = headings.filter((node) => node.paragraph.text.trimEnd().endsWith(':'));
      const bare = headings.filter((node) => !SENTENCE_END.test(node.paragraph.text.trimEnd()));
      if (withColon.length >= 2 && withColon.length > bare.length) {
        for (const node of bare) {
          const text = node.paragraph.text.trimEnd();
          const at = node.paragraph.sourceOffset(text.length);
          context.report({
            start: node.marker!.start,
            end: at,
            message: `Thiếu dấu «:» cuối tiêu đề «${text}», cần thống nhất với ${withColon.length} tiêu đề cùng cấp.`,
            fix: { title: 'Thêm dấu «:»', edits: [{ start: at, end: at, newText: ':' }] },
          });
        }
      }
      if (bare.length >= 2 && bare.length > withColon.length) {
        for (const node of withColon) {
          const text = node.paragraph.text.trimEnd();
          const at = node.paragraph.sourceOffset(text.length - 1);
          context.report({
            start: node.marker!.start,
            end: at + 1,
            message: `Thừa dấu «:» cuối tiêu đề «${text}», cần thống nhất với ${bare.length} tiêu đề cùng cấp.`,
            fix: { title: 'Bỏ dấu «:»', edits: [{ start: at, end: at + 1, newText: '' }] },
          });
        }
      }
      for (const node of siblings) visit(node.children);
    };
    visit(model.body);
  },
};
