import type { Rule } from './types';
import { walkBody } from './util';

/** Points are written "a)", not "a." or "(a)". */
export const bodyPointStyle: Rule = {
  id: 'body/point-style',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục V, mục 6 (điểm: chữ cái và dấu «)»)',
  description: 'Điểm đánh bằng chữ cái tiếng Việt và dấu đóng ngoặc đơn: «a)», không «a.» hay «(a)».',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Nhiệm vụ\n\na. Rà soát.\n\n(b) Báo cáo.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Nhiệm vụ\n\na) Rà soát.\n\nb) Báo cáo.",
  },
  check(model, context) {
    for (const { node } of walkBody(model.body)) {
      const marker = node.marker;
      if (marker?.kind !== 'letter' || !marker.style) continue;
      const letter = marker.text.replace(/[().]/g, '');
      context.report({
        start: marker.start,
        end: marker.end,
        message: `Sai cách đánh điểm «${marker.text}», cần «${letter})».`,
        fix: { title: `Sửa thành «${letter})»`, edits: [{ start: marker.start, end: marker.end, newText: `${letter})` }] },
      });
    }
  },
};
