import type { ParagraphRule } from './types';

/**
 * A space before a comma, a full stop, a colon, a semicolon, «!», «?» or «)»: «năm học 2026 - 2027 .»,
 * «như sau :», «phường Cẩm Thành ,» (Word drafts are full of them). The mark goes right after the word.
 */
export const typoSpaceBeforePunctuation: ParagraphRule = {
  id: 'typo/space-before-punctuation',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Dấu câu (, . ; : ! ? và ngoặc đóng) viết liền sau chữ đứng trước, không có dấu cách.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiám đốc Sở kết luận như sau :',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiám đốc Sở kết luận như sau:',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const line of paragraph.lines) {
      const text = context.source.slice(line.start, line.end);
      for (const space of spacesBeforePunctuation(text)) {
        const start = line.start + space.index;
        const mark = text[space.index + space.length]!;
        context.report({
          start,
          end: start + space.length + 1,
          message: `Sai khoảng cách: có dấu cách trước «${mark}», cần viết liền với chữ đứng trước.`,
          fix: { title: `Bỏ dấu cách trước «${mark}»`, edits: [{ start, end: start + space.length, newText: '' }] },
        });
      }
    }
  },
};

const MARKS = ',.;:!?)';
// The marks, each then read back over the spaces before it: a run of spaces stands before one mark at most,
// so the scan is linear, and prose has fewer marks than spaces.
const MARK = /[,.;:!?)]/g;

/** The runs of spaces before a mark that typo/space-before-punctuation reports, as index and length. */
export function spacesBeforePunctuation(text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  for (const match of text.matchAll(MARK)) {
    const end = match.index!;
    let index = end;
    while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--;
    if (index < end && isSpaceBeforeMark(text, index, end)) found.push({ index, length: end - index });
  }
  return found;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/**
 * The spaces from `start` to `end` stand between a character that is not a space and a mark that ends
 * there: followed by a space, the line's end, another mark, or «/.» (the closing «./.»). Not «...» (an
 * ellipsis), «.5», «.gov.vn».
 */
export function isSpaceBeforeMark(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const mark = text[end];
  if (before === undefined || /\s/.test(before) || mark === undefined || !MARKS.includes(mark)) return false;
  const after = text[end + 1];
  // An ellipsis, its dots spaced or not.
  if (mark === '.' && (after === '.' || after === '…' || before === '.')) return false;
  return after === undefined || /\s/.test(after) || MARKS.includes(after) || (mark === '.' && after === '/');
}
