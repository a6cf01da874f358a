import type { NoticeModel } from '../model/types';
import type { Rule } from './types';
import { endsTheDraft } from './util';

/**
 * The parts every notice has (ND30 Điều 8 khoản 2, except the seal, which comes at issuance). A draft
 * without the header's top row (Quốc hiệu and the agency name) is what a paste from PDF or Word leaves
 * behind, so then the gaps are only pointed out (information); a draft that has a header and misses parts
 * of it gets errors. A draft still being typed from the top (all that is missing comes after what it ends
 * with) is told what is left, as information. A fragment (front matter `fragment: true`, or the setting) is not
 * checked.
 */
export const headerMissing: Rule = {
  id: 'header/missing',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Điều 8 khoản 2',
  description: 'Văn bản đủ các thành phần thể thức: Quốc hiệu, Tiêu ngữ, tên cơ quan, số và ký hiệu, địa danh và ngày tháng, tên loại và trích yếu, nội dung, chữ ký, nơi nhận.',
  examples: {
    wrong: "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 05/TB-SKHCN\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Văn phòng Sở tổng hợp./.",
    right: "---\nfragment: true\n---\nSố: 05/TB-SKHCN\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nGiao Văn phòng Sở tổng hợp.",
  },
  check(model, context) {
    if (context.fragment || !model.title) return;
    const { header } = model;
    const missing: string[] = [];
    if (!header.nationalTitle) missing.push('Quốc hiệu');
    if (!header.motto) missing.push('Tiêu ngữ');
    if (!header.issuingAgency) missing.push('tên cơ quan ban hành');
    if (!header.number) missing.push('số, ký hiệu');
    if (!header.placeDate) missing.push('địa danh và ngày tháng');
    if (!model.summary) missing.push('trích yếu');
    const early = missing.length;
    if (model.body.length === 0) missing.push('nội dung');
    if (!model.signature.some((line) => line.kind === 'title' || line.kind === 'authority')) missing.push('chức vụ người ký');
    if (!model.recipients) missing.push('nơi nhận');
    if (missing.length === 0) return;
    const pasted = !header.nationalTitle && !header.issuingAgency;
    const unfinished = typedFromTheTop(model, early - (model.summary ? 0 : 1));
    context.report({
      start: model.title.start,
      end: model.title.end,
      severity: pasted || unfinished ? 'information' : 'error',
      message: pasted
        ? `Bản thảo thiếu: ${missing.join(', ')}. Nếu đây là phần chép từ PDF hay Word, hãy bổ sung hoặc đánh dấu «fragment: true».`
        : unfinished
          ? `Dự thảo chưa xong: còn thiếu ${missing.join(', ')}.`
          : `Thiếu thành phần thể thức: ${missing.join(', ')}.`,
    });
  },
};

/**
 * A notice typed from the top, not yet at its end: the header is whole, and what is missing all comes after
 * what the draft ends with. It ends at the tên loại, or at the trích yếu; or the content has no «./.» yet;
 * or neither the Nơi nhận nor the signature is there yet; or the Nơi nhận is being typed (its label alone, or
 * its last line, the draft's last, not ended by «.»), or ends the draft with no signature yet.
 */
function typedFromTheTop(model: NoticeModel, headerMissing: number): boolean {
  if (headerMissing > 0) return false;
  const signed = model.signature.some((line) => line.kind === 'title' || line.kind === 'authority');
  const recipients = model.recipients;
  if (!model.summary || model.body.length === 0) return !signed && !recipients;
  if (model.closings.length === 0 || (!signed && !recipients)) return true;
  if (recipients) {
    const last = recipients.entries.at(-1);
    if (last ? !last.text.endsWith('.') && endsTheDraft(model, last.end) : endsTheDraft(model, recipients.label.end)) return true;
    if (!signed) return endsTheDraft(model, last?.end ?? recipients.label.end);
  }
  // Signed, with no Nơi nhận: a notice types its Nơi nhận first, so it is missing, not yet to come.
  return false;
}
