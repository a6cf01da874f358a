// The source of syntaxes/thongbao.tmLanguage.json. TextMate JSON cannot share pieces of regexes between
// rules, so they are composed here from named parts and the JSON is written from them.
//
//   node scripts/build-grammar.mjs           rewrite the grammar
//   node scripts/build-grammar.mjs --check   exit 1 if the grammar is not what this file produces
//
// Scopes follow the usual TextMate names (so that themes colour them) with the suffix ".thongbao".
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const S = 'thongbao';
const n = (scope) => `${scope}.${S}`;

// ---- shared pieces -------------------------------------------------------------------------------
const SP = '[ \\t]';
const MD = '(\\*{1,3}|_{1,3})'; // a Markdown bold/italic wrapper around a whole line (captured)
const MDO = `(?:${MD}${SP}*)?`; // optional opening wrapper
const MDC = `(?:${SP}*${MD})?`; // optional closing wrapper
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const UPPER_WORD = "[\\p{Lu}\\p{M}\\p{N}&.,()/'–-]+";
const UPPER_TEXT = `\\p{Lu}[\\p{Lu}\\p{M}\\p{N}&.,()/'–-]*(?:${SP}+${UPPER_WORD})*`;
const w = (words) => words.split(' ').join(`${SP}+`); // "GIÁM ĐỐC" -> "GIÁM[ \t]+ĐỐC"

// Type abbreviations: ND30 Phụ lục III (administrative documents and copies) plus the VBQPPL ones met in
// citations (NĐ, TT, TTLT, NQLT) and KL (kết luận). Longer codes first where one is a prefix of another.
const TYPE_CODE =
  '(?:QyĐ|CTr|TTr|TrS|TTLT|NQLT|BGN|BTT|GUQ|GGT|GNP|NQ|QĐ|CT|QC|TC|TB|HD|KH|PA|ĐA|DA|BC|BB|HĐ|CĐ|GM|PG|PC|PB|SY|SL|NĐ|TT|KL)';
const ISSUER = '\\p{Lu}[\\p{L}\\p{M}\\p{N}&]*';
const UNIT = '[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}&]*';
const REST = `((?:-${UNIT})*(?:-(?=${SP}*$))?)`; // further groups; a trailing "-" where a PDF line wrapped
const ID_START = `(?<![\\p{N}/-])`;

const DOC_TITLES = [
  'THÔNG BÁO KẾT LUẬN', 'THÔNG BÁO', 'NGHỊ QUYẾT', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'QUY CHẾ', 'QUY ĐỊNH', 'THÔNG CÁO',
  'HƯỚNG DẪN', 'CHƯƠNG TRÌNH', 'KẾ HOẠCH', 'PHƯƠNG ÁN', 'ĐỀ ÁN', 'DỰ ÁN', 'BÁO CÁO', 'BIÊN BẢN', 'TỜ TRÌNH',
  'HỢP ĐỒNG', 'CÔNG ĐIỆN', 'BẢN GHI NHỚ', 'BẢN THỎA THUẬN', 'BẢN THOẢ THUẬN', 'GIẤY ỦY QUYỀN', 'GIẤY UỶ QUYỀN',
  'GIẤY MỜI', 'GIẤY GIỚI THIỆU', 'GIẤY NGHỈ PHÉP', 'PHIẾU GỬI', 'PHIẾU CHUYỂN', 'PHIẾU BÁO',
].map(w).join('|');

// First words of an agency name (tên cơ quan chủ quản / ban hành, PL1 II.2) written in capitals.
const AGENCY_START = [
  'UBND', 'HĐND', 'ỦY BAN', 'UỶ BAN', 'HỘI ĐỒNG', 'SỞ', 'BỘ', 'TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'XÃ',
  'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU', 'VĂN PHÒNG', 'BAN', 'CỤC', 'CHI CỤC', 'TỔNG CỤC', 'VỤ', 'TRUNG TÂM', 'THANH TRA',
  'VIỆN', 'HỌC VIỆN', 'TRƯỜNG', 'ĐẠI HỌC', 'BỆNH VIỆN', 'CÔNG TY', 'TỔNG CÔNG TY', 'TẬP ĐOÀN', 'KHO BẠC', 'NGÂN HÀNG',
  'ĐẢNG ỦY', 'ĐẢNG UỶ', 'ĐẢNG BỘ', 'TỈNH ỦY', 'TỈNH UỶ', 'HUYỆN ỦY', 'HUYỆN UỶ', 'THÀNH ỦY', 'THÀNH UỶ',
  'ĐẢNG CỘNG SẢN', 'CÔNG ĐOÀN', 'ĐOÀN', 'HỘI', 'LIÊN ĐOÀN', 'LIÊN HIỆP', 'MẶT TRẬN', 'PHÒNG', 'ĐÀI', 'CHÍNH PHỦ',
  'QUỐC HỘI', 'TÒA ÁN', 'TOÀ ÁN', 'KIỂM TOÁN', 'BẢO HIỂM', 'CÔNG AN', 'BỘ CHỈ HUY', 'CHI NHÁNH', 'QUỸ', 'TỔ',
].sort((a, b) => b.length - a.length).map(w).join('|');

