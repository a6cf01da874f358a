/**
 * No input makes the checker slow: for adversarial drafts aimed at every regular expression and loop
 * (long runs of digits, slashes, dashes, spaces; "số số số …"; a 200,000-character line; 100,000 lines of
 * "- ;"; deep numbering; thousands of citations, abbreviations, footnotes), checking 4× the input takes
 * well under 10× the time. Only ratios are compared, never absolute times (the machine is shared).
 */
import { strict as assert } from 'node:assert';
import { check } from '../../server/src/core/check';
import { recordFigures } from '../support/figures';

const GROWTH = 4;
/** Linear is ~4×; quadratic is ~16×. The margin absorbs a shared, noisy machine. */
const MAX_RATIO = 10;
/** The small draft's check takes at least this long, else its time is mostly noise. */
const MIN_SMALL_MS = 10;

const times = (count: number, make: (i: number) => string, separator = '') => Array.from({ length: count }, (_, i) => make(i)).join(separator);
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * Each case builds a draft from a size `n` (grown until the small draft takes a few milliseconds, so that
 * the ratio is not noise); the large run uses GROWTH × n. The two drafts the issue names keep their size.
 */
const CASES: [string, number, (n: number) => string][] = [
  ['a run of digits', 10_000, (n) => '1'.repeat(n)],
  ['a run of slashes', 20_000, (n) => '/'.repeat(n)],
  ['a run of dashes', 20_000, (n) => '-'.repeat(n)],
  ['digits and slashes "12/12/12…"', 20_000, (n) => '12/'.repeat(n / 3)],
  ['digits and dashes "12-12-12…"', 20_000, (n) => '12-'.repeat(n / 3)],
  ['a run of spaces before a word', 10_000, (n) => `${' '.repeat(n)}x`],
  ['spaces, stars and underscores at a paragraph end', 10_000, (n) => `THÔNG BÁO\n\nx${' *_'.repeat(n / 3)}x\n\nNơi nhận:\n- Lưu: VT.`],
  ['"số số số …"', 5_000, (n) => 'số '.repeat(n / 3)],
  ['"ngày ngày ngày …"', 20_000, (n) => 'ngày '.repeat(n / 5)],
  ['a 200,000-character line of dates and "số"', 50_000, (n) => `${'31/4/2025 số '.repeat(n / 13)}\n`],
  ['100,000 lines of "- ;"', 25_000, (n) => '- ;\n'.repeat(n)],
  ['"- ;" lines as a Nơi nhận', 10_000, (n) => `THÔNG BÁO\n\nx./.\n\nNơi nhận:\n${'- ;\n'.repeat(n)}`],
  ['deep numbering on one heading "1.1.1.…"', 20_000, (n) => `${'1.'.repeat(n / 2)} Nội dung`],
  ['deep numbering over many lines', 250, (n) => times(n, (i) => `${'1.'.repeat((i % 30) + 1)} Nội dung`, '\n\n')],
  ['many points a) b) c)', 500, (n) => times(n, (i) => `${LETTERS[i % LETTERS.length]}) Nội dung`, '\n')],
  ['a count «(1) … (2) …» wrapped over thousands of lines', 2_000, (n) => `x (1) a\n${times(n, (i) => `(${(i % 98) + 2}) a`, '\n')}`],
  ['many Roman headings', 400, (n) => times(n, (i) => `${'IVX'[i % 3]}. NỘI DUNG`, '\n\n')],
  ['many citations in one paragraph', 100, (n) => 'Quyết định số 12/QĐ-UBND ngày 1/2/2025 của UBND tỉnh; '.repeat(n)],
  ['many citations, one per paragraph', 100, (n) => times(n, (i) => `Công văn số ${i + 1}/SKHCN-VP ngày 27/9/2025 về giao chỉ tiêu.`, '\n\n')],
  ['a run of capitals glued to a letter "AAA…a"', 10_000, (n) => `${'A'.repeat(n)}a`],
  ['capitals and dashes "A-A-A…a"', 10_000, (n) => `${'A-'.repeat(n / 2)}a`],
  ['capitalised words "a A A A …"', 10_000, (n) => `a${' A'.repeat(n / 2)}`],
  ['many abbreviations', 2_000, (n) => times(n, (i) => `AB${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`, ' ')],
  ['many defined abbreviations', 200, (n) => times(n, (i) => `Ban Chỉ đạo số ${i} (BCĐ${i})`, ' ')],
  ['many footnotes', 200, (n) => `${times(n, (i) => `x[^${i}]`, ' ')}\n\n${times(n, (i) => `[^${i}]: Ghi chú`, '\n')}`],
  ['many deadlines', 1_000, (n) => 'trước ngày 1/2/2025, '.repeat(n)],
  ['many long dates', 1_000, (n) => 'ngày 1 tháng 2 năm 2025 '.repeat(n)],
  ['many dates with a day of the week', 1_000, (n) => 'thứ Sáu, ngày 12/12/2026 (thứ Bảy) '.repeat(n)],
  ['repeated words "UBND tỉnh UBND tỉnh …"', 2_000, (n) => 'UBND tỉnh '.repeat(n)],
  ['double spaces', 10_000, (n) => 'a  '.repeat(n / 3)],
  ['unbalanced brackets and quotes', 10_000, (n) => '(“'.repeat(n / 2)],
  ['stars and underscores', 10_000, (n) => '*_'.repeat(n / 2)],
  ['one paragraph of opening quotes, then paragraphs of closing ones', 5_000, (n) => `${'“a '.repeat(n / 3)}\n\n${times(6, () => '”a '.repeat(n / 18), '\n\n')}`],
  ['one paragraph of opening quotes left open for paragraphs', 60_000, (n) => `${'“a '.repeat(n / 3)}\n\n${times(6, () => 'a', '\n\n')}`],
  ['a quote opened in every paragraph', 1_000, (n) => times(n, () => '“Phải làm ngay.', '\n\n')],
  ['markers named in the text "điểm a) điểm a) …"', 10_000, (n) => 'điểm a) '.repeat(n / 8)],
  ['dates without a year "ngày 31/6 ngày 31/6 …"', 10_000, (n) => 'ngày 31/6 '.repeat(n / 10)],
  ['months without a day "tháng 13/2026 …"', 10_000, (n) => 'ngày 1 tháng 13/2026 '.repeat(n / 21)],
  ['a symbol of en dashes "Số: 1/TB–A–A–…"', 5_000, (n) => `Số: 1/TB${'–A'.repeat(n / 2)}`],
  ['capitalised repeats "Các các Các các …"', 10_000, (n) => 'Các các '.repeat(n / 8)],
  ['parenthesised abbreviations "(Ban AB) (Ban AB) …"', 2_000, (n) => 'phòng (Ban AB) '.repeat(n / 15)],
  ['a line of table tags with text among them "<p><p>…x<p><p>…>"', 10_000, (n) => `<p>${'<p>'.repeat(n / 6)}x${'<td>'.repeat(n / 8)}y<p>`],
  ['lines opening a tag never closed "<td x" …', 5_000, (n) => times(n, () => '<td x', '\n')],
  ['abbreviations introduced "(sau đây gọi tắt là AB) …"', 2_000, (n) => 'phòng (sau đây gọi tắt là AB) '.repeat(n / 30)],
  ['agency names in every case "Sở Tài Chính …"', 2_000, (n) => 'Sở Tài Chính và Sở Khoa Học Và Công Nghệ; '.repeat(n / 43)],
  ['open HTML comments', 10_000, (n) => '<!--'.repeat(n / 4)],
  ['footnote markers without end "[^[^[^…"', 10_000, (n) => '[^'.repeat(n / 2)],
  ['unmatched emphasis inside a paragraph "*a_*a_…"', 3_000, (n) => `Ghi chú[^1] ${'*a_'.repeat(n / 3)}`],
  ['inline comments that never close "a <!-- a <!-- …"', 3_000, (n) => `Ghi chú[^1] ${'a <!-- '.repeat(n / 7)}`],
  ['inline instructions and declarations that never close', 3_000, (n) => `Ghi chú[^1] ${'a <? b <!X '.repeat(n / 11)}`],
  ['bracketed words in a Markdown paragraph "[a][a]…"', 5_000, (n) => `Ghi chú[^1] ${'[a]'.repeat(n / 3)}`],
  ['a header table row of cells and line breaks "| A<br>B | …"', 5_000, (n) => `| ${'UBND<br>**SỞ** | '.repeat(n / 17)}\n|---|\n\n# THÔNG BÁO\n\nx`],
  ['a footer table row of many recipients "| Nơi nhận:<br>- a;<br>…"', 5_000, (n) => `THÔNG BÁO\n\nx./.\n\n| Nơi nhận:${'<br>- a;'.repeat(n / 8)} | GIÁM ĐỐC<br>Tên |\n|---|---|`],
  ['a table row naming the Nơi nhận again and again "| Nơi nhận Nơi nhận …"', 5_000, (n) => `| ${'Nơi nhận '.repeat(n / 9)}`],
  ['Markdown heading marks on every paragraph "### 1. …"', 1_000, (n) => times(n, (i) => `### ${i % 9}. Nội dung`, '\n\n')],
  ['quote markers "> > > …"', 10_000, (n) => '> '.repeat(n / 2)],
  ['nested list indentation', 1_000, (n) => times(n, (i) => `${' '.repeat(i % 40)}- x`, '\n')],
  ['table rows', 1_000, (n) => '| a | b |\n'.repeat(n)],
  ['capital lines in one paragraph', 1_000, (n) => 'PHÒNG KẾ HOẠCH TÀI CHÍNH\n'.repeat(n)],
  ['signature lines', 1_000, (n) => `THÔNG BÁO\n\nx./.\n\nNơi nhận:\n- Lưu: VT.\n\n${'KT. GIÁM ĐỐC\n'.repeat(n)}`],
  ['spaces after "Số"', 5_000, (n) => `Số${' '.repeat(n)}x`],
  ['spaces after "Số:" before the number', 5_000, (n) => `Số:${' '.repeat(n)}1 x`],
  ['spaces inside a long date "ngày 1 … tháng"', 5_000, (n) => `ngày 1${' '.repeat(n)}tháng`],
  ['a symbol that never ends "Số: 1/A A A …"', 5_000, (n) => `Số: 1/${'A '.repeat(n / 2)}`],
  ['an issuer that never ends "của a a a …"', 5_000, (n) => `Quyết định số 1/QĐ-UBND của ${'a '.repeat(n / 2)}`],
  ['a place that never reaches its date "Q a a a …, ngà"', 5_000, (n) => `Q${' a'.repeat(n / 2)}, ngà`],
  ['decomposed (NFD) text', 1_000, (n) => 'Thông báo kết luận của Sở '.normalize('NFD').repeat(n)],
  ['directives', 200, (n) => '<!-- thongbao-disable-next-line date/invalid -->\nNgày 31/4/2025.\n'.repeat(n)],
];

