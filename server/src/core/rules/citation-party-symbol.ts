import { citationsIn, sourceOf } from '../citations/index';
import type { Identifier } from '../citations/types';
import type { Registry } from '../registry/registry';
import type { ParagraphRule } from './types';

/**
 * A Party document's number is written «số-LOẠI/CƠ QUAN» (Hướng dẫn 36-HD/VPTW): «Kết luận số 12-KL/TU»,
 * «Nghị quyết số 57-NQ/TW». Written as a state document's, «12/KL-TU», it reads as a công văn of a body
 * «KL». The Party's type codes before a Party organ's code tell it for certain, and the fix rewrites it.
 */
export const citationPartySymbol: ParagraphRule = {
  id: 'citation/party-symbol',
  severity: 'error',
  decree: 'Hướng dẫn 36-HD/VPTW, Mục II.1.3 (số và ký hiệu văn bản của Đảng: «số-LOẠI/CƠ QUAN»)',
  description: 'Số, ký hiệu văn bản của Đảng được viện dẫn viết «số-mã loại/cơ quan» («57-NQ/TW»), không theo kiểu văn bản nhà nước («57/NQ-TW»); văn bản của cơ quan nhà nước viết «số/mã loại-cơ quan» («51/KH-UBND»), không theo kiểu của Đảng («51-KH/UBND»).',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kết luận số 12/KL-TU ngày 15/10/2026 của Ban Thường vụ Tỉnh ủy.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kết luận số 12-KL/TU ngày 15/10/2026 của Ban Thường vụ Tỉnh ủy.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    for (const citation of citationsIn(paragraph, context.registry)) {
      const { identifier } = citation;
      const party = partySymbolOf(identifier);
      const state = party ? undefined : stateSymbolOf(identifier, context.registry);
      const written = party ?? state;
      if (!written) continue;
      const start = sourceOf(citation, identifier.start);
      const end = sourceOf(citation, identifier.end);
      context.report({
        start,
        end,
        message: party
          ? `Sai số, ký hiệu văn bản của Đảng «${identifier.key}»: viết «số-mã loại/cơ quan», cần «${written}».`
          : `Sai số, ký hiệu «${identifier.key}»: văn bản của cơ quan nhà nước viết «số/mã loại-cơ quan», cần «${written}».`,
        fix: { title: `Sửa thành «${written}»`, edits: [{ start, end, newText: written }] },
      });
    }
  },
};

/**
 * The number a citation means: its own, or, written in the other family's form («57/NQ-TW», «51-KH/UBND»),
 * the one it is meant to be, so that the same document cited again rightly is no first citation.
 */
export function meantKey(identifier: Identifier, registry: Registry): string {
  return partySymbolOf(identifier) ?? stateSymbolOf(identifier, registry) ?? identifier.key;
}

/**
 * The Party document's number as it is written («12-KL/TU») when `identifier` is one written as a state
 * document's: «12/KL-TU», read as «number/TYPE-ISSUER» or as a công văn's «number/ISSUER-UNIT».
 */
export function partySymbolOf(identifier: Identifier): string | undefined {
  if (identifier.year) return undefined;
  const [type, organ] =
    identifier.family === 'administrative' && identifier.units.length === 0
      ? [identifier.typeCode?.text, identifier.issuerCode?.text]
      : identifier.family === 'letter' && identifier.units.length === 1
        ? [identifier.issuerCode?.text, identifier.units[0]!.text]
        : [];
  return type && organ && PARTY_TYPES.has(type) && PARTY_ORGAN.test(organ) ? `${identifier.number.text}-${type}/${organ}` : undefined;
}

/**
 * The state document's number as it is written («51/KH-UBND») when `identifier` is one written in the
 * Party's form: «51-KH/UBND», a type code of Phụ lục III before the code of a state body the registry knows.
 */
export function stateSymbolOf(identifier: Identifier, registry: Registry): string | undefined {
  if (identifier.family !== 'party' || identifier.year) return undefined;
  const type = identifier.typeCode?.text;
  const organ = identifier.issuerCode?.text;
  if (!type || !organ || PARTY_ORGAN.test(organ) || registry.agency(organ)?.kind !== 'state' || !registry.typeByCode(type)) return undefined;
  return `${identifier.number.text}/${[type, organ, ...identifier.units.map((unit) => unit.text)].join('-')}`;
}

// The Party's type codes (HD36; «QĐi» for a quy định) and its organs' codes: the Central Committee (TW) and
// its offices (VPTW, BTCTW…), a Tỉnh ủy or Thành ủy (TU) and its boards (BTGTU, UBKTTU…), a Huyện, Quận or
// Thị xã ủy, a Đảng ủy (ĐU, ĐUK).
const PARTY_TYPES = new Set(['NQ', 'KL', 'CT', 'QĐ', 'QĐi', 'KH', 'HD', 'TB', 'BC', 'CTr', 'TT', 'CV', 'BS']);
const PARTY_ORGAN = /^(?:[A-ZĐ]*T[WU]|HU|QU|TXU|ĐU|ĐUK)$/u;
