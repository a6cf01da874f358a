import { citationsIn, sourceOf } from '../citations/index';
import type { ParagraphRule } from './types';

/**
 * The spacing of a citation: one space after "số" ("số114" → "số 114"), none inside the number and symbol
 * ("464 /UBND-TTHC" → "464/UBND-TTHC"), one after "ngày" ("ngày16/7/2025" → "ngày 16/7/2025").
 */
export const citationSpacing: ParagraphRule = {
  id: 'citation/spacing',
  severity: 'error',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm c khoản 3 (số, ký hiệu viết liền) và điểm b khoản 6',
  description: 'Viện dẫn viết đúng khoảng cách: «số» cách số một dấu cách, số và ký hiệu viết liền, «ngày» cách ngày tháng một dấu cách.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện văn bản của Thanh tra tỉnh: số114 /TTT-NV2 ngày16/7/2025.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện văn bản của Thanh tra tỉnh: số 114/TTT-NV2 ngày 16/7/2025.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    for (const citation of citationsIn(paragraph, context.registry)) {
      const { so, identifier, date } = citation;
      if (so && so.gap === '') {
        const at = sourceOf(citation, so.end);
        context.report({
          start: sourceOf(citation, so.start),
          end: sourceOf(citation, identifier.number.end),
          message: `Thiếu dấu cách sau «${so.text}»: cần «${so.text} ${identifier.number.text}».`,
          fix: { title: `Sửa thành «${so.text} ${identifier.number.text}»`, edits: [{ start: at, end: at, newText: ' ' }] },
        });
      }
      if (identifier.strayGap) {
        const start = sourceOf(citation, identifier.strayGap.start);
        const end = sourceOf(citation, identifier.strayGap.end);
        context.report({
          start: sourceOf(citation, identifier.start),
          end: sourceOf(citation, identifier.end),
          message: `Sai số, ký hiệu «${identifier.text}»: có dấu cách trước «/», cần «${identifier.key}».`,
          fix: { title: `Sửa thành «${identifier.key}»`, edits: [{ start, end, newText: '' }] },
        });
      }
      if (date && date.gap === '') {
        const at = sourceOf(citation, date.word.end);
        context.report({
          start: sourceOf(citation, date.word.start),
          end: sourceOf(citation, date.value.end),
          severity: 'warning',
          message: `Thiếu dấu cách sau «${date.word.text}»: cần «${date.word.text} ${date.value.text}».`,
          fix: { title: `Sửa thành «${date.word.text} ${date.value.text}»`, edits: [{ start: at, end: at, newText: ' ' }] },
        });
      }
    }
  },
};
