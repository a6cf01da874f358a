import type { Rule } from './types';

const CORRECT = /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;

/** Quốc hiệu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", in capitals (the decree writes both HÒA and HOÀ). */
export const headerNationalTitle: Rule = {
  id: 'header/national-title',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm a khoản 1',
  description: 'Quốc hiệu viết in hoa, đúng chữ: «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM».',
  examples: {
    wrong: "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    const field = model.header.nationalTitle;
    // A no-break space prints as the space it stands for (a web page's copy has them between words).
    if (!field || CORRECT.test(field.text.replace(/\u00a0/gu, ' '))) return;
    const fixed = field.text.replace(/\s+/g, ' ').toLocaleUpperCase('vi');
    context.report({
      start: field.start,
      end: field.end,
      message: `Sai Quốc hiệu «${field.text}», cần «${fixed}» (in hoa, một dấu cách giữa các chữ).`,
      fix: { title: `Sửa thành «${fixed}»`, edits: [{ start: field.start, end: field.end, newText: fixed }] },
    });
  },
};
