/** `thongbao export` as a user runs it: the file it writes, its messages and exit codes, bad input. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { repoPath } from '../support/paths';

function thongbao(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('bin/thongbao.js'), ...args], { encoding: 'utf8', cwd: repoPath() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const stylesOf = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/styles.xml']!);

describe('command line: export', function () {
  this.timeout(30000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-export-cli-'));
    writeFileSync(join(folder, 'sạch.tb.md'), readFileSync(repoPath('examples/thong-bao-ket-luan.tb.md')));
    writeFileSync(join(folder, 'lỗi.tb.md'), readFileSync(repoPath('examples/thong-bao-co-loi.tb.md')));
    writeFileSync(join(folder, 'binary.tb.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes NAME.docx beside a clean draft and exits 0', () => {
    const { status, stderr } = thongbao('export', join(folder, 'sạch.tb.md'));
    assert.equal(status, 0, stderr);
    const output = join(folder, 'sạch.docx');
    assert.ok(existsSync(output));
    assert.match(stderr, /đã xuất «.*sạch\.docx» \(cỡ chữ nội dung 14\)/);
    assert.doesNotMatch(stderr, /lỗi/);
    assert.match(stylesOf(output), /w:styleId="TB-body">.*?<w:sz w:val="28"\/>/);
  });

  it('still exports a draft with errors, says how many remain and exits 1', () => {
    const output = join(folder, 'out', 'kết quả.docx');
    mkdirSync(join(folder, 'out'), { recursive: true });
    const { status, stderr } = thongbao('export', join(folder, 'lỗi.tb.md'), '-o', output, '--font-size', '13');
    assert.equal(status, 1);
    assert.ok(existsSync(output));
    const checked = JSON.parse(thongbao('check', '--format', 'json', join(folder, 'lỗi.tb.md')).stdout) as { severity: string }[];
    const errors = checked.filter((finding) => finding.severity === 'error').length;
    assert.ok(errors > 0);
    assert.match(stderr, new RegExp(`còn ${errors} lỗi thể thức; xem bằng: thongbao check`));
    assert.match(stylesOf(output), /w:styleId="TB-body">.*?<w:sz w:val="26"\/>/);
  });

  it('counts errors under --rule like check does: none left, exit 0', () => {
    const checked = JSON.parse(thongbao('check', '--format', 'json', join(folder, 'lỗi.tb.md')).stdout) as { rule: string; severity: string }[];
    const off = [...new Set(checked.filter((f) => f.severity === 'error').map((f) => f.rule))].flatMap((rule) => ['--rule', `${rule}=off`]);
    const { status, stderr } = thongbao('export', join(folder, 'lỗi.tb.md'), '-o', join(folder, 'x.docx'), ...off);
    assert.equal(status, 0, stderr);
    assert.doesNotMatch(stderr, /còn \d+ lỗi/);
  });

  it('refuses bad usage with a Vietnamese message and exit 2, writing nothing', () => {
    const cases: [string[], RegExp][] = [
      [['export'], /thiếu dự thảo cần xuất/],
      [['export', 'a.tb.md', 'b.tb.md'], /mỗi lần chỉ xuất một dự thảo/],
      [['export', join(folder, 'sạch.tb.md'), '--font-size', '12'], /--font-size phải là 13 hoặc 14/],
      [['export', join(folder, 'sạch.tb.md'), '-o', join(folder, 'a.pdf')], /đuôi \.docx/],
      [['export', join(folder, 'không-có.tb.md')], /không đọc được/],
      [['export', join(folder, 'binary.tb.md'), '-o', join(folder, 'binary.docx')], /không phải tệp văn bản/],
      [['export', join(folder, 'sạch.tb.md'), '-o', join(folder, 'no', 'such', 'dir.docx')], /không ghi được .*không có thư mục này/],
      [['export', join(folder, 'sạch.tb.md'), '--rule', 'date/invalid=loud'], /date\/invalid/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = thongbao(...args);
      assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, message, args.join(' '));
    }
    assert.ok(!existsSync(join(folder, 'binary.docx')) && !existsSync(join(folder, 'a.pdf')));
  });

  it('prints its help', () => {
    const { status, stdout } = thongbao('export', '--help');
    assert.equal(status, 0);
    assert.match(stdout, /thongbao export \[-o TỆP\.docx\] \[--font-size 13\|14\]/);
    assert.match(thongbao('--help').stdout, /thongbao export/);
  });
});
