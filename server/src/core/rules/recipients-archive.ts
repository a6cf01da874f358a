import { asPrinted } from '../model/fields';
import type { Rule } from './types';
import { endsTheDraft } from './util';

// "- Lưu: VT, VP." with optional more units, copies ("VP, 02b", "VP, (02b)", "VP (2)") and the drafter's code
// "PL.(300)" / "PL.300". A unit's code begins with a capital and may hold small letters («GDTrH», as «TTg»
// does); the drafter's code is in capitals.
const ARCHIVE = /^- Lưu: VT(?:, ?\p{Lu}[\p{Lu}\p{Ll}0-9&-]*)+(?:,? ?\(\d+\s?b?(?:ản)?\)|, ?\d+\s?b?(?:ản)?)?\.(?: ?[\p{Lu}Đ]+\.?\(?\d+\)?\.?)?$/u;

/** The start of an archive line, cut where the drafter is typing: «- Lưu», «- Lưu: VT», «- Lưu: VT, VP,». */
const TYPING = /^- Lưu(?::(?: VT(?:, ?[\p{Lu}Đ][\p{Lu}Đ0-9&-]*)*,?)?)?$/u;

/**
 * The archive line: "- Lưu: VT, <drafting unit>[, copies]." then, if any, the drafter's code in capitals. Not
 * beginning «- Lưu: VT» is an error (R13); its end or the drafter's code, a warning.
 */
export const recipientsArchive: Rule = {
  id: 'recipients/archive',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm d khoản 9 và khoản 3 Mục III',
  description: 'Dòng lưu viết «- Lưu: VT, <viết tắt đơn vị soạn thảo>.», ký hiệu người soạn thảo in hoa.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT, KGVX.th553",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT, KGVX. TH.(5)",
  },
  check(model, context) {
    const entry = model.recipients?.entries.at(-1);
    if (!entry || !/^\\?-\s*Lưu\b/u.test(entry.text)) return;
    // The space after «-» (a tab, a no-break space) is recipients/entries' finding, and a converter's «\-» is a
    // «-»: read the line as if right; so is the «&amp;» of an HTML table's cell (pandoc: «QLKH&amp;ĐMST»).
    const archive = { ...entry, text: asPrinted(entry.text).replace(/^\\?-\s*/u, '- ') };
    if (ARCHIVE.test(archive.text)) return;
    const missingDot = !/\.\S*$/u.test(archive.text.replace(/\.[\p{Ll}\d]+$/u, ''));
    const fixable = ARCHIVE.test(`${archive.text}.`);
    // «- Lưu VT, VP.»: only the colon is missing, and putting it makes the line right.
    const head = /^(\\?-\s*)Lưu(?=\s+VT\b)\s+/u.exec(entry.text);
    const withColon = `- Lưu: ${archive.text.replace(/^-\s*Lưu\s+/u, '')}`;
    if (head && (ARCHIVE.test(withColon) || ARCHIVE.test(`${withColon}.`))) {
      const start = entry.start + head[1]!.length;
      const end = entry.start + head[0].length;
      const edits = [{ start, end, newText: 'Lưu: ' }, ...(ARCHIVE.test(withColon) ? [] : [{ start: archive.end, end: archive.end, newText: '.' }])];
      context.report({
        start: archive.start,
        end: archive.end,
        message: `Thiếu dấu «:» sau «Lưu»${edits.length > 1 ? ' và dấu «.» cuối dòng' : ''} ở dòng lưu «${archive.text}».`,
        fix: { title: 'Thêm dấu «:» sau «Lưu»', edits },
      });
      return;
    }
    // R13: a line that does not begin «- Lưu: VT» is an error; its punctuation or the drafter's code, a warning.
    const begins = /^-\s*Lưu\s*:\s*VT\b/u.test(archive.text);
    // «- Lưu: VT,» as the draft's last line: being typed; said as information until the line ends.
    if (TYPING.test(archive.text) && endsTheDraft(model, archive.end)) {
      const message = 'Dòng lưu chưa xong: cần «- Lưu: VT, <viết tắt đơn vị soạn thảo>.».';
      context.report({ start: archive.start, end: archive.end, severity: 'information', message });
      return;
    }
    context.report({
      ...(begins && { severity: 'warning' as const }),
      start: archive.start,
      end: archive.end,
      message: missingDot && fixable
        ? `Thiếu dấu «.» cuối dòng lưu «${archive.text}».`
        : `Sai dòng lưu «${archive.text}», cần «- Lưu: VT, <viết tắt đơn vị soạn thảo>.» (ký hiệu người soạn thảo, nếu có, in hoa sau dấu chấm).`,
      ...(fixable && { fix: { title: 'Thêm dấu «.» cuối dòng', edits: [{ start: archive.end, end: archive.end, newText: '.' }] } }),
    });
  },
};
