/**
 * Completions at the end of a notice: whole entries of Nơi nhận ("- X;"), the codes after "Lưu: VT, ",
 * and the signature block line by line (authority and head, the title that goes with it, the signer).
 */
import { AUTHORITY_PREFIX, RECIPIENTS_LABEL } from '../model/vocabulary';
import type { NoticeModel } from '../model/types';
import type { Agency, Unit } from '../registry/types';
import { upperVi } from '../rules/util';
import { foldVietnamese } from '../text/fold';
import type { CompletionContext, CursorLine, Suggestion, SuggestionKind } from './completion';
import { matchRank, sortKey } from './match';
import { currentUnits, leadersEntry, unitTitle } from './titles';

const ARCHIVE = /^([*_]*[-–]\s*Lưu\s*:\s*VT\s*,\s*(?:[\p{L}\p{N}&-]+\s*,\s*)*)([\p{L}\p{N}&-]*)$/u;
const ENTRY = /^(\s*)([-–]?\s*[^;]{0,80})$/u;
const BULLET = /^[*_]*[-–—+•]/u;

/** Suggestions for Nơi nhận or the signature, or undefined when the cursor is in neither. */
export function footerCompletions(model: NoticeModel, cursor: CursorLine, context: CompletionContext): Suggestion[] | undefined {
  const zone = zoneOf(model, cursor);
  if (zone === 'recipients') {
    const archive = ARCHIVE.exec(cursor.before);
    if (archive) return archiveCodes(cursor, context, archive[2]!);
    const entry = ENTRY.exec(cursor.before);
    return entry && !/^[-–]?\s*Lưu\s*:/u.test(entry[2]!) ? recipientEntries(model, cursor, context, entry[2]!) : [];
  }
  if (zone === 'signature') return signatureLines(model, cursor, context);
  return undefined;
}

/** Whether the cursor's line is an entry of Nơi nhận, a line of the signature, or elsewhere. */
function zoneOf(model: NoticeModel, cursor: CursorLine): 'recipients' | 'signature' | undefined {
  const label = model.recipients?.label;
  if (label && label.end <= cursor.lineStart) {
    const between = model.text.slice(label.end, cursor.lineStart).split(/\r\n|\r|\n/).slice(1, -1);
    const listGoesOn = between.every((line) => BULLET.test(line.trim()) && !/\.[*_]*$/.test(line.trim()));
    return listGoesOn ? 'recipients' : 'signature';
  }
  const closing = model.closings.at(-1);
  if (!label && closing && closing.end <= cursor.lineStart) return 'signature';
  return undefined;
}

function recipientEntries(model: NoticeModel, cursor: CursorLine, context: CompletionContext, typed: string): Suggestion[] {
  const query = typed.replace(/^[-–]\s*/, '');
  const start = cursor.offset - typed.length;
  const present = new Set((model.recipients?.entries ?? []).map((entry) => foldVietnamese(entry.text.replace(/^[-–]\s*|[;.]$/g, ''))));
  const issuer = context.issuer;
  const units = currentUnits(context.registry, issuer, context.today.year);
  const body = foldVietnamese(model.body.map((node) => node.paragraph.text).join(' '));
  const candidates: { name: string; detail: string; documentation: string; boost: number }[] = [];
  const leaders = issuer && leadersEntry(issuer);
  if (leaders) {
    candidates.push({ name: leaders, detail: 'Lãnh đạo cơ quan', documentation: `Người đứng đầu và cấp phó của ${issuer.name}.`, boost: 1 });
  }
  for (const unit of units) {
    const assigned = body.includes(foldVietnamese(unit.name));
    candidates.push({
      name: unit.name,
      detail: assigned ? 'Được giao nhiệm vụ trong nội dung' : `Đơn vị thuộc ${issuer!.name}`,
      documentation: assigned
        ? `**${unit.name}** được giao nhiệm vụ trong nội dung thông báo nên phải có trong Nơi nhận (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm a khoản 9).`
        : `**${unit.name}**${unit.code ? ` (${unit.code})` : ''}`,
      boost: assigned ? 0 : 2,
    });
  }
  if (issuer && /^Sở\s/u.test(issuer.name)) {
    candidates.push({ name: 'Các phòng, đơn vị thuộc Sở', detail: 'Nhóm đơn vị', documentation: 'Gửi chung cho mọi phòng, đơn vị thuộc Sở.', boost: 2 });
  }
  for (const agency of context.registry.agencies) {
    if (agency.code === issuer?.code || agency.kind !== 'state') continue;
    candidates.push({ name: agency.name, detail: `Cơ quan (${agency.code})`, documentation: `**${agency.fullName ?? agency.name}**`, boost: 10 });
  }
  const suggestions: Suggestion[] = [];
  candidates.forEach((candidate, index) => {
    if (present.has(foldVietnamese(candidate.name))) return;
    const rank = matchRank(query, [candidate.name]);
    if (rank === undefined) return;
    const entry = `- ${candidate.name};`;
    suggestions.push(item('recipient', entry, entry, cursor, start, typed, candidate.detail, `${candidate.documentation}\n\nMỗi nơi nhận một dòng, bắt đầu bằng «-», kết thúc bằng «;».`, sortKey(rank + candidate.boost, index)));
  });
  const archive = archiveLine(units, issuer);
  if (archive && matchRank(query, ['Lưu']) !== undefined) {
    suggestions.push(item('recipient', archive, archive, cursor, start, typed, 'Dòng lưu, luôn ở cuối', 'Lưu tại Văn thư (VT) và đơn vị soạn thảo; dòng cuối kết thúc bằng dấu chấm (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm d khoản 9).', sortKey(20, 0)));
  }
  return suggestions;
}