// Titles of a head or deputy that may open a signature block on their own line (the head signs himself).
const HEAD_TITLE = `(?:PHÓ${SP}+)?(?:${[
  'TỔNG GIÁM ĐỐC', 'GIÁM ĐỐC', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'CHÁNH THANH TRA', 'TRƯỞNG PHÒNG', 'TRƯỞNG BAN',
  'TRƯỞNG ĐOÀN', 'TRƯỞNG KHOA', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'TỔNG CỤC TRƯỞNG', 'CHI CỤC TRƯỞNG', 'CỤC TRƯỞNG',
  'VỤ TRƯỞNG', 'VIỆN TRƯỞNG', 'HIỆU TRƯỞNG', 'THỦ TƯỚNG', 'BÍ THƯ', 'KẾ TOÁN TRƯỞNG',
].map(w).join('|')})(?:${SP}+${UPPER_WORD})*`;

// Signing authority (PL1 II.7.b): TM., Q., KT., TL., TUQ.; Party documents write T/M, K/T, T/L.
const AUTHORITY = '(?:TM|Q|KT|TL|TUQ)\\.|T/M|K/T|T/L';
// A signer's name: capitalised syllables (PL2 II.1), optionally after academic titles such as "TS.".
const NAME = `(?:\\p{Lu}[\\p{L}\\p{M}]*\\.${SP}*){0,3}\\p{Lu}[\\p{Ll}\\p{M}]*(?:${SP}+\\p{Lu}[\\p{Ll}\\p{M}]*){1,6}`;

const DATE_SHORT = '(?<![\\p{N}/.])\\d{1,2}/\\d{1,2}/\\d{4}(?![\\p{N}/])';
const DATE_LONG_REST = `\\d{1,2}${SP}+tháng${SP}+\\d{1,2}${SP}+năm${SP}+\\d{4}(?!\\p{N})`;
const FILL = '[.…_]';
const DATE_BLANK = `[Nn]gày(?:${SP}|${FILL})+tháng(?:${SP}|${FILL})+năm(?:${SP}+\\d{4}(?!\\p{N})|${SP}*${FILL}+)`;

const DEADLINE_WITH_NGAY = `(?:[Tt]rước|[Cc]hậm${SP}+nhất(?:${SP}+là)?|[Kk]hông${SP}+(?:muộn|chậm)${SP}+hơn|[Hh]ạn${SP}+(?:chót|cuối)(?:${SP}+là)?|[Đđ]ến${SP}+hết)${SP}+(?:vào${SP}+)?ngày`;
const DEADLINE_BARE = `(?:[Tt]rước|[Cc]hậm${SP}+nhất(?:${SP}+là)?|[Hh]ạn${SP}+(?:chót|cuối)(?:${SP}+là)?)`;

const CITED_TYPE = [
  '[Cc]ông văn', '[Cc]ông điện', '[Qq]uyết định', '[Nn]ghị quyết', '[Nn]ghị định', '[Tt]hông tư liên tịch',
  '[Tt]hông tư', '[Kk]ế hoạch', '[Tt]hông báo kết luận', '[Tt]hông báo', '[Bb]áo cáo', '[Cc]hỉ thị', '[Qq]uy định',
  '[Qq]uy chế', '[Hh]ướng dẫn', '[Tt]ờ trình', '[Cc]hương trình', '[Kk]ết luận', '[Đđ]ề án', '[Pp]hương án',
  '[Tt]hông tri', '[Gg]iấy mời', '[Bb]iên bản', '[Pp]háp lệnh', '[Bb]ộ luật', '[Ll]uật', '[Hh]iến pháp', '[Vv]ăn bản',
].map(w).join('|');
const CITED_ID_AHEAD = `\\d+(?:/|-\\p{Lu})`;

