import { citationsIn, issuerNames, sourceOf } from '../citations/index';
import type { Citation } from '../citations/types';
import type { Registry } from '../registry/registry';
import type { Agency } from '../registry/types';
import { foldVietnamese } from '../text/fold';
import type { ParagraphRule } from './types';

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

function otherIssuer(wordsText: string, code: string, registry: Registry): Agency | undefined {
  const expected = issuerNames(registry, code);
  if (expected.length === 0) return undefined;
  const folded = foldVietnamese(wordsText);
  if (expected.some((name) => folded.includes(name) || name.includes(folded))) return undefined;
  const other = registry.agencies.find((agency) => issuerNames(registry, agency.code).some((name) => name.length > 3 && folded.endsWith(name)));
  return other && other.code !== code ? other : undefined;
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
  description: 'Cơ quan ban hành ghi bằng chữ («của …») khớp với mã cơ quan trong ký hiệu của văn bản được viện dẫn.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nTriển khai Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Bộ Tài chính.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nTriển khai Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    const { registry } = context;
    for (const citation of citationsIn(paragraph, registry)) {
      if (!issuerAgainstCode(citation, registry)) continue;
      const words = citation.issuerWords!;
      const code = citation.identifier.issuerCode!.text;
      // The registry may name the very body («57-NQ/TW»: the Bộ Chính trị, not the whole Central Committee).
      const issuer = registry.document(citation.identifier.key)?.issuer ?? registry.agency(code)?.name ?? code;
      context.report({
        start: sourceOf(citation, words.start),
        end: sourceOf(citation, words.end),
        message: `Sai cơ quan ban hành: ${citation.identifier.key} là văn bản của ${issuer}, không phải của ${words.text}.`,
      });
    }
  },
};
