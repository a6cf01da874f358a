import type { Rule } from './types';
import { reused } from '../reuse';
import { prose } from './util';

// A syllable ending in oa, oe or uy (not after q, where u is part of the consonant) carries its tone mark
// either on the first vowel ("hóa", "ủy": the newer habit) or on the second ("hoá", "uỷ": the older one).
// Both match a whole word (a run of letters) by its last two letters; words are cut once, and only those
// ending in a marked vowel are tested.
const NEW_STYLE = /(?<![qQ])(?:[òóỏõọ][aAeE]|[ùúủũụ][yY]|[ÒÓỎÕỌ][aAeE]|[ÙÚỦŨỤ][yY])$/u;
const OLD_STYLE = /(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])$/u;
const WORD = /\p{L}+/gu;
const LAST_LETTERS = new Set('aAeEyYàáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ');

/**
 * One way of placing tone marks throughout a draft: "hóa, ủy" or "hoá, uỷ", not both. ND30 itself mixes
 * them, so either is right; only the mix within one document is pointed out (information).
 */
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
    const found: { start: number; end: number; text: string; style: 'new' | 'old' }[] = [];
    for (const paragraph of prose(model)) {
      const words = reused('tone-style', paragraph.text, wordsByToneStyle);
      for (const style of ['new', 'old'] as const) {
        for (const match of words[style]) {
          const start = paragraph.sourceOffset(match.index!);
          found.push({ start, end: start + match[0].length, text: match[0], style });
        }
      }
    }
    const older = found.filter((f) => f.style === 'old');
    const newer = found.filter((f) => f.style === 'new');
    if (older.length === 0 || newer.length === 0) return;
    const [minority, majority] = older.length <= newer.length ? [older, newer] : [newer, older];
    const example = majority[0]!;
    for (const word of minority) {
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
export function wordsByToneStyle(text: string): Record<'new' | 'old', RegExpMatchArray[]> {
  const words: Record<'new' | 'old', RegExpMatchArray[]> = { new: [], old: [] };
  for (const word of text.matchAll(WORD)) {
    if (word[0].length < 2 || !LAST_LETTERS.has(word[0].at(-1)!)) continue;
    if (NEW_STYLE.test(word[0])) words.new.push(word);
    else if (OLD_STYLE.test(word[0])) words.old.push(word);
  }
  return words;
}
