/**
 * The citation grammar: a table of text → fields, every citation of the five seeds as a reviewed snapshot
 * (test/snapshots/<seed>.citations.txt), and properties over generated citations.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { citationsOf } from '../../server/src/core/citations/index';
import { findCitations } from '../../server/src/core/citations/parse';
import type { Citation } from '../../server/src/core/citations/types';
import { joinLines } from '../../server/src/core/model/body';
import { parseNotice } from '../../server/src/core/model/parse';
import { splitLines } from '../../server/src/core/model/lines';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { repoPath } from '../support/paths';

/** One line per citation: type | số | key [family] | date | issuer | subject. */
function brief(citation: Citation): string {
  const { typeName, so, identifier, date, yearOnly, issuerWords, subject } = citation;
  return [
    typeName ? `${typeName.inherited ? '^' : ''}${typeName.text}` : '-',
    so ? `${so.text}${so.gap === '' ? '(liền)' : ''}` : '-',
    `${identifier.key} [${identifier.family}${identifier.typeCode ? ` ${identifier.typeCode.text}` : ''}${identifier.issuerCode ? ` ${identifier.issuerCode.text}` : ''}${identifier.strayGap ? ' cách' : ''}]`,
    date ? `${date.gap === '' ? '(liền)' : ''}${date.value.text}` : (yearOnly?.text ?? '-'),
    issuerWords?.text ?? '-',
    subject ? (subject.text.length > 50 ? `${subject.text.slice(0, 47)}...` : subject.text) : '-',
  ].join(' | ');
}

function citationsIn(text: string): string[] {
  const lines = splitLines(text, []).filter((line) => !line.blank);
  if (lines.length === 0) return [];
  return findCitations(joinLines(lines), builtinRegistry()).map(brief);
}

