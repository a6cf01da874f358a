/**
 * Completions in the body: unit names where a unit is expected, known documents after "<tên loại> số",
 * and today's date after "ngày".
 */
import { citationsOf, sourceOf } from '../citations/index';
import { sameDocument, type Facts } from '../index/facts';
import type { NoticeModel } from '../model/types';
import { existedOn } from '../registry/lifetime';
import type { Registry } from '../registry/registry';
import type { DocumentType, KnownDocument } from '../registry/types';
import { foldVietnamese } from '../text/fold';
import type { CompletionContext, CursorLine, Suggestion } from './completion';
import { parseIsoDate } from '../text/dates';
import { dateStyleOf, decreeLongDate, formatDate, weekdayOf, type CalendarDay } from './date-format';
import { matchRank, sortKey } from './match';
import { currentUnits } from './titles';

// What a unit's name may be typed with: letters, spaces, "&", "-" (no clause punctuation).
const NAME_SO_FAR = String.raw`([^,;.:()\[\]]{0,80})`;
/** "Giao …", "giao cho …", "đề nghị …": the unit that is given a task. */
const ASSIGN = new RegExp(String.raw`(?<![\p{L}])(?:[Gg]iao(?: cho)?|[Đđ]ề nghị|[Yy]êu cầu)\s+${NAME_SO_FAR}$`, 'u');
/** "phối hợp với A, B": each unit of the list. */
const COOPERATE = new RegExp(String.raw`(?<![\p{L}])phối hợp(?: với| cùng)\s+(?:[^;.:]*?,\s+)?${NAME_SO_FAR}$`, 'u');
/** A unit's name being typed anywhere: "Phòng Q…", "Trung tâm …". */
const UNIT_WORD = /(?<![\p{L}])((?:Phòng|Văn phòng|Trung tâm|Trại|Chi cục|Thanh tra)\s[^,;.:()[\]]{0,70})$/u;
/** A numbered heading: "2. ", "II. ", "1.2. ". */
const HEADING = /^[*_]*(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s+([^,;.:()[\]]{0,80})$/u;
/** "Công văn số 17…": the number of a document of a named type. */
const NUMBER_AFTER_SO = /(?<![\p{L}])(số)(\s*)([\p{L}\p{N}/&.-]*)$/u;
const CITES_A_DOCUMENT = /\d+[-/]\p{Lu}/u;
/** "Số: 12/…": the symbol after the number in the header (PL1 II.3). */
const SYMBOL_AFTER_NUMBER = /^[*_\s]*Số\s*:\s*[\d\s.…]*\/([\p{L}\p{N}&-]*)$/u;
/** "ngày 0…": a date being written. */
const DATE_AFTER_NGAY = /(?<![\p{L}])[Nn]gày\s+(\d{0,2})$/u;

export function bodyCompletions(model: NoticeModel, cursor: CursorLine, context: CompletionContext): Suggestion[] {
  const symbol = SYMBOL_AFTER_NUMBER.exec(cursor.before);
  if (symbol) return symbolSuggestions(model, cursor, context, symbol[1]!);
  const date = DATE_AFTER_NGAY.exec(cursor.before);
  if (date) return dateSuggestions(model, cursor, context.today, date[1]!);
  const number = NUMBER_AFTER_SO.exec(cursor.before);
  if (number) {
    const found = documentSuggestions(model, cursor, context, number);
    if (found) return found;
  }
  const cooperate = COOPERATE.exec(cursor.before);
  if (cooperate) return unitSuggestions(cursor, context, cooperate[1]!, true);
  const unit = ASSIGN.exec(cursor.before) ?? UNIT_WORD.exec(cursor.before) ?? HEADING.exec(cursor.before);
  if (unit) return unitSuggestions(cursor, context, unit[1]!, false);
  return [];
}

function unitSuggestions(cursor: CursorLine, context: CompletionContext, typed: string, withAgencies: boolean): Suggestion[] {
  const query = typed.trimStart();
  const start = cursor.offset - query.length;
  const suggestions: Suggestion[] = [];
  const units = currentUnits(context.registry, context.issuer, context.today.year);
  units.forEach((unit, index) => {
    const rank = matchRank(query, [unit.name, ...(unit.abbreviations ?? []), ...(unit.code ? [unit.code] : [])]);
    if (rank === undefined) return;
    const facts = [
      unit.code && `Mã viết tắt: **${unit.code}**`,
      unit.abbreviations?.length && `Còn viết: ${unit.abbreviations.map((a) => `«${a}»`).join(', ')}`,
      unit.head && `Người đứng đầu: ${unit.head.toLocaleLowerCase('vi')}`,
    ].filter(Boolean);
    suggestions.push({
      kind: 'unit',
      label: unit.name,
      start,
      end: cursor.offset,
      insertText: unit.name,
      query,
      detail: `Đơn vị thuộc ${context.issuer!.name}${unit.code ? ` (${unit.code})` : ''}`,
      documentation: [`**${unit.name}**`, ...facts].join('\n\n'),
      sortText: sortKey(rank, index),
    });
  });
  if (withAgencies) {
    context.registry.agencies.forEach((agency, index) => {
      // A body named after a document («Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 18-NQ/TW»): written
      // alone, its name is a citation without its date, which the checker then points out.
      // Nor one merged or dissolved by today: a notice assigns no task to it.
      if (agency.code === context.issuer?.code || agency.kind !== 'state' || CITES_A_DOCUMENT.test(agency.name)) return;
      if (!existedOn(agency, context.today.year, context.today.month, context.today.day)) return;
      const rank = matchRank(query, [agency.name, ...(agency.aliases ?? []), agency.code]);
      if (rank === undefined) return;
      suggestions.push({
        kind: 'agency',
        label: agency.name,
        start,
        end: cursor.offset,
        insertText: agency.name,
        query,
        detail: `Cơ quan (${agency.code})`,
        documentation: `**${agency.fullName ?? agency.name}**${agency.head ? `\n\nNgười đứng đầu: ${agency.head.toLocaleLowerCase('vi')}` : ''}`,
        sortText: sortKey(rank + 10, index),
      });
    });
  }
  return suggestions;
}

/** Known documents of the type named before "số"; accepting one writes the whole citation. */
function documentSuggestions(model: NoticeModel, cursor: CursorLine, context: CompletionContext, match: RegExpExecArray): Suggestion[] | undefined {
  const soAt = match.index + match[0].length - match[1]!.length - match[2]!.length - match[3]!.length;
  const words = cursor.before.slice(0, soAt).trimEnd().split(/\s+/);
  let typeName: string | undefined;
  for (let count = Math.min(4, words.length); count > 0 && !typeName; count--) {
    const candidate = words.slice(-count).join(' ');
    if (context.registry.typeByName(candidate)) typeName = candidate;
  }
  if (!typeName) return undefined;
  const type = context.registry.typeByName(typeName)!;
  const query = match[3]!;
  const start = cursor.lineStart + soAt;
  const style = { form: 'short' as const, padLateMonths: false };
  // One suggestion per document: a number another draft, the registry and this draft all know is one, but
  // «51/KH-UBND» of a tỉnh and of a xã, dated apart, are two (as the cross-document rules read them).
  const seen = new Map<string, Facts[]>();
  const suggestions: Suggestion[] = [];
  const cited = citedInDraft(model, context, cursor.offset);
  [...(context.documents ?? []), ...context.registry.documents, ...cited].forEach((found, index) => {
    const facts: Facts = { date: parseIsoDate(found.date), issuer: found.issuer };
    const known = seen.get(found.number) ?? [];
    if (known.some((other) => sameDocument(found.number, facts, other, context.registry))) return;
    seen.set(found.number, [...known, facts]);
    // A draft that cites a document without its type («số 109/TTT-NV7») knows less of it than the registry.
    const document = found.type ? found : (context.registry.document(found.number) ?? found);
    if (typeOf(document, context.registry) !== type) return;
    const rank = matchRank(query, [document.number, document.number.replace(/^\d+[-/]/, '')]);
    if (rank === undefined) return;
    const date = parseIsoDate(document.date);
    const written = date && formatDate(date, style);
    const citation = [`số ${document.number}`, written && `ngày ${written}`, document.issuer && `của ${document.issuer}`, document.subject]
      .filter(Boolean)
      .join(' ');
    suggestions.push({
      kind: 'document',
      label: document.number,
      start,
      end: cursor.offset,
      insertText: citation,
      query: `${match[1]}${match[2]}${query}`,
      detail: [type.name, written && `ngày ${written}`, document.issuer && `của ${document.issuer}`].filter(Boolean).join(' '),
      documentation: documentFacts(document, written) + (cited.includes(document) ? '\n\nĐã viện dẫn trong chính văn bản này.' : ''),
      sortText: sortKey(rank, index),
    });
  });
  return suggestions;
}

/**
 * The notice's own symbol: its type's code (the tên loại's, else a Thông báo's) and the issuer's code
 * («TB-SKHCN»), when the issuer is known.
 */
function symbolSuggestions(model: NoticeModel, cursor: CursorLine, context: CompletionContext, typed: string): Suggestion[] {
  const issuer = context.issuer;
  if (!issuer) return [];
  const title = (model.title?.text ?? 'THÔNG BÁO').replace(/\s+/gu, ' ').toLocaleUpperCase('vi');
  const type = context.registry.documentTypes.find((candidate) => candidate.title === title && candidate.code);
  if (!type) return [];
  const symbol = `${type.code}-${issuer.code}`;
  // A symbol is typed from its start: «KH» is another type's code, not a part of «TB-SKHCN».
  if (!foldVietnamese(symbol).startsWith(foldVietnamese(typed))) return [];
  const documentation = 'Ký hiệu gồm chữ viết tắt tên loại văn bản và chữ viết tắt tên cơ quan ban hành (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 3).';
  return [completing('abbreviation', symbol, cursor, typed, `Ký hiệu: ${type.name} của ${issuer.name}`, documentation)];
}

/** The one item that writes `text` over what was typed of it. */
function completing(kind: Suggestion['kind'], text: string, cursor: CursorLine, typed: string, detail: string, documentation: string): Suggestion {
  return { kind, label: text, start: cursor.offset - typed.length, end: cursor.offset, insertText: text, query: typed, detail, documentation, sortText: sortKey(0, 0) };
}

/**
 * A known document's type: as stated, else as its number's type code tells («1012/QĐ-TTg»: Quyết định); a
 * number without one is a công văn's («109/TTT-NV7»).
 */
function typeOf(document: KnownDocument, registry: Registry): DocumentType | undefined {
  if (document.type) return registry.typeByName(document.type);
  for (const group of document.number.split(/[-/]/u).slice(1)) {
    const type = registry.typeByCode(group);
    if (type) return type;
  }
  return registry.typeByName('Công văn');
}

/** Documents the draft itself cites (but not the one being written at the cursor), as far as it states them. */
function citedInDraft(model: NoticeModel, context: CompletionContext, offset: number): KnownDocument[] {
  return citationsOf(model, context.registry)
    .filter((citation) => !(sourceOf(citation, citation.start) <= offset && offset <= sourceOf(citation, citation.end)))
    .map((citation): KnownDocument => {
      const date = citation.date;
      const type = citation.typeName?.type?.name;
      return {
        number: citation.identifier.key,
        ...(type && { type }),
        ...(date && { date: `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` }),
        ...(citation.issuerWords && { issuer: citation.issuerWords.text }),
        ...(citation.subject && { subject: citation.subject.text }),
      };
    });
}

function documentFacts(document: KnownDocument, written: string | undefined): string {
  const status: Record<string, string> = { 'in-force': 'còn hiệu lực', repealed: 'đã bị bãi bỏ', replaced: 'đã được thay thế', unknown: 'chưa rõ hiệu lực' };
  return [
    `**${document.type ?? 'Văn bản'} số ${document.number}**`,
    written ? `Ngày ban hành: ${written}` : 'Chưa rõ ngày ban hành: ghi ngày trước khi ban hành thông báo.',
    document.issuer && `Cơ quan ban hành: ${document.issuer}`,
    document.subject && `Trích yếu: ${document.subject}`,
    document.status && `Hiệu lực: ${status[document.status]}${document.replacedBy ? ` (thay bằng ${document.replacedBy})` : ''}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function dateSuggestions(model: NoticeModel, cursor: CursorLine, today: CalendarDay, typed: string): Suggestion[] {
  // The issue date keeps the decree's long form; elsewhere the draft's own habit.
  const inHeader = model.title ? cursor.offset < model.title.start : /,\s*ngày\s+\d{0,2}$/u.test(cursor.before);
  const text = inHeader ? decreeLongDate(today) : formatDate(today, dateStyleOf(model));
  if (!foldVietnamese(text).startsWith(typed)) return [];
  const documentation = inHeader
    ? 'Ngày ban hành viết đủ «ngày … tháng … năm …»; ngày dưới 10 và tháng 1, 2 có số 0 ở trước (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4).'
    : 'Viết theo cách văn bản này đang viết ngày tháng, để thống nhất một kiểu.';
  return [completing('date', text, cursor, typed, `Hôm nay, ${weekdayOf(today).replace(/^Thứ /u, 'thứ ')}`, documentation)];
}
