import type { ParagraphRule } from './types';

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['(', ')'],
];
// Enumeration markers written inline ("a) …; b) …") close a parenthesis they never opened.
// No look-behind over "\s+": it re-read a run of spaces at every position (quadratic).
const INLINE_MARKER = /(^|[:;,.]\s+)([a-zđ\d]{1,2}\))/gu;

/** An opening quote or parenthesis that is never closed in its paragraph, or a closing one never opened. */
export const typoUnbalanced: ParagraphRule = {
  id: 'typo/unbalanced',
  severity: 'error',
  decree: 'quy ước trình bày',
  description: 'Ngoặc kép “ ” và ngoặc đơn ( ) mở ra thì phải đóng lại trong cùng đoạn.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThanh tra nhiệm vụ “Thực nghiệm mô hình trồng Sacha Inchi tại huyện Ba Tơ.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThanh tra nhiệm vụ “Thực nghiệm mô hình trồng Sacha Inchi” tại huyện Ba Tơ.",
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const { at, message } of unbalanced(paragraph.text)) {
      const start = paragraph.sourceOffset(at);
      context.report({ start, end: start + 1, message });
    }
  },
};

/** The quotes and parentheses of a paragraph's text left unpaired, in the order they are reported. */
function unbalanced(paragraph: string): { at: number; message: string }[] {
  const found: { at: number; message: string }[] = [];
  // Without a ")" no inline marker can match: skip the pass.
  const text = paragraph.includes(')') ? paragraph.replace(INLINE_MARKER, (_, before: string, marker: string) => before + ' '.repeat(marker.length)) : paragraph;
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    // Most paragraphs have no quote: each search for the next mark skips the text between them.
    let nextOpen = text.indexOf(open);
    let nextClose = text.indexOf(close);
    while (nextOpen >= 0 || nextClose >= 0) {
      if (nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose)) {
        stack.push(nextOpen);
        nextOpen = text.indexOf(open, nextOpen + 1);
        continue;
      }
      if (stack.length > 0) stack.pop();
      else found.push({ at: nextClose, message: `Thừa dấu «${close}»: không có «${open}» tương ứng trong đoạn.` });
      nextClose = text.indexOf(close, nextClose + 1);
    }
    for (const at of stack) found.push({ at, message: `Thiếu dấu «${close}»: dấu «${open}» mở ra mà không đóng lại trong đoạn.` });
  }
  let straight = 0;
  let last = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    straight++;
    last = i;
  }
  if (straight % 2 === 1) found.push({ at: last, message: 'Thiếu dấu ngoặc kép: số dấu «"» trong đoạn là số lẻ.' });
  return found;
}

