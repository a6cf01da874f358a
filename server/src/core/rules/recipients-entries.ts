import type { Field } from '../model/types';
import { charStartBefore } from '../text/chars';
import type { Rule } from './types';
import { endsTheDraft, prose } from './util';
import { LEADING_BULLET } from '../model/vocabulary';

const BULLET = new RegExp(`^${LEADING_BULLET}`, 'u');
const BULLET_AND_SPACE = new RegExp(`^${LEADING_BULLET}\\s*`, 'u');
const ARCHIVE = new RegExp(`^(?:${LEADING_BULLET}\\s*)?Lưu\\b`, 'u');

/**
 * The spaces a converter pads every list item with after its dash (pandoc's «-   Sở Y tế;», pdftotext's
 * «-      Thanh tra tỉnh;» where Word had a tab): the same two to eight spaces after the dash of every entry.
 * Markdown prints them as one bullet, the document they came from as its list's indent; a gap that differs
 * from the others' is a slip of the hand. Undefined when the entries do not all share one such gap.
 */
function converterPadding(entries: readonly Field[]): string | undefined {
  let padding: string | undefined;
  for (const entry of entries) {
    const gap = /^\\?-( {2,8})\S/u.exec(entry.text)?.[1];
    if (gap === undefined || (padding !== undefined && gap !== padding)) return undefined;
    padding = gap;
  }
  return padding;
}

/**
 * One recipient per line: "- " first, ";" last; the last line "- Lưu: VT, …" ends with ".". A notice is a
 * "văn bản khác": no "Kính gửi" and no "Như trên" (those belong to công văn and tờ trình).
 */
