import type { Rule } from './types';
import { endsTheDraft } from './util';

// Học hàm, học vị and honorary titles (PL1 II.7.c): "TS. Nguyễn Văn A", "Thạc sĩ Trần B".
const ACADEMIC = /^(?:(?:GS|PGS|TSKH|TS\.BS|TS|ThS\.BS|ThS|BSCKII|BSCKI|BS|DSCKI|DS|KS|CN|NGND|NGƯT|NSND|NSƯT)\.?\s*)+|^(?:Giáo sư|Phó Giáo sư|Tiến sĩ|Thạc sĩ|Bác sĩ|Kỹ sư)\s+/u;

const SERVICE_UNIT = /^(?:TRUNG TÂM|VIỆN|TRƯỜNG|ĐẠI HỌC|HỌC VIỆN|BỆNH VIỆN|TRẠI)(?!\p{L})/u;

/** The signer's name is present, and carries no học hàm, học vị or honorary title before it. */
export const signatureSigner: Rule = {
  id: 'signature/signer',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm c khoản 7',
  description: 'Có họ tên người ký dưới chức vụ; không ghi học hàm, học vị, danh hiệu trước họ tên.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, VP.\n\nGIÁM ĐỐC\n\nTS. Nguyễn Văn An",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các phòng biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT, VP.\n\nGIÁM ĐỐC\n\nNguyễn Văn An",
  },
  check(model, context) {
    const lines = model.signature;
    const name = lines.find((line) => line.kind === 'name');
    if (!name) {
      const last = lines.filter((line) => line.kind === 'title' || line.kind === 'authority').at(-1);
      if (last) {
        const typing = endsTheDraft(model, last.end);
        context.report({
          start: last.start,
          end: last.end,
          ...(typing && { severity: 'information' as const }),
          message: `${typing ? 'Chưa ghi' : 'Thiếu'} họ tên người ký dưới chức vụ.`,
        });
      }
      return;
    }
    const match = ACADEMIC.exec(name.text);
    if (!match) return;
    // Public service units in education, health and science may be allowed titles by their sector (PL1
    // II.7.c): there the title is a question for the drafter, and is not taken out for them.
    const serviceUnit = SERVICE_UNIT.test((model.header.issuingAgency?.text ?? '').toLocaleUpperCase('vi'));
    const title = match[0].trim();
    context.report({
      start: name.start,
      end: name.start + match[0].length,
      ...(serviceUnit
        ? {
            severity: 'warning',
            message: `Họ tên người ký có «${title}»: chỉ ghi học hàm, học vị trước họ tên khi cơ quan quản lý ngành cho phép (đơn vị sự nghiệp giáo dục, y tế, khoa học).`,
          }
        : {
            message: `Sai họ tên người ký: không ghi «${title}» trước họ tên.`,
            fix: { title: `Bỏ «${title}»`, edits: [{ start: name.start, end: name.start + match[0].length, newText: '' }] },
          }),
    });
  },
};
