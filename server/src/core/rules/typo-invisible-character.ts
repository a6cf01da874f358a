import { scannedAroundEdit } from '../reuse';
import { INVISIBLE_CLASS } from '../text/chars';
import { spansWithin } from '../text/search';
import type { Rule } from './types';

/**
 * Characters that show nothing: a zero-width space, a word joiner, a soft hyphen, a byte-order mark or a
 * control of writing direction inside the text, left by Word, a PDF or a web page. They split a word or a number where the eye sees none
 * («Số:\u200b 7/TB-SKHCN», «TT\u200bHC»), so a search, a copy or this checker reads something else.
 */
export const typoInvisibleCharacter: Rule = {
  id: 'typo/invisible-character',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục I, khoản 4 (phông chữ Unicode theo TCVN 6909:2001)',
  description: 'Văn bản không chứa ký tự ẩn (khoảng trắng độ rộng 0, dấu gạch nối mềm, BOM, ký tự điều khiển hướng chữ) xen giữa chữ.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng rà soát các thủ tục hành\u200b chính.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng rà soát các thủ tục hành chính.',
  },
  check(model, context) {
    // While the draft is edited, only the lines the edit changed are searched again.
    for (const { start, end } of scannedAroundEdit('invisible characters', model.text, invisibleRuns)) {
      const run = model.text.slice(start, end);
      // A byte-order mark at the very start marks the file's encoding: it belongs there.
      if (start === 0 && run === '\ufeff') continue;
      if (model.excluded.some((span) => span.start <= start && end <= span.end)) continue;
      context.report({
        start,
        end,
        message: `Sai ký tự: ${run.length > 1 ? `${run.length} ký tự ẩn` : 'ký tự ẩn'} (${[...new Set(run)].map(name).join(', ')}) xen giữa văn bản; cần xóa.`,
        fix: { title: 'Xóa ký tự ẩn', edits: [{ start, end, newText: '' }] },
      });
    }
  },
};

// And the controls of writing direction: a left-to-right or right-to-left mark, an embedding, an override
// («U+202E…U+202C» shows «;gnòhp» as «phòng;»), an isolate. Vietnamese text has no use for them.
// One class, not an alternation of two: the search runs over the whole draft.
const DIRECTION = '\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const INVISIBLE = new RegExp(`${INVISIBLE_CLASS.slice(0, -1)}${DIRECTION}]+`, 'g');

/** The runs of invisible characters that start in [from, to) of `text`. */
const invisibleRuns = (text: string, from: number, to: number) => spansWithin(text, from, to, INVISIBLE);

function name(char: string): string {
  switch (char) {
    case '\u00ad':
      return 'gạch nối mềm U+00AD';
    case '\ufeff':
      return 'BOM U+FEFF';
    case '\u200e':
    case '\u200f':
    case '\u202a':
    case '\u202b':
    case '\u202c':
    case '\u202d':
    case '\u202e':
    case '\u2066':
    case '\u2067':
    case '\u2068':
    case '\u2069':
      return `ký tự điều khiển hướng chữ U+${char.charCodeAt(0).toString(16).toUpperCase()}`;
    case '\u200c':
      return 'ký tự không nối U+200C';
    default:
      return `khoảng trắng độ rộng 0 U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  }
}