function archiveLine(units: Unit[], issuer: Agency | undefined): string | undefined {
  if (!issuer) return undefined;
  const drafting = units.find((unit) => unit.code === 'VP') ?? units.find((unit) => unit.code);
  return `- Lưu: VT${drafting?.code ? `, ${drafting.code}` : ''}.`;
}

function archiveCodes(cursor: CursorLine, context: CompletionContext, typed: string): Suggestion[] {
  const listed = new Set(cursor.before.split(/[,:]/).map((part) => part.trim()));
  const suggestions: Suggestion[] = [];
  currentUnits(context.registry, context.issuer, context.today.year).forEach((unit, index) => {
    if (!unit.code || listed.has(unit.code)) return;
    const rank = matchRank(typed, [unit.code, unit.name]);
    if (rank === undefined) return;
    suggestions.push(
      item('abbreviation', unit.code, unit.code, cursor, cursor.offset - typed.length, typed, unit.name,
        `**${unit.code}**: ${unit.name}, đơn vị soạn thảo lưu một bản (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm d khoản 9).`, sortKey(rank, index)),
    );
  });
  return suggestions;
}

/** The signature block, one line at a time, from the line above the cursor. */
function signatureLines(model: NoticeModel, cursor: CursorLine, context: CompletionContext): Suggestion[] {
  const markup = /^[*_]*/.exec(cursor.before)![0];
  const typed = cursor.before.slice(markup.length);
  if (/[*_]$/.test(typed)) return [];
  const close = markup && !cursor.after.startsWith(markup) ? [...markup].reverse().join('') : '';
  const previous = previousLine(model.text, cursor.lineStart);
  const issuer = context.issuer;
  if (!issuer) return [];
  const authority = /^(TM|Q|KT|TL|TUQ)\.\s+(.+)$/u.exec(previous);
  let lines: { text: string; kind: SuggestionKind; detail: string; documentation: string }[];
  if (authority?.[1] === 'KT') {
    lines = [{ text: deputyOf(authority[2]!, issuer, context), kind: 'title', detail: 'Cấp phó ký thay', documentation: 'Sau «KT.» là chức vụ của cấp phó ký thay (NĐ 30/2020/NĐ-CP, Điều 13 khoản 1, Phụ lục I, Mục II, điểm b khoản 7).' }];
  } else if (authority?.[1] === 'TL' || authority?.[1] === 'TUQ') {
    lines = currentUnits(context.registry, issuer, context.today.year)
      .filter((unit) => unit.head)
      .map((unit) => ({ text: unitTitle(unit), kind: 'title' as const, detail: `Người đứng đầu ${unit.name}`, documentation: `Sau «${authority[1]}.» là chức vụ của người đứng đầu đơn vị được giao ký (NĐ 30/2020/NĐ-CP, Điều 13).` }));
    if (authority[1] === 'TL') {
      const office = currentUnits(context.registry, issuer, context.today.year).find((unit) => unit.code === 'VP' && unit.head);
      if (office) lines.push({ text: `KT. ${office.head}`, kind: 'authority', detail: 'Cấp phó ký thay văn bản thừa lệnh', documentation: 'Chánh Văn phòng giao cấp phó ký thay (NĐ 30/2020/NĐ-CP, Điều 13 khoản 4); dòng sau là chức vụ của cấp phó.' });
    }
  } else if (authority?.[1] === 'TM') {
    lines = [issuer.head, issuer.head && `KT. ${issuer.head}`]
      .filter((text): text is string => Boolean(text))
      .map((text) => ({ text, kind: text.startsWith('KT.') ? 'authority' as const : 'title' as const, detail: 'Thay mặt tập thể', documentation: 'Sau «TM.» là chức vụ người đứng đầu, hoặc «KT.» khi cấp phó ký thay.' }));
  } else if (authority?.[1] === 'Q' || (previous && isSignatureTitle(previous))) {
    const title = authority ? authority[2]! : previous;
    lines = context.registry.people
      .filter((person) => person.agency === issuer.code)
      .map((person) => ({ person, fits: person.title !== undefined && upperVi(person.title) === title }))
      .sort((a, b) => Number(b.fits) - Number(a.fits))
      .map(({ person }) => ({ text: person.name, kind: 'signer' as const, detail: person.title ? `${person.title}, ${issuer.name}` : issuer.name, documentation: 'Họ và tên người ký, không ghi học hàm, học vị (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm c khoản 7).' }));
  } else if (!previous || BULLET.test(previous) || /\.\/\.$/.test(previous) || RECIPIENTS_LABEL.test(previous)) {
    // The block begins after the last entry of Nơi nhận or after the closing "./.".
    lines = authorityLines(issuer);
  } else {
    return []; // below the signer's name, or in a line of prose
  }
  const suggestions: Suggestion[] = [];
  lines.forEach((line, index) => {
    const rank = matchRank(typed, [line.text]);
    if (rank === undefined) return;
    suggestions.push(item(line.kind, line.text, `${line.text}${close}`, cursor, cursor.offset - typed.length, typed, line.detail, line.documentation, sortKey(rank, index)));
  });
  return suggestions;
}

