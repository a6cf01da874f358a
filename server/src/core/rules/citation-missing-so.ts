import { citationsIn, sourceOf } from '../citations/index';
import type { ParagraphRule } from './types';

/** "Kế hoạch 130/KH-…" → "Kế hoạch số 130/KH-…": the decree's templates always write "số" (information). */
export const citationMissingSo: ParagraphRule = {
  id: 'citation/missing-so',
  severity: 'information',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục III (các mẫu viết «… số …/…»)',
  description: 'Giữa tên loại văn bản và số, ký hiệu có chữ «số».',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kế hoạch 76/KH-SKHCN ngày 20/01/2021 của Sở KH&CN.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kế hoạch số 76/KH-SKHCN ngày 20/01/2021 của Sở KH&CN.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    for (const citation of citationsIn(paragraph, context.registry)) {
      const { typeName, so, identifier } = citation;
      if (!typeName || typeName.inherited || so || typeName.type?.name === 'Luật') continue;
      const at = sourceOf(citation, identifier.start);
      context.report({
        start: sourceOf(citation, typeName.start),
        end: sourceOf(citation, identifier.end),
        message: `Thiếu chữ «số»: cần «${typeName.text} số ${identifier.key}».`,
        fix: { title: 'Thêm «số»', edits: [{ start: at, end: at, newText: 'số ' }] },
      });
    }
  },
};
