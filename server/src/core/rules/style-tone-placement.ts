import type { Rule } from './types';
import { reused } from '../reuse';
import { type Found, LETTER, runsOf } from '../text/letters';
import { prose } from './util';

// A syllable ending in oa, oe or uy (not after q, where u is part of the consonant) carries its tone mark
// either on the first vowel ("hóa", "ủy": the newer habit) or on the second ("hoá", "uỷ": the older one).
// Both match a whole word (a run of letters) by its last two letters; words are cut once, and only those
// ending in a marked vowel are tested.
const NEW_STYLE = /(?<![qQ])(?:[òóỏõọ][aAeE]|[ùúủũụ][yY]|[ÒÓỎÕỌ][aAeE]|[ÙÚỦŨỤ][yY])$/u;
const OLD_STYLE = /(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])$/u;
const LAST_LETTERS = new Set('aAeEyYàáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ');

/**
 * One way of placing tone marks throughout a draft: "hóa, ủy" or "hoá, uỷ", not both. ND30 itself mixes
 * them, so either is right; only the mix within one document is pointed out (information).
 */
type Style = 'new' | 'old';

export const styleTonePlacement: Rule = {
  id: 'style/tone-placement',
  severity: 'information',
  decree: 'quy ước (NĐ 30/2020/NĐ-CP không quy định; văn bản nên thống nhất một cách đặt dấu)',
  description: 'Đặt dấu thanh thống nhất trong một văn bản: cùng kiểu «hóa, ủy» hoặc cùng kiểu «hoá, uỷ».',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nBáo cáo Tỉnh ủy về chuyển đổi số và Đảng uỷ Sở.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nBáo cáo Tỉnh ủy về chuyển đổi số và Đảng ủy Sở.",
  },
  check(model, context) {
    const scanned = prose(model).map((paragraph) => ({ paragraph, words: reused('tone-style', paragraph, wordsByToneStyle) }));
    const count = (style: Style) => scanned.reduce((sum, { words }) => sum + words[style].length, 0);
    const older = count('old');
    const newer = count('new');
    // Most drafts keep to one style: then nothing is placed in the draft at all.
    if (older === 0 || newer === 0) return;
    const placed = (style: Style) =>
      scanned.flatMap(({ paragraph, words }) =>
        words[style].map((word) => {
          const start = paragraph.sourceOffset(word.index);
          return { start, end: start + word.text.length, text: word.text };
        }),
      );
    const [minority, majority]: Style[] = older <= newer ? ['old', 'new'] : ['new', 'old'];
    const example = placed(majority!)[0]!;
    for (const word of placed(minority!)) {
      context.report({
        start: word.start,
        end: word.end,
        message: `Đặt dấu không thống nhất: «${word.text}» khác kiểu với «${example.text}» trong cùng văn bản.`,
        related: [{ start: example.start, end: example.end, message: `Kiểu đặt dấu dùng nhiều hơn: «${example.text}»` }],
      });
    }
  },
};

/** The words of `text` with the tone mark on the first vowel of oa, oe, uy ("new") or on the second ("old"). */
export function wordsByToneStyle(text: string): Record<'new' | 'old', Found[]> {
  const words: Record<'new' | 'old', Found[]> = { new: [], old: [] };
  const runs = runsOf(text, LETTER);
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = runs[i + 1]!;
    if (end - start < 2 || !LAST_LETTERS.has(text[end - 1]!)) continue;
    const word = text.slice(start, end);
    if (NEW_STYLE.test(word)) words.new.push({ index: start, text: word });
    else if (OLD_STYLE.test(word)) words.old.push({ index: start, text: word });
  }
  return words;
}
