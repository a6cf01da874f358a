import type { Rule } from './types';

// Only TM., Q., KT., TL., TUQ. may be abbreviated in the signature block; a title is written out.
const ABBREVIATED = /(?:^|\s)(TP\.|PTP\.|GĐ|PGĐ|GD|PGD|CT|PCT|CVP|PCVP|TRP\.|P\.)(?=\s|$)/u;

/** The signer's title is written out in capitals ("TRƯỞNG PHÒNG …", not "TP. …"). */
export const signatureTitle: Rule = {
  id: 'signature/title',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 7',
  description: 'Chức vụ người ký viết đầy đủ, in hoa; chỉ quyền hạn TM., Q., KT., TL., TUQ. được viết tắt.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nTP. HÀNH CHÍNH - TỔNG HỢP\n\nTrần Văn Quang",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nTrần Văn Quang",
  },
  check(model, context) {
    for (const line of model.signature) {
      if (line.kind !== 'title' && line.kind !== 'authority') continue;
      const match = ABBREVIATED.exec(line.kind === 'authority' ? line.text.replace(/^\S+\s+/, (p) => ' '.repeat(p.length)) : line.text);
      if (!match) continue;
      const at = line.start + match.index + match[0].length - match[1]!.length;
      context.report({
        start: at,
        end: at + match[1]!.length,
        message: `Sai chức vụ người ký: «${match[1]}» là chữ viết tắt, cần viết đầy đủ chức vụ bằng chữ in hoa.`,
      });
    }
  },
};
