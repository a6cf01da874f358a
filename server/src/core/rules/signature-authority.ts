import type { SignatureLine } from '../model/types';
import type { Report, Rule } from './types';
import { endsTheDraft } from './util';

/**
 * The signing authority as a small state machine (PL1 II.7, Điều 13):
 *   [TM. collective] → [KT. | TL. | TUQ. | Q. HEAD] → [KT. UNIT HEAD, only after TL. or TM.] → TITLE → name
 * KT. X is followed by a deputy of X; TL. X by the head of an internal unit (who may pass it on to a deputy
 * with KT.); TUQ. allows no KT. under it; a deputy of the head never signs TL.
 */
export const signatureAuthority: Rule = {
  id: 'signature/authority',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Điều 13 và Phụ lục I, Mục II, điểm b khoản 7',
  description: 'Quyền hạn ký (TM., Q., KT., TL., TUQ.) viết đúng, có dấu chấm, và chức vụ dòng dưới khớp với quyền hạn.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An",
  },
  check(model, context) {
    const lines = model.signature.filter((line) => line.kind !== 'other');
    // A deputy signs for the head (Điều 13 khoản 1): «PHÓ GIÁM ĐỐC» alone, with no «KT. GIÁM ĐỐC» above it.
    // So does a deputy put in charge of the agency: «cấp phó được giao phụ trách, điều hành thì thực hiện ký
    // như cấp phó ký thay cấp trưởng» (same khoản; rulebook R11).
    const first = lines[0];
    if (first?.kind === 'title' && /^PHÓ\s/u.test(titleOf(first))) {
      const title = titleOf(first);
      const inCharge = IN_CHARGE.exec(title);
      const head = title.slice(4, inCharge?.index);
      const who = inCharge ? 'cấp phó được giao phụ trách ký như cấp phó ký thay cấp trưởng' : 'cấp phó ký thay cấp trưởng';
      context.report({ start: first.start, end: first.end, message: `Thiếu quyền hạn ký: ${who}, cần dòng «KT. ${head}» trên «${title}».` });
    }
    // The head's title over a deputy's («GIÁM ĐỐC» / «PHÓ GIÁM ĐỐC», «BỘ TRƯỞNG, CHỦ NHIỆM» / «PHÓ CHỦ NHIỆM»): the
    // deputy signs for the head, and the head's line lacks its «KT.», the one thing that line can lack.
    const second = lines[1];
    if (first?.kind === 'title' && second?.kind === 'title' && !/^PHÓ\s/u.test(titleOf(first))) {
      const head = titleOf(first);
      const deputy = titleOf(second);
      if (offices(deputy).some((title) => offices(head).some((office) => isDeputyOf(title, office)))) {
        context.report({
          start: first.start,
          end: first.end,
          message: `Thiếu quyền hạn ký: cấp phó ký thay cấp trưởng, cần «KT. ${head}» trên «${deputy}».`,
          fix: { title: 'Thêm «KT. »', edits: [{ start: first.start, end: first.start, newText: 'KT. ' }] },
        });
      }
    }
    for (const line of lines) if (line.kind === 'authority') checkPrefix(line, context.report);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind !== 'authority') continue;
      const prefix = prefixOf(line);
      const holder = holderOf(line);
      const next = lines[i + 1];
      if (prefix === 'TM' && PERSON_TITLE.test(holder)) {
        reportPersonAfterTm(line, holder, next, context.report);
        continue;
      }
      if (prefix === 'TM' && HEAD_RUN_BODY.test(holder)) {
        reportHeadRunBodyAfterTm(model.text, line, holder, next, context.report);
        continue;
      }
      if (!next || next.kind === 'name') {
        if (prefix === 'KT' || prefix === 'TL' || prefix === 'TUQ') {
          const typing = !next && endsTheDraft(model, line.end);
          context.report({
            start: line.start,
            end: line.end,
            ...(typing ? { severity: 'information' as const } : {}),
            message: `${typing ? 'Chưa ghi' : 'Thiếu'} chức vụ người ký dưới «${line.text}».`,
          });
        }
        continue;
      }
      const nextPrefix = next.kind === 'authority' ? prefixOf(next) : undefined;
      const nextTitle = next.kind === 'authority' ? holderOf(next) : titleOf(next);
      const deputyOf = nextTitle.startsWith('PHÓ ') ? nextTitle.slice(4) : undefined;
      // One person may hold two offices: «KT. BỘ TRƯỞNG, CHỦ NHIỆM» over «PHÓ CHỦ NHIỆM» or «THỨ TRƯỞNG,
      // PHÓ CHỦ NHIỆM».
      const holders = offices(holder);
      const isDeputy = offices(nextTitle).some((title) => holders.some((office) => isDeputyOf(title, office)));
      if (prefix === 'KT' && nextPrefix === undefined && !isDeputy && UNIT_HEAD.test(nextTitle)) {
        // The head of an internal unit signs by order (Điều 13.4): the prefix is wrong, not the title.
        bad(line, `Sai quyền hạn ký: ${nextTitle} không phải cấp phó của ${holder}, ký thừa lệnh «TL. ${holder}»; cấp phó ký «KT. ${holder}» với chức vụ ${deputiesOf(holders)}.`);
      } else if (prefix === 'KT' && (nextPrefix !== undefined || !isDeputy)) {
        bad(next, `Sai chức vụ dưới «${line.text}»: người ký thay phải là cấp phó của ${holder}, cần ${deputiesOf(holders)}.`);
      } else if (prefix === 'TL' && nextPrefix === undefined && (isDeputy || offices(nextTitle).some((title) => holders.includes(title)))) {
        bad(next, `Sai quyền hạn ký: ${nextTitle} không ký thừa lệnh ${holder}; cấp phó ký «KT. ${holder}».`);
      } else if (prefix === 'TL' && nextPrefix === undefined && deputyOf !== undefined && !/PHỤ TRÁCH/u.test(nextTitle)) {
        // Điều 13.4: the unit's head signs by order, and may pass it to a deputy, who signs KT. under it.
        bad(next, `Thiếu quyền hạn ký: ${nextTitle} ký thừa lệnh thay ${deputyOf}, cần dòng «KT. ${deputyOf}» trên «${nextTitle}».`);
      } else if (prefix === 'TM' && nextPrefix === undefined && deputyOf !== undefined) {
        // PL1 V: «TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH»: for the collective, its head signs, or a
        // deputy for the head.
        const head = deputyOf.replace(IN_CHARGE, '');
        bad(next, `Thiếu quyền hạn ký: cấp phó ký thay cấp trưởng, cần dòng «KT. ${head}» giữa «${line.text}» và «${nextTitle}».`);
      } else if (prefix === 'TL' && nextPrefix !== undefined && nextPrefix !== 'KT') {
        bad(next, `Sai quyền hạn ký dưới «${line.text}»: người ký thừa lệnh chỉ có thể giao cấp phó ký thay (KT.).`);
      } else if (prefix === 'TUQ' && nextPrefix !== undefined) {
        bad(next, 'Sai quyền hạn ký: người được ủy quyền không được ủy quyền lại, dưới «TUQ.» không có «KT.».');
      } else if ((prefix === 'KT' || prefix === 'Q') && nextPrefix !== undefined) {
        bad(next, `Sai quyền hạn ký: dưới «${line.text}» không có thêm quyền hạn «${nextPrefix}.».`);
      } else if (prefix === 'Q' && next.kind === 'title') {
        // PL1 II.7.b: the one given the head's powers signs under «Q. GIÁM ĐỐC», with no title of their own.
        bad(next, `Sai chức vụ dưới «${line.text}»: người được giao quyền ký với chức vụ «${line.text}», không ghi thêm «${nextTitle}».`);
      }
    }

    function bad(line: SignatureLine, message: string): void {
      context.report({ start: line.start, end: line.end, message });
    }
  },
};