export const recipientsEntries: Rule = {
  id: 'recipients/entries',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm c, d khoản 9',
  description: 'Mỗi nơi nhận một dòng, bắt đầu bằng «-», kết thúc bằng «;»; dòng cuối «- Lưu: VT, …» kết thúc bằng «.»; Thông báo không có «Kính gửi», «Như trên».',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lãnh đạo Sở.\n- Lưu: VT, VP.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
  },
  check(model, context) {
    // «Kính gửi:» under the trích yếu, as a công văn has it (PL1 II.9.b): a notice names its recipients below.
    for (const paragraph of prose(model)) {
      const greeting = /^Kính gửi\b\s*:?/u.exec(paragraph.text);
      if (greeting) {
        const start = paragraph.sourceOffset(0);
        context.report({ start, end: paragraph.sourceOffset(greeting[0].length), message: 'Sai thể thức: Thông báo không có «Kính gửi»; nơi nhận ghi ở mục «Nơi nhận».' });
      }
    }
    const entries = model.recipients?.entries ?? [];
    const seen = new Map<string, Field>();
    const padding = converterPadding(entries);
    entries.forEach((entry, index) => {
      const last = index === entries.length - 1;
      // A first recipient written on the label's own line may have no bullet at all.
      // As written (pandoc's «\-» is a «-» escaped), and as it prints.
      const written = BULLET.exec(entry.text)?.[0];
      const bullet = written?.replace(/^\\/u, '');
      if (written !== undefined && entry.text.slice(written.length).trim() === '') {
        // Nothing to fix into a recipient (a fix of the spacing would only add spaces the next read trims).
        context.report({ start: entry.start, end: entry.end, severity: 'warning', message: 'Dòng nơi nhận trống: ghi tên nơi nhận hoặc xóa dòng.' });
        return;
      }
      if (bullet === undefined) {
        // On a line of its own the dash goes in front; after «Nơi nhận:» on the label's line, the entry moves.
        const ownLine = model.text.slice(model.text.lastIndexOf('\n', entry.start - 1) + 1, entry.start).trim() === '';
        context.report({
          start: entry.start,
          end: entry.end,
          message: 'Thiếu gạch đầu dòng «-»: mỗi nơi nhận một dòng, bắt đầu bằng «- ».',
          ...(ownLine && { fix: { title: 'Thêm «- » ở đầu dòng', edits: [{ start: entry.start, end: entry.start, newText: '- ' }] } }),
        });
      } else if (bullet !== '-') {
        // A «+» under «- Các sở, ban, ngành:» lists the group's members: turned into «-», each would become a
        // recipient beside its own group. The layout is the finding; how to redo it is the drafter's call.
        const member = bullet === '+' && inGroup(index);
        context.report({
          start: entry.start,
          end: entry.start + written!.length,
          message: member
            ? 'Sai cách ghi nơi nhận theo nhóm «+»: mỗi nơi nhận (hoặc nhóm) một dòng, bắt đầu bằng «- ».'
            : `Sai đầu dòng nơi nhận «${shown(bullet)}», cần gạch nối «-».`,
          ...(!member && { fix: { title: 'Sửa thành «-»', edits: [{ start: entry.start, end: entry.start + written!.length, newText: '-' }] } }),
        });
      } else if (!/^[ \t\u00a0]\S/u.test(entry.text.slice(written!.length)) && !(padding && entry.text.startsWith(written! + padding))) {
        // A tab or a no-break space after the dash is how Word's list pastes («-⇥Sở Y tế;»): it prints as a gap.
        const gap = written! + /^\s*/u.exec(entry.text.slice(written!.length))![0];
        context.report({
          start: entry.start,
          end: entry.start + gap.length,
          severity: 'warning',
          message: 'Sai khoảng cách sau «-»: cần đúng một dấu cách.',
          fix: { title: 'Sửa thành «- »', edits: [{ start: entry.start, end: entry.start + gap.length, newText: '- ' }] },
        });
      }
      const name = entry.text.replace(BULLET_AND_SPACE, '').replace(/[;.,]\s*$/u, '').trim();
      if (/^(Như trên|Kính gửi)\b/iu.test(name)) {
        context.report({ start: entry.start, end: entry.end, message: `Sai nơi nhận «${name}»: Thông báo không dùng «Như trên», «Kính gửi».` });
        return;
      }
      const folded = name.toLocaleLowerCase('vi');
      const earlier = seen.get(folded);
      if (earlier) {
        context.report({
          start: entry.start,
          end: entry.end,
          severity: 'warning',
          message: `Sai nơi nhận: «${name}» đã có ở dòng trên.`,
          related: [{ start: earlier.start, end: earlier.end, message: 'Lần ghi trước' }],
        });
      }
      seen.set(folded, entry);
      if (!last) checkEnd(entry, ';', !heads(index));
    });
    const archive = entries.at(-1);
    // A Lưu line without its dash has had that reported.
    if (archive && !ARCHIVE.test(archive.text)) {
      // A list whose last line, the draft's last, is not ended by «.», and no signature yet: it is still being
      // typed, and the Lưu line may come next. (Signed already, the draft is whole, and the line is missing.)
      const signed = model.signature.some((line) => line.kind === 'title' || line.kind === 'authority');
      const typing = !signed && !archive.text.endsWith('.') && endsTheDraft(model, archive.end);
      context.report({
        start: archive.start,
        end: archive.end,
        ...(typing && { severity: 'information' as const }),
        message: typing ? 'Nơi nhận chưa xong: dòng cuối là «- Lưu: VT, <đơn vị soạn thảo>.».' : 'Thiếu dòng lưu cuối Nơi nhận, cần «- Lưu: VT, <đơn vị soạn thảo>.».',
      });
    }

    function checkEnd(entry: Field, wanted: string, fixable: boolean): void {
      if (entry.text.endsWith(wanted)) return;
      const wrong = /[.,;:]$/u.test(entry.text);
      const at = wrong ? entry.end - 1 : entry.end;
      context.report({
        start: wrong ? at : charStartBefore(model.text, at, entry.start),
        end: entry.end,
        severity: 'warning',
        message: `Sai dấu cuối dòng nơi nhận, cần «${wanted}».`,
        ...(fixable && { fix: { title: `Kết thúc dòng bằng «${wanted}»`, edits: [{ start: at, end: entry.end, newText: wanted }] } }),
      });
    }

    /** The entry heads a group: it ends with «:» and «+» members follow it. */
    function heads(index: number): boolean {
      return entries[index]!.text.endsWith(':') && entries[index + 1]?.text.startsWith('+') === true;
    }

    /** A «+» entry under a group's head. */
    function inGroup(index: number): boolean {
      let at = index - 1;
      while (at >= 0 && entries[at]!.text.startsWith('+')) at--;
      return at >= 0 && heads(at);
    }
  },
};

/** A bullet as a message shows it: the Symbol font's (a private-use character) prints as nothing elsewhere. */
function shown(bullet: string): string {
  return /\p{Co}/u.test(bullet) ? `dấu đầu dòng của Word U+${bullet.codePointAt(0)!.toString(16).toUpperCase()}` : bullet;
}
