import { closest, foldVietnamese } from '../text/fold';
import { NUMBER_WORD } from '../model/vocabulary';
import { anotherLevel, transposed } from './abbreviation-vocabulary';
import type { Field, NumberField } from '../model/types';
import type { Report, Rule, RuleContext } from './types';
import { endsTheDraft } from './util';

/**
 * "Số: 05/TB-SKHCN" (PL1 II.3, Điều 15): "Số" with a colon; a number below 10 with a leading zero (a blank
 * number is right in a draft); "/" then groups joined by "-" with no spaces; the type code of Phụ lục III
 * matching the tên loại (TB for THÔNG BÁO); the issuing agency's own code.
 */
export const headerNumber: Rule = {
  id: 'header/number',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Điều 15 và Phụ lục I, Mục II, khoản 3; Phụ lục III',
  description: 'Số, ký hiệu: «Số:», số dưới 10 có số 0 ở trước, ký hiệu «TB-<mã cơ quan ban hành>» viết liền, đúng mã loại văn bản và mã cơ quan.',
  examples: {
    wrong: "Số: /TB-SKHCCN\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "Số:      /TB-SKHCN\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    const field = model.header.number;
    if (!field) return;
    if (field.party) {
      // The rule runs on state documents only: a Party document's form under a Quốc hiệu is a slip, whose
      // right symbol (the agency's code) the draft does not tell.
      context.report({
        start: field.start,
        end: field.end,
        message: `Sai số, ký hiệu «${field.text}»: đây là cách ghi của văn bản của Đảng, văn bản hành chính ghi «Số: ${field.number!.text}/${field.groups[0]!.text}-<mã cơ quan ban hành>».`,
      });
      return;
    }
    checkColon(field, context.report);
    checkSeparators(field, model.text, context.report);
    if (field.number && /^[1-9]$/.test(field.number.text)) {
      const { start, end, text } = field.number;
      context.report({
        start,
        end,
        message: `Sai số văn bản «${text}»: số dưới 10 phải có số 0 ở trước, cần «0${text}».`,
        fix: { title: `Sửa thành «0${text}»`, edits: [{ start, end, newText: `0${text}` }] },
      });
    }
    const [typeGroup, agencyGroup] = field.groups;
    if (!typeGroup || typeGroup.text === '') return;
    checkType(typeGroup, model.title?.text, context);
    // A code the draft ends with is being typed («Số:      /TB-SK»).
    if (agencyGroup && agencyGroup.text !== '' && !endsTheDraft(model, agencyGroup.end)) checkAgency(agencyGroup, model.header.issuingAgency?.text, context);
  },
};

const WORD = new RegExp(`^(${NUMBER_WORD})(\\s*)(:?)`, 'u');

function checkColon(field: NumberField, report: (finding: Report) => void): void {
  if (field.unlabelled) {
    report({
      start: field.start,
      end: field.end,
      severity: 'warning',
      message: 'Thiếu chữ «Số:» trước số, ký hiệu văn bản.',
      fix: { title: 'Thêm «Số: »', edits: [{ start: field.start, end: field.start, newText: 'Số: ' }] },
    });
    return;
  }
  const match = WORD.exec(field.text)!;
  if (match[1] !== 'Số') {
    // PL1 II.3.a: the word "Số" in normal case; a lost or changed tone mark is a slip of the same word.
    const slip = match[1]!.toLowerCase() !== 'số';
    report({
      start: field.start,
      end: field.start + 2,
      severity: 'warning',
      message: `Sai chữ «${match[1]}», cần «Số»${slip ? '' : ' (chữ S viết hoa, các chữ sau viết thường)'}.`,
      fix: { title: 'Sửa thành «Số»', edits: [{ start: field.start, end: field.start + 2, newText: 'Số' }] },
    });
  }
  if (match[3]) return;
  const at = field.start + 2;
  report({
    start: field.start,
    end: at,
    severity: 'warning',
    message: 'Thiếu dấu hai chấm sau «Số», cần «Số:».',
    fix: { title: 'Sửa thành «Số:»', edits: [{ start: at, end: at + match[2]!.length, newText: ': ' }] },
  });
}

/**
 * Spaces around "/" or "-" inside the number and symbol ("05 / TB - SKHCN"), and a dash other than "-"
 * that a word processor put there ("TB–SKHCN"). A blank number is fine.
 */
