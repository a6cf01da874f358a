/**
 * The Word export: the layout read from the model (roles, inline runs, footnote references) and the .docx
 * it writes, unzipped and read back — page, margins, the named styles per element, the tables, the
 * footnotes and the page numbers from page 2.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { check } from '../../server/src/core/check';
import { parseNotice } from '../../server/src/core/model/parse';
import { noticeToDocx } from '../../server/src/export/docx';
import { inlineRuns, layoutNotice } from '../../server/src/export/layout';
import { MAX_TABLE_CELLS } from '../../server/src/export/tables';
import { TEXT_WIDTH, type SizeSet } from '../../server/src/export/typography';
import { repoPath } from '../support/paths';

const example = () => readFileSync(repoPath('examples/thong-bao-ket-luan.tb.md'), 'utf8');
const seed = (name: string) => readFileSync(repoPath('test/fixtures/seeds', name), 'utf8');

async function unzipDocx(text: string, sizeSet: SizeSet = 14): Promise<Record<string, string>> {
  const bytes = await noticeToDocx(check(text).model, { sizeSet });
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The `<w:style>` element of a style id. */
function style(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles);
  assert.ok(match, `no style ${id}`);
  return match[0];
}

/** The value of `attribute` on the first `<w:tag …>` in `xml`. */
function attr(xml: string, tag: string, attribute: string): string | undefined {
  const element = new RegExp(`<w:${tag}(?=[ />])[^>]*>`).exec(xml)?.[0];
  return element ? new RegExp(`w:${attribute}="([^"]*)"`).exec(element)?.[1] : undefined;
}

/** Whether a style turns on bold / italic (`<w:b/>` or `<w:b w:val="true"/>`). */
const on = (xml: string, tag: 'b' | 'i') => new RegExp(`<w:${tag}(/>| w:val="(true|1|on)")`).test(xml);

