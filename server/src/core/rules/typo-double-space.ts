import type { Rule } from './types';
import { reused } from '../reuse';
import { prose } from './util';

const SPACES_BETWEEN_WORDS = /(?<=\S) {2,}(?=\S)/g;

/** Two or more spaces between words inside a line of the trích yếu or the body. */
export const typoDoubleSpace: Rule = {
  id: 'typo/double-space',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Giữa hai chữ chỉ có một dấu cách.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nChủ trì  cuộc họp đã ghi nhận kết quả.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nChủ trì cuộc họp đã ghi nhận kết quả.",
  },
  check(model, context) {
    for (const paragraph of prose(model)) {
      for (const line of paragraph.lines) {
        const text = model.text.slice(line.start, line.end);
        for (const match of reused('double-spaces', text, (line) => [...line.matchAll(SPACES_BETWEEN_WORDS)])) {
          const start = line.start + match.index!;
          context.report({
            start,
            end: start + match[0].length,
            message: `Sai khoảng cách: ${match[0].length} dấu cách liền nhau, cần một dấu cách.`,
            fix: { title: 'Chỉ để một dấu cách', edits: [{ start, end: start + match[0].length, newText: ' ' }] },
          });
        }
      }
    }
  },
};
