/**
 * Completions at the end of a notice: whole entries of Nơi nhận ("- X;"), the codes after "Lưu: VT, ",
 * and the signature block line by line (authority and head, the title that goes with it, the signer).
 */
import { AUTHORITY_PREFIX, RECIPIENTS_LABEL } from '../model/vocabulary';
import type { NoticeModel } from '../model/types';
import { existedOn } from '../registry/lifetime';
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
        ? `**${unit.name}** được giao nhiệm vụ trong nội dung nên có trong Nơi nhận (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm a khoản 9).`
        : `**${unit.name}**${unit.code ? ` (${unit.code})` : ''}`,
      boost: assigned ? 0 : 2,
    });
  }
  if (issuer && /^Sở\s/u.test(issuer.name)) {
    const documentation = 'Gửi chung cho mọi phòng, đơn vị thuộc Sở.';
    candidates.push({ name: 'Các phòng, đơn vị thuộc Sở', detail: 'Nhóm đơn vị', documentation, boost: 2 });
  }
  for (const agency of context.registry.agencies) {
    if (agency.code === issuer?.code || agency.kind !== 'state' || !existedOn(agency, context.today.year, context.today.month, context.today.day)) continue;
    const documentation = `**${agency.fullName ?? agency.name}**`;
    candidates.push({ name: agency.name, detail: `Cơ quan (${agency.code})`, documentation, boost: 10 });
  }
  const suggestions: Suggestion[] = [];
  candidates.forEach((candidate, index) => {
    if (present.has(foldVietnamese(candidate.name))) return;
    const rank = matchRank(query, [candidate.name]);
    if (rank === undefined) return;
    const entry = `- ${candidate.name};`;
    const documentation = `${candidate.documentation}\n\nMỗi nơi nhận một dòng, bắt đầu bằng «-», kết thúc bằng «;».`;
    suggestions.push(item('recipient', entry, entry, cursor, start, typed, candidate.detail, documentation, sortKey(rank + candidate.boost, index)));
  });
  const archive = archiveLine(units, issuer);
  if (archive && matchRank(query, ['Lưu']) !== undefined) {
    const documentation = 'Lưu tại Văn thư (VT) và đơn vị soạn thảo; dòng cuối kết thúc bằng dấu chấm (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm d khoản 9).';
    suggestions.push(item('recipient', archive, archive, cursor, start, typed, 'Dòng lưu, luôn ở cuối', documentation, sortKey(20, 0)));
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

/** A line the signature block may go on with. */
interface SignatureChoice {
  text: string;
  kind: SuggestionKind;
  detail: string;
  documentation: string;
}

/** The signature block, one line at a time, from the line above the cursor. */
function signatureLines(model: NoticeModel, cursor: CursorLine, context: CompletionContext): Suggestion[] {
  const markup = /^[*_]*/.exec(cursor.before)![0];
  const typed = cursor.before.slice(markup.length);
  if (/[*_]$/.test(typed) || !context.issuer) return [];
  // "**KT" is completed to "**KT. GIÁM ĐỐC**": the bold is closed unless it already is.
  const close = markup && !cursor.after.startsWith(markup) ? [...markup].reverse().join('') : '';
  const choices = nextLines(previousLine(model.text, cursor.lineStart), context.issuer, context);
  const suggestions: Suggestion[] = [];
  choices.forEach((choice, index) => {
    const rank = matchRank(typed, [choice.text]);
    if (rank === undefined) return;
    const start = cursor.offset - typed.length;
    suggestions.push(item(choice.kind, choice.text, `${choice.text}${close}`, cursor, start, typed, choice.detail, choice.documentation, sortKey(rank, index)));
  });
  return suggestions;
}

function nextLines(previous: string, issuer: Agency, context: CompletionContext): SignatureChoice[] {
  const authority = /^(TM|Q|KT|TL|TUQ)\.\s+(.+)$/u.exec(previous);
  const units = currentUnits(context.registry, issuer, context.today.year);
  switch (authority?.[1]) {
    case 'KT':
      return [{
        text: deputyOf(authority[2]!, issuer, context),
        kind: 'title',
        detail: 'Cấp phó ký thay',
        documentation: 'Sau «KT.» là chức vụ của cấp phó ký thay (NĐ 30/2020/NĐ-CP, Điều 13 khoản 1; Phụ lục I, Mục II, điểm b khoản 7).',
      }];
    case 'TL':
    case 'TUQ':
      return unitHeads(authority[1], units);
    case 'TM':
      return collectiveHeads(issuer);
    case 'Q':
      return signers(authority[2]!, issuer, context);
  }
  if (previous && isSignatureTitle(previous)) return signers(previous, issuer, context);
  // The block begins after the last entry of Nơi nhận or after the closing "./.".
  if (!previous || BULLET.test(previous) || /\.\/\.$/.test(previous) || RECIPIENTS_LABEL.test(previous)) return authorityLines(issuer);
  return []; // below the signer's name, or in a line of prose
}

/** After "TL." or "TUQ.": the heads of units; after "TL." also "KT. CHÁNH VĂN PHÒNG" (Điều 13 khoản 4). */
function unitHeads(authority: 'TL' | 'TUQ', units: Unit[]): SignatureChoice[] {
  const choices: SignatureChoice[] = units
    .filter((unit) => unit.head)
    .map((unit) => ({
      text: unitTitle(unit),
      kind: 'title',
      detail: `Người đứng đầu ${unit.name}`,
      documentation: `Sau «${authority}.» là chức vụ của người đứng đầu đơn vị được giao ký (NĐ 30/2020/NĐ-CP, Điều 13).`,
    }));
  const office = units.find((unit) => unit.code === 'VP' && unit.head);
  if (authority === 'TL' && office) {
    choices.push({
      text: `KT. ${office.head}`,
      kind: 'authority',
      detail: 'Cấp phó ký thay văn bản thừa lệnh',
      documentation: 'Chánh Văn phòng giao cấp phó ký thay (NĐ 30/2020/NĐ-CP, Điều 13 khoản 4); dòng sau là chức vụ của cấp phó.',
    });
  }
  return choices;
}

/** After "TM.": the head signs, or the deputy signs for the head. */
function collectiveHeads(issuer: Agency): SignatureChoice[] {
  if (!issuer.head) return [];
  const documentation = 'Sau «TM.» là chức vụ người đứng đầu, hoặc «KT.» khi cấp phó ký thay.';
  return [
    { text: issuer.head, kind: 'title', detail: 'Thay mặt tập thể', documentation },
    { text: `KT. ${issuer.head}`, kind: 'authority', detail: 'Thay mặt tập thể, cấp phó ký thay', documentation },
  ];
}

/** The issuer's people, those holding `title` first. */
function signers(title: string, issuer: Agency, context: CompletionContext): SignatureChoice[] {
  return context.registry.people
    .filter((person) => person.agency === issuer.code)
    .map((person) => ({ person, fits: person.title !== undefined && upperVi(person.title) === title }))
    .sort((a, b) => Number(b.fits) - Number(a.fits))
    .map(({ person }) => ({
      text: person.name,
      kind: 'signer',
      detail: person.title ? `${person.title}, ${issuer.name}` : issuer.name,
      documentation: 'Họ và tên người ký, không ghi học hàm, học vị (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm c khoản 7).',
    }));
}

function authorityLines(issuer: Agency): SignatureChoice[] {
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