function checkSeparators(field: NumberField, text: string, report: (finding: Report) => void): void {
  const slash = field.start + field.text.indexOf('/');
  const from = field.number ? field.number.end : slash;
  for (const match of text.slice(from, field.end).matchAll(/\s*[/\-\u2010-\u2015\u2212]\s*/gu)) {
    const written = match[0].trim();
    const symbol = written === '/' ? '/' : '-';
    if (written === match[0] && written === symbol) continue;
    const start = from + match.index!;
    const end = start + match[0].length;
    report({
      start,
      end,
      message: written === symbol
        ? `Sai số, ký hiệu: có dấu cách quanh «${symbol}», cần viết liền.`
        : `Sai dấu nối «${written}» trong ký hiệu, cần gạch nối «-» viết liền.`,
      fix: { title: written === symbol ? `Viết liền «${symbol}»` : 'Sửa thành «-»', edits: [{ start, end, newText: symbol }] },
    });
  }
}

function checkType(group: Field, title: string | undefined, context: RuleContext): void {
  const { registry } = context;
  const type = registry.typeByCode(group.text);
  const expected = title ? registry.documentTypes.find((t) => t.title === title.replace(/\s+/g, ' ').toLocaleUpperCase('vi') && t.code) : undefined;
  if (type && expected && type !== expected) {
    context.report({
      start: group.start,
      end: group.end,
      message: `Sai ký hiệu loại văn bản «${group.text}» (${type.name}) cho ${title}, cần «${expected.code}».`,
      fix: { title: `Sửa thành «${expected.code}»`, edits: [{ start: group.start, end: group.end, newText: expected.code! }] },
    });
    return;
  }
  if (type) return;
  const obsolete = registry.documentTypes.find((t) => t.obsoleteCodes?.includes(group.text));
  if (obsolete) {
    context.report({
      start: group.start,
      end: group.end,
      severity: 'warning',
      message: `Sai ký hiệu loại văn bản «${group.text}»: mã cũ đã bỏ, cần «${obsolete.code}» (${obsolete.name}).`,
      fix: { title: `Sửa thành «${obsolete.code}»`, edits: [{ start: group.start, end: group.end, newText: obsolete.code! }] },
    });
    return;
  }
  // A công văn's symbol starts with the agency code; under a named type's title that is the wrong form.
  if (!expected) return;
  const suggestion = expected.code;
  context.report({
    start: group.start,
    end: group.end,
    message: `Sai ký hiệu loại văn bản «${group.text}»: không có trong Phụ lục III, cần «${suggestion}» cho ${title}.`,
    ...(registry.agency(group.text) === undefined && { fix: { title: `Sửa thành «${suggestion}»`, edits: [{ start: group.start, end: group.end, newText: suggestion! }] } }),
  });
}

const MIN_TYPO_LENGTH = 4;

