import { reused } from '../reuse';
import type { Rule } from './types';
import { citedParagraphs } from './util';

/**
 * The blanks of a template left unfilled in the content, the Nơi nhận or the signature: «Giao [tên đơn vị]
 * chủ trì», «trước ngày xx/xx/2026», «đầu mối: ông/bà ……………». The header's «Số:» and day are not: the văn
 * thư gives them when the notice is issued (Điều 15). A cited number left blank before its symbol («Quyết
 * định số …/QĐ-UBND», a document issued with this one) is not either.
 */
export const bodyPlaceholder: Rule = {
  id: 'body/placeholder',
  severity: 'warning',
  decree: 'quy ước (văn bản ban hành không còn chỗ trống của mẫu; số và ngày do văn thư ghi: NĐ 30/2020/NĐ-CP, Điều 15)',
  description: 'Không còn chỗ trống của mẫu chưa điền trong nội dung, nơi nhận và chữ ký: «[tên đơn vị]», «……», «xx/xx/2026».',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao [tên đơn vị] chủ trì, hoàn thành trước ngày xx/12/2026./.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Văn phòng Sở chủ trì, hoàn thành trước ngày 15/12/2026./.',
  },
  check(model, context) {
    // While the content has no «./.», the draft is being written from its template: a reminder, not a defect.
    const severity = model.closings.length === 0 ? { severity: 'information' as const } : {};
    const report = (start: number, end: number, written: string) =>
      context.report({ start, end, ...severity, message: `Chỗ trống chưa điền «${written}»: cần điền nội dung trước khi ban hành.` });
    for (const paragraph of citedParagraphs(model)) {
      for (const blank of reused('placeholders', paragraph, placeholders)) report(paragraph.sourceOffset(blank.start), paragraph.sourceOffset(blank.end), blank.text);
    }
    const fields = [...(model.recipients?.entries ?? []), ...model.signature];
    for (const field of fields) for (const blank of placeholders(field.text)) report(field.start + blank.start, field.start + blank.end, blank.text);
    // The lines of Phụ lục III's signature left as the template writes them.
    for (const line of model.signature) {
      const template = TEMPLATE_SIGNATURE.exec(line.text);
      if (template) report(line.start + template.index, line.start + template.index + template[0].length, template[0]);
    }
  },
};

// «QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ», «(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)», «Họ và
// tên»: the template's words where the signer's authority, signature and name go.
const TEMPLATE_SIGNATURE = /^[*_]*(?:QUYỀN HẠN,? CHỨC VỤ CỦA NGƯỜI KÝ|\(Chữ ký của người có thẩm quyền[^)]*\)|Họ và tên)[*_]*$/u;

interface Blank {
  start: number;
  end: number;
  text: string;
}

// «[tên đơn vị]», «[Họ và tên]», «[ngày]»: words in square brackets, not a Markdown link («[…](…)», «[…][…]»,
// «[…]:»), a footnote («[^1]»), a task box («[x]») or an omission inside a quotation («[…]»). Each pattern
// begins with the character it looks for: one that begins with a look-behind is tried at every position.
const BRACKETED = /\[(?!\^)([^[\]\n]{2,60})\](?![([:])/gu;
const WORDS_ONLY = /^[\p{L}\s,./-]+$/u;
const LOWER_START = /^\p{Ll}/u;
// «[daky]», «[đã ký]»: where a published copy was signed, as «(Đã ký)»; nothing left to fill.
const SIGNED = /^(?:đã\s*ký|da\s*ky)$/iu;
const NAMES_WHAT_TO_WRITE = /^(?:tên|họ|ngày|số|địa chỉ|chức vụ|đơn vị|cơ quan|nội dung)(?![\p{L}])/iu;
// Dots or ellipses standing for a word: four dots or more, two ellipses or more, four underscores or more;
// not dots closing a word («thực hiện....», a slip), nor a number left blank before a symbol («…/QĐ-UBND»).
const DOTTED = /(?:\.{4,}|…(?:\s*…)+|\.{2,}…+|…+\.{2,}|_{4,})(?!\s*\/\s*\p{Lu})/gu;
// A date whose day, month or year is not written: «xx/xx/2026», «…/12/2026», «../../2026», «20/12/20xx».
const DATE_PART = String.raw`(?:\d{1,2}|[xX]{1,2}|\.{1,3}|…{1,2})`;
const BLANK_DATE = new RegExp(String.raw`${DATE_PART}\s*\/\s*${DATE_PART}\s*\/\s*(?:\d{4}|20[xX.…]{2})(?![\p{N}])`, 'gu');
// Said quickly of most paragraphs: none of the marks a blank is made of.
const MAY_HOLD_A_BLANK = /\[|…|\.\.|__|[xX]\s*\//u;

function placeholders(text: string): Blank[] {
  if (!MAY_HOLD_A_BLANK.test(text)) return [];
  const found: Blank[] = [];
  const add = (match: RegExpMatchArray) => {
    const start = match.index!;
    const end = start + match[0].length;
    if (!found.some((blank) => blank.start < end && start < blank.end)) found.push({ start, end, text: match[0] });
  };
  for (const match of text.matchAll(BRACKETED)) {
    const inside = match[1]!.trim();
    // Words only, the first in lower case or one naming what to write («Tên cơ quan»), not a name
    // («[Sở Tài chính]») nor a signed copy's mark; not an escaped «\[».
    if (text[match.index! - 1] !== '\\' && WORDS_ONLY.test(inside) && (LOWER_START.test(inside) || NAMES_WHAT_TO_WRITE.test(inside)) && !SIGNED.test(inside)) add(match);
  }
  // A date written whole is a date; one with a letter or dot in place of a figure is a blank; not the end of a
  // longer number or word.
  for (const match of text.matchAll(BLANK_DATE)) if (!/^[\d\s/]+$/u.test(match[0]) && !/[\p{L}\p{N}/.…]/u.test(text[match.index! - 1] ?? ' ')) add(match);
  for (const match of text.matchAll(DOTTED)) if (!/[\p{L}\p{N}]/u.test(text[match.index! - 1] ?? ' ')) add(match);
  return found.sort((a, b) => a.start - b.start);
}
