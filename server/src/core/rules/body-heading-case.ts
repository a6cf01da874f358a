import { findMarker } from '../model/body';
import type { ParagraphRule } from './types';
import { paragraphEdits, upperVi } from './util';

/** A mục numbered with a Roman numeral has its title in capitals: "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC". */
export const bodyHeadingCase: ParagraphRule = {
  id: 'body/heading-case',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục V, mục 6 (tên mục số La Mã in hoa)',
  description: 'Tên mục đánh số La Mã (I., II., …) viết in hoa.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nI. Các nhiệm vụ thường xuyên\n\n1. Giao Văn phòng Sở tổng hợp.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nI. CÁC NHIỆM VỤ THƯỜNG XUYÊN\n\n1. Giao Văn phòng Sở tổng hợp.",
  },
  paragraphs: 'body',
  checkParagraph(paragraph, context) {
    // The marker as the body tree reads it (model/body buildTree): from the paragraph's text.
    const marker = findMarker(paragraph.text, paragraph.start);
    if (marker?.kind !== 'roman') return;
    const from = marker.end - paragraph.start + (paragraph.text.slice(marker.end - paragraph.start).length - paragraph.text.slice(marker.end - paragraph.start).trimStart().length);
    const title = paragraph.text.slice(from);
    if (!/\p{Ll}/u.test(title)) return;
    const start = paragraph.sourceOffset(from);
    context.report({
      start,
      end: paragraph.end,
      message: `Sai cách viết tên mục «${marker.text} ${title.length > 40 ? `${title.slice(0, 40)}…` : title}», cần viết in hoa.`,
      fix: { title: 'Viết in hoa tên mục', edits: paragraphEdits(paragraph, from, paragraph.text.length, upperVi, context.source) },
    });
  },
};
