import { dayNumber, findDates, isValidDate } from '../text/dates';
import type { Rule } from './types';

// How the opening paragraph gives the day of the meeting: «Ngày 29/9/2025,», «Sáng thứ Hai, ngày 23/11/2026,»,
// «Chiều ngày 23/11/2026,», «Vào sáng ngày …».
const MEETING_DAY = /^(?:Vào\s+)?(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+)?(?:(?:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|[2-7])|[Cc]hủ\s+[Nn]hật)\s*,?\s*)?(?:[Nn]gày|NGÀY)(?![\p{L}\p{N}])/u;

/** The meeting a conclusion reports on ("Ngày 29/9/2025, Giám đốc Sở chủ trì …") cannot be after the notice. */
export const bodyMeetingDate: Rule = {
  id: 'body/meeting-date',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4 (thời gian ban hành)',
  description: 'Ngày họp nêu ở đoạn mở đầu không sau ngày ban hành thông báo.',
  examples: {
    wrong: "Quảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nNgày 03/4/2025, Giám đốc Sở chủ trì cuộc họp.",
    right: "Quảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nNgày 01/4/2025, Giám đốc Sở chủ trì cuộc họp.",
  },
  check(model, context) {
    const issued = model.header.placeDate?.date;
    const opening = model.body[0]?.paragraph;
    if (!issued || !opening || model.body[0]!.marker) return;
    const lead = MEETING_DAY.exec(opening.text);
    if (!lead) return;
    const [meeting] = findDates(opening.text.slice(0, lead[0].length + 40));
    // An impossible date is date/invalid's finding; comparing it would say nothing more.
    // The date follows «ngày» (a long form «ngày 25 tháng 11 năm 2026» begins with it).
    if (!meeting || /\S/u.test(opening.text.slice(lead[0].length, meeting.start)) || !isValidDate(meeting.year.value, meeting.month.value, meeting.day.value)) return;
    const meetingDay = dayNumber(meeting.year.value, meeting.month.value, meeting.day.value);
    const issuedDay = dayNumber(issued.year.value, issued.month.value, issued.day.value);
    if (meetingDay <= issuedDay) return;
    const start = opening.sourceOffset(meeting.start);
    const end = opening.sourceOffset(meeting.end);
    context.report({
      start,
      end,
      message: `Sai ngày họp: ${model.text.slice(start, end)} sau ngày ban hành thông báo, cần một ngày không muộn hơn ngày ban hành.`,
      related: [{ start: issued.start, end: issued.end, message: 'Ngày ban hành' }],
    });
  },
};
