/**
 * What a person would check on paper: the drafts exported by the command line, printed to PDF by
 * LibreOffice, then measured — A4, the text inside the decree's margins, fonts embedded (Liberation Serif,
 * LibreOffice's metric twin of Times New Roman), page numbers only from page 2 in the top margin, the
 * footnotes on the page of their reference, the 13-pt set smaller than the 14-pt set by 13/14.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../support/paths';

const PT_PER_MM = 72 / 25.4;
const A4 = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };
const MARGIN = { top: 20 * PT_PER_MM, bottom: 20 * PT_PER_MM, left: 30 * PT_PER_MM, right: 15 * PT_PER_MM };
/**
 * Word boxes are the font's box, a little taller than the line LibreOffice fits between the margins (above
 * the ascent, below the descent): up to half a millimetre is allowed, which no one measures on paper.
 */
const SLACK = 1.5;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** The words of every page with their boxes, in points from the top left. */
function pagesOf(pdf: string): Word[][] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  return [...html.matchAll(/<page [^>]*>(.*?)<\/page>/gs)].map((page) =>
    [...page[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    })),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('export: the printed PDF', function () {
  this.timeout(180_000);
  let folder: string;
  const pdf = (name: string) => join(folder, `${name}.pdf`);

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-export-'));
    const drafts: [string, string, string][] = [
      ['example-14', 'examples/thong-bao-ket-luan.tb.md', '14'],
      ['example-13', 'examples/thong-bao-ket-luan.tb.md', '13'],
      ['seed-000', 'test/fixtures/seeds/000_e9a11ee7fd0b82dc.txt', '14'],
      ['seed-001', 'test/fixtures/seeds/001_69a6df3d887827af.txt', '14'],
    ];
    for (const [name, draft, size] of drafts) {
      // Exit 1 only says that errors remain in the seeds; the file is written either way.
      const result = spawnSync(process.execPath, [repoPath('bin/thongbao.js'), 'export', repoPath(draft), '-o', join(folder, `${name}.docx`), '--font-size', size], { encoding: 'utf8' });
      assert.ok(result.status === 0 || result.status === 1, result.stderr);
      assert.match(result.stderr, /đã xuất/);
    }
    // A profile of its own, so that a LibreOffice already running (another test run) does not take the job.
    run('soffice', [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...drafts.map(([name]) => join(folder, `${name}.docx`)),
    ]);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints on A4 portrait', () => {
    for (const name of ['example-14', 'seed-000', 'seed-001']) {
      const info = run('pdfinfo', [pdf(name)]);
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      assert.ok(Math.abs(Number(width) - A4.width) < 0.5 && Math.abs(Number(height) - A4.height) < 0.5, `${name}: ${width} x ${height}`);
    }
  });

  it('embeds every font, all of them the Times New Roman metric family, none a fallback', () => {
    for (const name of ['example-14', 'seed-000', 'seed-001']) {
      const rows = run('pdffonts', [pdf(name)]).split('\n').slice(2).filter(Boolean);
      assert.ok(rows.length > 0);
      for (const row of rows) {
        assert.match(row, /^\S+\+(LiberationSerif|TimesNewRoman)/, `${name}: unexpected font ${row}`);
        assert.match(row, /\byes\s+yes\s+yes\b/, `${name}: font not embedded, subset and Unicode-mapped: ${row}`);
      }
    }
  });

  it('keeps the text inside the margins; justified lines reach both', () => {
    for (const name of ['example-14', 'seed-000', 'seed-001']) {
      let widest = 0;
      for (const [index, words] of pagesOf(pdf(name)).entries()) {
        const text = index === 0 ? words : words.filter((w) => w.yMin > MARGIN.top - SLACK); // page numbers sit in the top margin
        const left = Math.min(...text.map((w) => w.xMin));
        const right = Math.max(...text.map((w) => w.xMax));
        const top = Math.min(...text.map((w) => w.yMin));
        const bottom = Math.max(...text.map((w) => w.yMax));
        const where = `${name} page ${index + 1}`;
        assert.ok(Math.abs(left - MARGIN.left) < 1.5, `${where}: text starts at ${left.toFixed(1)} pt, the left margin is ${MARGIN.left.toFixed(1)}`);
        assert.ok(right <= A4.width - MARGIN.right + SLACK, `${where}: text reaches ${right.toFixed(1)} pt`);
        widest = Math.max(widest, right);
        assert.ok(top >= MARGIN.top - SLACK, `${where}: text begins at ${top.toFixed(1)} pt, inside the top margin`);
        assert.ok(bottom <= A4.height - MARGIN.bottom + SLACK, `${where}: text ends at ${bottom.toFixed(1)} pt, inside the bottom margin`);
      }
      assert.ok(widest > A4.width - MARGIN.right - 3, `${name}: no justified line reaches the right margin (${widest.toFixed(1)} pt)`);
    }
  });

  it('numbers the pages from page 2, centred in the top margin', () => {
    const pages = pagesOf(pdf('seed-000'));
    assert.ok(pages.length >= 2, 'the seed takes more than one page');
    const inMargin = (words: Word[]) => words.filter((w) => w.yMax < MARGIN.top);
    assert.deepEqual(inMargin(pages[0]!), [], 'no page number on page 1');
    for (const [index, words] of pages.entries()) {
      if (index === 0) continue;
      const numbers = inMargin(words);
      assert.deepEqual(numbers.map((w) => w.text), [String(index + 1)]);
      const centre = (numbers[0]!.xMin + numbers[0]!.xMax) / 2;
      assert.ok(Math.abs(centre - (MARGIN.left + A4.width - MARGIN.right) / 2) < 3, `page ${index + 1}: number at ${centre.toFixed(1)} pt`);
    }
  });

  it('prints the text of the draft, in order, with the header and the footer', () => {
    const text = run('pdftotext', [pdf('example-14'), '-']).normalize('NFC').replace(/\s+/g, ' ');
    const expected = [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'THÔNG BÁO',
      'Giám đốc Sở kết luận và chỉ đạo như sau:',
      'Thông báo để các phòng, đơn vị thuộc Sở biết, tổ chức triển khai thực hiện./.',
      'Nơi nhận:',
      'Trần Văn Quang',
    ];
    let from = 0;
    for (const part of expected) {
      const at = text.indexOf(part, from);
      assert.ok(at >= 0, `«${part}» missing or out of order in: ${text.slice(from, from + 200)}`);
      from = at + part.length;
    }
    assert.match(text, /Số: 215\/TB-SKHCN/);
    assert.match(text, /Quảng Ngãi, ngày 06 tháng 10 năm 2025/);
  });

  it('puts each footnote at the foot of the page that refers to it', () => {
    const pages = pagesOf(pdf('seed-000'));
    const page = pages.findIndex((words) => words.some((w) => w.text === '1719/SKHCN-VP'));
    assert.ok(page >= 0, 'the first footnote is printed');
    const words = pages[page]!;
    const note = words.find((w) => w.text === '1719/SKHCN-VP')!;
    const reference = words.find((w) => w.text.startsWith('Đảng'));
    assert.ok(reference, 'the reference "Đảng¹" is on the same page');
    assert.equal(reference.text, 'Đảng', 'the reference is a superscript of its own, not a digit glued to the word');
    assert.ok(note.yMin > reference.yMax && note.yMin > A4.height / 2, 'the footnote stands below the text, at the foot of the page');
  });

  it('prints the 13-pt set smaller than the 14-pt set, by 13/14', () => {
    const height = (name: string) => median(pagesOf(pdf(name)).flat().map((w) => w.yMax - w.yMin));
    const ratio = height('example-13') / height('example-14');
    assert.ok(Math.abs(ratio - 13 / 14) < 0.02, `body word height ratio ${ratio.toFixed(3)}`);
  });
});
