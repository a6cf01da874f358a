import type { Paragraph } from '../model/types';
import { commonAbbreviations, isDefinition, proseAbbreviations, typoCorrection } from './abbreviation-vocabulary';
import { OneEditIndex } from '../text/fold';
import type { Rule } from './types';
import { prose } from './util';

/**
 * An abbreviation used before it is defined: write the words out the first time, with the abbreviation
 * in parentheses ("Sở Khoa học và Công nghệ (KH&CN)"). Not a rule of ND30 itself (which only regulates
 * the abbreviations of the header, the symbol and the signature), hence a warning, as the rulebook says.
 */
export const abbreviationUndefined: Rule = {
  id: 'abbreviation/undefined',
  severity: 'warning',
  decree: 'quy ước (NĐ 30/2020/NĐ-CP không quy định; Phụ lục I, Mục II, điểm b khoản 6 đòi viện dẫn đầy đủ)',
  description: 'Chữ viết tắt được giải thích ở lần dùng đầu tiên: viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng rà soát các TTHC thuộc thẩm quyền.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng rà soát các thủ tục hành chính (TTHC) thuộc thẩm quyền; các TTHC được công khai.",
  },
  check(model, context) {
    const known = commonAbbreviations(context.registry);
    const defined = new Set<string>();
    const paragraphs: Paragraph[] = [...prose(model), ...model.footnotes.map((note) => note.content)];
    paragraphs.sort((a, b) => a.start - b.start);
    const written = new OneEditIndex(new Set(paragraphs.flatMap((paragraph) => proseAbbreviations(paragraph).map((token) => token.text))));
    for (const paragraph of paragraphs) {
      for (const token of proseAbbreviations(paragraph)) {
        if (known.has(token.text) || defined.has(token.text)) continue;
        defined.add(token.text); // reported once, at its first use
        if (isDefinition(paragraph.text, token)) continue;
        // A misspelling is abbreviation/typo's finding, and stands for the abbreviation it misspells.
        const meant = typoCorrection(token.text, context.registry, written);
        if (meant) {
          defined.add(meant);
          continue;
        }
        const start = paragraph.sourceOffset(token.start);
        context.report({
          start,
          end: start + token.text.length,
          message: `Chữ viết tắt «${token.text}» chưa được giải thích ở lần dùng đầu, cần viết đầy đủ rồi ghi «(${token.text})».`,
        });
      }
    }
  },
};
