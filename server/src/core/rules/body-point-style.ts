import { findMarker } from '../model/body';
import type { ParagraphRule } from './types';

/** Points are written "a)", not "a." or "(a)". */
export const bodyPointStyle: ParagraphRule = {
  id: 'body/point-style',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục V, mục 6 (điểm: chữ cái và dấu «)»)',
  description: 'Điểm đánh bằng chữ cái tiếng Việt và dấu đóng ngoặc đơn: «a)», không «a.» hay «(a)».',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Nhiệm vụ\n\na. Rà soát.\n\n(b) Báo cáo.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Nhiệm vụ\n\na) Rà soát.\n\nb) Báo cáo.",
  },
  paragraphs: 'body',
  checkParagraph(paragraph, context) {
    // The marker as the body tree reads it (model/body buildTree): from the paragraph's text.
    const marker = findMarker(paragraph.text, paragraph.start);
    if (marker?.kind !== 'letter' || !marker.style) return;
    const letter = marker.text.replace(/[().]/g, '');
    context.report({
      start: marker.start,
      end: marker.end,
      message: `Sai cách đánh điểm «${marker.text}», cần «${letter})».`,
      fix: { title: `Sửa thành «${letter})»`, edits: [{ start: marker.start, end: marker.end, newText: `${letter})` }] },
    });
  },
};
