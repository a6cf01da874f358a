import type { ParagraphRule } from './types';

/**
 * A comma or semicolon glued to the word after it: «các phòng,đơn vị», «xong;báo cáo». The mark is followed by
 * a space. Not between two capitals («KH,CN, ĐMST&CĐS» is how the abbreviation is written), nor inside an HTML
 * tag. Only between letters: «1,5 tỷ» and «Điều 3,4» are numbers, and a full stop between letters is as
 * often a domain («quangngai.gov.vn») or an abbreviation («TP.HCM») as a slip, so it is left alone.
 */
export const typoSpaceAfterPunctuation: ParagraphRule = {
  id: 'typo/space-after-punctuation',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Sau dấu phẩy, dấu chấm phẩy giữa hai chữ có một dấu cách.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nĐề nghị các phòng,đơn vị triển khai thực hiện.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nĐề nghị các phòng, đơn vị triển khai thực hiện.',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    // The paragraph's text joins its lines with a space: a mark at a line's end is followed by one, as it should.
    for (const at of marksGluedToNextWord(paragraph.text)) {
      const start = paragraph.sourceOffset(at);
      const mark = paragraph.text[at]!;
      context.report({
        start,
        end: paragraph.sourceOffset(at + 2),
        message: `Thiếu dấu cách sau «${mark}»: cần «${mark} » trước chữ tiếp theo.`,
        fix: { title: `Thêm dấu cách sau «${mark}»`, edits: [{ start: start + 1, end: start + 1, newText: ' ' }] },
      });
    }
  },
};

const LETTER_OR_MARK_BEFORE = /[\p{L}\p{M}]/u;
const LETTER_AFTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Where a «,» or «;» stands between a letter (or its combining mark) and a letter, not both capitals, outside a tag. */
export function marksGluedToNextWord(text: string): number[] {
  const found: number[] = [];
  // The next comma, semicolon, «<» and «>», each searched again only once passed: linear in the text.
  let comma = text.indexOf(',');
  let semicolon = text.indexOf(';');
  let nextOpen = text.indexOf('<');
  let nextClose = text.indexOf('>');
  let lastOpen = -1;
  let lastClose = -1;
  // Where the text was read up to: the token under way is a web address (it has «://» or begins «www.»), and
  // inline code («`a,b`») is open; both followed forward, once.
  let read = 0;
  let tokenIsAddress = false;
  let inCode = false;
  while (comma >= 0 || semicolon >= 0) {
    const at = comma < 0 ? semicolon : semicolon < 0 ? comma : Math.min(comma, semicolon);
    if (at === comma) comma = text.indexOf(',', at + 1);
    else semicolon = text.indexOf(';', at + 1);
    if (at === 0 || !LETTER_OR_MARK_BEFORE.test(text[at - 1]!) || !LETTER_AFTER.test(text[at + 1] ?? '')) continue;
    // «KH,CN, ĐMST»: abbreviations in capitals are written so; an HTML tag's «style='a;b'», a web address and
    // inline code are not prose.
    if (UPPER.test(text[at - 1]!) && UPPER.test(text[at + 1]!)) continue;
    for (; read < at; read++) {
      const char = text[read]!;
      if (char === '`') inCode = !inCode;
      else if (/\s/u.test(char)) tokenIsAddress = false;
      else if ((char === ':' && text.startsWith('//', read + 1)) || (text.startsWith('www.', read) && (read === 0 || /\s/u.test(text[read - 1]!)))) tokenIsAddress = true;
    }
    if (inCode || tokenIsAddress) continue;
    while (nextOpen >= 0 && nextOpen < at) [lastOpen, nextOpen] = [nextOpen, text.indexOf('<', nextOpen + 1)];
    while (nextClose >= 0 && nextClose < at) [lastClose, nextClose] = [nextClose, text.indexOf('>', nextClose + 1)];
    if (lastOpen > lastClose) continue;
    found.push(at);
  }
  return found;
}
