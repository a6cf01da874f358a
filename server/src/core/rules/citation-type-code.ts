import { citationsIn, sourceOf } from '../citations/index';
import { partySymbolOf } from './citation-party-symbol';
import type { Registry } from '../registry/registry';
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
        if (code && !partyCode && !isIssuerCode(code, citation.issuerWords?.text, context.registry)) {
          context.report({ start, end, message: `Sai ký hiệu: ${type.name} không có mã loại, nhưng «${identifier.key}» có mã «${code}».` });
        }
        continue;
      }
      // «310/BCSKHCN», «15/2015/TTBKHCN»: the dash between the type's code and the issuer's lost, as a PDF's
      // line join loses it; both codes are there, and the fix is the dash.
      const glued = code ?? (identifier.units.length === 0 ? identifier.issuerCode?.text : undefined);
      const issuer = type.code && glued?.startsWith(type.code) ? glued.slice(type.code.length) : undefined;
      if (issuer && context.registry.agency(issuer)) {
        const at = sourceOf(citation, (identifier.typeCode ?? identifier.issuerCode)!.start) + type.code!.length;
        context.report({
          start,
          end,
          message: `Sai ký hiệu «${identifier.key}»: thiếu «-» giữa mã loại «${type.code}» và mã cơ quan «${issuer}», cần «${type.code}-${issuer}».`,
          fix: { title: `Thêm «-»: ${type.code}-${issuer}`, edits: [{ start: at, end: at, newText: '-' }] },
        });
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

/**
 * A công văn's symbol starts with its issuer's code, which may also be a type's: «2845/CT-QLN ngày … của Cục
 * Thuế» is Cục Thuế's (CT), not a Chỉ thị's. So when the registry knows a body of that code, or the issuer the
 * citation names has those initials («Cục Thuế» → CT), the code is the issuer's.
 */
function isIssuerCode(code: string, issuerWords: string | undefined, registry: Registry): boolean {
  if (registry.agency(code)) return true;
  if (!issuerWords) return false;
  const initials = issuerWords
    .split(/\s+/u)
    .map((word) => word.charAt(0))
    .join('')
    .toLocaleUpperCase('vi');
  return initials.startsWith(code);
}
