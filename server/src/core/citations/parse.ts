/**
 * The citation grammar (PL1 II.6.b; Luật Ban hành VBQPPL): finds every cited document in a paragraph by its
 * number and symbol, then reads around it the type name and "số" before, and the date, issuer and subject
 * after. All families: administrative (105/TB-UBND), công văn (1724/SKHCN-VP), legal with a year
 * (25/2018/QĐ-UBND), National Assembly (193/2025/QH15), Party (57-NQ/TW). Linear in the paragraph's length.
 */
import type { Paragraph } from '../model/types';
import type { Registry } from '../registry/registry';
import { foldVietnamese } from '../text/fold';
import { INVISIBLE_CLASS } from '../text/chars';
import { classBefore, LETTER, NUMBER } from '../text/letters';
import { matchesWhere } from '../text/search';
import type { Citation, Identifier, Part } from './types';

const CODE = String.raw`\p{Lu}[\p{L}\p{N}&]*`;
// An invisible character pasted at a joint of the symbol («118/2025/\u00adNĐ-CP»): typo/invisible-character
// reports it; the citation is still read, its key and codes without it.
const Z = `${INVISIBLE_CLASS}*`;
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
const INVISIBLE_AT = new RegExp(`^${INVISIBLE_CLASS}`, 'u');
// number, an optional stray space, then: "-TYPE/ORGAN[-UNIT]" (Party, Đoàn: "45-KH/TWĐTN-PTTN") or
// "/[YEAR/]GROUP[-GROUP…]", perhaps with a stray space after that "/" («05/ QĐ-UBND»). Not inside a longer number or word, except right after "số" (glued: "số114"):
// `canBeginAt` checks that.
// A dash between groups may have a space either side when pasted or typed so ("42/2025/QĐ - UBND"): read
// only after a type code, and reported by citation/spacing (`readIdentifier` cuts any other there).
const IDENTIFIER = new RegExp(
  String.raw`(\d{1,5})(\s?)${Z}(?:-${Z}(\p{Lu}\p{L}*)${Z}\/${Z}(${CODE}(?:${Z}-${Z}${CODE})*)|\/( ?)${Z}(?:(\d{4})${Z}\/${Z})?(${CODE}(?: ?${Z}-${Z} ?${CODE})*))(?![\p{L}\p{N}&/])`,
  'gu',
);
const JOINT = new RegExp(String.raw` ?${Z}-${Z} ?`, 'gu');
const ALL_CAPS = /^[\p{Lu}\p{N}&]+$/u;
const SO_BEFORE = /(?:^|[^\p{L}])([Ss]ố)(\s*)$/u;
// A law's or code's name between its type and «số»: capitalised, a few words («Luật Khoa học, công nghệ và
// đổi mới sáng tạo số …»).
const NAMED_LAW_BEFORE = /(?:^|[^\p{L}])(Luật|Bộ luật|Pháp lệnh)(\s+\p{Lu}[\p{L}\p{M}]*(?:,?\s+[\p{L}\p{M}]+){0,10}\s+)$/u;
// Emphasis marks may stand between the parts after the number: "*Nghị định số 150/2025/NĐ-CP* ngày
// 12/6/2025 **của Chính phủ**".
const DATE_AFTER = /^([\s*_]*(?:,[\s*_]*)?)(ngày)(\s*)(\d{1,2})(?:\/(\d{1,2})\/(\d{4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?![\p{N}/])/iu;
const YEAR_AFTER = /^([\s*_]*)(năm)\s+(\d{4})(?!\p{N})/u;
// The issuer ends before a verb that goes on with the sentence, or «và» and such a verb («… của Chủ tịch UBND
// tỉnh và hướng dẫn tại …»).
const ISSUER_STOP = String.raw`(?=\s+(?:và\s+)?(?:về|ban hành|quy định|hướng dẫn|triển khai|sửa đổi|tại|thực hiện|để|nhằm|đã|đến|trên|phê duyệt|kết luận|chỉ đạo|yêu cầu|thông báo|công bố|điều chỉnh|bổ sung|phân bổ)(?![\p{L}])|\s*[,;:.()“”"*_[]|\s*$)`;
const ISSUER_AFTER = new RegExp(String.raw`^([\s*_]*(?:,[\s*_]*)?)(?:của|do)\s+([^,;:.()“”"*_[]+?)${ISSUER_STOP}`, 'u');
// Where the sentence goes on inside what the pattern took: «và» and a word in small letters (a second
// issuer's name begins with a capital: «… của Quốc hội và ý kiến của Văn phòng Chính phủ tại …» names one), or
// a level of government and one (a place's name is capitalised: «… của UBND tỉnh đạt nhiều kết quả»).
// Cut after the match: as a stop tried at each of the issuer's characters it cost more than the match.
// A level of government or a sector named alone, without a name: no body that issues documents.
const PLACE_ALONE = /^(?:toàn\s+)?(?:tỉnh|huyện|xã|phường|thành phố|địa phương|ngành|đơn vị)$/u;
const ISSUER_GOES_ON = /\s+và\s+(?=\p{Ll})|(?<=(?:^|\s)(?:tỉnh|huyện|xã|phường|quận|thị trấn|thành phố))\s+(?=\p{Ll})/u;
// A comma inside a body's name («Bộ Văn hóa, Thể thao và Du lịch») is the name's: read again past it, only
// when the name stopped there (the pattern that allows it is slower).
const NAME_COMMA = /^,\s*Thể\s+thao\s/u;
const ISSUER_WITH_COMMA = new RegExp(
  String.raw`^([\s*_]*(?:,[\s*_]*)?)(?:của|do)\s+((?:[^,;:.()“”"*_[]|,(?=\s*Thể\s+thao\s))+?)` + ISSUER_STOP.replace(String.raw`\s*[,;:.()“”"*_[]`, String.raw`\s*(?:,(?!\s*Thể\s+thao\s)|[;:.()“”"*_[])`),
  'u',
);
// The trích yếu ends at a stop or a footnote's mark («[^1]»); a dot between digits is a number's («10.365 tỷ»).
const SUBJECT_AFTER = /^([\s*_]*(?:,[\s*_]*)?)((?:về việc|về|V\/v)\s+(?:[^;:.*_[]|(?<=\d)\.(?=\d))+)/u;
// Where the sentence goes on past the trích yếu: another body's clause («…, Ban Thường trực … thông báo như
// sau»), a time that governs the sentence («…, từ ngày 01/01/2026 …»), another document or direction joined
// by «và» («… và chỉ đạo của Ủy ban nhân dân xã …»). A list of bodies inside the trích yếu («phối hợp giữa Sở
// Y tế, Sở Tài chính và …») has no verb of its own and stays.
const SUBJECT_ENDS = [
  /,\s+(?=\p{Lu}[^,]*?\s(?:thông báo|kết luận|chỉ đạo|yêu cầu|đề nghị|giao)(?!\p{L}))/u,
  /,\s+(?=(?:từ|kể từ|đến nay|hiện nay|theo đó|đồng thời|trình|gửi|báo cáo|hoàn thành)\s)/u,
  /,?\s+(?=nhưng\s)/u,
  /\s+(?=và\s+(?:ý kiến\s+)?(?:chỉ đạo|kết luận)\s+của\s)/u,
  /\s+(?=và\s+(?:căn cứ\s+)?(?:Công văn|Kế hoạch|Quyết định|Thông báo|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Hướng dẫn)\s)/u,
];

/** The trích yếu of a cited document, cut where the sentence goes on past it. */
function subjectWords(words: string): string {
  let end = words.length;
  for (const pattern of SUBJECT_ENDS) {
    const found = pattern.exec(words.slice(0, end));
    if (found) end = found.index;
  }
  return words.slice(0, end).trimEnd().replace(/,$/u, '');
}

const typePatterns = new WeakMap<Registry, RegExp>();

/** "Công văn", "Quyết định", "Thông báo kết luận" … at the end of the text before "số" or the number. */
function typeBefore(registry: Registry): RegExp {
  let pattern = typePatterns.get(registry);
  if (!pattern) {
    const names = registry.documentTypes.flatMap((type) => [type.name, ...(type.aliases ?? [])]);
    names.sort((a, b) => b.length - a.length);
    const alternatives = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
    pattern = new RegExp(`(?:^|[^\\p{L}])(${alternatives})(\\s*:?\\s*)$`, 'iu');
    typePatterns.set(registry, pattern);
  }
  return pattern;
}

export function findCitations(paragraph: Paragraph, registry: Registry): Citation[] {
  const text = paragraph.text;
  const citations: Citation[] = [];
  let listType: Citation['typeName'] | undefined; // "các Công văn: số …; số …" shares one type
  let listCheckedTo = 0; // no sentence ends between listType and here: each stretch is read once (linear)
  for (const match of identifierMatches(text)) {
    const isTypeCode = (code: string) => registry.typeByCode(code) !== undefined || isPartyCode(registry, code);
    const identifier = readIdentifier(match, isTypeCode) ?? (typeAndSoBefore(registry, text, match.index!) ? readIdentifier(match, isTypeCode, true) : undefined);
    if (!identifier) continue;
    const citation: Citation = { paragraph, start: identifier.start, end: identifier.end, identifier };
    const before = text.slice(Math.max(0, identifier.start - 80), identifier.start);
    const base = identifier.start - before.length;
    let head = before;
    const so = SO_BEFORE.exec(head);
    if (so) {
      const at = base + so.index + so[0].length - so[1]!.length - so[2]!.length;
      citation.so = { text: so[1]!, start: at, end: at + so[1]!.length, gap: so[2]! };
      citation.start = at;
      head = before.slice(0, at - base);
    }
    const type = typeBefore(registry).exec(head);
    if (type) {
      const at = base + type.index + type[0].length - type[1]!.length - type[2]!.length;
      citation.typeName = { text: type[1]!, start: at, end: at + type[1]!.length };
      const known = registry.typeByName(type[1]!);
      if (known) citation.typeName.type = known;
      citation.start = at;
      listType = type[2]!.includes(':') || /^các\s/iu.test(text.slice(Math.max(0, at - 4), at + 4)) ? citation.typeName : undefined;
      listCheckedTo = citation.start;
    } else if (citation.so && NAMED_LAW_BEFORE.test(head)) {
      // «Luật Lưu trữ số 33/2024/QH15»: a law is cited by its name, between its type and its number.
      const named = NAMED_LAW_BEFORE.exec(head)!;
      const at = base + named.index + named[0].length - named[1]!.length - named[2]!.length;
      citation.typeName = { text: named[1]!, start: at, end: at + named[1]!.length };
      const known = registry.typeByName(named[1]!);
      if (known) citation.typeName.type = known;
    } else if (listType && citation.so) {
      if (/[.]\s/.test(text.slice(Math.max(listType.end, listCheckedTo - 1), citation.start))) listType = undefined;
      else citation.typeName = { ...listType, inherited: true };
      listCheckedTo = citation.start;
    }
    readAfter(citation, text);
    citations.push(citation);
  }
  // "… của UBND tỉnh Quảng Ngãi và Công văn số 1940/…": what one citation reads ends where the next begins.
  for (let i = 0; i + 1 < citations.length; i++) {
    const current = citations[i]!;
    const next = citations[i + 1]!;
    if (current.end <= next.start) continue;
    for (const key of ['issuerWords', 'subject'] as const) {
      const part = current[key];
      if (!part || part.end <= next.start) continue;
      const kept = text.slice(part.start, next.start).replace(/[\s,;]*(?:\s(?:và|hoặc|cùng))?[\s,;]*$/u, '');
      if (kept.length === 0) delete current[key];
      else current[key] = { text: kept, start: part.start, end: part.start + kept.length };
    }
    current.end = Math.min(current.end, next.start);
  }
  return citations;
}

/**
 * «Báo cáo số 310/BCSKHCN», «Công văn số 123/UBND»: a symbol of one group is a document's only when its type and
 * «số» stand right before it (alone, «12/UBND» may be a fraction of anything).
 */
function typeAndSoBefore(registry: Registry, text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at);
  const so = SO_BEFORE.exec(head);
  return so !== null && typeBefore(registry).test(head.slice(0, so.index + so[0].length - so[1]!.length - so[2]!.length));
}

/** Each number and symbol in `text`, left to right, as /(?<![\p{N}/.-])(?:(?<=[Ss]ố)|(?<!\p{L}))IDENTIFIER/gu finds them. */
export function identifierMatches(text: string): RegExpExecArray[] {
  return matchesWhere(text, IDENTIFIER, canBeginAt);
}

function canBeginAt(text: string, at: number): boolean {
  const before = classBefore(text, at);
  const char = text[at - 1];
  if ((before & NUMBER) !== 0 || char === '/' || char === '.' || char === '-') return false;
  return (before & LETTER) === 0 || (char === 'ố' && (text[at - 2] === 'S' || text[at - 2] === 's'));
}

function isPartyCode(registry: Registry, code: string): boolean {
  let codes = partyCodes.get(registry);
  if (!codes) partyCodes.set(registry, (codes = new Set(registry.documentTypes.flatMap((type) => type.partyCodes ?? []))));
  return codes.has(code);
}

const partyCodes = new WeakMap<Registry, Set<string>>();

/** "SKHCN-VP" at `from`: its groups, each with its place. */
function groupsOf(groups: string, from: number, part: (value: string, from: number) => Part): Part[] {
  const parts: Part[] = [];
  let at = from;
  for (const group of groups.split('-')) {
    parts.push(part(group, at));
    at += group.length + 1;
  }
  return parts;
}

/**
 * The groups of a symbol whose dashes may stand between spaces, with the spaced joints: cut before a spaced
 * joint that does not follow a type code or does not lead to a group in capitals ("12/KH-UBND - Kế hoạch").
 */
function spacedGroupsOf(groups: string, from: number, part: (value: string, from: number) => Part, isTypeCode: (code: string) => boolean): { parts: Part[]; spaced: Part[]; length: number } {
  const parts: Part[] = [];
  const spaced: Part[] = [];
  let at = 0;
  for (const joint of groups.matchAll(JOINT)) {
    const group = groups.slice(at, joint.index);
    const isSpaced = joint[0].includes(' ');
    if (isSpaced) {
      const next = groups.slice(joint.index + joint[0].length).split(JOINT)[0]!;
      if (parts.length > 0 || !isTypeCode(group.replace(INVISIBLE, '')) || !ALL_CAPS.test(next.replace(INVISIBLE, ''))) {
        parts.push(part(group, from + at));
        return { parts, spaced, length: joint.index! };
      }
      spaced.push(part(joint[0], from + joint.index!));
    }
    parts.push(part(group, from + at));
    at = joint.index! + joint[0].length;
  }
  parts.push(part(groups.slice(at), from + at));
  return { parts, spaced, length: groups.length };
}

/** The identifier as written without the stray spaces before and after its first «/»: its key. */
function withoutStrayGaps(written: string, number: string, gap: string | undefined, slashGap: string | undefined): string {
  let key = gap ? number + written.slice(number.length + gap.length) : written;
  if (slashGap) {
    const slash = key.indexOf('/');
    key = key.slice(0, slash + 1) + key.slice(slash + 1 + slashGap.length);
  }
  return key;
}

/** `isTypeCode` tells a type code (TB, QĐ) from an agency code, which begins a công văn's symbol. */
function readIdentifier(match: RegExpMatchArray, isTypeCode: (code: string) => boolean, oneGroup = false): Identifier | undefined {
  const start = match.index!;
  const [whole, number, gap, partyType, partyOrgan, slashGap, year, groups] = match as unknown as string[];
  // A part's text is read without the invisible characters it may hold; its place is where it is written.
  const part = (value: string, from: number): Part => ({ text: value.replace(INVISIBLE, ''), start: from, end: from + value.length });
  const numberPart = part(number!, start);
  // The stray gap is the only white space an identifier can hold.
  const key = withoutStrayGaps(whole!, number!, gap, slashGap).replace(INVISIBLE, '');
  const identifier: Identifier = { ...part(whole!, start), family: 'administrative', number: numberPart, units: [], key };
  if (gap) identifier.strayGap = part(gap, numberPart.end);
  if (slashGap) identifier.slashGap = part(slashGap, start + whole!.indexOf('/') + 1);
  if (partyType && partyOrgan) {
    const typeAt = start + whole!.indexOf(partyType, number!.length);
    const [organ, ...units] = groupsOf(partyOrgan, start + whole!.length - partyOrgan.length, part);
    identifier.family = 'party';
    identifier.typeCode = part(partyType, typeAt);
    identifier.issuerCode = organ!;
    identifier.units = units;
    return identifier;
  }
  const groupsAt = start + whole!.length - groups!.length;
  // Most symbols have no space in them: their groups are read as they always were.
  const read = groups!.includes(' ') ? spacedGroupsOf(groups!, groupsAt, part, isTypeCode) : { parts: groupsOf(groups!, groupsAt, part), spaced: [], length: groups!.length };
  const parts = read.parts;
  if (read.length < groups!.length) {
    // Cut at a dash between spaces that is the sentence's, not the symbol's.
    const written = whole!.slice(0, whole!.length - (groups!.length - read.length));
    Object.assign(identifier, part(written, start));
    identifier.key = withoutStrayGaps(written, number!, gap, slashGap).replace(INVISIBLE, '');
  }
  if (read.spaced.length > 0) {
    identifier.spacedDashes = read.spaced;
    identifier.key = identifier.key.replace(/ ?- ?/gu, '-');
  }
  if (year) {
    identifier.year = part(year, start + whole!.indexOf(year, number!.length + gap!.length));
    if (parts.length === 1 && /^(?:QH|UBTVQH)\d+$/.test(parts[0]!.text)) {
      identifier.family = 'assembly';
      identifier.issuerCode = parts[0]!;
      return identifier;
    }
    identifier.family = 'legal';
  } else if (parts.length < 2 && !oneGroup) {
    return undefined; // "12/UBND" alone is too little to be sure it is a citation
  }
  if (identifier.family === 'administrative' && !isTypeCode(parts[0]!.text)) {
    identifier.family = 'letter'; // công văn: AGENCY-UNIT
    identifier.issuerCode = parts[0];
    identifier.units = parts.slice(1);
    return identifier;
  }
  identifier.typeCode = parts[0];
  if (parts[1]) identifier.issuerCode = parts[1];
  identifier.units = parts.slice(2);
  return identifier;
}

function readAfter(citation: Citation, text: string): void {
  let at = citation.identifier.end;
  // A character that prints nothing glued after the number («2186/KH-SGDĐT\u200b ngày …», a PDF's copy) hides
  // no part of the citation: typo/invisible-character reports it.
  while (INVISIBLE_AT.test(text.slice(at, at + 1))) at++;
  const rest = () => text.slice(at, at + 240);
  const date = DATE_AFTER.exec(rest());
  if (date) {
    const wordAt = at + date[1]!.length;
    const valueAt = wordAt + date[2]!.length + date[3]!.length;
    const value = date[0].slice(date[1]!.length + date[2]!.length + date[3]!.length);
    const long = date[7] !== undefined;
    citation.date = {
      word: { text: date[2]!, start: wordAt, end: wordAt + date[2]!.length },
      gap: date[3]!,
      value: { text: value, start: valueAt, end: valueAt + value.length },
      form: long ? 'long' : 'short',
      day: Number(date[4]),
      month: Number(long ? date[7] : date[5]),
      year: Number(long ? date[8] : date[6]),
      dayText: date[4]!,
      monthText: (long ? date[7] : date[5])!,
    };
    at += date[0].length;
  } else {
    const year = YEAR_AFTER.exec(rest());
    if (year) {
      const yearAt = at + year[1]!.length;
      citation.yearOnly = { text: year[0].slice(year[1]!.length).trim(), start: yearAt, end: at + year[0].length };
      at += year[0].length;
    }
  }
  let issuer = ISSUER_AFTER.exec(rest());
  if (issuer && NAME_COMMA.test(rest().slice(issuer[0].length))) issuer = ISSUER_WITH_COMMA.exec(rest());
  const words = issuer ? issuer[2]!.slice(0, ISSUER_GOES_ON.exec(issuer[2]!)?.index) : '';
  // «kết quả thực hiện Nghị quyết số 57-NQ/TW của tỉnh»: whose the work is, not who issued the document.
  if (issuer && !PLACE_ALONE.test(words)) {
    const issuerAt = at + issuer[0].length - issuer[2]!.length;
    citation.issuerWords = { text: words, start: issuerAt, end: issuerAt + words.length };
    at = issuerAt + words.length;
  }
  const subject = SUBJECT_AFTER.exec(rest());
  if (subject) {
    const subjectAt = at + subject[1]!.length;
    const words = subjectWords(subject[2]!);
    citation.subject = { text: words, start: subjectAt, end: subjectAt + words.length };
    at = subjectAt + words.length;
  }
  citation.end = Math.max(citation.end, at);
}

/** The names, folded, of the body an issuer's code stands for: "/TTg" → «thu tuong chinh phu», …. */
export function issuerNames(registry: Registry, code: string): readonly string[] {
  // Kept per registry: `citation/issuer` compares words with every body's names, and folding is the cost.
  let byCode = issuerNamesOf.get(registry);
  if (!byCode) issuerNamesOf.set(registry, (byCode = new Map()));
  let names = byCode.get(code);
  if (!names) {
    const agency = registry.agency(code) ?? registry.agency(code.replace(/\d+$/, ''));
    names = agency ? [agency.name, agency.fullName, ...(agency.aliases ?? []), ...(agency.inWords ?? [])].filter((n): n is string => !!n).map(foldVietnamese) : [];
    // Codes come from drafts: a draft full of made-up codes must not grow the map without end.
    if (byCode.size > 10_000) byCode.clear();
    byCode.set(code, names);
  }
  return names;
}

const issuerNamesOf = new WeakMap<Registry, Map<string, readonly string[]>>();
