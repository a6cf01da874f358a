/**
 * The fixed words of the decree that the parser needs to recognise a notice's parts. Data about agencies,
 * units and people lives in the registry, not here.
 */

/** Tên loại of administrative documents (ND30 Điều 7, Phụ lục III), upper case as printed in a title. */
export const DOCUMENT_TITLES = [
  'THÔNG BÁO',
  'THÔNG BÁO KẾT LUẬN',
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'CHỈ THỊ',
  'QUY CHẾ',
  'QUY ĐỊNH',
  'THÔNG CÁO',
  'HƯỚNG DẪN',
  'CHƯƠNG TRÌNH',
  'KẾ HOẠCH',
  'PHƯƠNG ÁN',
  'ĐỀ ÁN',
  'DỰ ÁN',
  'BÁO CÁO',
  'BIÊN BẢN',
  'TỜ TRÌNH',
  'HỢP ĐỒNG',
  'CÔNG ĐIỆN',
  'BẢN GHI NHỚ',
  'BẢN THỎA THUẬN',
  'BẢN THOẢ THUẬN',
  'GIẤY ỦY QUYỀN',
  'GIẤY UỶ QUYỀN',
  'GIẤY MỜI',
  'GIẤY GIỚI THIỆU',
  'GIẤY NGHỈ PHÉP',
  'PHIẾU GỬI',
  'PHIẾU CHUYỂN',
  'PHIẾU BÁO',
];

/** Quốc hiệu (PL1 II.1.a); the decree itself writes both HÒA and HOÀ. */
export const NATIONAL_TITLE = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;

/**
 * The heading that stands in place of the Quốc hiệu in a Party document (Hướng dẫn 36-HD/VPTW), and in the
 * documents of the Đoàn and of the Front's mass organisations, which follow the Party's layout («ĐOÀN TNCS HỒ
 * CHÍ MINH», «HỘI NÔNG DÂN VIỆT NAM», «HỘI CỰU CHIẾN BINH VIỆT NAM», «HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM»).
 */
export const PARTY_HEADING =
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH|HỘI\s+(?:NÔNG\s+DÂN|CỰU\s+CHIẾN\s+BINH|LIÊN\s+HIỆP\s+PHỤ\s+NỮ)\s+VIỆT\s+NAM/u;

/**
 * The word «Số» before a notice's number: in the right form, in the wrong case, or with its tone mark lost or
 * changed, as a PDF's text layer or an OCR gives it («Sô:», «Sồ:»). A slip is taken only before a colon: a word
 * «so» before a number is otherwise Vietnamese. Every form is two characters (NFC).
 */
export const NUMBER_WORD = 'Số|SỐ|số|[Ss][oóòỏõọôồổỗộOÓÒỎÕỌÔỒỔỖỘ](?=\\s*:)';

/**
 * «ngày» of the header's place and date, or a slip of its tone mark («ngảy», «ngáy»): same length, so the
 * line's date is read with the word put right.
 */
export const DAY_WORD = /(?<!\p{L})ng[aàáảãạ]y(?!\p{L})/u;

/**
 * A header cell that names an agency without capitals («Sở Khoa học và Công nghệ», «Ủy ban nhân dân xã Ba
 * Tơ»): it begins with the kind of body, then a word. Only these are read as names when not in capitals, so
 * a stray note above the tên loại is not taken for one.
 */
export const AGENCY_KIND_FIRST =
  /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|UBND|HĐND|Sở|Bộ|Tổng cục|Cục|Chi cục|Vụ|Văn phòng|Ban|Trung tâm|Trường|Học viện|Đại học|Viện|Bệnh viện|Thanh tra|Kho bạc Nhà nước|Công an|Bộ Chỉ huy|Ban Chỉ huy|Đài|Hội|Liên đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ)\s+\p{L}/u;

/** Tiêu ngữ (PL1 II.1.b), matched loosely so that a wrongly written one is still recognised as such. */
export const MOTTO = /Độc\s*lập\s*\\?[-–—]?\s*Tự\s*do\s*\\?[-–—]?\s*Hạnh\s*phúc/iu;

/** Signing authority prefixes (PL1 II.7.b), with or without the dot and in the Party's "K/T" form. */
// A dot glued to the title ("KT.CHỦ TỊCH") is a slip of the drafter, still an authority line.
export const AUTHORITY_PREFIX = /^(?:TM|Q|KT|TL|TUQ|T\/M|K\/T|T\/L)(?:\.\s*|\s+)\p{Lu}/u;

/**
 * The marks a list item may begin with: the decree's «-», and what Word and PDFs paste for it (dashes, «•»,
 * the Symbol font's bullet U+F0B7, «●», «▪»), and Markdown's «+» and «*». As a regular expression's class.
 */
export const BULLET_CLASS = '[-–—+*•\\uf0b7\\u25cf\\u25aa]';

/** A bullet at the start of an item, maybe escaped by a converter (pandoc writes «\-» for a typed «-»). */
export const LEADING_BULLET = `\\\\?${BULLET_CLASS}`;

/** "Nơi nhận" label (PL1 II.9). */
export const RECIPIENTS_LABEL = /^[*_]*Nơi\s+nhận\s*[*_]*\s*:?\s*[*_]*/iu;
