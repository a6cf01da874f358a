/**
 * Files that are not good drafts, named on the command line: each gets a clear Vietnamese message, the
 * others are still checked, and `fix` never writes a byte it should not (nor hangs on a pipe or a device).
 */
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DRAFT_BYTES } from '../../server/src/cli/files';
import { repoPath } from '../support/paths';

function run(args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  // A pipe or a device must be refused at once; the timeout only turns a regression into a failure.
  const result = spawnSync(process.execPath, [repoPath('bin/thongbao.js'), ...args], { encoding: 'utf8', timeout: 15_000, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const DRAFT_WITH_FIXES = 'Quảng Ngãi, ngày 1 tháng 2 năm 2025\n\nTHÔNG BÁO\n\nKết luận  của Giám đốc Sở\n';

describe('command line: bad files', function () {
  this.timeout(30_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-bad-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('fix: refuses invalid UTF-8 with a clear message and writes nothing', () => {
    const path = join(folder, 'latin1.tb.md');
    const bytes = Buffer.concat([Buffer.from('Quảng Ngãi, ngày 1 tháng 2 năm 2025\n'), Buffer.from([0x4e, 0x67, 0xe0, 0x79, 0x0a])]);
    writeFileSync(path, bytes);
    const { status, stderr } = run(['fix', path]);
    assert.equal(status, 2);
    assert.match(stderr, /«.*latin1\.tb\.md» không phải văn bản UTF-8 hợp lệ; hãy lưu lại tệp với mã hóa UTF-8\./);
    assert.deepEqual(readFileSync(path), bytes);
    assert.deepEqual(readdirSync(folder), ['latin1.tb.md'], 'no temporary file is left');
  });

  it('checks and fixes an empty file named explicitly without writing it', () => {
    const path = join(folder, 'empty.tb.md');
    writeFileSync(path, '');
    const checked = run(['check', '--rule', 'header/missing=off', path]);
    assert.equal(checked.status, 0);
    assert.match(checked.stdout, /1 tệp: 0 lỗi/);
    assert.equal(run(['fix', path]).status, 0);
    assert.equal(readFileSync(path, 'utf8'), '');
  });

  it('checks the drafts of a directory named explicitly, and an empty one without error', () => {
    const empty = join(folder, 'trống');
    mkdirSync(empty);
    const none = run(['check', empty]);
    assert.equal(none.status, 0);
    assert.match(none.stdout, /^0 tệp/);
    assert.match(none.stderr, /không có tệp dự thảo nào \(\*\.tb\.md, \*\.thongbao\)/);
    writeFileSync(join(empty, 'a.tb.md'), 'Ngày 31/4/2025, Giám đốc Sở chủ trì cuộc họp.\n');
    const one = run(['check', '--format', 'json', '--rule', 'header/missing=off', empty]);
    assert.equal(one.status, 1);
    assert.deepEqual(JSON.parse(one.stdout).map((f: { rule: string }) => f.rule), ['date/invalid']);
  });

  it('refuses a pipe and a device at once instead of reading them forever, and still checks the rest', function () {
    const fifo = join(folder, 'pipe.tb.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const good = join(folder, 'good.tb.md');
    writeFileSync(good, 'Ngày 28/02/2025, Giám đốc Sở chủ trì cuộc họp.\n');
    const devices = existsSync('/dev/zero') ? ['/dev/zero'] : [];
    const { status, stdout, stderr } = run(['check', '--rule', 'header/missing=off', fifo, ...devices, good]);
    assert.equal(status, 2);
    assert.match(stderr, /«.*pipe\.tb\.md» không phải tệp thông thường/);
    if (devices.length > 0) assert.match(stderr, /«\/dev\/zero» không phải tệp thông thường/);
    assert.match(stdout, /1 tệp: 0 lỗi/);
  });

  it('refuses a file too large to be a draft, without reading it', () => {
    const path = join(folder, 'huge.tb.md');
    writeFileSync(path, '');
    truncateSync(path, MAX_DRAFT_BYTES + 1); // sparse: no disk space is used
    const { status, stderr } = run(['check', path]);
    assert.equal(status, 2);
    assert.match(stderr, /«.*huge\.tb\.md» quá lớn \(64 MB, tối đa 64 MB\); không kiểm tra\./);
  });

  it('names an unreadable file and goes on (run as an unprivileged user when the tests run as root)', function () {
    const path = join(folder, 'locked.tb.md');
    writeFileSync(path, 'Ngày 31/4/2025.\n');
    chmodSync(path, 0);
    let options: SpawnSyncOptions = {};
    if (process.getuid?.() === 0) {
      // root reads everything: the command line runs as "nobody", who can enter the folder but not read the file.
      chmodSync(folder, 0o755);
      options = { uid: 65534, gid: 65534, cwd: folder };
      if (run(['--version'], options).status !== 0) this.skip(); // nobody cannot run node from here
    }
    const { status, stderr } = run(['check', path], options);
    assert.equal(status, 2);
    assert.match(stderr, /không đọc được «.*locked\.tb\.md»: không có quyền đọc/);
  });

  it('fix: keeps CRLF, mixed line endings and a last line without a break exactly as they were', () => {
    const path = join(folder, 'mixed.tb.md');
    const lines = DRAFT_WITH_FIXES.split('\n');
    // CRLF, then LF, then CRLF, and no break at the very end.
    const text = `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r\n\r\n${lines[4]}`;
    writeFileSync(path, text);
    const { status } = run(['fix', path]);
    assert.equal(status, 0);
    assert.equal(readFileSync(path, 'utf8'), 'Quảng Ngãi, ngày 01 tháng 02 năm 2025\r\n\nTHÔNG BÁO\r\n\r\nKết luận của Giám đốc Sở');
  });

  it('fix: keeps UTF-16 big-endian with its BOM', () => {
    const path = join(folder, 'be.tb.md');
    const encode = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    writeFileSync(path, encode(DRAFT_WITH_FIXES.replace(/\n/g, '\r\n')));
    assert.equal(run(['fix', path]).status, 0);
    assert.deepEqual(readFileSync(path), encode('Quảng Ngãi, ngày 01 tháng 02 năm 2025\r\n\r\nTHÔNG BÁO\r\n\r\nKết luận của Giám đốc Sở\r\n'));
  });
});
