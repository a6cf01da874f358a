import type { Rule } from './types';

/** "Nơi nhận" is followed by a colon. */
export const recipientsLabel: Rule = {
  id: 'recipients/label',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm d khoản 9',
  description: 'Từ «Nơi nhận» có dấu hai chấm ngay sau.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận\n- Lãnh đạo Sở;\n- Lưu: VT, VP.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT, VP.",
  },
  check(model, context) {
    const label = model.recipients?.label;
    if (!label || /Nơi nhận:$/u.test(label.text)) return;
    const words = /Nơi\s+nhận/iu.exec(label.text)!;
    const end = label.start + words.index + words[0].length;
    context.report({
      start: label.start,
      end: label.end,
      message: `Sai nhãn «${label.text}», cần «Nơi nhận:».`,
      fix: { title: 'Sửa thành «Nơi nhận:»', edits: [{ start: label.start + words.index, end: Math.max(end, label.end), newText: 'Nơi nhận:' }] },
    });
  },
};
