/**
 * The workspace's citations through the real language server over stdio: the background index of the
 * folder (with progress), hover, go to definition, find references, and the cross-document warning as
 * drafts open and as files change on disk.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Published } from '../support/lsp-client';

const OWNER = [
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  '',
  'Số: 77/KH-SKHCN',
  '',
  'Quảng Ngãi, ngày 05 tháng 3 năm 2025',
  '',
  'KẾ HOẠCH',
  '',
  'Chuyển đổi số năm 2025',
  '',
].join('\n');
const citing = (date: string) => `Thực hiện Kế hoạch số 77/KH-SKHCN ngày ${date} của Sở Khoa học và Công nghệ.\n`;
const cross = (p: Published) => p.diagnostics.filter((d) => d.code === 'citation/cross-conflict');
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

type CompletionItems = { label: string; textEdit: { newText: string } }[];

describe('workspace citations over stdio', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).href;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-index-'));
    client = new LspClient();
  });
  afterEach(() => {
    if (client.process.exitCode === null) client.process.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  /**
   * Starts the server on the folder, opens a new draft holding `text`, and asks for completion at its end until
   * `pick` finds what it wants there (the folder is indexed in the background).
   */
  async function completedOnceIndexed<T>(text: string, pick: (items: CompletionItems) => T | undefined): Promise<T> {
    await client.initialize({ folder: uri('') });
    await client.open(uri('moi.tb.md'), text);
    const at = { textDocument: { uri: uri('moi.tb.md') }, position: { line: 0, character: text.length } };
    return waitFor(async () => {
      const list = (await client.connection.sendRequest('textDocument/completion', at)) as { items: CompletionItems } | null;
      return list ? pick(list.items) : undefined;
    });
  }

  it('indexes the folder in the background: a draft on disk contradicts an open one, with the place as related information', async () => {
    writeFileSync(join(folder, 'ke-hoach.tb.md'), OWNER);
    writeFileSync(join(folder, 'b.tb.md'), citing('06/3/2025'));
    const { capabilities } = await client.initialize({ folder: uri('') });
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    await client.open(uri('b.tb.md'), citing('06/3/2025'));
    const published = await client.diagnostics(uri('b.tb.md'), (p) => cross(p).length > 0);
    const [diagnostic] = cross(published);
    assert.equal(diagnostic!.severity, 2);
    assert.equal(diagnostic!.message, 'Sai ngày: 77/KH-SKHCN ghi ngày 06/3/2025, chính văn bản đó ke-hoach.tb.md, dòng 3 ghi 05 tháng 3 năm 2025.');
    assert.deepEqual(diagnostic!.relatedInformation, [
      { location: { uri: uri('ke-hoach.tb.md'), range: { start: { line: 4, character: 17 }, end: { line: 4, character: 36 } } }, message: 'Ghi ngày 05 tháng 3 năm 2025' },
    ]);
    await client.stop();
  });

  it('answers hover, go to definition and find references on a citation', async () => {
    writeFileSync(join(folder, 'ke-hoach.tb.md'), OWNER);
    writeFileSync(join(folder, 'c.tb.md'), `Theo Kế hoạch số 77/KH-SKHCN ngày 05/3/2025.\n`);
    await client.initialize({ folder: uri('') });
    const text = `${citing('05/3/2025')}\nNhắc lại Kế hoạch số 77/KH-SKHCN.\n`;
    await client.open(uri('a.tb.md'), text);
    // The index of the folder is complete when the open draft's references include the file on disk.
    const at = { textDocument: { uri: uri('a.tb.md') }, position: { line: 0, character: 25 } };
    const all = await waitFor(async () => {
      const found = (await client.connection.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } })) as { uri: string; range: unknown }[];
      return found.length === 4 ? found : undefined;
    });
    assert.deepEqual(
      all.map((l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)} ${JSON.stringify(l.range)}`),
      [
        'ke-hoach.tb.md {"start":{"line":2,"character":4},"end":{"line":2,"character":15}}',
        'a.tb.md {"start":{"line":0,"character":22},"end":{"line":0,"character":33}}',
        'a.tb.md {"start":{"line":2,"character":21},"end":{"line":2,"character":32}}',
        'c.tb.md {"start":{"line":0,"character":17},"end":{"line":0,"character":28}}',
      ],
    );
    const without = (await client.connection.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: false } })) as unknown[];
    assert.equal(without.length, 3);

    const definition = (await client.connection.sendRequest('textDocument/definition', at)) as { uri: string; range: unknown }[];
    assert.deepEqual(definition, [{ uri: uri('ke-hoach.tb.md'), range: { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } } }]);

    const hover = (await client.connection.sendRequest('textDocument/hover', at)) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*Kế hoạch số 77\/KH-SKHCN\*\*/);
    assert.match(hover.contents.value, /- Ngày ban hành: 05 tháng 3 năm 2025 \(chính văn bản đó, ke-hoach\.tb\.md\)/);
    assert.match(hover.contents.value, /- Cơ quan ban hành: SỞ KHOA HỌC VÀ CÔNG NGHỆ/);
    assert.match(hover.contents.value, /- Trích yếu: Chuyển đổi số năm 2025/);
    assert.match(hover.contents.value, /Có ở 3 chỗ khác trong thư mục làm việc:/);
    assert.ok(hover.contents.value.includes(`[c.tb.md, dòng 1](${uri('c.tb.md')}#L1) — ngày 05/3/2025`), hover.contents.value);
    const nothing = await client.connection.sendRequest('textDocument/hover', { ...at, position: { line: 0, character: 2 } });
    assert.equal(nothing, null);
    await client.stop();

  });

  it('offers the documents of the other drafts after «số», with their date, issuer and subject', async () => {
    writeFileSync(join(folder, 'ke-hoach.tb.md'), OWNER);
    const item = await completedOnceIndexed('Thực hiện Kế hoạch số 7', (items) => items.find((candidate) => candidate.label.includes('77/KH-SKHCN')));
    assert.equal(item.textEdit.newText, 'số 77/KH-SKHCN ngày 05/3/2025 của Sở Khoa học và Công nghệ về Chuyển đổi số năm 2025');
    await client.stop();
  });

  it('offers two documents that share a number when the drafts cite them from two bodies on two days', async () => {
    writeFileSync(join(folder, 'tinh.tb.md'), 'Thực hiện Kế hoạch số 51/KH-UBND ngày 10/3/2025 của UBND tỉnh Quảng Ngãi về chuyển đổi số.\n');
    writeFileSync(join(folder, 'xa.tb.md'), 'Thực hiện Kế hoạch số 51/KH-UBND ngày 02/8/2025 của UBND xã Tịnh Khê về phòng, chống thiên tai.\n');
    const offered = await completedOnceIndexed('Thực hiện Kế hoạch số 51', (items) => {
      const found = items.filter((candidate) => candidate.label === '51/KH-UBND').map((candidate) => candidate.textEdit.newText);
      return found.length >= 2 ? found : undefined;
    });
    assert.deepEqual(offered.sort(), [
      'số 51/KH-UBND ngày 02/8/2025 của UBND xã Tịnh Khê về phòng, chống thiên tai',
      'số 51/KH-UBND ngày 10/3/2025 của UBND tỉnh Quảng Ngãi về chuyển đổi số',
    ]);
    await client.stop();
  });

  it('warns when a second draft opens with another date, in both, and clears it when one closes', async () => {
    await client.initialize();
    const first = 'untitled:first';
    const second = 'untitled:second';
    await client.open(first, citing('05/3/2025'));
    assert.deepEqual(cross(await client.diagnostics(first)), []);
    await client.open(second, citing('07/3/2025'));
    const inSecond = cross(await client.diagnostics(second, (p) => cross(p).length > 0));
    assert.equal(inSecond[0]!.relatedInformation![0]!.location.uri, first);
    const inFirst = cross(await client.diagnostics(first, (p) => cross(p).length > 0));
    assert.match(inFirst[0]!.message, /ghi ngày 05\/3\/2025, dự thảo second, dòng 1 ghi 07\/3\/2025/);
    client.forgetDiagnostics();
    await client.close(second);
    await client.diagnostics(first, (p) => cross(p).length === 0);
    await client.stop();
  });

  it('follows the files on disk: created, changed, deleted, renamed', async () => {
    await client.initialize({ folder: uri(''), capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await client.until(() => (client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles') ? true : undefined), 'watcher registration');
    await client.open(uri('a.tb.md'), citing('05/3/2025'));
    assert.deepEqual(cross(await client.diagnostics(uri('a.tb.md'))), []);
    const changed = (name: string, type: number) => {
      client.forgetDiagnostics();
      return client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });
    };

    writeFileSync(join(folder, 'b.tb.md'), citing('09/3/2025'));
    await changed('b.tb.md', CREATED);
    let published = await client.diagnostics(uri('a.tb.md'), (p) => cross(p).length > 0);
    assert.match(cross(published)[0]!.message, /b\.tb\.md, dòng 1 ghi 09\/3\/2025/);

    writeFileSync(join(folder, 'b.tb.md'), citing('05/3/2025'));
    await changed('b.tb.md', CHANGED);
    await client.diagnostics(uri('a.tb.md'), (p) => cross(p).length === 0);

    // A rename: the old name deleted, the new one created, with the old contradiction back.
    writeFileSync(join(folder, 'b2.tb.md'), citing('10/3/2025'));
    rmSync(join(folder, 'b.tb.md'));
    client.forgetDiagnostics();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('b.tb.md'), type: DELETED }, { uri: uri('b2.tb.md'), type: CREATED }] });
    published = await client.diagnostics(uri('a.tb.md'), (p) => cross(p).length > 0);
    assert.match(cross(published)[0]!.message, /b2\.tb\.md, dòng 1 ghi 10\/3\/2025/);

    rmSync(join(folder, 'b2.tb.md'));
    await changed('b2.tb.md', DELETED);
    await client.diagnostics(uri('a.tb.md'), (p) => cross(p).length === 0);
    await client.stop();
  });

  it('shows progress while indexing a large folder, only to a client that supports it', async () => {
    for (let i = 0; i < 25; i++) writeFileSync(join(folder, `d${String(i).padStart(2, '0')}.tb.md`), citing(`${(i % 28) + 1}/3/2025`));
    await client.initialize({ folder: uri(''), capabilities: { window: { workDoneProgress: true } } });
    await client.until(() => (client.progress.some((value) => (value as { kind: string }).kind === 'end') ? true : undefined), 'the end of progress');
    const kinds = client.progress.map((value) => (value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(kinds.filter((kind) => kind === 'report').length >= 1);
    assert.match((client.progress[0] as { title: string }).title, /lập chỉ mục/);
    await client.stop();

    const plain = new LspClient();
    try {
      await plain.initialize({ folder: uri('') });
      await plain.open(uri('d00.tb.md'), citing('1/3/2025'));
      // Once the index is complete the open draft contradicts the 24 others.
      await plain.diagnostics(uri('d00.tb.md'), (p) => cross(p).some((d) => /và 2[0-9] chỗ khác/.test(d.message)));
      assert.deepEqual(plain.progress, []);
      await plain.stop();
    } finally {
      if (plain.process.exitCode === null) plain.process.kill();
    }
  });
});

/** Asks again until the answer is complete (the index of the folder fills in the background). */
async function waitFor<T>(attempt: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await attempt();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50)); // polling interval, not a wait for a result
  }
  throw new Error('the folder was never indexed');
}
