import { scannedAroundEdit } from '../reuse';
import { spansWithin } from '../text/search';
import type { Rule } from './types';

// «[^3]»: a footnote's mark as Markdown writes it. Not inside an excluded part (code, a comment).
const REFERENCE = /\[\^([^\]\s]{1,20})\]/gu;

/**
 * A footnote's mark with no footnote: «[^3]» and no «[^3]: …» below. The mark is then printed as it is
 * written, and the reader finds no note.
 */
export const footnoteUndefined: Rule = {
  id: 'footnote/undefined',
  severity: 'error',
  decree: 'quy ước (NĐ 30/2020/NĐ-CP không quy định chú thích; dấu chú thích không có nội dung sẽ in nguyên «[^3]»)',
  description: 'Mỗi dấu chú thích «[^n]» trong văn bản có nội dung chú thích «[^n]: …» tương ứng.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nTriển khai Nghị quyết số 57-NQ/TW[^1] và Kế hoạch số 12/KH-SKHCN[^2].\n\n[^1]: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nTriển khai Nghị quyết số 57-NQ/TW[^1] và Kế hoạch số 12/KH-SKHCN[^2].\n\n[^1]: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n\n[^2]: Kế hoạch số 12/KH-SKHCN ngày 05/01/2025 của Sở Khoa học và Công nghệ.',
  },
  check(model, context) {
    const defined = new Set(model.footnotes.map((note) => note.label));
    const { text, excluded } = model;
    // While the draft is edited, only the lines the edit changed are searched again.
    for (const { start, end } of scannedAroundEdit('footnote marks', text, footnoteMarks)) {
      const label = text.slice(start + 2, end - 1);
      // A definition's own label («[^3]: …» at a line's start) is no mark.
      if (defined.has(label) || text[end] === ':') continue;
      if (excluded.some((span) => span.start < end && start < span.end) || inCode(text, start)) continue;
      const mark = text.slice(start, end);
      context.report({ start, end, message: `Thiếu nội dung chú thích ${mark}: dấu chú thích không có dòng «${mark}: …» tương ứng.` });
    }
  },
};

/** The footnote marks that start in [from, to) of `text`. */
const footnoteMarks = (text: string, from: number, to: number) => spansWithin(text, from, to, REFERENCE);

/** Inside inline code on its line («`[^4]`»): an odd number of backticks before it. */
function inCode(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return (line.match(/`/g)?.length ?? 0) % 2 === 1;
}
