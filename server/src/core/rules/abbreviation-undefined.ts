import type { Paragraph } from '../model/types';
import { commonAbbreviations, isDefinition, proseAbbreviations, typoCorrection, writtenAbbreviations } from './abbreviation-vocabulary';
import type { Rule } from './types';
import { bodyParagraphs } from './util';
import type { AbbreviationToken } from '../text/abbreviations';

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
    // The trích yếu names what the content then writes out (PL1 II.5): its abbreviations are not first uses.
    const paragraphs: Paragraph[] = [...bodyParagraphs(model), ...model.footnotes.map((note) => note.content)];
    paragraphs.sort((a, b) => a.start - b.start);
    const written = writtenAbbreviations(paragraphs);
    for (const paragraph of paragraphs) {
      const tokens = proseAbbreviations(paragraph);
      for (const [index, token] of tokens.entries()) {
        if (known.has(token.text) || defined.has(token.text) || isCodeOrName(paragraph.text, token)) continue;
        defined.add(token.text); // reported once, at its first use
        // «VNACCS/VCIS»: two abbreviations joined by a slash name one thing, explained (or not) once.
        const joined = tokens[index + 1];
        const pair = joined && joined.start === token.end + 1 && paragraph.text[token.end] === '/' && !known.has(joined.text) ? joined : undefined;
        if (pair) defined.add(pair.text);
        const shown = pair ? paragraph.text.slice(token.start, pair.end) : token.text;
        if (isDefinition(paragraph.text, pair ? { text: shown, start: token.start, end: pair.end } : token)) continue;
        // A misspelling is abbreviation/typo's finding. The abbreviation it misspells is still to be explained
        // where it is first written right: else fixing the slip would bring a finding out that was there all along.
        if (typoCorrection(token.text, context.registry, written)) continue;
        const start = paragraph.sourceOffset(token.start);
        context.report({
          start,
          end: pair ? paragraph.sourceOffset(pair.end - 1) + 1 : start + token.text.length,
          message: `Chữ viết tắt «${shown}» chưa được giải thích ở lần dùng đầu, cần viết đầy đủ rồi ghi «(${shown})».`,
        });
      }
    }
  },
};

/**
 * Not an abbreviation to write out: a code with a digit ("gói thầu CP-02", "XL01"; "OCOP2" is a PDF's
 * footnote number glued on), the head of a number ("Hiệp định vay số CVN 1234"), part of a hyphenated
 * name ("hệ thống e-PMIS"), or the brand in the proper name of a park or a firm, capitalised as a name is
 * («Khu công nghiệp VSIP Quảng Ngãi», «Tập đoàn VNPT»).
 */
function isCodeOrName(text: string, token: AbbreviationToken): boolean {
  return (
    /\d/.test(token.text) ||
    /^ \d/.test(text.slice(token.end, token.end + 2)) ||
    /\p{L}-$/u.test(text.slice(Math.max(0, token.start - 2), token.start)) ||
    BRAND_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))
  );
}

// The firm's legal form may stand between («Công ty TNHH VSIP Quảng Ngãi», «Ngân hàng TMCP …»).
const BRAND_BEFORE = /(?:^|[^\p{L}])(?:Khu công nghiệp|Khu kinh tế|Cụm công nghiệp|Khu đô thị|Tập đoàn|Tổng công ty|Công ty|Ngân hàng)\s+(?:(?:TNHH|MTV|CP|TMCP|cổ phần|trách nhiệm hữu hạn(?: một thành viên)?)\s+)*$/u;
