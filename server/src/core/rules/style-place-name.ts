import type { ParagraphRule } from './types';
import { registryPhrases, respell, spelledAsRegistry } from './util';

// The generic nouns written, in lower case, before a place's proper name (PL2 III.1).
const GENERIC = /(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|làng|bản|buôn|vùng|khu|sông|núi|đảo|cửa khẩu)\s+$/u;

const placesIn = registryPhrases((registry) => registry.places.map((place) => [place.name, place.name] as const));

export const stylePlaceName: ParagraphRule = {
  id: 'style/place-name',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục II, Mục III, khoản 1',
  description: 'Địa danh viết hoa mọi âm tiết của tên riêng: «xã Măng Đen», «tỉnh Quảng Ngãi» (địa danh lấy từ danh mục).',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nKhảo sát vùng trồng dược liệu tại xã Măng đen.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nKhảo sát vùng trồng dược liệu tại xã Măng Đen.',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const match of placesIn(paragraph, context.registry)) {
      const { text: written, value: name } = match;
      if (spelledAsRegistry(written, name)) continue;
      // A lower-case word is a place only after its generic noun.
      const capitalised = written.charAt(0) !== written.charAt(0).toLocaleLowerCase('vi');
      if (!capitalised && !GENERIC.test(paragraph.text.slice(Math.max(0, match.index - 12), match.index))) continue;
      const from = match.index;
      const to = from + written.length;
      context.report({
        start: paragraph.sourceOffset(from),
        end: paragraph.sourceOffset(to),
        message: `Sai viết hoa địa danh: «${written.split(/\s+/u).join(' ')}», cần «${name}» (viết hoa mọi âm tiết của tên riêng).`,
        fix: { title: `Viết thành «${name}»`, edits: respell(paragraph, from, to, name, context.source) },
      });
    }
  },
};