const PREFIX = /^(TM|Q|KT|TL|TUQ|T\/M|K\/T|T\/L)(\.?)(\s*)/u;

/**
 * A title line as the office it names: «P. GIÁM ĐỐC» is the deputy written short (signature/title reports the
 * short form; the authority above it is right).
 */
function titleOf(line: SignatureLine): string {
  return line.text.replace(/\s+/g, ' ').replace(/^P\.\s*/u, 'PHÓ ');
}

/** «PHÓ GIÁM ĐỐC PHỤ TRÁCH», «PHÓ CHỦ TỊCH PHỤ TRÁCH, ĐIỀU HÀNH»: what follows the deputy's title. */
const IN_CHARGE = / (?:PHỤ TRÁCH|ĐIỀU HÀNH)\b.*$/u;

/** The offices a title line names: «BỘ TRƯỞNG, CHỦ NHIỆM» is the minister who heads the Văn phòng Chính phủ. */
function offices(title: string): string[] {
  return title.split(/\s*,\s*/u);
}

/**
 * «PHÓ TRƯỞNG PHÒNG» is a deputy of «TRƯỞNG PHÒNG QUẢN LÝ CÔNG NGHỆ» too, and «PHÓ CHỦ TỊCH THƯỜNG TRỰC» of
 * «CHỦ TỊCH». A minister's deputy is a «THỨ TRƯỞNG»: there is no «PHÓ BỘ TRƯỞNG».
 */
function isDeputyOf(title: string, office: string): boolean {
  if (office === 'BỘ TRƯỞNG') return title === 'THỨ TRƯỞNG';
  if (!title.startsWith('PHÓ ')) return false;
  const deputyOf = title.slice(4);
  return office === deputyOf || office.startsWith(`${deputyOf} `) || deputyOf.startsWith(`${office} `);
}

function deputiesOf(holders: string[]): string {
  return holders.map((office) => `«${office === 'BỘ TRƯỞNG' ? 'THỨ TRƯỞNG' : `PHÓ ${office}`}»`).join(' hoặc ');
}

