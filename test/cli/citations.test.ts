/** `thongbao citations` and the cross-document warnings of `thongbao check`, as a user runs them. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField } from '../../server/src/cli/citations';
import { repoPath } from '../support/paths';

function thongbao(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('bin/thongbao.js'), ...args], { encoding: 'utf8', cwd: repoPath() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A strict RFC 4180 reader, to prove the output reads back to the same fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  assert.equal(field, '', 'the last row ends with CRLF');
  return rows;
}

describe('command line: citations', function () {
  this.timeout(20000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-citations-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'a.tb.md'), 'Thực hiện Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018 của UBND tỉnh Quảng Ngãi.\n\nTheo Công văn số 12/SKHCN-VP ngày 3/3/2025 về việc "thử", có dấu phẩy.\n');
    writeFileSync(join(folder, 'sub', 'b.tb.md'), 'Căn cứ Công văn số 12/SKHCN-VP ngày 4/3/2025.\n\nThực hiện Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018.\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the register as JSON: one object per document with every place it is cited', () => {
    const { status, stdout, stderr } = thongbao('citations', '--format', 'json', folder);
    assert.equal(status, 0, stderr);
    const entries = JSON.parse(stdout) as Record<string, unknown>[];
    assert.deepEqual(entries.map((entry) => Object.keys(entry)), Array(2).fill(['identifier', 'type', 'number', 'date', 'issuer', 'subject', 'status', 'replacedBy', 'drafts', 'citedIn']));
    assert.deepEqual(entries[0], {
      identifier: '12/SKHCN-VP',
      type: 'Công văn',
      number: '12',
      date: '2025-03-03',
      issuer: null,
      subject: 'về việc "thử", có dấu phẩy',
      status: null,
      replacedBy: null,
      drafts: [],
      citedIn: [
        { file: join(folder, 'a.tb.md'), line: 3, date: '3/3/2025' },
        { file: join(folder, 'sub', 'b.tb.md'), line: 1, date: '4/3/2025' },
      ],
    });
    assert.equal(entries[1]!.identifier, '25/2018/QĐ-UBND');
    assert.equal(entries[1]!.date, '2018-09-12', 'the registry knows it');
    assert.equal(entries[1]!.issuer, 'UBND tỉnh Quảng Ngãi');
  });

  it('lists apart the documents that share a number: another year\'s, or another body\'s on another day', () => {
    // 51/KH-UBND is also in the registry, dated 07/3/2025: only the places that may name it take its facts.
    const shared = mkdtempSync(join(tmpdir(), 'thongbao-citations-shared-'));
    try {
      writeFileSync(join(shared, 'a.tb.md'), 'Thực hiện Kế hoạch số 51/KH-UBND ngày 10/3/2024 của UBND tỉnh.\n\nTheo Kế hoạch số 51/KH-UBND ngày 05/02/2025 của UBND xã Tịnh Khê.\n');
      writeFileSync(join(shared, 'b.tb.md'), 'Căn cứ Kế hoạch số 51/KH-UBND ngày 10/3/2024 của UBND tỉnh.\n\nTheo Kế hoạch số 51/KH-UBND ngày 20/5/2025 của UBND tỉnh.\n\nTheo Kế hoạch số 51/KH-UBND.\n');
      const { status, stdout, stderr } = thongbao('citations', '--format', 'json', shared);
      assert.equal(status, 0, stderr);
      const entries = JSON.parse(stdout) as { identifier: string; date: string | null; issuer: string | null; citedIn: { file: string; line: number }[] }[];
      assert.deepEqual(
        entries.map((entry) => [entry.identifier, entry.date, entry.issuer, entry.citedIn.map((place) => `${place.file.endsWith('a.tb.md') ? 'a' : 'b'}:${place.line}`)]),
        [
          ['51/KH-UBND', '2024-03-10', 'UBND tỉnh', ['a:1', 'b:1', 'b:5']],
          ['51/KH-UBND', '2025-02-05', 'UBND xã Tịnh Khê', ['a:3']],
          // The registry's 51/KH-UBND of 2025 (07/3/2025): the same year and body, though this place writes another day.
          ['51/KH-UBND', '2025-03-07', 'UBND tỉnh', ['b:3']],
        ],
      );
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('prints CSV that a spreadsheet reads back to the same fields: BOM, CRLF, quotes doubled', () => {
    const { status, stdout } = thongbao('citations', '--format', 'csv', folder);
    assert.equal(status, 0);
    assert.ok(stdout.startsWith('\uFEFF"Số, ký hiệu",Tên loại,Số,Ngày ban hành,'));
    const rows = readCsv(stdout.slice(1));
    assert.deepEqual(rows[0], ['Số, ký hiệu', 'Tên loại', 'Số', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu', 'Hiệu lực', 'Thay thế bởi', 'Nơi viện dẫn']);
    assert.deepEqual(rows[1], ['12/SKHCN-VP', 'Công văn', '12', '03/03/2025', '', 'về việc "thử", có dấu phẩy', '', '', `${join(folder, 'a.tb.md')}:3; ${join(folder, 'sub', 'b.tb.md')}:1`]);
    assert.equal(rows.length, 3);
    assert.ok(stdout.includes('"về việc ""thử"", có dấu phẩy"'));
  });

  it('quotes exactly the fields that need it', () => {
    assert.equal(csvField('Công văn'), 'Công văn');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('a "b"'), '"a ""b"""');
    assert.equal(csvField('dòng 1\ndòng 2'), '"dòng 1\ndòng 2"');
    assert.equal(csvField(' lề'), '" lề"');
  });

  it('prints a readable register by default', () => {
    const { status, stdout } = thongbao('citations', folder);
    assert.equal(status, 0);
    assert.match(stdout, /^25\/2018\/QĐ-UBND — Quyết định, ngày 12\/09\/2018, UBND tỉnh Quảng Ngãi$/m);
    assert.match(stdout, /^2 văn bản được viện dẫn trong 2 tệp\.$/m);
  });

  it('refuses a wrong format or no path, and says which files it could not read', () => {
    assert.equal(thongbao('citations', '--format', 'sarif', folder).status, 2);
    assert.match(thongbao('citations', '--format', 'sarif', folder).stderr, /--format của lệnh citations phải là một trong: text, json, csv/);
    assert.equal(thongbao('citations').status, 2);
    const missing = thongbao('citations', join(folder, 'none.tb.md'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /không đọc được/);
  });

  it('check of a folder compares the drafts; check of one draft does not', () => {
    const together = thongbao('check', '--format', 'json', '--rule', 'header/missing=off', folder);
    const findings = (JSON.parse(together.stdout) as { file: string; rule: string; message: string }[]).filter((f) => f.rule === 'citation/cross-conflict');
    assert.deepEqual(findings.map((f) => `${f.file.slice(folder.length + 1)} ${f.message}`), [
      'a.tb.md Sai ngày: 12/SKHCN-VP ghi ngày 3/3/2025, dự thảo b.tb.md, dòng 1 ghi 4/3/2025.',
      `${join('sub', 'b.tb.md')} Sai ngày: 12/SKHCN-VP ghi ngày 4/3/2025, dự thảo a.tb.md, dòng 3 ghi 3/3/2025.`,
    ]);
    const alone = thongbao('check', '--format', 'json', '--rule', 'header/missing=off', join(folder, 'a.tb.md'));
    assert.deepEqual((JSON.parse(alone.stdout) as { rule: string }[]).filter((f) => f.rule === 'citation/cross-conflict'), []);
  });
});
