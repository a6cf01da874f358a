import { formatDate } from '../features/date-format';
import type { Field, NoticeModel } from '../model/types';
import { existedOn, firstDayWithout, namesGoneDistrict } from '../registry/lifetime';
import type { Registry } from '../registry/registry';
import { isValidDate } from '../text/dates';
import type { Report, Rule } from './types';

/**
 * Common phrases abbreviated in agencies' names, written out. The parent body's line may abbreviate them
 * («UBND TỈNH QUẢNG NGÃI», PL1 II.2.a); the issuing body's name is its full, official name.
 */
const WRITTEN_OUT: Record<string, string> = {
  UBND: 'ỦY BAN NHÂN DÂN',
  HĐND: 'HỘI ĐỒNG NHÂN DÂN',
  UBMTTQ: 'ỦY BAN MẶT TRẬN TỔ QUỐC',
  MTTQ: 'MẶT TRẬN TỔ QUỐC',
  'KH&CN': 'KHOA HỌC VÀ CÔNG NGHỆ',
  KHCN: 'KHOA HỌC VÀ CÔNG NGHỆ',
  'GD&ĐT': 'GIÁO DỤC VÀ ĐÀO TẠO',
  GDĐT: 'GIÁO DỤC VÀ ĐÀO TẠO',
  'TN&MT': 'TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  TNMT: 'TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  'NN&MT': 'NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  'NN&PTNT': 'NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
  'KH&ĐT': 'KẾ HOẠCH VÀ ĐẦU TƯ',
  KHĐT: 'KẾ HOẠCH VÀ ĐẦU TƯ',
  'TT&TT': 'THÔNG TIN VÀ TRUYỀN THÔNG',
  'LĐ-TB&XH': 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  LĐTBXH: 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  'VH,TT&DL': 'VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  VHTTDL: 'VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  GTVT: 'GIAO THÔNG VẬN TẢI',
  CNTT: 'CÔNG NGHỆ THÔNG TIN',
  THPT: 'TRUNG HỌC PHỔ THÔNG',
  THCS: 'TRUNG HỌC CƠ SỞ',
  BQL: 'BAN QUẢN LÝ',
  TTYT: 'TRUNG TÂM Y TẾ',
  'TP.': 'THÀNH PHỐ',
  'TX.': 'THỊ XÃ',
};

// A word of the name: letters and digits, joined by «&», «-» or «,» inside an abbreviation («LĐ-TB&XH»), and
// the dot of «TP.».
const WORD = /[\p{L}\p{N}]+(?:[&,-][\p{L}\p{N}]+)*\.?/gu;

/**
 * Tên cơ quan ban hành (PL1 II.2): the parent body and the issuing body in capitals; the issuing body by its
 * full name, with no abbreviation (only the parent's line may shorten «Ủy ban nhân dân» to «UBND»).
 */
export const headerAgencyName: Rule = {
  id: 'header/agency-name',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 2',
  description: 'Tên cơ quan ban hành viết in hoa, đầy đủ, không viết tắt (chỉ tên cơ quan chủ quản được viết tắt cụm từ thông dụng như «UBND»), và là cơ quan còn tồn tại vào ngày ban hành.',
  examples: {
    wrong: 'UBND TỈNH QUẢNG NGÃI\nSỞ KH&CN\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban',
    right: 'UBND TỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban',
  },
  check(model, context) {
    const { parentAgency, issuingAgency } = model.header;
    if (parentAgency) checkCase(parentAgency, model.text, 'cơ quan chủ quản', context.report);
    // Abbreviations are looked for only when the header names two bodies: a name read alone may be the parent's
    // («UBND TỈNH QUẢNG NGÃI», its own abbreviation allowed) with the issuing body on the same line or in a form
    // not read («[**SỞ …**]{.underline}»).
    if (issuingAgency && !checkCase(issuingAgency, model.text, 'cơ quan ban hành', context.report) && (parentAgency || signedByItsHead(issuingAgency, model))) {
      if (!checkAgainstRegistry(issuingAgency, model, context.registry, context.report)) checkAbbreviations(issuingAgency, model.text, context.report);
    }
    for (const name of [parentAgency, issuingAgency]) if (name) checkStillExists(name, model, context.registry, context.report);
  },
};

/**
 * A body gone before the notice's date, in a header copied from an older notice: a Sở merged in 2025
 * («SỞ THÔNG TIN VÀ TRUYỀN THÔNG»), or the UBND of a district after 30/6/2025 («UBND HUYỆN SƠN TỊNH»).
 */
function checkStillExists(name: Field, model: NoticeModel, registry: Registry, report: (finding: Report) => void): void {
  const issued = model.header.placeDate?.date;
  if (!issued || !isValidDate(issued.year.value, issued.month.value, issued.day.value)) return;
  const [year, month, day] = [issued.year.value, issued.month.value, issued.day.value];
  const written = plain(name.text);
  const related = [{ start: issued.start, end: issued.end, message: 'Ngày ban hành thông báo' }];
  if (namesGoneDistrict(written, year, month, day)) {
    report({ start: name.start, end: name.end, severity: 'warning', message: `Sai tên cơ quan «${written}»: chính quyền cấp huyện không còn từ ngày 01/7/2025; thông báo ban hành sau ngày đó.`, related });
    return;
  }
  const agency = registry.agencies.find((candidate) => candidate.until && candidate.headerName === written);
  if (!agency || existedOn(agency, year, month, day)) return;
  const successor = agency.successor ? registry.agency(agency.successor) : undefined;
  const gone = formatDate(firstDayWithout(agency)!, { form: 'short', padLateMonths: false });
  report({
    start: name.start,
    end: name.end,
    severity: 'warning',
    message: `Sai tên cơ quan «${written}»: ${agency.name} không còn từ ngày ${gone}${successor ? `, nhiệm vụ chuyển về ${successor.name}` : ''}; thông báo ban hành sau ngày đó.`,
    related,
  });
}