/** The text of every paragraph of an XML part, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('export: layout from the model', () => {
  it('gives every part of the example its element of the decree', () => {
    const doc = layoutNotice(parseNotice(example()));
    const text = (block: { runs: { text: string }[] }) => block.runs.map((run) => run.text).join('');
    assert.deepEqual(doc.agency.map((b) => [b.role, text(b)]), [['parent-agency', 'UBND TỈNH QUẢNG NGÃI'], ['issuing-agency', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']]);
    assert.deepEqual(doc.national.map((b) => b.role), ['national-title', 'motto']);
    assert.equal(text(doc.number!), 'Số: 215/TB-SKHCN');
    assert.equal(text(doc.placeDate!), 'Quảng Ngãi, ngày 06 tháng 10 năm 2025');
    assert.equal(text(doc.title!), 'THÔNG BÁO');
    assert.deepEqual(
      doc.body.map((b) => `${b.role} ${text(b).slice(0, 12)}`),
      ['body Ngày 29/9/20', 'body Sau khi nghe', 'item-title 1. Đánh giá ', 'body Thống nhất n', 'item-title 2. Nhiệm vụ ', 'body a) Giao Phòn', 'body b) Giao Văn ', 'body Thông báo để'],
    );
    assert.deepEqual(doc.recipients.map((b) => b.role), ['recipients-label', 'recipient', 'recipient', 'recipient']);
    assert.deepEqual(doc.signature.map((b) => b.role), ['authority', 'signer-title', 'signer-name']);
  });

  it('keeps each run on its characters of the draft, in the example and the five seeds', () => {
    const drafts = [example(), ...readdirSync(repoPath('test/fixtures/seeds')).filter((f) => f.endsWith('.txt')).map(seed)];
    assert.equal(drafts.length, 6);
    for (const draft of drafts) {
      const model = parseNotice(draft);
      const doc = layoutNotice(model);
      const blocks = [...doc.agency, ...doc.national, ...doc.body, ...doc.recipients, ...doc.signature, ...doc.footnotes.map((n) => n.block)];
      assert.ok(blocks.length > 5);
      for (const run of blocks.flatMap((block) => block.runs)) {
        // A space that joins two source lines stands on the line break.
        assert.equal(model.text.slice(run.start, run.start + run.text.length).replace(/\s/g, ' '), run.text.replace(/\s/g, ' '));
      }
    }
  });

  it('reads emphasis, escapes and footnote references inline', () => {
    const text = 'Một **đậm** và *nghiêng*, dấu \\* thật, chú thích[^1] hết.';
    const ref = text.indexOf('[^1]');
    const runs = inlineRuns(text, (i) => 100 + i, [{ start: 100 + ref, end: 100 + ref + 4, number: 1 }]);
    assert.deepEqual(
      runs.map((r) => [r.text, r.bold ? 'b' : r.italic ? 'i' : r.footnote ? `fn${r.footnote}` : '']),
      [['Một ', ''], ['đậm', 'b'], [' và ', ''], ['nghiêng', 'i'], [', dấu ', ''], ['* thật, chú thích', ''], ['', 'fn1'], [' hết.', '']],
    );
  });

  it('styles numbered parts by their kind: I. headings and titled khoản bold, sentences and points upright', () => {
    const draft = [
      'THÔNG BÁO', '', 'Kết luận của Giám đốc Sở', '',
      'I. NHIỆM VỤ CHUNG', '',
      '1. Đối với các phòng chuyên môn:', '',
      'a) Rà soát kế hoạch năm 2025;', '',
      '1.1. Nhiệm vụ trọng tâm', '',
      '- Tổ chức hội nghị.', '',
      'Thông báo để các phòng biết, thực hiện./.', '',
    ].join('\n');
    const doc = layoutNotice(parseNotice(draft));
    assert.deepEqual(
      doc.body.map((b) => `${b.role}: ${b.runs.map((r) => r.text).join('')}`),
      [
        'heading: I. NHIỆM VỤ CHUNG',
        'body: 1. Đối với các phòng chuyên môn:',
        'body: a) Rà soát kế hoạch năm 2025;',
        'item-title: 1.1. Nhiệm vụ trọng tâm',
        'body: - Tổ chức hội nghị.',
        'body: Thông báo để các phòng biết, thực hiện./.',
      ],
    );
  });

  it('never fails on any text, and every run still maps onto its characters (a space onto a line break)', () => {
    const pieces = fc.constantFrom('THÔNG BÁO\n', 'Nơi nhận:\n', '- Lưu: VT.\n', 'TL. GIÁM ĐỐC\n', '1. ', 'a) ', '**', '*', '\\', '[^1]', '[^1]: chú thích\n', 'Đảng1', '\n\n', ' ', 'ngày 31/4/2025', 'Số: 05/TB-SKHCN\n', 'e\u0301', '---\n', 'ĐẢNG CỘNG SẢN VIỆT NAM\n', 'Số 123-TB/TU\n', '| a | **b** |\n', '|---|---|\n', '\t', '1\tx\ty\n', '\\|');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const model = parseNotice(parts.join(''));
        const doc = layoutNotice(model);
        const body = doc.body.flatMap((block) => [block, ...(block.rows ?? []).flat()]);
        const blocks = [...doc.agency, ...doc.national, ...body, ...doc.recipients, ...doc.signature, ...doc.footnotes.map((n) => n.block)];
        const spaced = (text: string) => text.replace(/\s/g, ' ');
        for (const block of blocks) {
          for (const run of block.runs) assert.equal(spaced(model.text.slice(run.start, run.start + run.text.length)), spaced(run.text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('prints a pipe table and a Word table pasted with tabs as tables, the text around them apart', () => {
    const draft = [
      'THÔNG BÁO', '', 'Kết luận của Giám đốc Sở', '',
      'Kết quả xét tuyển như sau:',
      '| STT | Họ và tên | Kết quả |',
      '|---|:---|---|',
      '| 1 | **Đinh Văn Tâm** | Trúng tuyển |',
      '| 2 | Phạm A \\| B | |',
      'Tổng số người trúng tuyển: 1.', '',
      'Dự toán kinh phí như sau:',
      'STT\tNội dung\tKinh phí',
      '1\tThăm, tặng quà\t186',
      '\tTổng cộng\t186', '',
      '\tNgày 13/01/2026, một đoạn thụt đầu dòng bằng tab.',
      '\tMột đoạn khác cũng thế.', '',
      '•\tMột gạch đầu dòng;',
      '•\tMột gạch đầu dòng nữa./.', '',
    ].join('\n');
    const model = parseNotice(draft);
    const doc = layoutNotice(model);
    const text = (block: { runs: { text: string }[] }) => block.runs.map((run) => run.text).join('');
    const cells = (block: (typeof doc.body)[number]) => block.rows!.map((row) => row.map((cell) => `${cell.role === 'table-head' ? '#' : ''}${text(cell)}`));
    assert.deepEqual(doc.body.map((block) => block.role), ['body', 'table', 'body', 'body', 'table', 'body', 'body', 'body']);
    assert.equal(text(doc.body[0]!), 'Kết quả xét tuyển như sau:');
    assert.deepEqual(cells(doc.body[1]!), [['#STT', '#Họ và tên', '#Kết quả'], ['1', 'Đinh Văn Tâm', 'Trúng tuyển'], ['2', 'Phạm A | B', '']]);
    assert.ok(doc.body[1]!.rows![1]![1]!.runs[0]!.bold, 'emphasis in a cell');
    assert.equal(text(doc.body[2]!), 'Tổng số người trúng tuyển: 1.');
    assert.deepEqual(cells(doc.body[4]!), [['STT', 'Nội dung', 'Kinh phí'], ['1', 'Thăm, tặng quà', '186'], ['', 'Tổng cộng', '186']]);
    // Lines a tab only indents, and list items a tab parts from their mark, are text.
    assert.match(text(doc.body[5]!), /^Ngày 13\/01\/2026/);
    assert.match(text(doc.body[6]!), /^•\tMột gạch đầu dòng;/);
    for (const block of doc.body.flatMap((b) => [b, ...(b.rows ?? []).flat()])) {
      for (const run of block.runs) assert.equal(model.text.slice(run.start, run.start + run.text.length).replace(/\s/g, ' '), run.text.replace(/\s/g, ' '));
    }
  });

  it('prints a table too large for Word\'s writer as its lines of text', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `${i}\tx${i}\ty`).join('\n');
    const roles = (count: number) => layoutNotice(parseNotice(`THÔNG BÁO\n\nKết luận\n\nNhư sau:\n${rows(count)}\n`)).body.map((b) => b.role);
    const most = Math.floor(MAX_TABLE_CELLS / 3); // rows of three cells
    assert.deepEqual(roles(most), ['body', 'table']);
    assert.deepEqual(roles(most + 1), ['body']);
  });

  it('turns the plain footnotes of a PDF-extracted seed into numbered references', () => {
    const model = parseNotice(seed('000_e9a11ee7fd0b82dc.txt'));
    const doc = layoutNotice(model);
    assert.equal(doc.footnotes.length, model.footnotes.length);
    const references = doc.body.flatMap((b) => b.runs.filter((r) => r.footnote !== undefined).map((r) => r.footnote));
    assert.deepEqual(references, [1, 2]);
    assert.ok(!doc.body.some((b) => b.runs.some((r) => /Đảng1/.test(r.text))), 'the number glued to "Đảng" is now a reference');
  });
});

describe('export: the .docx', function () {
  this.timeout(20000);
  let parts: Record<string, string>;
  before(async () => {
    parts = await unzipDocx(example());
  });

  it('is A4 portrait with margins inside the decree ranges and no page number on page 1', () => {
    const document = parts['word/document.xml']!;
    assert.equal(attr(document, 'pgSz', 'w'), '11906');
    assert.equal(attr(document, 'pgSz', 'h'), '16838');
    const margin = (side: string) => Number(attr(document, 'pgMar', side));
    assert.ok(margin('top') >= 1134 && margin('top') <= 1418, `top ${margin('top')}`);
    assert.ok(margin('bottom') >= 1134 && margin('bottom') <= 1418, `bottom ${margin('bottom')}`);
    assert.ok(margin('left') >= 1701 && margin('left') <= 1985, `left ${margin('left')}`);
    assert.ok(margin('right') >= 851 && margin('right') <= 1134, `right ${margin('right')}`);
    assert.match(document, /<w:titlePg\/>/);
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => parts[name]!);
    assert.equal(headers.filter((xml) => /PAGE/.test(xml)).length, 1, 'one header with the PAGE field; the first-page header is empty');
    assert.ok(headers.some((xml) => !/PAGE/.test(xml)));
  });

  it('sets Times New Roman, black, body 14 pt justified with a 1 cm first-line indent and 6 pt spacing', () => {
    const body = style(parts['word/styles.xml']!, 'TB-body');
    assert.equal(attr(body, 'rFonts', 'ascii'), 'Times New Roman');
    assert.equal(attr(body, 'rFonts', 'hAnsi'), 'Times New Roman');
    assert.equal(attr(body, 'rFonts', 'cs'), 'Times New Roman');
    assert.equal(attr(body, 'color', 'val'), '000000');
    assert.equal(attr(body, 'sz', 'val'), '28');
    assert.equal(attr(body, 'jc', 'val'), 'both');
    assert.ok(['567', '720'].includes(attr(body, 'ind', 'firstLine')!));
    assert.ok(Number(attr(body, 'spacing', 'before')) >= 120);
    const line = Number(attr(body, 'spacing', 'line'));
    assert.ok(line >= 240 && line <= 360 && attr(body, 'spacing', 'lineRule') === 'auto');
    assert.ok(!on(body, 'b') && !on(body, 'i'));
  });

  it('styles each element as the decree says (size in half-points, bold, italic)', () => {
    const styles = parts['word/styles.xml']!;
    const expect: [string, number, boolean, boolean][] = [
      ['TB-national-title', 24, true, false],
      ['TB-motto', 26, true, false],
      ['TB-party-heading', 30, true, false],
      ['TB-parent-agency', 24, false, false],
      ['TB-issuing-agency', 24, true, false],
      ['TB-number', 26, false, false],
      ['TB-place-date', 26, false, true],
      ['TB-title', 28, true, false],
      ['TB-summary', 28, true, false],
      ['TB-item-title', 28, true, false],
      ['TB-recipients-label', 24, true, true],
      ['TB-recipient', 22, false, false],
      ['TB-authority', 28, true, false],
      ['TB-signer-name', 28, true, false],
    ];
    for (const [id, size, bold, italic] of expect) {
      const xml = style(styles, id);
      assert.equal(attr(xml, 'sz', 'val'), String(size), `${id} size`);
      assert.equal(on(xml, 'b'), bold, `${id} bold`);
      assert.equal(on(xml, 'i'), italic, `${id} italic`);
    }
    assert.equal(attr(style(styles, 'TB-recipient'), 'jc', 'val'), 'left');
    assert.equal(attr(style(styles, 'TB-signer-name'), 'jc', 'val'), 'center');
  });

  it('uses the 13-pt set when asked, keeping the fixed sizes', async () => {
    const styles = (await unzipDocx(example(), 13))['word/styles.xml']!;
    assert.equal(attr(style(styles, 'TB-body'), 'sz', 'val'), '26');
    assert.equal(attr(style(styles, 'TB-title'), 'sz', 'val'), '26');
    assert.equal(attr(style(styles, 'TB-national-title'), 'sz', 'val'), '24');
    assert.equal(attr(style(styles, 'TB-recipient'), 'sz', 'val'), '22');
  });

  it('lays the header and the footer out in two borderless columns, in the decree order', () => {
    const document = parts['word/document.xml']!;
    const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
    assert.equal(tables.length, 2);
    for (const table of tables) {
      assert.equal([...table.matchAll(/<w:gridCol /g)].length, 2);
      assert.ok(!/<w:(top|left|bottom|right|insideH|insideV) w:val="single"/.test(table.replace(/<w:pBdr>.*?<\/w:pBdr>/g, '')), 'no table borders');
    }
    const rows = (table: string) => [...table.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).filter(Boolean)));
    assert.deepEqual(rows(tables[0]!), [
      [['UBND TỈNH QUẢNG NGÃI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
      [['Số: 215/TB-SKHCN'], ['Quảng Ngãi, ngày 06 tháng 10 năm 2025']],
    ]);
    assert.deepEqual(rows(tables[1]!), [
      [['Nơi nhận:', '- Giám đốc, các Phó Giám đốc Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.'], ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Trần Văn Quang']],
    ]);
    // The rules: under the issuing agency, under the Tiêu ngữ, under the trích yếu.
    assert.equal([...document.matchAll(/<w:pBdr><w:bottom w:val="single"/g)].length, 3);
    const body = paragraphs(document.replace(/<w:tbl>.*?<\/w:tbl>/g, '')).filter(Boolean);
    assert.equal(body[0], 'THÔNG BÁO');
    assert.equal(body[1], 'Kết luận của Giám đốc Sở Khoa học và Công nghệ tại cuộc họp giao ban quý III năm 2025');
    assert.equal(body.at(-1), 'Thông báo để các phòng, đơn vị thuộc Sở biết, tổ chức triển khai thực hiện./.');
  });

  it('writes a table of the body as a ruled Word table as wide as the text, its header row repeated', async () => {
    const draft = ['THÔNG BÁO', '', 'Kết luận của Giám đốc Sở', '', 'Như sau:', '| STT | Nội dung | Đơn vị chủ trì |', '|---|---|---|', '| 1 | Thăm, tặng quà gia đình chính sách | Phòng Văn hóa - Xã hội |', '', '•\tMột việc./.', ''].join('\n');
    const document = (await unzipDocx(draft))['word/document.xml']!;
    const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
    assert.equal(tables.length, 1, 'no header or footer here: the one table is the body\'s');
    const table = tables[0]!;
    assert.match(table, /<w:insideV w:val="single"/);
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 3);
    assert.ok(widths.reduce((a, b) => a + b, 0) <= TEXT_WIDTH && widths.reduce((a, b) => a + b, 0) > TEXT_WIDTH - 10);
    assert.ok(widths[0]! < widths[1]!, 'the STT column is the narrowest');
    const rows = [...table.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((row) => row[0]);
    assert.match(rows[0]!, /<w:tblHeader/);
    assert.doesNotMatch(rows[1]!, /<w:tblHeader/);
    assert.deepEqual(rows.map((row) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join(''))), [['STT', 'Nội dung', 'Đơn vị chủ trì'], ['1', 'Thăm, tặng quà gia đình chính sách', 'Phòng Văn hóa - Xã hội']]);
    assert.ok(paragraphs(document).includes('• Một việc./.'), 'a tab after a bullet prints as a space');
  });

  it('writes footnotes as real Word footnotes referenced from the text', async () => {
    const seedParts = await unzipDocx(seed('000_e9a11ee7fd0b82dc.txt'));
    const notes = paragraphs(seedParts['word/footnotes.xml']!).filter(Boolean);
    assert.equal(notes.length, 2);
    assert.match(notes[0]!, /^Công văn số 1719\/SKHCN-VP ngày 27\/9\/2025 của Sở KH&amp;CN$/);
    assert.match(notes[1]!, /^Các Công văn: số 299\/UBND-NC/);
    const document = seedParts['word/document.xml']!;
    assert.deepEqual([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]), ['1', '2']);
    assert.match(document, /Xã hội Đại hội XIV của Đảng<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:footnoteReference w:id="1"\/>/);
  });

  it('writes Markdown footnotes ([^1]) as Word footnotes too', async () => {
    const draft = `${example().replace('Quyết định số 1012/QĐ-TTg', 'Quyết định số 1012/QĐ-TTg[^qd]')}\n[^qd]: Quyết định về chuyển đổi số.\n`;
    const notes = await unzipDocx(draft);
    assert.deepEqual(paragraphs(notes['word/footnotes.xml']!).filter(Boolean), ['Quyết định về chuyển đổi số.']);
    assert.match(notes['word/document.xml']!, /1012\/QĐ-TTg<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:footnoteReference w:id="1"\/>/);
    assert.doesNotMatch(notes['word/document.xml']!, /\[\^qd\]/);
  });

  it('writes the same document for NFC and NFD drafts', async () => {
    const nfc = await unzipDocx(example());
    const nfd = await unzipDocx(example().normalize('NFD'));
    assert.equal(nfd['word/document.xml'], nfc['word/document.xml']);
  });

  it('keeps a Party notice whole: its heading over the right column, its number, a star under its organ', async () => {
    const party = [
      'TỈNH ỦY QUẢNG NGÃI', '*', 'Số 123-TB/TU', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Ngãi, ngày 15 tháng 9 năm 2026', '',
      'THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy về chuyển đổi số', '-----', '',
      'Thường trực Tỉnh ủy kết luận như sau: đẩy mạnh chuyển đổi số trong các cơ quan đảng.', '',
      'Nơi nhận:', '- Các đảng bộ trực thuộc,', '- Lưu Văn phòng Tỉnh ủy.', '', 'T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', '', 'Lê Văn Minh', '',
    ].join('\n');
    const document = (await unzipDocx(party))['word/document.xml']!;
    const header = /<w:tbl>.*?<\/w:tbl>/.exec(document)![0];
    const cells = [...header.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).filter(Boolean));
    assert.deepEqual(cells, [['TỈNH ỦY QUẢNG NGÃI', '*'], ['ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số 123-TB/TU'], ['Quảng Ngãi, ngày 15 tháng 9 năm 2026']]);
    assert.match(header, /<w:pStyle w:val="TB-party-heading"\/>(?:(?!<\/w:p>).)*ĐẢNG CỘNG SẢN VIỆT NAM/);
    // Under the heading, the rule of the Tiêu ngữ; under the organ, the star and no rule.
    assert.equal([...header.matchAll(/<w:pBdr><w:bottom w:val="single"/g)].length, 1);
  });

  it('exports anything, even an empty or a headerless draft', async () => {
    for (const text of ['', '\n\n', 'Chỉ một dòng.', '**', '[^1]: chú thích mồ côi']) {
      const document = (await unzipDocx(text))['word/document.xml']!;
      assert.match(document, /<w:sectPr>/, JSON.stringify(text));
    }
  });
});
