import type { Field } from '../model/types';
import { DAY_WORD } from '../model/vocabulary';
import { foldVietnamese } from '../text/fold';
import type { Rule } from './types';

/**
 * Place and date (PL1 II.4): "Quảng Ngãi, ngày 05 tháng 01 năm 2020" written out in words, the place
 * capitalised and followed by a comma. The numeric form "01/4/2025" does not belong in the header.
 */
export const headerPlaceDate: Rule = {
  id: 'header/place-date',
  severity: 'error',
  stateFormat: true,
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 4',
  description: 'Địa danh viết hoa, có dấu phẩy (cơ quan ở xã, phường ghi tên xã, phường nơi đóng trụ sở); ngày tháng năm viết đủ chữ «ngày … tháng … năm …», không viết dạng số 01/4/2025.',
  examples: {
    wrong: "Số: 05/TB-SKHCN\n\nQuảng Ngãi ngày 01/4/2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
    right: "Số: 05/TB-SKHCN\n\nQuảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban",
  },
  check(model, context) {
    const field = model.header.placeDate;
    if (!field) return;
    const date = field.date;
    // «ngảy 05 tháng 11 …»: a tone mark lost or changed, as a PDF's text layer or an OCR gives it.
    const word = DAY_WORD.exec(field.text);
    if (word && word[0] !== 'ngày') {
      const start = field.start + word.index;
      context.report({
        start,
        end: start + 4,
        severity: 'warning',
        message: `Sai chữ «${word[0]}», cần «ngày».`,
        fix: { title: 'Sửa thành «ngày»', edits: [{ start, end: start + 4, newText: 'ngày' }] },
      });
    }
    if (date?.form === 'short') {
      const pad = (value: number, zero: boolean) => (zero && value < 10 ? `0${value}` : String(value));
      const day = pad(date.day.value, true);
      const month = pad(date.month.value, date.month.value <= 2);
      const long = `ngày ${day} tháng ${month} năm ${date.year.value}`;
      const wordStart = field.text.search(/ngày/u);
      const start = wordStart >= 0 ? field.start + wordStart : date.start;
      context.report({
        start,
        end: date.end,
        message: `Sai cách ghi ngày ban hành «${model.text.slice(start, date.end)}», cần viết đủ «${long}».`,
        fix: { title: `Sửa thành «${long}»`, edits: [{ start, end: date.end, newText: long }] },
      });
    }
    // "… năm 2026." : the decree's line ends with the year.
    const stop = date && /^[ \t]*[.;]/u.exec(model.text.slice(date.end, field.end + 1));
    if (stop) {
      context.report({
        start: date.end,
        end: date.end + stop[0].length,
        severity: 'warning',
        message: `Thừa dấu «${stop[0].trim()}» sau ngày ban hành: dòng địa danh, ngày tháng không có dấu kết thúc.`,
        fix: { title: `Bỏ dấu «${stop[0].trim()}»`, edits: [{ start: date.end, end: date.end + stop[0].length, newText: '' }] },
      });
    }
    const place = field.place;
    if (!place) return;
    if (/^\p{Ll}/u.test(place.text)) {
      const first = place.text.charAt(0).toLocaleUpperCase('vi');
      context.report({
        start: place.start,
        end: place.end,
        severity: 'warning',
        message: `Sai địa danh «${place.text}»: địa danh viết hoa chữ cái đầu, cần «${first}${place.text.slice(1)}».`,
        fix: { title: `Viết hoa thành «${first}${place.text.slice(1)}»`, edits: [{ start: place.start, end: place.start + 1, newText: first }] },
      });
    }
    const after = model.text.slice(place.end, place.end + 2);
    if (!after.startsWith(',')) {
      context.report({
        start: place.start,
        end: place.end,
        severity: 'warning',
        message: `Thiếu dấu phẩy sau địa danh «${place.text}», cần «${place.text}, ngày …».`,
        fix: { title: 'Thêm dấu phẩy', edits: [{ start: place.end, end: place.end, newText: ',' }] },
      });
    }
    const commune = communeOf(model.header.issuingAgency) ?? communeOf(model.header.parentAgency);
    if (commune && !sameName(place.text, commune.name) && !sameName(place.text, `${commune.kind} ${commune.name}`)) {
      context.report({
        start: place.start,
        end: place.end,
        severity: 'warning',
        // No fix: a commune named after a person or a number is written with its kind («Phường 1»).
        message: `Sai địa danh «${place.text}»: cơ quan ở ${commune.kind.toLocaleLowerCase('vi')} ghi tên ${commune.kind.toLocaleLowerCase('vi')} nơi đóng trụ sở, cần «${commune.name}».`,
        related: [{ start: commune.at.start, end: commune.at.end, message: 'Tên cơ quan ban hành' }],
      });
    }
    const abbreviated = /^(?:TP|Tp|tp)\.\s?/u.exec(place.text);
    // A unit named after a person is written in full (PL1 II.4.a): «Thành phố Hồ Chí Minh», the only one of
    // a province's rank, so the fix is certain; «TP. Hồ Chí Minh» and «Hồ Chí Minh» alike.
    const namedAfterPerson = sameName(place.text.slice(abbreviated?.[0].length ?? 0), HO_CHI_MINH);
    const inFull = namedAfterPerson ? { fix: { title: `Sửa thành «${HO_CHI_MINH_CITY}»`, edits: [{ start: place.start, end: place.end, newText: HO_CHI_MINH_CITY }] } } : {};
    if (abbreviated) {
      context.report({
        start: place.start,
        end: place.end,
        severity: 'warning',
        // Not «Thành phố …» outright: a body of a province writes the province («Quảng Ngãi»), and the city
        // of that name may no longer exist (the 2025 reform).
        message: `Sai địa danh «${place.text}»: không viết tắt «TP.», cần tên đơn vị hành chính nơi cơ quan đóng trụ sở viết đầy đủ (như «${HO_CHI_MINH_CITY}»).`,
        ...inFull,
      });
    } else if (namedAfterPerson) {
      context.report({
        start: place.start,
        end: place.end,
        severity: 'warning',
        message: `Sai địa danh «${place.text}»: đơn vị hành chính đặt theo tên người ghi tên đầy đủ, cần «${HO_CHI_MINH_CITY}».`,
        ...inFull,
      });
    }
  },
};

const HO_CHI_MINH = 'Hồ Chí Minh';
const HO_CHI_MINH_CITY = 'Thành phố Hồ Chí Minh';

// A body of a commune-level unit names it last: «ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ», «TRẠM Y TẾ PHƯỜNG BUÔN MA THUỘT».
const COMMUNE = /(?:^|\s)(XÃ(?! HỘI)|PHƯỜNG|ĐẶC KHU|THỊ TRẤN)\s+([\p{Lu}\p{N}][\p{Lu}\p{N}\p{M}\s-]*)$/u;

/** The commune-level unit a header's name of a body ends with, its name in title case («Tịnh Khê»). */
function communeOf(field: Field | undefined): { kind: string; name: string; at: Field } | undefined {
  const match = field && COMMUNE.exec(field.text.replace(/\s+/gu, ' ').trim());
  if (!match) return undefined;
  const titled = (words: string) => words.toLocaleLowerCase('vi').replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
  return { kind: titled(match[1]!), name: titled(match[2]!.trim()), at: field };
}

function sameName(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}
