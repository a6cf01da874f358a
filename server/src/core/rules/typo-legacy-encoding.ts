import { foreignCharacters, legacyEncoding } from '../text/legacy-encoding';
import type { NoticeModel } from '../model/types';
import { reused, scannedAroundEdit } from '../reuse';
import type { Rule } from './types';
import { prose } from './util';

/**
 * The draft is in an old 8-bit encoding (TCVN3/ABC, VNI) read as Unicode. Reported once; while it is, the
 * other rules do not run (check.ts): on such text every one of them would only report noise. A paragraph
 * pasted in such an encoding into a Unicode draft is reported on its own, and the rest is checked.
 */
export const typoLegacyEncoding: Rule = {
  id: 'typo/legacy-encoding',
  severity: 'error',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục I, khoản 4 (phông chữ Unicode theo TCVN 6909:2001)',
  description: 'Văn bản dùng bảng mã Unicode; chữ gõ bằng bảng mã cũ (TCVN3, VNI) dán vào hiện thành ký tự lạ («Th«ng b¸o»).',
  examples: {
    wrong: 'TH¤NG B¸O\n\nKÕt luËn cña Gi¸m ®èc Së t¹i cuéc häp giao ban\n\nV¨n phßng Së tæng hîp b¸o c¸o.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nVăn phòng Sở tổng hợp báo cáo.',
  },
  check(model, context) {
    const word = legacyWord(model);
    if (word) {
      context.report({
        start: word.start,
        end: word.end,
        message: `Sai bảng mã: văn bản gõ bằng bảng mã cũ (TCVN3 hoặc VNI), không phải Unicode («${word.text}» …); cần chuyển mã sang Unicode (ví dụ: Unikey, Công cụ chuyển mã) rồi kiểm tra lại. Các lỗi khác chưa được kiểm tra.`,
      });
      return;
    }
    // One paragraph pasted from an old document into a Unicode draft.
    // While the draft is edited, only the lines the edit changed are searched again.
    if (scannedAroundEdit('old-encoding characters', model.text, foreignCharacters).length === 0) return;
    for (const paragraph of prose(model)) {
      const pasted = reused('legacy-encoding', paragraph, inParagraph);
      if (!pasted) continue;
      const start = paragraph.sourceOffset(pasted.start);
      context.report({
        start,
        end: paragraph.sourceOffset(pasted.end),
        message: `Sai bảng mã: đoạn này gõ bằng bảng mã cũ (TCVN3 hoặc VNI), không phải Unicode («${pasted.text}» …); cần chuyển mã sang Unicode.`,
      });
    }
  },
};

/** The draft's first word in an old encoding when the draft is in one (check.ts asks too: read once). */
export function legacyWord(model: NoticeModel): ReturnType<typeof legacyEncoding> {
  if (!byModel.has(model)) byModel.set(model, legacyEncoding(model.text));
  return byModel.get(model);
}

const byModel = new WeakMap<NoticeModel, ReturnType<typeof legacyEncoding>>();
const PARAGRAPH_MIN_WORDS = 3;
const inParagraph = (text: string) => legacyEncoding(text, PARAGRAPH_MIN_WORDS);
