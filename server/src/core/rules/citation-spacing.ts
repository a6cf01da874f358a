import { citationsIn, sourceOf } from '../citations/index';
import type { ParagraphRule } from './types';

/**
 * The spacing of a citation: one space after "số" ("số114" → "số 114"), none inside the number and symbol
 * ("464 /UBND-TTHC" → "464/UBND-TTHC", "42/2025/QĐ - UBND" → "42/2025/QĐ-UBND"), one after "ngày" ("ngày16/7/2025" → "ngày 16/7/2025").
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
      const { strayGap, slashGap, spacedDashes = [] } = identifier;
      if (strayGap || slashGap || spacedDashes.length > 0) {
        const gaps = [strayGap, slashGap].filter((gap) => gap !== undefined);
        const edits = [...gaps.map((gap) => ({ ...gap, newText: '' })), ...spacedDashes.map((joint) => ({ ...joint, newText: '-' }))];
        const where = [...(strayGap ? ['trước «/»'] : []), ...(slashGap ? ['sau «/»'] : []), ...(spacedDashes.length > 0 ? ['quanh «-»'] : [])].join(' và ');
        context.report({
          start: sourceOf(citation, identifier.start),
          end: sourceOf(citation, identifier.end),
          message: `Sai số, ký hiệu «${identifier.text}»: có dấu cách ${where}, cần «${identifier.key}».`,
          fix: { title: `Sửa thành «${identifier.key}»`, edits: edits.map((edit) => ({ start: sourceOf(citation, edit.start), end: sourceOf(citation, edit.end), newText: edit.newText })) },
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