function authorityLines(issuer: Agency): { text: string; kind: SuggestionKind; detail: string; documentation: string }[] {
  const head = issuer.head;
  if (!head) return [];
  const forms: [string, string, string][] = [
    [`TL. ${head}`, 'Thừa lệnh', 'Người đứng đầu giao Chánh Văn phòng, trưởng đơn vị ký thừa lệnh (NĐ 30/2020/NĐ-CP, Điều 13 khoản 4).'],
    [`KT. ${head}`, 'Ký thay', 'Cấp phó ký thay người đứng đầu (NĐ 30/2020/NĐ-CP, Điều 13 khoản 1).'],
    [head, 'Người đứng đầu ký', 'Người đứng đầu ký trực tiếp: chỉ ghi chức vụ.'],
    [`TUQ. ${head}`, 'Thừa ủy quyền', 'Ký thừa ủy quyền người đứng đầu (NĐ 30/2020/NĐ-CP, Điều 13 khoản 3).'],
    [`Q. ${head}`, 'Quyền', 'Cấp phó được giao quyền người đứng đầu.'],
  ];
  if (issuer.kind === 'assembly' || /^(Ủy ban|UBND)/u.test(issuer.name)) {
    const collective = (issuer.headerName ?? upperVi(issuer.name)).replace(/\s+(TỈNH|THÀNH PHỐ|HUYỆN|XÃ)\b.*$/u, '');
    forms.unshift([`TM. ${collective}`, 'Thay mặt tập thể', 'Thay mặt tập thể lãnh đạo (NĐ 30/2020/NĐ-CP, Điều 13 khoản 2).']);
  }
  return forms.map(([text, detail, documentation]) => ({ text, kind: text === head ? 'title' : 'authority', detail, documentation }));
}

/** The deputy's title under "KT. <head>": the agency's or a unit's deputy, else "PHÓ <head>". */
function deputyOf(head: string, issuer: Agency, context: CompletionContext): string {
  if (issuer.head === head && issuer.deputy) return issuer.deputy;
  const unit = context.registry.units.find((candidate) => candidate.head === head && candidate.deputy);
  return unit?.deputy ?? `PHÓ ${head}`;
}

function isSignatureTitle(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !AUTHORITY_PREFIX.test(line);
}

/** The nearest non-blank line above, without Markdown emphasis. */
function previousLine(text: string, lineStart: number): string {
  const lines = text.slice(0, lineStart).split(/\r\n|\r|\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim().replace(/^[*_]+|[*_]+$/g, '').trim();
    if (line) return line;
  }
  return '';
}

function item(kind: SuggestionKind, label: string, insertText: string, cursor: CursorLine, start: number, query: string, detail: string, documentation: string, sortText: string): Suggestion {
  return { kind, label, start, end: cursor.offset, insertText, query, detail, documentation, sortText };
}
