import { charStartBefore } from '../text/chars';
import type { Rule } from './types';

/** A footnote is a sentence: it ends with a period (seed 000's footnotes do not; 002's and 003's do). */
export const footnotePunctuation: Rule = {
  id: 'footnote/punctuation',
  severity: 'information',
  decree: 'quy ước (NĐ 30/2020/NĐ-CP không quy định chú thích)',
  description: 'Chú thích cuối trang kết thúc bằng dấu chấm, như các chú thích khác trong văn bản.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nTriển khai Nghị quyết số 57-NQ/TW[^1].\n\n[^1]: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nTriển khai Nghị quyết số 57-NQ/TW[^1].\n\n[^1]: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
  },
  check(model, context) {
    for (const note of model.footnotes) {
      const text = note.content.text.replace(/\s+$/u, '');
      if (text.length === 0 || /[.!?…]["”)]?$/u.test(text)) continue;
      const end = note.content.sourceOffset(text.length);
      context.report({
        start: charStartBefore(model.text, end, note.content.start),
        end,
        message: `Thiếu dấu chấm cuối chú thích ${note.label}.`,
        fix: { title: 'Thêm dấu chấm', edits: [{ start: end, end, newText: '.' }] },
      });
    }
  },
};
