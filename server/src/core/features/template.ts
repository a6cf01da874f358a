/**
 * A new "Thông báo kết luận" from the workspace profile: agency (names in the header, ký hiệu, titles),
 * place, signer (the signature form follows the signer's title). Written once as parts, rendered two
 * ways: as a snippet with tab stops for the editor, and as the plain text its defaults make (which the
 * tests check against every rule).
 */
import type { Registry } from '../registry/registry';
import type { Agency, Person } from '../registry/types';
import { upperVi } from '../rules/util';
import { currentUnits, leadersEntry, sentenceCase, unitTitle } from './titles';
import { decreeLongDate, formatDate, type CalendarDay } from './date-format';

type Part = string | { stop: number; value: string };

export interface NoticeTemplate {
  /** VS Code snippet syntax: ${1:default}, mirrors, $0. */
  snippet: string;
  /** The text with every tab stop at its default. */
  text: string;
}

export function noticeTemplate(registry: Registry, today: CalendarDay): NoticeTemplate {
  const agency = registry.issuingAgency();
  const place = registry.profile.place;
  const units = agency ? currentUnits(registry, agency, today.year) : [];
  const signer = registry.people.find((person) => person.name === registry.profile.signer);
  const head = agency?.head ? sentenceCase(agency.head) : 'Thủ trưởng cơ quan';
  const who = agency ? `${head} ${agency.name}` : head;
  const office = units.find((unit) => unit.code === 'VP') ?? units.find((unit) => unit.code);
  const assignee = units.find((unit) => unit !== office) ?? office;
  const deadline = addDays(today, 30);
  const style = { form: 'short' as const, padLateMonths: false };
  const s = (stop: number, value: string): Part => ({ stop, value });

  const parts: Part[] = [
    agency?.parentHeaderName ?? s(1, 'CƠ QUAN CHỦ QUẢN'),
    '\n**', agency?.headerName ?? s(2, 'TÊN CƠ QUAN BAN HÀNH'), '**\n\n',
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n',
    'Số:      /TB-', agency?.code ?? s(3, 'MÃ'), '\n\n',
    '*', place ?? s(4, 'Địa danh'), `, ngày ${decreeLongDate(today)}*\n\n`,
    '**THÔNG BÁO**\n\n',
    `**Kết luận của ${who} tại `, s(5, 'cuộc họp giao ban'), '**\n\n',
    'Ngày ', s(6, formatDate(today, style)), `, ${who} chủ trì `, s(5, ''), '. Tham dự có ',
    s(7, 'lãnh đạo và đại diện các phòng, đơn vị liên quan'), '.\n\n',
    'Sau khi nghe ', s(8, 'báo cáo của các đơn vị'), ` và ý kiến của các thành viên dự họp, ${who} kết luận và chỉ đạo như sau:\n\n`,
    '1. ', s(9, 'Đánh giá chung'), '\n\n',
    s(10, 'Ghi nhận kết quả các đơn vị đã đạt được.'), '\n\n',
    '2. ', s(11, 'Nhiệm vụ thời gian tới'), '\n\n',
    'Giao ', s(12, assignee?.name ?? 'đơn vị chủ trì'), ' chủ trì, phối hợp với ', s(13, 'các đơn vị liên quan'), ' tham mưu ',
    s(14, 'triển khai nhiệm vụ'), '; hoàn thành trước ngày ', s(15, formatDate(deadline, style)), '.\n\n',
    'Thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\n\n',
    '***Nơi nhận:***\n',
    ...(agency && leadersEntry(agency) ? [`- ${leadersEntry(agency)};\n`] : []),
    '- ', s(12, ''), ';\n',
    `- Lưu: VT${office?.code ? `, ${office.code}` : ''}.\n\n`,
    ...signature(agency, units, signer).map((line) => `**${line}**\n`),
    '\n**', s(16, signer?.name ?? 'Họ và tên'), '**',
  ];
  return render(parts);
}

/** The lines above the name: the form that the signer's title calls for (NĐ 30/2020 Điều 13). */
function signature(agency: Agency | undefined, units: ReturnType<typeof currentUnits>, signer: Person | undefined): string[] {
  if (!agency?.head) return ['THỦ TRƯỞNG CƠ QUAN'];
  const title = signer?.title ? upperVi(signer.title) : undefined;
  if (title === agency.head) return [agency.head];
  if (title && title === agency.deputy) return [`KT. ${agency.head}`, agency.deputy];
  const unit = units.find((candidate) => candidate.head && (candidate.head === title || unitTitle(candidate) === title));
  const office = unit ?? units.find((candidate) => candidate.code === 'VP' && candidate.head);
  return office ? [`TL. ${agency.head}`, unitTitle(office)] : [agency.head];
}

function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A tab stop's first occurrence carries its default; later ones mirror it. */
function render(parts: Part[]): NoticeTemplate {
  const defaults = new Map<number, string>();
  for (const part of parts) if (typeof part !== 'string' && !defaults.has(part.stop)) defaults.set(part.stop, part.value);
  const seen = new Set<number>();
  let snippet = '';
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      snippet += escapeSnippet(part);
      text += part;
      continue;
    }
    snippet += seen.has(part.stop) ? `\${${part.stop}}` : `\${${part.stop}:${escapeSnippet(part.value)}}`;
    seen.add(part.stop);
    text += defaults.get(part.stop)!;
  }
  return { snippet: `${snippet}\n$0`, text: `${text}\n` };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
