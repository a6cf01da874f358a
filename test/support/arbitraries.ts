/**
 * Generators of hostile drafts for the fuzz tests: arbitrary Unicode, Vietnamese-looking token soup, and
 * mutations of real notices (lines deleted, swapped, duplicated; characters changed).
 */
import fc from 'fast-check';

/** Characters that break naive code: marks, invisibles, bidi controls, emoji, lone surrogates. */
export const TRICKY = [
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', // Vietnamese tone marks, combining (NFD)
  '\u0302', '\u0306', '\u031B', // circumflex, breve, horn
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00A0', '\u2060', // zero-width, no-break
  '\u200F', '\u200E', '\u202E', '\u202C', '\u061C', // bidi marks and overrides
  '😀', '🇻🇳', '👨‍👩‍👧', '𝐀', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', // emoji, astral, lone surrogates
  '\r', '\r\n', '\t', '\u000B', '\u2028', '\u2029', '\u0085', '\u0000', '\uFFFD', '\uFFFF',
];

/** Words and marks of real notices, so generated text reaches deep into the parser and the rules. */
const VOCABULARY = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THÔNG BÁO', 'Kết luận của',
  'UBND TỈNH QUẢNG NGÃI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số:', 'số', '/TB-SKHCN', '/TB-UBND', '-NQ/TW', '/QĐ-UBND',
  'Quảng Ngãi,', 'ngày', 'tháng', 'năm', '2025', '31/4/2025', '29/02/2024', '01', '1', '12', '0',
  'Nơi nhận:', '- Lưu: VT, VP.', '- ', ';', '.', './.', ',', ':', '(', ')', '“', '”', '"', '**', '_', '#', '>', '---',
  'I.', 'II.', '1.', '2.', '1.1.', 'a)', 'b)', 'đ)', '(a)', 'a.', 'Quyết định', 'Công văn', 'Nghị quyết', 'Kế hoạch',
  'Giám đốc Sở', 'Phòng Kế hoạch - Tài chính', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'TM.', 'TL.', 'Nguyễn Văn A', 'TS.',
  'giao', 'chủ trì', 'trước ngày', 'chậm nhất ngày', 'hoá', 'hóa', 'uỷ', 'ủy', 'GD', 'KH&CN', 'BKHCN', 'v/v', 'V/v',
  '<!-- thongbao-disable -->', '<!-- thongbao-disable-next-line date/invalid -->', '<!-- thongbao-enable -->', '[^1]', '[^1]:',
  '  ', '     ', '\t', ' ', '\n', '\n\n', '\n', '\n',
];

const trickyUnit = fc.constantFrom(...TRICKY);
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any text at all: every code point, lone surrogates and the tricky characters mixed in. */
export const anyText = fc.string({ unit: fc.oneof(anyCodePoint, trickyUnit, loneSurrogate, fc.constantFrom(' ', '\n')), maxLength: 300 });

/** Vietnamese-notice token soup, sometimes decomposed (NFD), sometimes with tricky characters between. */
export const noticeSoup = fc
  .tuple(fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: trickyUnit }, { weight: 1, arbitrary: fc.nat(99999).map(String) }), { maxLength: 200 }), fc.constantFrom('NFC', 'NFD', 'mixed'))
  .map(([tokens, form]) => {
    const text = tokens.join(' ');
    if (form === 'NFD') return text.normalize('NFD');
    if (form === 'mixed') return tokens.map((token, i) => (i % 2 ? token.normalize('NFD') : token)).join(' ');
    return text;
  });

export type Mutation =
  | { kind: 'delete' | 'duplicate' | 'nfd' | 'trim' | 'crlf'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'char'; line: number; at: number; remove: number; insert: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'nfd' as const, 'trim' as const, 'crlf' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('char' as const), line: fc.nat(), at: fc.nat(), remove: fc.nat(3), insert: fc.oneof(fc.constant(''), trickyUnit, anyCodePoint, fc.constantFrom(...VOCABULARY)) }),
);

/** Applies mutations to a draft line by line (line and column numbers taken modulo the sizes). */
export function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const change of mutations) {
    if (lines.length === 0) lines.push('');
    const i = change.line % lines.length;
    switch (change.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]!);
        break;
      case 'nfd':
        lines[i] = lines[i]!.normalize('NFD');
        break;
      case 'trim':
        lines[i] = lines[i]!.trim();
        break;
      case 'crlf':
        lines[i] = `${lines[i]}\r`;
        break;
      case 'swap': {
        const j = change.other % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 'char': {
        const line = lines[i]!;
        const at = change.at % (line.length + 1);
        lines[i] = line.slice(0, at) + change.insert + line.slice(at + change.remove);
        break;
      }
    }
  }
  return lines.join('\n');
}
