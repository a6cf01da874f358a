import type { Rule } from './types';
import { paragraphEdits, upperVi, walkBody } from './util';

/** A mục numbered with a Roman numeral has its title in capitals: "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC". */
export const bodyHeadingCase: Rule = {
  id: 'body/heading-case',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục V, mục 6 (tên mục số La Mã in hoa)',
  description: 'Tên mục đánh số La Mã (I., II., …) viết in hoa.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nI. Các nhiệm vụ thường xuyên\n\n1. Giao Văn phòng Sở tổng hợp.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nI. CÁC NHIỆM VỤ THƯỜNG XUYÊN\n\n1. Giao Văn phòng Sở tổng hợp.",
  },
  check(model, context) {
    for (const { node } of walkBody(model.body)) {
      if (node.marker?.kind !== 'roman') continue;
      const { paragraph, marker } = node;
      const from = marker.end - paragraph.start + (paragraph.text.slice(marker.end - paragraph.start).length - paragraph.text.slice(marker.end - paragraph.start).trimStart().length);
      const title = paragraph.text.slice(from);
      if (!/\p{Ll}/u.test(title)) continue;
      const start = paragraph.sourceOffset(from);
      context.report({
        start,
        end: paragraph.end,
        message: `Sai cách viết tên mục «${marker.text} ${title.length > 40 ? `${title.slice(0, 40)}…` : title}», cần viết in hoa.`,
        fix: { title: 'Viết in hoa tên mục', edits: paragraphEdits(paragraph, from, paragraph.text.length, upperVi, model.text) },
      });
    }
  },
};
