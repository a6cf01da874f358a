import type { Registry } from '../registry/registry';
import type { ParagraphRule } from './types';
import { registryPhrases, respell, spelledAsRegistry } from './util';

// Names begun in lower case are not meant as the names: not looked for. Commas and dashes are matched as
// the registry writes them («Sở Văn hóa, Thể thao và Du lịch»).
// One table for both (a paragraph's words are read once); a unit's name is told apart by its value.
const UNIT = '\u0000';
const names = (registry: Registry) => [
  ...registry.agencies.flatMap((agency) => [agency.name, ...(agency.fullName ? [agency.fullName] : [])]).map((name) => [name, name] as const),
  ...registry.units.map((unit) => [unit.name, UNIT + unit.name] as const),
];
const namesIn = registryPhrases(names, { capitalised: true });
// A name joined by « - », written with a long dash («Phòng Kế hoạch – Tài chính», a word processor's; an em
// dash): looked for only in a paragraph that has one.
const dashedNamesIn = registryPhrases(
  (registry) => names(registry).flatMap(([name, value]) => (name.includes(' - ') ? ['–', '—'].map((dash) => [name.replaceAll(' - ', ` ${dash} `), value] as const) : [])),
  { capitalised: true },
);
const LONG_DASH = /[–—]/u;
// «sở Tài chính»: an agency's kind in small letters before its field in capitals is the name, its first letter
// slipped. Looked for where a kind is written so: each agency's name begun by that kind is compared there. A
// unit's «phòng Kế hoạch» is style/unit-capital's («Trưởng phòng Kế hoạch» is a title, not a slip).
const LOWER_KINDS = ['sở', 'bộ', 'cục', 'ban', 'thanh tra'];
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Where a kind in small letters stands as a word before a capital («sở Tài chính»), by native searches. */
function lowerKinds(text: string): { from: number; word: string }[] {
  const found: { from: number; word: string }[] = [];
  for (const word of LOWER_KINDS) {
    for (let from = text.indexOf(`${word} `); from >= 0; from = text.indexOf(`${word} `, from + 1)) {
      if ((from === 0 || !LETTER.test(text[from - 1]!)) && UPPER.test(text[from + word.length + 1] ?? '')) found.push({ from, word });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** The registry's agencies by the kind their name begins with, in small letters («sở» → «Sở Tài chính», …). */
function namesByKind(registry: Registry): Map<string, string[]> {
  let byKind = kindsOf.get(registry);
  if (!byKind) {
    byKind = new Map();
    for (const agency of registry.agencies) {
      const kind = /^(Sở|Bộ|Cục|Ban|Thanh tra) /u.exec(agency.name)?.[1]?.toLocaleLowerCase('vi');
      if (!kind) continue;
      const names = byKind.get(kind) ?? [];
      byKind.set(kind, [...names, agency.name]);
    }
    kindsOf.set(registry, byKind);
  }
  return byKind;
}

const kindsOf = new WeakMap<Registry, Map<string, string[]>>();

/**
 * "Sở Khoa Học Và Công Nghệ", "Phòng Kế Hoạch - Tài Chính": an agency or a unit the registry knows, written with other capitals than its name
 * (PL2 IV.1 capitalises the words of the organisation's type and field, not every word). Text in capitals
 * (a header line) and a name begun in lower case (not meant as the name) are left alone.
 */
export const styleAgencyName: ParagraphRule = {
  id: 'style/agency-name',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục II, Mục IV, khoản 1',
  description: 'Tên cơ quan, đơn vị viết hoa đúng như tên riêng: chữ đầu của từ chỉ loại hình và lĩnh vực («Sở Khoa học và Công nghệ», «Phòng Kế hoạch - Tài chính»), không viết hoa mọi chữ; các phần của tên nối bằng gạch nối «-», không bằng gạch dài «–».',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Sở Khoa Học Và Công Nghệ chủ trì.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Sở Khoa học và Công nghệ chủ trì.',
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    // A unit's name is less settled than an agency's («Phòng Quản lý khoa học và công nghệ cơ sở» is how
    // its own Sở writes it): only capitals the name does not have are reported there («Phòng Kế Hoạch»).
    const found = namesIn(paragraph, context.registry);
    if (paragraph.text.includes('–') || paragraph.text.includes('—')) for (const match of dashedNamesIn(paragraph, context.registry)) found.push(match);
    for (const match of found) {
      const unit = match.value.startsWith(UNIT);
      const name = unit ? match.value.slice(1) : match.value;
      const written = match.text;
      const from = match.index;
      const to = from + written.length;
      if (LONG_DASH.test(written)) {
        // PL2 IV.1.a joins the parts of a name with a hyphen; one name in two forms is also harder to find.
        context.report({
          start: paragraph.sourceOffset(from),
          end: paragraph.sourceOffset(to),
          severity: 'information',
          message: `Sai dấu gạch trong tên cơ quan, đơn vị «${written.split(/\s+/u).join(' ')}»: dùng gạch nối, cần «${name}».`,
          fix: { title: `Viết thành «${name}»`, edits: respell(paragraph, from, to, name, context.source) },
        });
        continue;
      }
      if (spelledAsRegistry(written, name) || (unit && !overCapitalised(written, name)) || verbAfterHead(written)) continue;
      context.report({
        start: paragraph.sourceOffset(from),
        end: paragraph.sourceOffset(to),
        message: `Sai viết hoa tên cơ quan, đơn vị: «${written.split(/\s+/u).join(' ')}», cần «${name}».`,
        fix: { title: `Viết thành «${name}»`, edits: respell(paragraph, from, to, name, context.source) },
      });
    }
    const text = paragraph.text;
    for (const { from, word } of lowerKinds(text)) {
      // The longest name written there with only its first letter in small letters.
      const name = (namesByKind(context.registry).get(word) ?? [])
        .filter((candidate) => text.startsWith(word + candidate.slice(word.length), from) && !/[\p{L}\p{N}]/u.test(text[from + candidate.length] ?? ' '))
        .sort((x, y) => y.length - x.length)[0];
      if (!name) continue;
      const to = from + name.length;
      context.report({
        start: paragraph.sourceOffset(from),
        end: paragraph.sourceOffset(to),
        message: `Sai viết hoa tên cơ quan, đơn vị: «${text.slice(from, to)}», cần «${name}».`,
        fix: { title: `Viết thành «${name}»`, edits: respell(paragraph, from, to, name, context.source) },
      });
    }
  },
};

/**
 * «thuộc Sở xây dựng phương án thi»: a field that is also a verb, all in small letters after the body's kind,
 * is that verb with «Sở» as its subject more often than the Sở Xây dựng misspelt.
 */
function verbAfterHead(written: string): boolean {
  const [, field] = /^\p{Lu}\p{Ll}*\s+(.+)$/u.exec(written) ?? [];
  return field !== undefined && VERB_FIELDS.has(field.replace(/\s+/gu, ' '));
}

const VERB_FIELDS = new Set(['xây dựng']);

/** Written with a capital where the name has a small letter, and nowhere the other way round. */
function overCapitalised(written: string, name: string): boolean {
  const words = written.split(/\s+/u);
  const named = name.split(' ');
  let more = false;
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i]!, named[i] ?? ''];
    if (a === b) continue;
    if (a.charAt(0) === b.charAt(0).toLocaleUpperCase('vi') && a.charAt(0) !== b.charAt(0)) more = true;
    else return false;
  }
  return more;
}