/**
 * «UBND XÃ TỊNH KHÊ» alone, over a signature «TM. ỦY BAN NHÂN DÂN» or «CHỦ TỊCH»: an UBND (an HĐND) has no
 * parent body in the header, and it signs: the name is the issuer's, written short.
 */
function signedByItsHead(name: Field, model: NoticeModel): boolean {
  if (!/^[*_]*(?:UBND|HĐND)\s/u.test(name.text)) return false;
  return model.signature.some((line) => /^(?:TM\.\s*(?:ỦY|UỶ) BAN NHÂN DÂN|TM\.\s*HỘI ĐỒNG NHÂN DÂN|(?:(?:KT|TL|TUQ)\.\s*)?(?:PHÓ\s+)?CHỦ TỊCH)(?![\p{L}])/u.test(plain(line.text)));
}

/**
 * Reports a name not written in capitals; false if it is. The fix writes the draft's text in capitals, its
 * line break and marks kept, when that text is the name alone: a name wrapped over the rows of a table has
 * the other column between its parts.
 */
function checkCase(name: Field, text: string, role: string, report: (finding: Report) => void): boolean {
  // An HTML tag in a table cell («ỦY BAN NHÂN DÂN<br>TỈNH …») is markup: it is neither read nor changed.
  if (!/\p{Ll}/u.test(name.text.replace(HTML_TAG, ''))) return false;
  const written = text.slice(name.start, name.end);
  const fixed = written.replace(/(<[^<>\n]*>)|[^<]+|</gu, (piece, tag?: string) => (tag ? piece : piece.toLocaleUpperCase('vi')));
  const alone = plain(written) === plain(name.text);
  report({
    start: name.start,
    end: name.end,
    message: `Sai tên ${role} «${plain(name.text)}»: viết in hoa, cần «${plain(name.text).toLocaleUpperCase('vi')}».`,
    ...(alone && { fix: { title: `Viết in hoa «${plain(fixed)}»`, edits: [{ start: name.start, end: name.end, newText: fixed }] } }),
  });
  return true;
}

const NO_VOWEL = /^[^\p{Ll}AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ\d]{2,}$/u;
const ROMAN = /^[IVXLC]+$/u;

const HTML_TAG = /<[^<>\n]*>/gu;

/** A name as one line, without its emphasis marks and tags. */
function plain(text: string): string {
  return text.replace(HTML_TAG, ' ').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * «SỞ NÔNG NGHIỆP VÀ MT» under a number whose code the registry knows (SNNMT): the name that code's agency
 * has in a header, with words written short as their initials («MT»), is that name: reported whole, with the
 * registry's name as the fix. True when reported.
 */
function checkAgainstRegistry(name: Field, model: NoticeModel, registry: Registry, report: (finding: Report) => void): boolean {
  const written = plain(name.text);
  const full = (model.header.number?.groups ?? [])
    .map((group) => registry.agency(group.text)?.headerName)
    .find((headerName) => headerName !== undefined && headerName !== written && shortFor(written, headerName));
  if (!full) return false;
  report({
    start: name.start,
    end: name.end,
    message: `Sai tên cơ quan ban hành: viết tắt «${written}», cần viết đầy đủ «${full}» (chỉ tên cơ quan chủ quản được viết tắt).`,
    ...(plain(model.text.slice(name.start, name.end)) === written && { fix: { title: `Viết đầy đủ «${full}»`, edits: [{ start: name.start, end: name.end, newText: full }] } }),
  });
  return true;
}

/** Whether `written` is `full` with some runs of its words written as their initials («VÀ MT» for «VÀ MÔI TRƯỜNG»). */
function shortFor(written: string, full: string): boolean {
  const short = written.split(' ');
  const words = full.split(' ');
  let j = 0;
  for (const word of short) {
    if (words[j] === word) {
      j++;
      continue;
    }
    const letters = [...word];
    if (letters.length < 2 || !NO_VOWEL.test(word)) return false;
    if (letters.some((letter, k) => words[j + k]?.[0] !== letter)) return false;
    j += letters.length;
  }
  return j === words.length;
}

function checkAbbreviations(name: Field, text: string, report: (finding: Report) => void): void {
  // Each word of the name is found in the draft after the one before (the parts of a wrapped name are apart).
  let at = name.start;
  for (const word of name.text.matchAll(WORD)) {
    const written = word[0];
    const found = text.indexOf(written, at);
    if (found < 0 || found >= name.end) continue;
    at = found + written.length;
    const full = WRITTEN_OUT[written] ?? WRITTEN_OUT[written.replace(/\.$/u, '')];
    // Two letters or more and no vowel: no Vietnamese syllable, likely an abbreviation («CỤC QLKCB», «VÀ MT»),
    // but a registered name may be one («VNPT»), and a Roman number is none («KHU VỰC XV»): a warning.
    const unsure = !full && !written.includes('&') && NO_VOWEL.test(written) && !ROMAN.test(written);
    if (!full && !written.includes('&') && !unsure) continue;
    const start = found;
    const end = start + (full && !WRITTEN_OUT[written] ? written.length - 1 : written.length);
    const abbreviation = text.slice(start, end);
    report({
      start,
      end,
      ...(unsure && { severity: 'warning' as const }),
      message: `Sai tên cơ quan ban hành: viết tắt «${abbreviation}», cần viết đầy đủ${full ? ` «${full}»` : ''} (chỉ tên cơ quan chủ quản được viết tắt).`,
      ...(full && { fix: { title: `Viết đầy đủ «${full}»`, edits: [{ start, end, newText: full }] } }),
    });
  }
}