/** Median milliseconds of `runs` checks of each text, measured alternately so that load hits both alike. */
function medians(texts: string[], runs = 3): number[] {
  const samples = texts.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    texts.forEach((text, i) => {
      const start = process.hrtime.bigint();
      check(text);
      samples[i]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

describe('linear time on adversarial drafts', function () {
  this.timeout(120_000);
  const figures: Record<string, { chars: number; ratio: number }> = {};
  after(() => recordFigures('linear', { growth: GROWTH, maxRatio: MAX_RATIO, cases: figures }));

  for (const [name, size, make] of CASES) {
    it(name, () => {
      const fixedSize = name.startsWith('a 200,000') || name.startsWith('100,000');
      check(make(size)); // warm up: compile the regular expressions and the rules once
      // Measured at growing sizes until the small draft takes long enough for its time not to be noise.
      let n = size;
      let small = make(n);
      let large = make(n * GROWTH);
      let [a, b] = medians([small, large]);
      while (!fixedSize && a! < MIN_SMALL_MS && n < size * 16) {
        n *= 2;
        small = make(n);
        large = make(n * GROWTH);
        [a, b] = medians([small, large]);
      }
      // One noisy sample can spoil a median of three: measure again with more runs before judging.
      if (b! / a! >= MAX_RATIO) [a, b] = medians([small, large], 7);
      const ratio = b! / Math.max(a!, 0.05);
      figures[name] = { chars: large.length, ratio: Math.round(ratio * 10) / 10 };
      assert.ok(ratio < MAX_RATIO, `${GROWTH}× the input (${large.length.toLocaleString('en')} characters) took ${ratio.toFixed(1)}× the time (${a!.toFixed(1)} ms → ${b!.toFixed(1)} ms)`);
    });
  }
});
