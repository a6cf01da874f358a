/**
 * The server's background indexing of the workspace folders (server/src/node/workspace-drafts.ts): files are
 * read ahead of the one being indexed, and a file deleted or changed on disk meanwhile is not indexed from
 * the older reading.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CitationIndex } from '../../server/src/core/index/workspace';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { MAX_INDEXED_BYTES, WorkspaceDrafts } from '../../server/src/node/workspace-drafts';

const draft = (n: number) => `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: ${n}/TB-UBND\n\nQuảng Ngãi, ngày 17 tháng 3 năm 2021\n\nTHÔNG BÁO\n\nKết luận\n\nThực hiện Công văn số 1724/SKHCN-VP ngày 27/9/2025.\n`;

describe('workspace drafts: indexing the folders', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-scan-'));
    for (let n = 0; n < 8; n++) writeFileSync(join(folder, `${n}.tb.md`), draft(n));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('indexes every draft of the folder', async () => {
    const index = new CitationIndex();
    const registry = builtinRegistry();
    await new WorkspaceDrafts(index, () => registry).scan([folder], { isOpen: () => false });
    assert.equal(index.size, 8);
    assert.equal(index.mentions('1724/SKHCN-VP').length, 8);
  });

  it('does not index a file from a reading older than its deletion', async () => {
    const index = new CitationIndex();
    const registry = builtinRegistry();
    const drafts = new WorkspaceDrafts(index, () => registry);
    const deleted = join(folder, '3.tb.md');
    await drafts.scan([folder], {
      isOpen: () => false,
      // After the first file, the next ones are already being read: the watcher reports a deletion now.
      progress: (done) => {
        if (done !== 1) return;
        unlinkSync(deleted);
        drafts.forget(pathToFileURL(deleted).href);
      },
    });
    assert.equal(index.has(pathToFileURL(deleted).href), false);
    assert.equal(index.size, 7);
  });

  it('skips a file too large to be a draft, and a named pipe reported by the watcher at once', async function () {
    writeFileSync(join(folder, 'large.tb.md'), draft(99) + ' '.repeat(MAX_INDEXED_BYTES));
    const index = new CitationIndex();
    const registry = builtinRegistry();
    const drafts = new WorkspaceDrafts(index, () => registry);
    await drafts.scan([folder], { isOpen: () => false });
    assert.equal(index.size, 8);
    assert.equal(index.has(pathToFileURL(join(folder, 'large.tb.md')).href), false);
    const pipe = join(folder, 'pipe.tb.md');
    if (spawnSync('mkfifo', [pipe]).status !== 0) this.skip();
    // A pipe opened to read waits for a writer forever: the test's timeout turns that into a failure.
    await drafts.refresh(pathToFileURL(pipe).href, () => false);
    assert.equal(index.has(pathToFileURL(pipe).href), false);
  });

  it('reads a draft saved as UTF-16 with its byte order mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(draft(42).replace('1724/SKHCN-VP', '77/SKHCN-VP'), 'utf16le')]);
    writeFileSync(join(folder, 'utf16.tb.md'), utf16);
    const index = new CitationIndex();
    const registry = builtinRegistry();
    await new WorkspaceDrafts(index, () => registry).scan([folder], { isOpen: () => false });
    assert.equal(index.mentions('77/SKHCN-VP').length, 1);
  });
});
