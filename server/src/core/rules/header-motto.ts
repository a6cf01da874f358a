import type { Rule } from './types';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc", each phrase capitalised, joined by a hyphen with a space on each
 * side. Wrong letters or case are an error; a dash or spacing slip a warning.
 */
export const headerMotto: Rule = {
  id: 'header/motto',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 1',
  description: 'Tiêu ngữ viết «Độc lập - Tự do - Hạnh phúc»: chữ đầu mỗi cụm viết hoa, nối bằng gạch nối có cách hai bên.',
  examples: {
    wrong: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc Lập – Tự Do – Hạnh Phúc\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    const field = model.header.motto;
    // «Độc lập \- Tự do \- Hạnh phúc»: pandoc's escaped hyphens print as the hyphens they are, and a no-break
    // space (a web page's copy) as a space.
    if (!field || field.text.replace(/\\(?=-)/gu, '').replace(/\u00a0/gu, ' ') === MOTTO) return;
    const words = (text: string) => text.replace(/[-–—]/g, ' ').replace(/\s+/g, ' ').trim();
    const caseWrong = words(field.text) !== words(MOTTO);
    context.report({
      start: field.start,
      end: field.end,
      severity: caseWrong ? 'error' : 'warning',
      message: caseWrong
        ? `Sai Tiêu ngữ «${field.text}», cần «${MOTTO}» (chỉ viết hoa chữ đầu mỗi cụm).`
        : `Sai dấu nối trong Tiêu ngữ «${field.text}», cần «${MOTTO}» (gạch nối «-» có một dấu cách hai bên).`,
      fix: { title: `Sửa thành «${MOTTO}»`, edits: [{ start: field.start, end: field.end, newText: MOTTO }] },
    });
  },
};
