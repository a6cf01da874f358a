import { citationsIn, issuerNames, sourceOf } from '../citations/index';
import type { Citation } from '../citations/types';
import { formatDate } from '../features/date-format';
import { existedOn, firstDayWithout, namesGoneDistrict } from '../registry/lifetime';
import type { Registry } from '../registry/registry';
import type { Agency } from '../registry/types';
import { isValidDate } from '../text/dates';
import { foldVietnamese } from '../text/fold';
import type { ParagraphRule, Report } from './types';

/** Another body the registry knows, named in words where the symbol's code names a different one. */
export function issuerAgainstCode(citation: Citation, registry: Registry): Agency | undefined {
  const words = citation.issuerWords;
  const code = citation.identifier.issuerCode?.text;
  if (!words || !code) return undefined;
  // The same few issuers are cited again and again; the answer depends only on the words and the code.
  let answers = answersOf.get(registry);
  if (!answers || answers.size > 10_000) answersOf.set(registry, (answers = new Map()));
  const key = `${code}\u0000${words.text}`;
  if (!answers.has(key)) answers.set(key, otherIssuer(words.text, code, registry));
  return answers.get(key);
}

const answersOf = new WeakMap<Registry, Map<string, Agency | undefined>>();

/**
 * The body the words name when it is not the code's. The words may hold the code's name with more around it
 * (the head that signs, the place: «Chủ tịch UBND tỉnh Quảng Ngãi» for /UBND), or part of it («Thủ tướng» for
 * /TTg); but a longer name of another body that holds it is that body: «Thủ tướng Chính phủ» and «Văn phòng
 * Chính phủ» for /CP, and the words that are exactly another body's name («Chính phủ» for /TTg).
 */
function otherIssuer(wordsText: string, code: string, registry: Registry): Agency | undefined {
  const expected = issuerNames(registry, code);
  if (expected.length === 0) return undefined;
  const folded = foldVietnamese(wordsText);
  // How much of the words the code's names account for; a name that only holds the words counts for less
  // than another body's name that is exactly the words.
  let matched = 0;
  for (const name of expected) {
    if (folded.includes(name)) matched = Math.max(matched, name.length);
    else if (name.includes(folded)) matched = Math.max(matched, folded.length - 0.5);
  }
  let other: Agency | undefined;
  let otherLength = 0;
  for (const agency of registry.agencies) {
    if (agency.code === code) continue;
    for (const name of issuerNames(registry, agency.code)) {
      const named = matched > 0 ? folded.includes(name) : folded.endsWith(name);
      if (name.length > 3 && name.length > otherLength && named) [other, otherLength] = [agency, name.length];
    }
  }
  return other && otherLength > matched ? other : undefined;
}

/**
 * The issuer named in words agrees with the issuer's code in the symbol: "/TTg" is the Thủ tướng Chính
 * phủ's, "/TW" the Party Central Committee's, not the Government's. Reported only when the words name
 * another body the registry knows.
 */
export const citationIssuer: ParagraphRule = {
  id: 'citation/issuer',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 6',
  description: 'Cơ quan ban hành ghi bằng chữ («của …») khớp với mã cơ quan trong ký hiệu của văn bản được viện dẫn, và còn tồn tại vào ngày ban hành văn bản đó.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nTriển khai Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Bộ Tài chính.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nTriển khai Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    const { registry } = context;
    for (const citation of citationsIn(paragraph, registry)) {
      const gone = goneOnItsDate(citation, registry);
      if (gone) context.report(gone);
      if (!issuerAgainstCode(citation, registry)) continue;
      const words = citation.issuerWords!;
      const code = citation.identifier.issuerCode!.text;
      // The registry may name the very body («57-NQ/TW»: the Bộ Chính trị, not the whole Central Committee).
      const issuer = registry.document(citation.identifier.key)?.issuer ?? (registry.agency(code) ?? registry.agency(code.replace(/\d+$/u, '')))?.name ?? code;
      context.report({
        start: sourceOf(citation, words.start),
        end: sourceOf(citation, words.end),
        message: `Sai cơ quan ban hành: ${citation.identifier.key} là văn bản của ${issuer}, không phải của ${words.text}.`,
      });
    }
  },
};

/**
 * A document dated after its issuer was gone: the code's body merged or dissolved before that day («…/QĐ-BTTTT
 * ngày 10/5/2025»), or words that name the UBND or HĐND of a district after 30/6/2025.
 */
function goneOnItsDate(citation: Citation, registry: Registry): Report | undefined {
  const date = citation.date;
  if (!date || !isValidDate(date.year, date.month, date.day)) return undefined;
  const start = sourceOf(citation, date.value.start);
  const end = sourceOf(citation, date.value.end);
  const code = citation.identifier.issuerCode?.text;
  const agency = code ? registry.agency(code) : undefined;
  if (agency && !existedOn(agency, date.year, date.month, date.day)) {
    const gone = formatDate(firstDayWithout(agency)!, { form: 'short', padLateMonths: false });
    return { start, end, message: `Sai ngày hoặc cơ quan ban hành: ${citation.identifier.key} ghi ngày ${date.value.text}, nhưng ${agency.name} không còn từ ngày ${gone}.` };
  }
  const words = citation.issuerWords?.text;
  if (words && namesGoneDistrict(words, date.year, date.month, date.day)) {
    return { start, end, message: `Sai ngày hoặc cơ quan ban hành: ${citation.identifier.key} ghi ngày ${date.value.text}, nhưng chính quyền cấp huyện không còn từ ngày 01/7/2025.` };
  }
  return undefined;
}
