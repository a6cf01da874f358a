import type { ParagraphRule } from './types';
import { registryPhrases, respell, spelledAsRegistry } from './util';

// Names of words alone: the phrase table then finds them word by word; one name with a comma or a dash
// ("Sở Văn hóa, Thể thao và Du lịch") would turn the whole table into one slow pattern.
const WORDS_ONLY = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;
const agenciesIn = registryPhrases((registry) =>
  registry.agencies
    .flatMap((agency) => [agency.name, ...(agency.fullName ? [agency.fullName] : [])])
    .filter((name) => WORDS_ONLY.test(name))
    .map((name) => [name, name] as const),
  // A name begun in lower case is not meant as the name: not looked for.
  { capitalised: true },
);

/**
 * "Sở Khoa Học Và Công Nghệ": an agency the registry knows, written with other capitals than its name
 * (PL2 IV.1 capitalises the words of the organisation's type and field, not every word). Text in capitals
 * (a header line) and a name begun in lower case (not meant as the name) are left alone.
 */
export const styleAgencyName: ParagraphRule = {
  id: 'style/agency-name',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục II, Mục IV, khoản 1',
  description: 'Tên cơ quan viết hoa đúng như tên riêng: chữ đầu của từ chỉ loại hình và lĩnh vực («Sở Khoa học và Công nghệ»), không viết hoa mọi chữ.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Sở Khoa Học Và Công Nghệ chủ trì.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Sở Khoa học và Công nghệ chủ trì.',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    for (const match of agenciesIn(paragraph, context.registry)) {
      const { text: written, value: name } = match;
      if (spelledAsRegistry(written, name)) continue;
      const from = match.index;
      const to = from + written.length;
      context.report({
        start: paragraph.sourceOffset(from),
        end: paragraph.sourceOffset(to),
        message: `Sai viết hoa tên cơ quan: «${written.split(/\s+/u).join(' ')}», cần «${name}».`,
        fix: { title: `Viết thành «${name}»`, edits: respell(paragraph, from, to, name, context.source) },
      });
    }
  },
};