function checkAgency(group: Field, headerName: string | undefined, context: RuleContext): void {
  const { registry, issuer } = context;
  // Only a draft that names its issuer (header, front matter) is held to that issuer's code; the workspace
  // profile is a default, and a notice of another agency is no error.
  if (issuer && context.issuerNamed) {
    if (group.text === issuer.code) return;
    const near = closest(group.text, [issuer.code], 2);
    // A code made of the header's own name («VP» under «VĂN PHÒNG») may be the body's real code, which the
    // registry does not hold: that is for the drafter to confirm, not a slip to fix.
    if (headerName && spellsName(group.text, headerName) && !closest(group.text, [issuer.code], 1)) {
      context.report({
        start: group.start,
        end: group.end,
        severity: 'information',
        message: `Mã cơ quan «${group.text}» khác mã «${issuer.code}» của ${issuer.name} trong danh mục; kiểm tra lại, hoặc sửa danh mục trong .thongbao.yaml nếu «${group.text}» đúng.`,
      });
      return;
    }
    context.report({
      start: group.start,
      end: group.end,
      message: `Sai mã cơ quan ban hành «${group.text}», cần «${issuer.code}» (${issuer.name}).`,
      ...(near && { fix: { title: `Sửa thành «${issuer.code}»`, edits: [{ start: group.start, end: group.end, newText: issuer.code }] } }),
    });
    return;
  }
  if (registry.agency(group.text)) return;
  // A body the registry does not know, whose code is made of its name in the header («HĐTD» under «HỘI ĐỒNG
  // TUYỂN DỤNG VIÊN CHỨC», «THPTLTT» under «TRƯỜNG THPT LÊ THÁNH TÔNG»): the code is its own, not a slip.
  if (headerName && spellsName(group.text, headerName)) return;
  // Two neighbouring letters of the name's initials swapped («CCLK» under «CHI CỤC KIỂM LÂM», «ĐHNQ» under
  // «TRƯỜNG ĐẠI HỌC QUY NHƠN»): a slip.
  const initials = headerName?.split(/\s+/u).map((word) => word.charAt(0)).join('');
  // A known code one letter away is the likelier one («UBDN»: UBND), so the name is spelled only without one.
  const swapped = (initials && initials.length >= 3 ? transposed(group.text, [initials]) : undefined) ?? (headerName && !nearKnownCode(group.text, headerName, registry) ? swapSpellingName(group.text, headerName) : undefined);
  if (swapped) {
    context.report({
      start: group.start,
      end: group.end,
      severity: 'warning',
      message: `Sai mã cơ quan ban hành «${group.text}»: chữ đầu của tên «${headerName!.replace(/\s+/gu, ' ')}» là «${swapped}».`,
      fix: { title: `Sửa thành «${swapped}»`, edits: [{ start: group.start, end: group.end, newText: swapped }] },
    });
    return;
  }
  const near = nearKnownCode(group.text, headerName, registry);
  context.report({
    start: group.start,
    end: group.end,
    // One letter away from a known code is almost surely a typo; otherwise the registry may just not know it.
    severity: near ? 'error' : 'information',
    message: near
      ? `Sai mã cơ quan ban hành «${group.text}», có phải «${near}»?`
      : `Mã cơ quan «${group.text}» chưa có trong danh mục; thêm vào .thongbao.yaml nếu đúng.`,
    ...(near && { fix: { title: `Sửa thành «${near}»`, edits: [{ start: group.start, end: group.end, newText: near }] } }),
  });
}

/** A known code one letter away from `code`, a slip more likely than a code the registry does not know. */
function nearKnownCode(code: string, headerName: string | undefined, registry: RuleContext['registry']): string | undefined {
  // Codes of two or three letters are too alike to call one a typo of another (VP and CP, STC and STP).
  const codes = code.length >= MIN_TYPO_LENGTH ? registry.agencies.map((agency) => agency.code).filter((known) => known.length >= MIN_TYPO_LENGTH) : [];
  // Two codes one letter away («UBDN»: UBND and UBDT): the one the header's name spells is meant.
  const closeCode = closest(code, codes, 1) ?? (headerName ? closest(code, codes.filter((known) => spellsName(known, headerName)), 1) : undefined);
  return closeCode && !anotherLevel(code, closeCode) ? closeCode : undefined;
}

/** `code` with two neighbouring letters swapped so that it spells `name` (spellsName), if exactly one swap does. */
function swapSpellingName(code: string, name: string): string | undefined {
  if (code.length < 3) return undefined;
  const spelling = new Set<string>();
  for (let i = 0; i + 1 < code.length; i++) {
    if (code[i] === code[i + 1]) continue;
    const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
    if (spellsName(swapped, name)) spelling.add(swapped);
  }
  return spelling.size === 1 ? [...spelling][0] : undefined;
}

/**
 * Whether `code` is made of `name`'s words in order, each giving its first letter or, written short in the
 * name («THPT»), the whole of it; words may be left out («TRƯỜNG», «TỈNH»). Folded: «Đ» is «D» on both sides.
 */
export function spellsName(code: string, name: string): boolean {
  const letters = foldVietnamese(code).replace(/[^a-z0-9]/g, '');
  const words = foldVietnamese(name).split(/[^a-z0-9]+/).filter(Boolean);
  if (letters.length < 2 || words.length === 0) return false;
  // Each (letter, word) pair is tried once: a long name cannot make the search explode.
  const failed = new Set<number>();
  const spells = (at: number, word: number): boolean => {
    if (at === letters.length) return true;
    const key = at * (words.length + 1) + word;
    if (word === words.length || failed.has(key)) return false;
    const written = words[word]!;
    const found =
      (letters[at] === written[0] && spells(at + 1, word + 1)) ||
      (written.length > 1 && letters.startsWith(written, at) && spells(at + written.length, word + 1)) ||
      spells(at, word + 1);
    if (!found) failed.add(key);
    return found;
  };
  return spells(0, 0);
}
