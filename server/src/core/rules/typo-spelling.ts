import type { Registry } from '../registry/registry';
import { phraseKey, phrasePattern } from '../text/phrases';
import type { Rule } from './types';
import { prose } from './util';

const patterns = new WeakMap<Registry, { pattern?: RegExp; byKey: Map<string, string> }>();

function misspellingPattern(registry: Registry): { pattern?: RegExp; byKey: Map<string, string> } {
  let cached = patterns.get(registry);
  if (!cached) {
    const byKey = new Map(registry.misspellings.map((entry) => [phraseKey(entry.wrong), entry.right]));
    cached = { byKey, pattern: phrasePattern(registry.misspellings.map((entry) => entry.wrong)) };
    patterns.set(registry, cached);
  }
  return cached;
}

export const typoSpelling: Rule = {
  id: 'typo/spelling',
  severity: 'warning',
  decree: 'quy ước (chính tả tiếng Việt; danh mục lỗi chính tả trong dữ liệu tham chiếu)',
  description: 'Lỗi chính tả chắc chắn sai trong mọi ngữ cảnh («kết thức», «sử lý», «đề suất»), theo danh mục có thể mở rộng trong .thongbao.yaml.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng tập trung sử lý hồ sơ trước khi kết thức năm.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nCác phòng tập trung xử lý hồ sơ trước khi kết thúc năm.',
  },
  check(model, context) {
    const { pattern, byKey } = misspellingPattern(context.registry);
    if (!pattern) return;
    for (const paragraph of prose(model)) {
      for (const match of paragraph.text.matchAll(pattern)) {
        const written = match[0];
        const meant = byKey.get(phraseKey(written));
        if (!meant) continue;
        const right = written.charAt(0) === written.charAt(0).toLocaleLowerCase('vi') ? meant : meant.charAt(0).toLocaleUpperCase('vi') + meant.slice(1);
        const start = paragraph.sourceOffset(match.index!);
        const end = paragraph.sourceOffset(match.index! + written.length);
        // Split over two lines of a PDF paste, the words have no single certain edit.
        const oneLine = end - start === written.length && model.text.slice(start, end) === written;
        context.report({
          start,
          end,
          message: `Sai chính tả: «${written.split(/\s+/u).join(' ')}», cần «${right}».`,
          ...(oneLine && { fix: { title: `Sửa thành «${right}»`, edits: [{ start, end, newText: right }] } }),
        });
      }
    }
  },
};