describe('citations', () => {
  const table: [string, string[]][] = [
    ['Công văn số 1724/SKHCN-VP ngày 27/9/2025 về giao chỉ tiêu', ['Công văn | số | 1724/SKHCN-VP [letter SKHCN] | 27/9/2025 | - | về giao chỉ tiêu']],
    ['Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018 của UBND tỉnh.', ['Quyết định | số | 25/2018/QĐ-UBND [legal QĐ UBND] | 12/9/2018 | UBND tỉnh | -']],
    ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá', ['Nghị quyết | số | 57-NQ/TW [party NQ TW] | 22/12/2024 | Bộ Chính trị | về đột phá']],
    ['Nghị quyết số 193/2025/QH15 ngày 19/02/2025 của Quốc hội', ['Nghị quyết | số | 193/2025/QH15 [assembly QH15] | 19/02/2025 | Quốc hội | -']],
    ['Thông báo kết luận 105/TB-UBND ngày 17/3/2021', ['Thông báo kết luận | - | 105/TB-UBND [administrative TB UBND] | 17/3/2021 | - | -']],
    ['Công văn số 6466/VPCP-KGVX ngày 11 tháng 7 năm 2025.', ['Công văn | số | 6466/VPCP-KGVX [letter VPCP] | 11 tháng 7 năm 2025 | - | -']],
    ['văn bản của Thanh tra tỉnh: số114 /TTT-NV2 ngày16/7/2025', ['- | số(liền) | 114/TTT-NV2 [letter TTT cách] | (liền)16/7/2025 | - | -']],
    [
      'các Công văn: số 299/UBND-NC ngày 14/7/2025 về việc tăng cường kỷ luật; số 422/UBND-TTHC ngày 18/07/2025',
      ['Công văn | số | 299/UBND-NC [letter UBND] | 14/7/2025 | - | về việc tăng cường kỷ luật', '^Công văn | số | 422/UBND-TTHC [letter UBND] | 18/07/2025 | - | -'],
    ],
    ['Kế hoạch 130/KH-\nBCĐTKNQ18 ngày 21/9/2025', ['Kế hoạch | - | 130/KH-BCĐTKNQ18 [administrative KH BCĐTKNQ18] | 21/9/2025 | - | -']],
    ['Nghị quyết 18-NQ/TW năm 2017 của Chính phủ đã ban hành', ['Nghị quyết | - | 18-NQ/TW [party NQ TW] | năm 2017 | Chính phủ | -']],
    [
      'theo *Nghị định số 150/2025/NĐ-CP* ngày 12/6/2025 **của Chính phủ** và **Luật số 72/2025/QH15** năm 2025',
      ['Nghị định | số | 150/2025/NĐ-CP [legal NĐ CP] | 12/6/2025 | Chính phủ | -', 'Luật | số | 72/2025/QH15 [assembly QH15] | năm 2025 | - | -'],
    ],
    ['ngày 27/9/2025, Quý I/2025, 3.1. Nhiệm vụ, TCVN ISO 9001:2015, giai đoạn 2021-2025', []],
    // The trích yếu keeps a number's dots and ends at a footnote's mark; so does the issuer.
    [
      'Quyết định số 2110/QĐ-UBND ngày 19/12/2025 về việc giao kế hoạch đầu tư công 10.365 tỷ đồng[^1]; Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ[^2].',
      ['Quyết định | số | 2110/QĐ-UBND [administrative QĐ UBND] | 19/12/2025 | - | về việc giao kế hoạch đầu tư công 10.365 tỷ đồng', 'Quyết định | số | 318/QĐ-TTg [administrative QĐ TTg] | 08/3/2022 | Thủ tướng Chính phủ | -'],
    ],
    // The issuer in words ends before «và» and a verb; an invisible character at a joint leaves the key whole.
    [
      'theo Quyết định số 1234/QĐ-UBND ngày 15/10/2026 của Chủ tịch UBND tỉnh và hướng dẫn tại Nghị định số 118/2025/\u00adNĐ-CP ngày 09/6/2025 của Chính phủ',
      ['Quyết định | số | 1234/QĐ-UBND [administrative QĐ UBND] | 15/10/2026 | Chủ tịch UBND tỉnh | -', 'Nghị định | số | 118/2025/NĐ-CP [legal NĐ CP] | 09/6/2025 | Chính phủ | -'],
    ],
    // The trích yếu ends where the sentence goes on past it; a list inside it stays.
    [
      'Thực hiện Quyết định số 125/QĐ-BQLDA ngày 05/01/2026 về việc phê duyệt biện pháp thi công cầu Suối Đá, Ban Quản lý dự án thông báo như sau:',
      ['Quyết định | số | 125/QĐ-BQLDA [administrative QĐ BQLDA] | 05/01/2026 | - | về việc phê duyệt biện pháp thi công cầu Suối Đá'],
    ],
    [
      'Nghị quyết số 198/2025/QH15 ngày 17/5/2025 về kinh tế tư nhân, từ ngày 01/01/2026 hộ kinh doanh tự kê khai',
      ['Nghị quyết | số | 198/2025/QH15 [assembly QH15] | 17/5/2025 | - | về kinh tế tư nhân'],
    ],
    [
      'Kế hoạch số 95/KH-UBND ngày 15/8/2025 về chuyển đổi số năm 2025 và chỉ đạo của Ủy ban nhân dân xã về lịch nghỉ Tết',
      ['Kế hoạch | số | 95/KH-UBND [administrative KH UBND] | 15/8/2025 | - | về chuyển đổi số năm 2025'],
    ],
    [
      'Kế hoạch số 96/KH-UBND ngày 16/8/2025 về phối hợp giữa Sở Y tế, Sở Tài chính và xã.',
      ['Kế hoạch | số | 96/KH-UBND [administrative KH UBND] | 16/8/2025 | - | về phối hợp giữa Sở Y tế, Sở Tài chính và xã'],
    ],
    // The issuer ends where the sentence goes on: «và» and a word in small letters, a level of government and one.
    [
      'theo Luật số 57/2024/QH15 ngày 29/11/2024 của Quốc hội và ý kiến của Văn phòng Chính phủ',
      ['Luật | số | 57/2024/QH15 [assembly QH15] | 29/11/2024 | Quốc hội | -'],
    ],
    [
      'Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh đạt nhiều kết quả.',
      ['Kế hoạch | số | 12/KH-UBND [administrative KH UBND] | 15/01/2026 | UBND tỉnh | -'],
    ],
    // A law is cited by its name between its type and «số».
    [
      'theo Luật Lưu trữ số 33/2024/QH15 ngày 21/6/2024 của Quốc hội',
      ['Luật | số | 33/2024/QH15 [assembly QH15] | 21/6/2024 | Quốc hội | -'],
    ],
    [
      'Thông tư liên tịch số 27/2015/TTLT-BKHCN-BTC ngày 30/12/2015 của Bộ Khoa học và Công nghệ và Bộ Tài chính',
      ['Thông tư liên tịch | số | 27/2015/TTLT-BKHCN-BTC [legal TTLT BKHCN] | 30/12/2015 | Bộ Khoa học và Công nghệ và Bộ Tài chính | -'],
    ],
  ];
  for (const [text, expected] of table) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => assert.deepEqual(citationsIn(text), expected));
  }

  const seeds = readdirSync(repoPath('test/fixtures/seeds')).filter((name) => name.endsWith('.txt'));
  for (const seed of seeds) {
    it(`finds every citation of seed ${seed}`, () => {
      const model = parseNotice(readFileSync(repoPath('test/fixtures/seeds', seed), 'utf8'));
      const actual = `${citationsOf(model, builtinRegistry()).map(brief).join('\n')}\n`;
      const snapshot = repoPath('test/snapshots', `${seed}.citations.txt`);
      if (process.env.UPDATE_SNAPSHOTS) writeFileSync(snapshot, actual);
      assert.ok(existsSync(snapshot), `${snapshot} is missing; run with UPDATE_SNAPSHOTS=1 and review it`);
      assert.equal(actual, readFileSync(snapshot, 'utf8'));
    });
  }

  it('reads generated citations back to the same fields', () => {
    const code = fc.constantFrom('UBND', 'SKHCN', 'BKHCN', 'TTg', 'CP', 'BTC');
    const type = fc.constantFrom(['Quyết định', 'QĐ'], ['Kế hoạch', 'KH'], ['Thông báo', 'TB'], ['Báo cáo', 'BC']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), type, code, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 }), (number, [name, typeCode], issuer, day, month, year) => {
        const text = `Thực hiện ${name} số ${number}/${typeCode}-${issuer} ngày ${day}/${month}/${year} về việc triển khai.`;
        assert.deepEqual(citationsIn(text), [`${name} | số | ${number}/${typeCode}-${issuer} [administrative ${typeCode} ${issuer}] | ${day}/${month}/${year} | - | về việc triển khai`]);
      }),
      { seed: 20251123, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '/', '-', 'số', ' ', 'ngày', 'QĐ', 'UBND', 'của', 'về', '\n', 'Công văn', ':', ';', '2025') , maxLength: 200 }), (text) => {
        citationsIn(`x ${text}`);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
