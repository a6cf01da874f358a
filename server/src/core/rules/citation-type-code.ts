import { citationsIn, sourceOf } from '../citations/index';
import { partySymbolOf } from './citation-party-symbol';
import type { ParagraphRule } from './types';

/**
 * The type code in the symbol agrees with the type named before it ("Quyết định số 12/KH-UBND" does not);
 * a công văn has no type code (but a Party one has: "356-CV/TU"); a named type has one.
 */
export const citationTypeCode: ParagraphRule = {
  id: 'citation/type-code',
  severity: 'error',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 3 và Phụ lục III',
  description: 'Mã loại trong ký hiệu khớp với tên loại văn bản được viện dẫn; công văn không có mã loại.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Quyết định số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    for (const citation of citationsIn(paragraph, context.registry)) {
      const type = citation.typeName?.type;
      const { identifier } = citation;
      // A Party document's number written as a state one's is citation/party-symbol's finding.
      if (!type || identifier.family === 'assembly' || partySymbolOf(identifier)) continue;
      const code = identifier.typeCode?.text;
      const start = sourceOf(citation, identifier.start);
      const end = sourceOf(citation, identifier.end);
      if (type.family === 'letter') {
        // A Party công văn has one: "Công văn số 356-CV/TU" (HD36).
        const partyCode = identifier.family === 'party' && code !== undefined && (type.partyCodes ?? []).includes(code);
        if (code && !partyCode) context.report({ start, end, message: `Sai ký hiệu: ${type.name} không có mã loại, nhưng «${identifier.key}» có mã «${code}».` });
        continue;
      }
      if (!code) {
        context.report({ start, end, message: `Sai ký hiệu: ${type.name} có mã loại ${type.code ? `«${type.code}»` : ''} trong ký hiệu, «${identifier.key}» không có.` });
        continue;
      }
      const allowed = [type.code, ...(type.partyCodes ?? [])].filter(Boolean);
      if (allowed.includes(code)) continue;
      const named = context.registry.typeByCode(code);
      context.report({
        start: sourceOf(citation, identifier.typeCode!.start),
        end: sourceOf(citation, identifier.typeCode!.end),
        message: `Sai ký hiệu: «${citation.typeName!.text}» nhưng mã loại «${code}»${named ? ` là của ${named.name}` : ''}, cần «${allowed[0]}».`,
      });
    }
  },
};
