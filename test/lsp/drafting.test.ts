/**
 * Drafting help through the real language server over stdio: completion (cursor marker $$CURSOR$$), the
 * outline, folding, selection ranges, the date hover, and the requests behind the client's commands.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../server/src/core/text/lines';
import { CHECK_FILES_REQUEST, NEW_NOTICE_REQUEST, type CheckFilesResult, type NewNoticeResult } from '../../server/src/lsp/protocol';
import { LspClient } from '../support/lsp-client';
import { repoPath } from '../support/paths';

const CURSOR = '$$CURSOR$$';
const EXAMPLE = readFileSync(repoPath('examples/thong-bao-ket-luan.tb.md'), 'utf8');

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Item {
  label: string;
  detail: string;
  filterText: string;
  sortText: string;
  documentation: { kind: string; value: string };
  textEdit: { range: Range; newText: string };
}

/** The text with the first item's edit applied. */
function apply(text: string, edit: { range: Range; newText: string }): string {
  const index = new LineIndex(text);
  return text.slice(0, index.offsetAt(edit.range.start)) + edit.newText + text.slice(index.offsetAt(edit.range.end));
}

describe('drafting help over stdio', function () {
  this.timeout(20000);
  let client: LspClient;

  beforeEach(async () => {
    client = new LspClient();
    await client.initialize();
  });
  afterEach(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  /** Opens `withCursor` (marker removed) and asks for completions at the marker. */
  async function completeAt(uri: string, withCursor: string): Promise<{ text: string; items: Item[]; isIncomplete: boolean }> {
    const offset = withCursor.indexOf(CURSOR);
    const text = withCursor.replace(CURSOR, () => '');
    await client.open(uri, text);
    const list = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: new LineIndex(text).positionAt(offset),
    })) as { isIncomplete: boolean; items: Item[] };
    return { text, items: list.items.sort((a, b) => a.sortText.localeCompare(b.sortText)), isIncomplete: list.isIncomplete };
  }

  it('advertises completion, symbols, folding, selection and hover', async () => {
    const other = new LspClient();
    const { capabilities } = await other.initialize();
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: [' ', ','] });
    for (const key of ['documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'hoverProvider']) assert.ok(capabilities[key], key);
    await other.stop();
    await client.stop();
  });

  it('completes a unit typed by initials, with the exact range and the typed text as filter', async () => {
    const withCursor = EXAMPLE.replace('b) Giao Văn phòng Sở', () => `b) Giao qlkh${CURSOR}`);
    const { text, items, isIncomplete } = await completeAt('file:///giao.tb.md', withCursor);
    assert.equal(isIncomplete, true);
    const [first] = items;
    assert.equal(first?.label, 'Phòng Quản lý Khoa học và Đổi mới sáng tạo');
    assert.equal(first?.filterText, 'qlkh');
    assert.match(first!.detail, /^Đơn vị thuộc Sở Khoa học và Công nghệ/);
    assert.equal(first?.documentation.kind, 'markdown');
    assert.ok(apply(text, first!.textEdit).includes('b) Giao Phòng Quản lý Khoa học và Đổi mới sáng tạo tổng hợp'));
    await client.stop();
  });

  it('completes in an NFD document: the range covers the decomposed characters as typed, and writes decomposed', async () => {
    const withCursor = EXAMPLE.replace('b) Giao Văn phòng Sở', () => `b) Giao Quản lý c${CURSOR}`).normalize('NFD');
    const { text, items } = await completeAt('file:///nfd.tb.md', withCursor);
    const first = items[0]!;
    assert.equal(first.label, 'Phòng Quản lý Công nghệ và Chuyên ngành');
    assert.equal(first.filterText, 'Quản lý c'.normalize('NFD'));
    const after = apply(text, first.textEdit);
    assert.ok(after.includes('b) Giao Phòng Quản lý Công nghệ và Chuyên ngành tổng hợp'.normalize('NFD')));
    await client.stop();
  });

  it('completes a cited document into the whole citation, and the signature line by line', async () => {
    const cite = await completeAt('file:///cite.tb.md', EXAMPLE.replace('Thống nhất nội dung', () => `Thực hiện Công văn số 1724${CURSOR}`));
    assert.equal(cite.items[0]?.label, '1724/SKHCN-VP');
    assert.ok(apply(cite.text, cite.items[0]!.textEdit).includes('Thực hiện Công văn số 1724/SKHCN-VP ngày 27/9/2025 của Sở Khoa học và Công nghệ về giao chỉ tiêu'));
    const footer = EXAMPLE.slice(0, EXAMPLE.indexOf('**TL. GIÁM ĐỐC**'));
    const deputy = await completeAt('file:///kt.tb.md', `${footer}**KT. GIÁM ĐỐC**\n**${CURSOR}`);
    assert.deepEqual(deputy.items.map((item) => item.textEdit.newText), ['PHÓ GIÁM ĐỐC**']);
    await client.stop();
  });

  it('gives the outline, folding ranges and growing selection ranges', async () => {
    const uri = 'file:///outline.tb.md';
    await client.open(uri, EXAMPLE);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string; range: Range; children: { name: string }[] }[];
    assert.deepEqual(symbols.map((s) => s.name), ['Phần đầu', 'THÔNG BÁO', '1. Đánh giá kết quả thực hiện nhiệm vụ quý III năm 2025', '2. Nhiệm vụ trọng tâm quý IV năm 2025', 'Nơi nhận', 'Chữ ký']);
    assert.equal(symbols[3]!.children.length, 2);
    const lines = EXAMPLE.split('\n');
    assert.deepEqual(symbols[3]!.range.start, { line: lines.indexOf('2. Nhiệm vụ trọng tâm quý IV năm 2025'), character: 0 });

    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as { startLine: number; endLine: number }[];
    const at = (line: string) => lines.findIndex((l) => l.startsWith(line));
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === at('*Quảng Ngãi')), 'the header');
    assert.ok(folds.some((f) => f.startLine === at('2. Nhiệm vụ') && f.endLine === at('b) Giao')), 'section 2');
    assert.ok(folds.some((f) => f.startLine === at('*Nơi nhận') && f.endLine === at('- Lưu')), 'Nơi nhận');

    const line = at('a) Giao');
    const [selection] = (await client.connection.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line, character: 10 }] })) as { range: Range; parent?: unknown }[];
    const chain: Range[] = [];
    for (let node: { range: Range; parent?: unknown } | undefined = selection; node; node = node.parent as typeof node) chain.push(node.range);
    assert.deepEqual(chain[0], { start: { line, character: 8 }, end: { line, character: 13 } }, 'the word «Phòng»');
    assert.deepEqual(chain.at(-1)!.start, { line: 0, character: 0 });
    assert.ok(chain.length >= 5);
    await client.stop();
  });

  it('hovers a deadline with its weekday and the days left', async () => {
    const uri = 'file:///hover.tb.md';
    await client.open(uri, EXAMPLE);
    const line = EXAMPLE.split('\n').findIndex((l) => l.includes('31/10/2025'));
    const character = EXAMPLE.split('\n')[line]!.indexOf('31/10/2025') + 2;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string }; range: Range };
    assert.equal(hover.contents.value, '**Thứ Sáu**, 31/10/2025\n\nThời hạn: còn **25 ngày** kể từ ngày ban hành thông báo (06/10/2025).');
    assert.equal(hover.range.end.character - hover.range.start.character, 10);
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
    await client.stop();
  });

  it('makes a new notice from the folder profile that the checker passes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'thongbao-new-'));
    try {
      writeFileSync(join(folder, '.thongbao.yaml'), 'profile:\n  agency: SKHCN\n  place: Quảng Ngãi\n  signer: Phan Văn Hiếu\n');
      const result = (await client.connection.sendRequest(NEW_NOTICE_REQUEST, { folderUri: pathToFileURL(folder).href })) as NewNoticeResult;
      assert.ok(result.text.endsWith('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Phan Văn Hiếu**\n'));
      assert.match(result.snippet, /\$\{16:Phan Văn Hiếu\}\*\*\n\$0$/);
      const uri = pathToFileURL(join(folder, 'moi.tb.md')).href;
      await client.open(uri, result.text);
      const published = await client.nextDiagnostics(uri);
      assert.deepEqual(published.diagnostics.filter((d) => d.severity <= 2).map((d) => `${d.code} ${d.message}`), []);
      await client.stop();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers every drafting request on hostile documents, and keeps serving', async () => {
    const documents: [string, string][] = [
      ['file:///h-empty.tb.md', ''],
      ['file:///h-binary.tb.md', '\u0000\u0001\uFFFD\uD800 PK\u0003\u0004'.repeat(1000)],
      ['file:///h-long.tb.md', `${'Giao số ngày 31/4/2025 '.repeat(10_000)}\n`],
      ['file:///h-label.tb.md', 'Nơi nhận:'],
      ['file:///h-dashes.tb.md', '- ;\n'.repeat(50_000)],
      ['file:///h-signature.tb.md', 'KT.\nKT. \nTL. \n**\n'],
    ];
    for (const [uri, text] of documents) {
      await client.open(uri, text);
      const index = new LineIndex(text);
      for (const offset of [0, Math.floor(text.length / 2), text.length]) {
        const position = index.positionAt(offset);
        const textDocument = { uri };
        await client.connection.sendRequest('textDocument/completion', { textDocument, position });
        await client.connection.sendRequest('textDocument/hover', { textDocument, position });
        await client.connection.sendRequest('textDocument/selectionRange', { textDocument, positions: [position] });
      }
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    }
    const label = await completeAt('file:///h-after.tb.md', `Nơi nhận:\n- ${CURSOR}`);
    assert.ok(label.items.some((item) => item.label === '- Phòng Quản lý Khoa học và Đổi mới sáng tạo;'));
    assert.deepEqual(client.logs.filter((message) => message.includes('lỗi')), [], 'no feature failed');
    assert.equal(await client.stop(), 0);
  });

  it('checks drafts on disk and publishes their diagnostics; an unreadable file is reported', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'thongbao-folder-'));
    try {
      const good = join(folder, 'dung.tb.md');
      const wrong = join(folder, 'sai.tb.md');
      const binary = join(folder, 'nhi-phan.tb.md');
      writeFileSync(good, EXAMPLE);
      writeFileSync(wrong, EXAMPLE.replace('29/9/2025', '31/9/2025'));
      writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
      const uris = [good, wrong, binary].map((path) => pathToFileURL(path).href);
      const result = (await client.connection.sendRequest(CHECK_FILES_REQUEST, { uris })) as CheckFilesResult;
      assert.equal(result.checked, 2);
      assert.equal(result.errors, 1);
      assert.deepEqual(result.unreadable.map((u) => u.uri), [uris[2]]);
      assert.match(result.unreadable[0]!.message, /không phải tệp văn bản/);
      const published = await client.nextDiagnostics(uris[1]!);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['date/invalid']);
      assert.deepEqual((await client.nextDiagnostics(uris[0]!)).diagnostics, []);
      await client.stop();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
