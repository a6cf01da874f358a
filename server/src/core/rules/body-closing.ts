import { isLayoutOnly, withoutTrailingMarkup } from '../model/body';
import { charStartBefore } from '../text/chars';
import type { Rule } from './types';
import { bodyParagraphs } from './util';

/**
 * The content ends with "./." exactly once (every template of Phụ lục III ends so). Only checked when the
 * draft's end is known (it has a Nơi nhận or a signature), so that a fragment is left alone.
 */
export const bodyClosing: Rule = {
  id: 'body/closing',
  severity: 'warning',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục III (các mẫu kết thúc nội dung bằng «./.»)',
  description: 'Nội dung kết thúc bằng «./.» một lần duy nhất, ở cuối đoạn cuối cùng trước Nơi nhận.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng, đơn vị biết, thực hiện.\n\nNơi nhận:\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nTrần Văn Quang",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng, đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nTrần Văn Quang",
  },
  check(model, context) {
    const { closings, text } = model;
    // The content's end is known when a Nơi nhận or a signature follows it; a fragment has no end.
    const ended = model.recipients !== undefined || model.signature.length > 0;
    // The last paragraph of the content, in the draft's order; a page's mark, a table's border or a spacer
    // pasted after it («Trang 3/3», «+----+», «&nbsp;») is not.
    const paragraphs = bodyParagraphs(model);
    let lastAt = paragraphs.length - 1;
    while (lastAt >= 0 && isLayoutOnly(paragraphs[lastAt]!.text)) lastAt--;
    const last = paragraphs[lastAt];
    const final = ended && last ? last : undefined;
    const misplaced = final ? closings.filter((span) => span.start < final.start) : closings.slice(0, -1);
    for (const extra of misplaced) {
      context.report({ start: extra.start, end: extra.end, message: 'Sai vị trí dấu «./.»: chỉ đặt một lần, ở cuối nội dung văn bản.' });
    }
    if (!final || closings.some((span) => span.start >= final.start)) return;
    const trimmed = withoutTrailingMarkup(final.text);
    const endOffset = final.sourceOffset(trimmed.length);
    // «. /.», «./ .», «/.» without its dot, and «./» without the last one.
    const near = /(?:\s+\.\s*\/\s*\.|\.\s+\/\s*\.|\.\/\s+\.)$|(?<!\.)\/\.$|\.\/$/u.exec(trimmed);
    if (near) {
      const start = final.sourceOffset(near.index);
      context.report({
        start,
        end: endOffset,
        message: `Sai dấu kết thúc «${text.slice(start, endOffset)}», cần «./.» viết liền.`,
        fix: { title: 'Sửa thành «./.»', edits: [{ start, end: endOffset, newText: './.' }] },
      });
      return;
    }
    const fix = trimmed.endsWith('.')
      ? { title: 'Thêm «/.» sau dấu chấm cuối', edits: [{ start: endOffset, end: endOffset, newText: '/.' }] }
      : undefined;
    context.report({
      start: charStartBefore(text, endOffset, final.start),
      end: endOffset,
      message: 'Thiếu dấu kết thúc «./.» ở cuối nội dung văn bản.',
      ...(fix && { fix }),
    });
  },
};