/** The head of an agency's internal unit, who signs «TL.» for the agency's head (Điều 13.4). */
const UNIT_HEAD = /^(?:CHÁNH VĂN PHÒNG|TRƯỞNG (?:PHÒNG|BAN)|VỤ TRƯỞNG|CỤC TRƯỞNG)\b/u;

/**
 * The title of a person, not of a collective: «TM.» stands before the collective or the agency (PL1 II.7.b:
 * «TM. ỦY BAN NHÂN DÂN», «TM. BAN THƯỜNG VỤ», «TM. ĐOÀN KIỂM TRA»), never before «GIÁM ĐỐC».
 */
const PERSON_TITLE = /^(?:PHÓ )?(?:GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHỦ TỊCH|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CHỦ NHIỆM|(?:\p{Lu}+ )?TRƯỞNG(?: [\p{Lu} -]+)?)$/u;

/**
 * A Sở, a Bộ, a Cục works under its head (chế độ thủ trưởng, Điều 13.1): the head signs under their own title,
 * a deputy under «KT.»; «TM.» is for a body led by a collective (Điều 13.2: an UBND, a Hội đồng, a Ban).
 */
const HEAD_RUN_BODY = /^(SỞ|BỘ|TỔNG CỤC|CỤC|CHI CỤC)\s/u;

/** «SỞ NỘI VỤ» → «Sở», «CHI CỤC KIỂM LÂM» → «Chi cục». */
function kindOf(holder: string): string {
  const kind = HEAD_RUN_BODY.exec(holder)![1]!.toLocaleLowerCase('vi');
  return kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1);
}

/** «TM. SỞ NỘI VỤ» over «GIÁM ĐỐC»: the line is one too many; taken out when it stands alone on its line. */
function reportHeadRunBodyAfterTm(text: string, line: SignatureLine, holder: string, next: SignatureLine | undefined, report: (finding: Report) => void): void {
  const alone = next !== undefined && /^[ \t]*$/u.test(text.slice(text.lastIndexOf('\n', line.start - 1) + 1, line.start)) && /^\s*$/u.test(text.slice(line.end, next.start));
  report({
    start: line.start,
    end: line.end,
    severity: 'warning',
    message: `Sai quyền hạn ký «${line.text}»: ${kindOf(holder)} làm việc theo chế độ thủ trưởng, người đứng đầu ký với chức vụ của mình, cấp phó ký «KT.»; «TM.» dùng cho tập thể lãnh đạo.`,
    ...(alone && { fix: { title: `Bỏ dòng «${line.text}»`, edits: [{ start: line.start, end: next.start, newText: '' }] } }),
  });
}

/** «TM. GIÁM ĐỐC»: the head signs without a prefix, a deputy with «KT.» (the fix, when the deputy is named). */
function reportPersonAfterTm(line: SignatureLine, holder: string, next: SignatureLine | undefined, report: (finding: Report) => void): void {
  const deputy = next !== undefined && next.kind !== 'authority' && titleOf(next) === `PHÓ ${holder}`;
  const prefixEnd = line.start + PREFIX.exec(line.text)![0].length;
  report({
    start: line.start,
    end: line.end,
    message: `Sai quyền hạn ký «${line.text}»: «TM.» (thay mặt) chỉ đứng trước tên tập thể hoặc cơ quan (TM. ỦY BAN NHÂN DÂN); ${holder} ký không có «TM.», cấp phó ký «KT. ${holder}».`,
    ...(deputy && { fix: { title: `Sửa thành «KT. ${holder}»`, edits: [{ start: line.start, end: prefixEnd, newText: 'KT. ' }] } }),
  });
}

function prefixOf(line: SignatureLine): string {
  return PREFIX.exec(line.text)![1]!.replace('/', '');
}

function holderOf(line: SignatureLine): string {
  return line.text.replace(PREFIX, '').replace(/\s+/g, ' ');
}

/** "KT GIÁM ĐỐC", "KT.GIÁM ĐỐC" and the Party's "K/T" in a state document: the decree writes "KT. GIÁM ĐỐC". */
function checkPrefix(line: SignatureLine, report: (finding: Report) => void): void {
  const match = PREFIX.exec(line.text)!;
  const written = match[1]! + match[2]!;
  const wanted = `${match[1]!.replace('/', '')}.`;
  if (written === wanted && match[3] === '') {
    const at = line.start + written.length;
    // The authority is right, only its spacing is not: a warning.
    report({
      start: line.start,
      end: at,
      severity: 'warning',
      message: `Sai cách viết quyền hạn ký: thiếu dấu cách sau «${wanted}», cần «${wanted} ${line.text.slice(written.length)}».`,
      fix: { title: `Thêm dấu cách sau «${wanted}»`, edits: [{ start: at, end: at, newText: ' ' }] },
    });
    return;
  }
  if (written === wanted) return;
  report({
    start: line.start,
    end: line.start + written.length,
    message: `Sai cách viết quyền hạn ký «${written}», cần «${wanted}».`,
    fix: { title: `Sửa thành «${wanted}»`, edits: [{ start: line.start, end: line.start + written.length, newText: wanted }] },
  });
}