const mdPunct = { name: n('punctuation.definition.emphasis') };

// The signature block ends at the signer's name, or before any line that is not blank, an authority or
// title line in capitals, or a signature placeholder.
const SIGNATURE_END = `^${SP}*${MDO}(${NAME})${MDC}${SP}*$|^(?!${SP}*$)(?!${SP}*${MDO}(?:${AUTHORITY})?${SP}*${UPPER_TEXT}${MDC}${SP}*$)(?!${SP}*(?:\\([^)]*\\)|\\[[^\\]]*\\])${SP}*$)`;
const SIGNATURE_END_CAPTURES = { 1: mdPunct, 2: { name: n('entity.name.signer') }, 3: mdPunct };

// ---- repository ----------------------------------------------------------------------------------
const repository = {
  'front-matter': {
    comment:
      'YAML front matter, only at the very start of the file. The fallback patterns keep the block recognised when no YAML grammar is installed (vscode-textmate drops a rule whose only include is missing).',
    name: n('meta.front-matter'),
    begin: `\\A(-{3})${SP}*$`,
    beginCaptures: { 1: { name: n('punctuation.definition.front-matter.begin') } },
    end: `^(-{3}|\\.{3})${SP}*$`,
    endCaptures: { 1: { name: n('punctuation.definition.front-matter.end') } },
    contentName: n('meta.embedded.block.frontmatter'),
    patterns: [{ include: 'source.yaml' }, { include: '#front-matter-fallback' }],
  },

  'front-matter-fallback': {
    patterns: [
      { match: `(?<=^|\\s)(#).*$`, name: n('comment.line.number-sign.yaml'), captures: { 1: { name: n('punctuation.definition.comment.yaml') } } },
      {
        match: `^${SP}*(?:(-)${SP}+)?([^\\s#:'"\\-][^#:]*?)${SP}*(:)(?=\\s|$)`,
        captures: {
          1: { name: n('punctuation.definition.block.sequence.item.yaml') },
          2: { name: n('entity.name.tag.yaml') },
          3: { name: n('punctuation.separator.key-value.mapping.yaml') },
        },
      },
    ],
  },

  comment: {
    comment:
      'HTML comment. The checker\'s directives (server/src/core/directives.ts) are highlighted when the comment is one: <!-- thongbao-disable rule-id … -->, <!-- thongbao-enable … -->, <!-- thongbao-disable-next-line … -->.',
    name: n('comment.block.html'),
    begin: '<!--',
    beginCaptures: { 0: { name: n('punctuation.definition.comment.begin') } },
    end: '-->',
    endCaptures: { 0: { name: n('punctuation.definition.comment.end') } },
    patterns: [
      {
        match: `\\G\\s*(thongbao-(?:disable-next-line|disable|enable))((?:\\s+[\\w/-]+)*)\\s*(?=-->)`,
        captures: {
          1: { name: n('keyword.control.directive') },
          2: { patterns: [{ match: '[\\w/-]+', name: n('variable.parameter.rule-id') }] },
        },
      },
    ],
  },

  'footnote-definition': {
    comment: 'GFM footnote definition "[^1]: …".',
    name: n('meta.footnote.definition'),
    begin: `^${SP}{0,3}(\\[\\^)([^\\]\\s]+)(\\])(:)`,
    beginCaptures: {
      1: { name: n('punctuation.definition.footnote.begin') },
      2: { name: n('constant.other.reference.footnote') },
      3: { name: n('punctuation.definition.footnote.end') },
      4: { name: n('punctuation.separator.key-value') },
    },
    end: '$',
    patterns: [{ include: '#inline' }],
  },

  'footnote-reference': {
    name: n('meta.footnote.reference'),
    match: '(\\[\\^)([^\\]\\s]+)(\\])',
    captures: {
      1: { name: n('punctuation.definition.footnote.begin') },
      2: { name: n('constant.other.reference.footnote') },
      3: { name: n('punctuation.definition.footnote.end') },
    },
  },

  'national-title': {
    comment: 'Quốc hiệu (PL1 II.1.a); the decree writes both HÒA and HOÀ. In capitals anywhere (a pasted two-column header), in any case alone on its line.',
    patterns: [
      {
        match: `^${SP}*((?i:CỘNG${SP}+H(?:ÒA|OÀ)${SP}+XÃ${SP}+HỘI${SP}+CHỦ${SP}+NGHĨA${SP}+VIỆT${SP}+NAM))${SP}*$`,
        captures: { 1: { name: n('constant.language.national-title') } },
      },
      {
        match: `${NOT_LETTER_BEFORE}(CỘNG${SP}+H(?:ÒA|OÀ)${SP}+XÃ${SP}+HỘI${SP}+CHỦ${SP}+NGHĨA${SP}+VIỆT${SP}+NAM)${NOT_LETTER_AFTER}`,
        captures: { 1: { name: n('constant.language.national-title') } },
      },
    ],
  },

  motto: {
    comment: 'Tiêu ngữ (PL1 II.1.b), recognised even when its dashes or spacing are wrong so the checker can point at it.',
    match: `${NOT_LETTER_BEFORE}((?i:Độc${SP}*lập${SP}*[-–—]${SP}*Tự${SP}*do${SP}*[-–—]${SP}*Hạnh${SP}*phúc))${NOT_LETTER_AFTER}`,
    captures: { 1: { name: n('constant.language.motto') } },
  },

  'document-number': {
    comment: '"Số: 05/TB-SKHCN", a draft\'s "Số:      /TB-SKHCN", a công văn\'s "Số: 05/SKHCN-VP".',
    name: n('meta.document-number'),
    match: `^${SP}*${MDO}(Số)${SP}*(:)?${SP}*(?:(\\d+)|(${FILL}+))?${SP}*(/)${SP}*(?:(\\d{4})(/))?(?:(${TYPE_CODE})(-))?(${ISSUER})${REST}${MDC}`,
    captures: {
      1: mdPunct,
      2: { name: n('keyword.other.document-number') },
      3: { name: n('punctuation.separator.key-value') },
      4: { name: n('constant.numeric.document-number') },
      5: { name: n('constant.other.placeholder') },
      6: { name: n('punctuation.separator.document-id') },
      7: { name: n('constant.numeric.year') },
      8: { name: n('punctuation.separator.document-id') },
      9: { name: n('storage.type.document-code') },
      10: { name: n('punctuation.separator.document-id') },
      11: { name: n('entity.name.type.agency-code') },
      12: { patterns: [{ include: '#unit-codes' }] },
      13: mdPunct,
    },
  },

  'unit-codes': {
    patterns: [
      { match: '-', name: n('punctuation.separator.document-id') },
      { match: UNIT, name: n('variable.other.constant.unit-code') },
    ],
  },

  'place-date': {
    comment: 'Địa danh và thời gian ban hành (PL1 II.4): "Quảng Ngãi, ngày 01 tháng 4 năm 2025", or blank in a draft.',
    name: n('meta.place-date'),
    match: `^${SP}*${MDO}(\\p{Lu}[\\p{L}\\p{M}.]*(?:${SP}+[\\p{L}\\p{M}.]+){0,5}?)${SP}*(,)?${SP}*((?:[Nn]gày${SP}+${DATE_LONG_REST})|${DATE_BLANK})${MDC}${SP}*$`,
    captures: {
      1: mdPunct,
      2: { name: n('entity.name.place') },
      3: { name: n('punctuation.separator.comma') },
      4: { patterns: [{ include: '#date-long' }, { include: '#date-blank' }] },
      5: mdPunct,
    },
  },

  'title-block': {
    comment: 'Tên loại ("THÔNG BÁO" alone on its line) and the trích yếu: the first non-blank line after it.',
    begin: `^${SP}*(?:(#{1,6})${SP}+)?${MDO}(${DOC_TITLES})${MDC}${SP}*$`,
    beginCaptures: {
      1: { name: n('punctuation.definition.heading') },
      2: mdPunct,
      3: { name: n('markup.heading.document-type') },
      4: mdPunct,
    },
    end: `^${SP}*(?!<!--)${MDO}(?=\\S)(.*?)${MDC}${SP}*$`,
    endCaptures: {
      1: mdPunct,
      2: { name: n('markup.heading.summary'), patterns: [{ include: '#inline' }] },
      3: mdPunct,
    },
    patterns: [{ include: '#comment' }],
  },

  recipients: {
    comment: '"Nơi nhận:" (PL1 II.9) and its "- …;" entries, up to the first line that is not an entry.',
    name: n('meta.recipients'),
    begin: `^${SP}*${MDO}(Nơi${SP}+nhận)${MDC}${SP}*(?:(:)${MDC}|(?=${SP}*$))`,
    beginCaptures: {
      1: mdPunct,
      2: { name: n('keyword.other.recipients') },
      3: mdPunct,
      4: { name: n('punctuation.separator.key-value') },
      5: mdPunct,
    },
    end: `^(?=${SP}*(?![-–—+*•]${SP})\\S)`,
    patterns: [
      { include: '#comment' },
      { include: '#archive' },
      {
        name: n('meta.recipient'),
        match: `^${SP}*([-–—+*•])${SP}+(.*?)${SP}*([;.,])?${SP}*$`,
        captures: {
          1: { name: n('punctuation.definition.list.begin.recipient') },
          2: {
            name: n('markup.list.unnumbered.recipient'),
            patterns: [
              {
                match: `\\((?:để${SP}+)?(?:báo${SP}+cáo|b/c|biết|thực${SP}+hiện|t/h|phối${SP}+hợp|p/h|chỉ${SP}+đạo|theo${SP}+dõi|đăng${SP}+tải)\\)`,
                name: n('entity.other.attribute-name.annotation'),
              },
              { include: '#inline' },
            ],
          },
          3: { name: n('punctuation.terminator.recipient') },
        },
      },
      {
        comment: 'A pasted two-column footer: "Nơi nhận:   TL. CHỦ TỊCH".',
        name: n('meta.signature.authority'),
        match: `(?<=${SP})(${AUTHORITY})${SP}*(${UPPER_TEXT})${SP}*$`,
        captures: {
          1: { name: n('storage.modifier.authority') },
          2: { name: n('entity.name.function.signer-title') },
        },
      },
      { include: '#inline' },
    ],
  },

  archive: {
    comment: 'Last line of Nơi nhận: "- Lưu: VT, VP." (PL1 II.9.d).',
    name: n('meta.archive'),
    match: `^${SP}*(?:([-–—+*•])${SP}*)?(Lưu)${SP}*(:)${SP}*(.*?)${SP}*(\\.)?${SP}*$`,
    captures: {
      1: { name: n('punctuation.definition.list.begin.recipient') },
      2: { name: n('keyword.other.archive') },
      3: { name: n('punctuation.separator.key-value') },
      4: {
        patterns: [
          { match: '(?<![\\p{L}\\p{N}])VT(?![\\p{L}\\p{N}])', name: n('constant.language.archive') },
          { match: '\\(\\d+\\)', name: n('constant.numeric.copies') },
          { match: '\\p{Lu}[\\p{L}\\p{M}\\p{N}&-]*', name: n('variable.other.constant.unit-code') },
          { match: ',', name: n('punctuation.separator.comma') },
        ],
      },
      5: { name: n('punctuation.terminator.recipient') },
    },
  },

  'signature-authority-line': {
    name: n('meta.signature.authority'),
    match: `^${SP}*${MDO}(${AUTHORITY})${SP}*(${UPPER_TEXT})${MDC}${SP}*$`,
    captures: {
      1: mdPunct,
      2: { name: n('storage.modifier.authority') },
      3: { name: n('entity.name.function.signer-title') },
      4: mdPunct,
    },
  },

  'signature-body': {
    patterns: [
      { include: '#comment' },
      { include: '#signature-authority-line' },
      {
        comment: 'A title line in capitals: CHÁNH VĂN PHÒNG, PHÓ GIÁM ĐỐC, …',
        name: n('meta.signature.title'),
        match: `^${SP}*${MDO}(${UPPER_TEXT})${MDC}${SP}*$`,
        captures: { 1: mdPunct, 2: { name: n('entity.name.function.signer-title') }, 3: mdPunct },
      },
      {
        comment: 'Room left for the signature: "(Đã ký)", "[chữ ký số]".',
        match: `^${SP}*(?:\\([^)]*\\)|\\[[^\\]]*\\])${SP}*$`,
        name: n('comment.line.signature-placeholder'),
      },
    ],
  },

  signature: {
    comment:
      'Signature block (PL1 II.7): an authority line (TM., Q., KT., TL., TUQ.) or a head\'s title, then title lines in capitals, ended by the signer\'s name.',
    patterns: [
      {
        name: n('meta.signature'),
        begin: `^${SP}*${MDO}(${AUTHORITY})${SP}*(${UPPER_TEXT})${MDC}${SP}*$`,
        beginCaptures: {
          1: mdPunct,
          2: { name: n('storage.modifier.authority') },
          3: { name: n('entity.name.function.signer-title') },
          4: mdPunct,
        },
        end: SIGNATURE_END,
        endCaptures: SIGNATURE_END_CAPTURES,
        patterns: [{ include: '#signature-body' }],
      },
      {
        name: n('meta.signature'),
        begin: `^${SP}*${MDO}(${HEAD_TITLE})${MDC}${SP}*$`,
        beginCaptures: { 1: mdPunct, 2: { name: n('entity.name.function.signer-title') }, 3: mdPunct },
        end: SIGNATURE_END,
        endCaptures: SIGNATURE_END_CAPTURES,
        patterns: [{ include: '#signature-body' }],
      },
    ],
  },

  agency: {
    comment: 'Tên cơ quan (PL1 II.2) in capitals: "UBND TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; a wider gap ends it (two-column paste).',
    name: n('meta.agency'),
    match: `^${SP}*${MDO}((?:${AGENCY_START})(?![\\p{L}\\p{M}])[\\p{Lu}\\p{M}\\p{N}&.,()/'–-]*(?:${SP}${UPPER_WORD})*)${MDC}(?=${SP}*$|${SP}{2,}\\S)`,
    captures: { 1: mdPunct, 2: { name: n('entity.name.type.agency') }, 3: mdPunct },
  },

  heading: {
    comment: 'A Markdown ATX heading.',
    name: n('markup.heading'),
    match: `^${SP}{0,3}(#{1,6})${SP}+(.*?)(?:${SP}+#+)?${SP}*$`,
    captures: {
      1: { name: n('punctuation.definition.heading') },
      2: { name: n('entity.name.section'), patterns: [{ include: '#inline' }] },
    },
  },

  'fenced-code': {
    comment: 'A fenced code block; the checker does not read it.',
    name: n('markup.fenced_code.block'),
    begin: `^${SP}{0,3}(\`{3,}|~{3,})(.*)$`,
    beginCaptures: { 1: { name: n('punctuation.definition.markdown') }, 2: { name: n('fenced_code.block.language') } },
    end: `^${SP}{0,3}(\\1)${SP}*$`,
    endCaptures: { 1: { name: n('punctuation.definition.markdown') } },
    contentName: n('markup.raw.block'),
  },

  'inline-code': {
    name: n('markup.inline.raw'),
    match: '(`+)(?!`)(.+?)(?<!`)(\\1)(?!`)',
    captures: { 1: { name: n('punctuation.definition.raw') }, 3: { name: n('punctuation.definition.raw') } },
  },

  separator: {
    name: n('meta.separator'),
    match: `^${SP}{0,3}([-*_])(?:${SP}*\\1){2,}${SP}*$`,
  },

  sections: {
    comment: 'Numbering at the start of a line (PL1 Mục V 6.b): I. (mục), 1. (khoản), 1.1., a) (điểm), (1), and - + * bullets.',
    patterns: [
      {
        name: n('markup.heading.section'),
        begin: `^${SP}*${MDO}((?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})\\.)(?=${SP})`,
        beginCaptures: { 1: mdPunct, 2: { name: n('constant.numeric.section.roman') } },
        end: '$',
        patterns: [{ include: '#inline' }],
      },
      {
        match: `^${SP}*${MDO}(\\d{1,2}(?:\\.\\d{1,2})+\\.?)(?=${SP})`,
        captures: { 1: mdPunct, 2: { name: n('constant.numeric.section.decimal') } },
      },
      {
        match: `^${SP}*${MDO}(\\d{1,2}\\.)(?=${SP})`,
        captures: { 1: mdPunct, 2: { name: n('constant.numeric.section.arabic') } },
      },
      {
        match: `^${SP}*${MDO}([a-eg-ik-vxyđ]\\))(?=${SP})`,
        captures: { 1: mdPunct, 2: { name: n('constant.numeric.section.letter') } },
      },
      {
        match: `^${SP}*${MDO}(\\(\\d{1,2}\\))(?=${SP})`,
        captures: { 1: mdPunct, 2: { name: n('constant.numeric.section.paren') } },
      },
      { match: `^${SP}*([-–—•])(?=${SP})`, captures: { 1: { name: n('punctuation.definition.list.begin.dash') } } },
      { match: `^${SP}*(\\+)(?=${SP})`, captures: { 1: { name: n('punctuation.definition.list.begin.plus') } } },
      { match: `^${SP}*(\\*)(?=${SP})`, captures: { 1: { name: n('punctuation.definition.list.begin.bullet') } } },
    ],
  },

  inline: {
    patterns: [
      { include: '#comment' },
      { include: '#inline-code' },
      { include: '#footnote-reference' },
      { include: '#emphasis' },
      { include: '#national-title' },
      { include: '#motto' },
      { include: '#citation' },
      { include: '#deadline' },
      { include: '#date' },
      { include: '#closing' },
      {
        comment: 'Inline enumeration "…: (1) …; (2) …".',
        match: `(?<=[:;.]${SP})(\\(\\d{1,2}\\))(?=${SP}|$)`,
        captures: { 1: { name: n('constant.numeric.section.paren') } },
      },
    ],
  },

  emphasis: {
    patterns: [
      {
        name: n('markup.bold') + ' ' + n('markup.italic'),
        match: '(\\*\\*\\*)(?=\\S)(.+?)(?<=\\S)(\\*\\*\\*)',
        captures: {
          1: { name: n('punctuation.definition.bold') },
          2: { patterns: [{ include: '#inline' }] },
          3: { name: n('punctuation.definition.bold') },
        },
      },
      {
        name: n('markup.bold'),
        match: '(\\*\\*)(?=\\S)(.+?)(?<=\\S)(\\*\\*)',
        captures: {
          1: { name: n('punctuation.definition.bold') },
          2: { patterns: [{ include: '#inline' }] },
          3: { name: n('punctuation.definition.bold') },
        },
      },
      {
        name: n('markup.italic'),
        match: '(?<![*\\p{L}\\p{N}])(\\*)(?=[^\\s*])(.+?)(?<=[^\\s*])(\\*)(?![*\\p{L}\\p{N}])',
        captures: {
          1: { name: n('punctuation.definition.italic') },
          2: { patterns: [{ include: '#inline' }] },
          3: { name: n('punctuation.definition.italic') },
        },
      },
    ],
  },

  citation: {
    comment: 'Viện dẫn (PL1 II.6.b): the type of the cited document, "số", and its number and symbol.',
    patterns: [
      {
        match: `${NOT_LETTER_BEFORE}(${CITED_TYPE})(?=${SP}+(?:[Ss]ố${SP}*)?${CITED_ID_AHEAD}|${SP}+[Ss]ố${SP}*$|${SP}*:${SP}*[Ss]ố${SP})`,
        captures: { 1: { name: n('support.type.document') } },
      },
      {
        comment: 'A law is cited by its name: "Luật Khoa học và Công nghệ".',
        match: `${NOT_LETTER_BEFORE}((?:[Bb]ộ${SP}+)?[Ll]uật|[Pp]háp${SP}+lệnh)(?=${SP}+\\p{Lu})`,
        captures: { 1: { name: n('support.type.document') } },
      },
      {
        match: `${NOT_LETTER_BEFORE}([Ss]ố)(?=${SP}*${CITED_ID_AHEAD})`,
        captures: { 1: { name: n('keyword.other.citation-number') } },
      },
      { include: '#document-id' },
    ],
  },

  'document-id': {
    comment: 'Number and symbol of a document in its families: 193/2025/QH15, 25/2018/QĐ-UBND, 105/TB-UBND, 57-NQ/TW, 1724/SKHCN-VP.',
    patterns: [
      {
        name: n('constant.other.document-id'),
        match: `${ID_START}(\\d+)(/)(\\d{4})(/)((?:UBTVQH|QH)\\d+)(?![\\p{L}\\p{N}])`,
        captures: {
          1: { name: n('constant.numeric.document-number') },
          2: { name: n('punctuation.separator.document-id') },
          3: { name: n('constant.numeric.year') },
          4: { name: n('punctuation.separator.document-id') },
          5: { name: n('entity.name.type.agency-code') },
        },
      },
      {
        name: n('constant.other.document-id'),
        match: `${ID_START}(\\d+)(/)(\\d{4})(/)(${TYPE_CODE})(-)(?:(${ISSUER})${REST}|(?=${SP}*$))`,
        captures: {
          1: { name: n('constant.numeric.document-number') },
          2: { name: n('punctuation.separator.document-id') },
          3: { name: n('constant.numeric.year') },
          4: { name: n('punctuation.separator.document-id') },
          5: { name: n('storage.type.document-code') },
          6: { name: n('punctuation.separator.document-id') },
          7: { name: n('entity.name.type.agency-code') },
          8: { patterns: [{ include: '#unit-codes' }] },
        },
      },
      {
        name: n('constant.other.document-id'),
        match: `${ID_START}(\\d+)(/)(${TYPE_CODE})(-)(?:(${ISSUER})${REST}|(?=${SP}*$))`,
        captures: {
          1: { name: n('constant.numeric.document-number') },
          2: { name: n('punctuation.separator.document-id') },
          3: { name: n('storage.type.document-code') },
          4: { name: n('punctuation.separator.document-id') },
          5: { name: n('entity.name.type.agency-code') },
          6: { patterns: [{ include: '#unit-codes' }] },
        },
      },
      {
        comment: 'Party documents (HD 36): number-TYPE/ORGAN.',
        name: n('constant.other.document-id'),
        match: `${ID_START}(\\d+)(-)(\\p{Lu}[\\p{L}\\p{M}]*)(/)(\\p{Lu}[\\p{Lu}\\p{M}\\p{N}]*)(?![\\p{L}\\p{N}])`,
        captures: {
          1: { name: n('constant.numeric.document-number') },
          2: { name: n('punctuation.separator.document-id') },
          3: { name: n('storage.type.document-code') },
          4: { name: n('punctuation.separator.document-id') },
          5: { name: n('entity.name.type.agency-code') },
        },
      },
      {
        comment: 'Công văn: number/AGENCY-UNIT.',
        name: n('constant.other.document-id'),
        match: `${ID_START}(\\d+)(/)(${ISSUER})((?:-${UNIT})+(?:-(?=${SP}*$))?|-(?=${SP}*$))`,
        captures: {
          1: { name: n('constant.numeric.document-number') },
          2: { name: n('punctuation.separator.document-id') },
          3: { name: n('entity.name.type.agency-code') },
          4: { patterns: [{ include: '#unit-codes' }] },
        },
      },
    ],
  },

  deadline: {
    comment: 'Deadlines: "trước ngày 15/4/2025", "chậm nhất ngày 15/8/2025", "trước 30/6/2021".',
    patterns: [
      {
        name: n('meta.deadline'),
        match: `${NOT_LETTER_BEFORE}(${DEADLINE_WITH_NGAY}|[Tt]rong${SP}+ngày|${DEADLINE_BARE})${SP}+(${DATE_SHORT.replace('(?<![\\p{N}/.])', '')}|${DATE_LONG_REST})`,
        captures: {
          1: { name: n('keyword.other.deadline') },
          2: { patterns: [{ include: '#date-short' }, { match: DATE_LONG_REST, name: n('constant.numeric.date.long') }] },
        },
      },
      {
        comment: 'The keyword alone when the date went to the next line.',
        match: `${NOT_LETTER_BEFORE}(${DEADLINE_WITH_NGAY})(?=${SP}*$)`,
        captures: { 1: { name: n('keyword.other.deadline') } },
      },
    ],
  },

  date: { patterns: [{ include: '#date-long' }, { include: '#date-blank' }, { include: '#date-short' }] },
  'date-long': { match: `${NOT_LETTER_BEFORE}[Nn]gày${SP}+${DATE_LONG_REST}`, name: n('constant.numeric.date.long') },
  'date-blank': { match: `${NOT_LETTER_BEFORE}${DATE_BLANK}`, name: n('constant.numeric.date.blank') },
  'date-short': { match: DATE_SHORT, name: n('constant.numeric.date.short') },

  closing: {
    comment: 'The closing mark "./." that ends the content (every PL3 template).',
    match: '(?<!\\.)\\./\\.(?![\\p{L}\\p{N}/.])',
    name: n('keyword.other.closing-mark'),
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Thông báo',
  scopeName: 'text.thongbao',
  fileTypes: ['tb.md', 'thongbao'],
  comment:
    'Drafts of Vietnamese administrative notices (Thông báo, Nghị định 30/2020/NĐ-CP): Markdown-ish plain text. Written by scripts/build-grammar.mjs: edit that file, not this one.',
  patterns: [
    { include: '#front-matter' },
    { include: '#comment' },
    { include: '#fenced-code' },
    { include: '#footnote-definition' },
    { include: '#national-title' },
    { include: '#document-number' },
    { include: '#place-date' },
    { include: '#title-block' },
    { include: '#recipients' },
    { include: '#archive' },
    { include: '#signature' },
    { include: '#agency' },
    { include: '#heading' },
    { include: '#separator' },
    { include: '#sections' },
    { include: '#inline' },
  ],
  repository,
};

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'thongbao.tmLanguage.json');
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== text) {
    console.error(`${target} is not what scripts/build-grammar.mjs writes: run \`node scripts/build-grammar.mjs\`.`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
