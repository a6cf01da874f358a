import type { Paragraph } from '../model/types';
import { agencyCodeCorrection, identifierCodes, proseAbbreviations, typoCorrection, writtenAbbreviations } from './abbreviation-vocabulary';
import { reused } from '../reuse';
import type { AbbreviationToken } from '../text/abbreviations';
import type { Rule } from './types';
import { prose } from './util';

/**
 * A misspelt abbreviation: "GD" for GĐ, "CDS&ĐMST" for CĐS&ĐMST, "KH^CN" for KH&CN, or one letter off a
 * code known to the registry or written elsewhere in the same draft ("QLKHCCN" beside "QLKH&CN").
 */
export const abbreviationTypo: Rule = {
  id: 'abbreviation/typo',
  severity: 'error',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 3 (chữ viết tắt do người đứng đầu quy định)',
  description: 'Chữ viết tắt viết sai so với chữ viết tắt đã biết (danh mục hoặc chính văn bản): thiếu chữ Đ, sai ký tự &, sai một chữ cái.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Trung tâm CDS&ĐMST chủ trì triển khai Chương trình KH^CN.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Trung tâm CĐS&ĐMST chủ trì triển khai Chương trình KH&CN.",
  },
  check(model, context) {
    const paragraphs: Paragraph[] = [
      ...prose(model),
      ...model.footnotes.map((note) => note.content),
      ...(model.recipients?.entries ?? []).map((entry) => asParagraph(entry.text, entry.start)),
    ];
    const written = writtenAbbreviations(paragraphs);
    // The same abbreviations recur all through a long draft: each is judged once. (No two tokens share a
    // place, so the findings need no order here: check() sorts them.)
    const judgedInProse = new Map<string, string | undefined>();
    const judgedInIdentifiers = new Map<string, string | undefined>();
    // Two abbreviations of the draft one letter apart, each the other's «slip» («E-HSMT» and «E-HSDT», two
    // terms of a bidding notice): only the one written less often is corrected, and neither when as often.
    // Else each would be reported, and «fix all» would swap them back and forth.
    let counts: Map<string, number> | undefined;
    const countOf = (text: string) => {
      if (!counts) {
        counts = new Map();
        for (const paragraph of paragraphs) for (const token of proseAbbreviations(paragraph)) counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
      }
      return counts.get(text) ?? 0;
    };
    const proseCorrection = (text: string) => {
      const wanted = typoCorrection(text, context.registry, written);
      const mutual = wanted !== undefined && typoCorrection(wanted, context.registry, written) === text;
      return mutual && countOf(wanted) <= countOf(text) ? undefined : wanted;
    };
    const report = (token: AbbreviationToken, paragraph: Paragraph, inIdentifier: boolean) => {
      const judged = inIdentifier ? judgedInIdentifiers : judgedInProse;
      if (!judged.has(token.text)) judged.set(token.text, inIdentifier ? agencyCodeCorrection(token.text, context.registry) : proseCorrection(token.text));
      const wanted = judged.get(token.text);
      if (!wanted) return;
      const start = paragraph.sourceOffset(token.start);
      context.report({
        start,
        end: start + token.text.length,
        message: `Sai chữ viết tắt «${token.text}», cần «${wanted}».`,
        fix: { title: `Sửa thành «${wanted}»`, edits: [{ start, end: start + token.text.length, newText: wanted }] },
      });
    };
    for (const paragraph of paragraphs) for (const token of proseAbbreviations(paragraph)) report(token, paragraph, false);
    for (const paragraph of paragraphs) for (const token of reused('identifier-codes', paragraph, identifierCodes)) report(token, paragraph, true);
  },
};

function asParagraph(text: string, start: number): Paragraph {
  return { start, end: start + text.length, text, lines: [{ start, end: start + text.length }], sourceOffset: (offset) => start + offset };
}
