import type { Field } from '../model/types';
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
  description: 'Tên cơ quan ban hành viết in hoa, đầy đủ, không viết tắt (chỉ tên cơ quan chủ quản được viết tắt cụm từ thông dụng như «UBND»).',
  examples: {
    wrong: 'UBND TỈNH QUẢNG NGÃI\nSỞ KH&CN\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban',
    right: 'UBND TỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban',
  },
  check(model, context) {
    const { parentAgency, issuingAgency } = model.header;
    // Read from the draft, not the joined name: a name wrapped over two lines keeps its line break and marks.
    const written = (field: Field) => ({ start: field.start, end: field.end, text: model.text.slice(field.start, field.end) });
    if (parentAgency) checkCase(written(parentAgency), 'cơ quan chủ quản', context.report);
    if (issuingAgency && !checkCase(written(issuingAgency), 'cơ quan ban hành', context.report)) checkAbbreviations(written(issuingAgency), context.report);
  },
};

/** Reports a name not written in capitals, with the name in capitals as its fix; false if none. */
function checkCase(field: Field, role: string, report: (finding: Report) => void): boolean {
  // An HTML tag in a table cell («ỦY BAN NHÂN DÂN<br>TỈNH …») is markup: it is neither read nor changed.
  if (!/\p{Ll}/u.test(field.text.replace(HTML_TAG, ''))) return false;
  const fixed = field.text.replace(/(<[^<>\n]*>)|[^<]+|</gu, (piece, tag?: string) => (tag ? piece : piece.toLocaleUpperCase('vi')));
  report({
    start: field.start,
    end: field.end,
    message: `Sai tên ${role} «${plain(field.text)}»: viết in hoa, cần «${plain(fixed)}».`,
    fix: { title: `Viết in hoa «${plain(fixed)}»`, edits: [{ start: field.start, end: field.end, newText: fixed }] },
  });
  return true;
}

const NO_VOWEL = /^[^\p{Ll}AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ\d]{3,}$/u;

const HTML_TAG = /<[^<>\n]*>/gu;

/** A name as one line, without its emphasis marks and tags. */
function plain(text: string): string {
  return text.replace(HTML_TAG, ' ').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

function checkAbbreviations(field: Field, report: (finding: Report) => void): void {
  for (const word of field.text.matchAll(WORD)) {
    const written = word[0];
    const full = WRITTEN_OUT[written] ?? WRITTEN_OUT[written.replace(/\.$/u, '')];
    // Three letters or more and no vowel: no Vietnamese syllable, likely an abbreviation («CỤC QLKCB»), but
    // a registered name may be one («VNPT»): a warning.
    const unsure = !full && !written.includes('&') && NO_VOWEL.test(written);
    if (!full && !written.includes('&') && !unsure) continue;
    const start = field.start + word.index!;
    const end = start + (full && !WRITTEN_OUT[written] ? written.length - 1 : written.length);
    const abbreviation = field.text.slice(word.index!, end - field.start);
    report({
      start,
      end,
      ...(unsure && { severity: 'warning' as const }),
      message: `Sai tên cơ quan ban hành: viết tắt «${abbreviation}», cần viết đầy đủ${full ? ` «${full}»` : ''} (chỉ tên cơ quan chủ quản được viết tắt).`,
      ...(full && { fix: { title: `Viết đầy đủ «${full}»`, edits: [{ start, end, newText: full }] } }),
    });
  }
}
