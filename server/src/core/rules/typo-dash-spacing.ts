import type { Rule } from './types';
import { reused } from '../reuse';
import { prose } from './util';

const DASH_GLUED_ONE_SIDE = /(?<=\p{L})[-–](?= \p{L})|(?<=\p{L} )[-–](?=\p{L})/gu;

/**
 * A dash glued to one word and spaced from the other ("Trần Phước Hiền- Phó Chủ tịch"). Either a comma or a
 * dash with a space on both sides is meant, so no fix is offered.
 */
export const typoDashSpacing: Rule = {
  id: 'typo/dash-spacing',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Dấu gạch giữa hai chữ có dấu cách ở cả hai bên, hoặc dính liền cả hai bên (KH-TC).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nÝ kiến chỉ đạo của đồng chí Trần Phước Hiền- Phó Chủ tịch UBND tỉnh.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nÝ kiến chỉ đạo của đồng chí Trần Phước Hiền, Phó Chủ tịch UBND tỉnh.",
  },
  check(model, context) {
    for (const paragraph of prose(model)) {
      for (const line of paragraph.lines) {
        const text = model.text.slice(line.start, line.end);
        // The pattern starts with a look-behind and so tries every position: skip lines without a dash.
        if (!text.includes('-') && !text.includes('–')) continue;
        for (const match of reused('dash-spacing', text, (line) => [...line.matchAll(DASH_GLUED_ONE_SIDE)])) {
          const start = line.start + match.index!;
          context.report({
            start,
            end: start + 1,
            message: 'Sai dấu gạch: dính vào một chữ mà cách chữ kia, cần « - » (cách hai bên) hoặc dấu phẩy.',
          });
        }
      }
    }
  },
};
