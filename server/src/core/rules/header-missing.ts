import type { Rule } from './types';
import { endsTheDraft } from './util';

/**
 * The parts every notice has (ND30 Điều 8 khoản 2, except the seal, which comes at issuance). A draft
 * without the header's top row (Quốc hiệu and the agency name) is what a paste from PDF or Word leaves
 * behind, so then the gaps are only pointed out (information); a draft that has a header and misses parts
 * of it gets errors. A draft still being typed from the top (all that is missing comes after its content, which
 * has no «./.» yet, or after the Nơi nhận being typed) is told what is left, as information. A fragment (front
 * matter `fragment: true`, or the setting) is not checked.
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
    // A notice typed from the top: what is missing all comes after the content, which has no «./.» yet, or
    // after the Nơi nhận whose last line, the last of the draft, is still being typed («- Lưu: VT,»).
    const lastEntry = model.recipients?.entries.at(-1);
    const typingRecipients = lastEntry !== undefined && !lastEntry.text.endsWith('.') && endsTheDraft(model, lastEntry.end);
    const unfinished = early === 0 && (model.closings.length === 0 || typingRecipients);
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
