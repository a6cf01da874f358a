/** The command line as a user runs it: a separate process, its output, its exit code. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { readDraft, writeDraftAtomically } from '../../server/src/cli/files';
import { repoPath } from '../support/paths';

/** Runs the command line; the short drafts here have no header, so header/missing is turned off. */
function thongbao(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const options = args[0] === 'check' || args[0] === 'fix' ? [args[0], '--rule', 'header/missing=off', ...args.slice(1)] : args;
  const result = spawnSync(process.execPath, [repoPath('bin/thongbao.js'), ...options], { encoding: 'utf8', cwd: repoPath() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The SARIF log in `output`, once it validates against the SARIF 2.1.0 schema. */
function validSarif(output: string): unknown {
  const schema = JSON.parse(readFileSync(repoPath('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // unicodeRegExp off: one of the schema's patterns is not valid with the /u flag.
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
  const log: unknown = JSON.parse(output);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  return log;
}

describe('command line', function () {
  this.timeout(20000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-cli-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'a.tb.md'), 'Quảng Ngãi, ngày 1 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận\n');
    writeFileSync(join(folder, 'b.thongbao'), 'Ngày 29/02/2025, Giám đốc Sở chủ trì cuộc họp.\n');
    writeFileSync(join(folder, 'ignored.md'), 'Ngày 31/4/2025 — not a draft by its name.\n');
    writeFileSync(join(folder, 'clean.txt'), 'Ngày 28/02/2025, Giám đốc Sở chủ trì cuộc họp.\n');
    writeFileSync(join(folder, 'binary.tb'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(folder, 'latin1.tb'), Buffer.from('Ng\xe0y 31/4/2025', 'latin1'));
    writeFileSync(join(folder, 'empty.tb.md'), '');
    writeFileSync(join(folder, 'bom.tb'), `\uFEFFNgày 31/4/2025`);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('checks the drafts of a folder and exits 1 on errors, with the stable JSON shape', () => {
    const { status, stdout } = thongbao('check', '--format', 'json', folder);
    assert.equal(status, 1);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    assert.deepEqual(
      findings.map((f) => Object.keys(f)),
      findings.map(() => ['file', 'rule', 'severity', 'message', 'range']),
    );
    // Only *.tb.md and *.thongbao are drafts in a folder; the empty draft has nothing to report.
    assert.deepEqual(
      findings.map((f) => [String(f.file).slice(folder.length + 1), f.rule, f.severity, JSON.stringify(f.range)]),
      [
        ['b.thongbao', 'date/invalid', 'error', '{"start":{"line":0,"character":5},"end":{"line":0,"character":15}}'],
        [join('sub', 'a.tb.md'), 'header/date-zero-padding', 'error', '{"start":{"line":0,"character":17},"end":{"line":0,"character":18}}'],
      ],
    );
  });

  it('checks a file named explicitly whatever its extension, and exits 0 when clean', () => {
    const { status, stdout } = thongbao('check', join(folder, 'clean.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin\./);
  });

  it('prints text findings as path:line:column', () => {
    const { stdout } = thongbao('check', join(folder, 'b.thongbao'));
    assert.match(stdout, /b\.thongbao:1:6: lỗi date\/invalid Sai ngày tháng: tháng 2 năm 2025 chỉ có 28 ngày/);
  });

  it('reads a UTF-8 file with a BOM; columns do not count the BOM', () => {
    const findings = JSON.parse(thongbao('check', '--format', 'json', join(folder, 'bom.tb')).stdout);
    assert.deepEqual(findings[0].range.start, { line: 0, character: 5 });
  });

  it('exits 2 with a clear message naming the path for missing, binary and non-UTF-8 files, and still checks the rest', () => {
    const { status, stdout, stderr } = thongbao(
      'check', '--format', 'json', join(folder, 'missing.tb.md'), join(folder, 'binary.tb'), join(folder, 'latin1.tb'), join(folder, 'b.thongbao'),
    );
    assert.equal(status, 2);
    assert.match(stderr, /không đọc được «.*missing\.tb\.md»: không có tệp hoặc thư mục này/);
    assert.match(stderr, /«.*binary\.tb» không phải tệp văn bản/);
    assert.match(stderr, /«.*latin1\.tb» không phải văn bản UTF-8 hợp lệ/);
    assert.equal(JSON.parse(stdout).length, 1);
  });

  it('exits 2 on a usage error and explains the usage', () => {
    for (const args of [[], ['check'], ['lint', 'x'], ['check', '--format', 'xml', 'x'], ['check', '--rule', 'no/such=error', 'x'], ['check', '--bogus']]) {
      const { status, stderr } = thongbao(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Cách dùng: thongbao check/);
    }
  });

  it('re-grades or turns off a rule with --rule', () => {
    const off = thongbao('check', '--format', 'json', '--rule', 'date/invalid=off', join(folder, 'b.thongbao'));
    assert.equal(off.status, 0);
    assert.deepEqual(JSON.parse(off.stdout), []);
    const warning = thongbao('check', '--format', 'json', '--rule', 'date/invalid=warning', join(folder, 'b.thongbao'));
    assert.equal(warning.status, 0);
    assert.equal(JSON.parse(warning.stdout)[0].severity, 'warning');
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const { stdout } = thongbao('check', '--format', 'sarif', folder);
    const log = validSarif(stdout) as { runs: { results: { locations: { physicalLocation: { region: unknown } }[] }[] }[] };
    assert.equal(log.runs[0].results.length, 2);
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 16 });
    assert.deepEqual((log.runs[0] as unknown as { invocations: unknown[] }).invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('SARIF: a file it could not read makes the run unsuccessful, with the reason as a notification', () => {
    const missing = join(folder, 'missing.tb.md');
    const { status, stdout } = thongbao('check', '--format', 'sarif', join(folder, 'b.thongbao'), missing);
    assert.equal(status, 2);
    const run = (validSarif(stdout) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] }).runs[0];
    assert.equal(run.results.length, 1, 'the readable file is still checked');
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.deepEqual(
      run.invocations[0].toolExecutionNotifications.map(({ level, message }) => [level, message.text.replace(missing, '…')]),
      [['error', 'không đọc được «…»: không có tệp hoặc thư mục này']],
    );
  });

  it('fix: applies every certain fix, keeps BOM, encoding and CRLF line endings, and reports what remains', () => {
    const draft = 'Quảng Ngãi, ngày 1 tháng 2 năm 2025\r\n\r\nTHÔNG BÁO\r\n\r\nKết luận  của Giám đốc Sở\r\n\r\nNgày 31/4/2025.\r\n';
    const wanted = 'Quảng Ngãi, ngày 01 tháng 02 năm 2025\r\n\r\nTHÔNG BÁO\r\n\r\nKết luận của Giám đốc Sở\r\n\r\nNgày 31/4/2025.\r\n';
    const utf8 = join(folder, 'fix-utf8.tb.md');
    const utf16 = join(folder, 'fix-utf16.tb.md');
    writeFileSync(utf8, `\uFEFF${draft}`);
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(draft, 'utf16le')]));
    chmodSync(utf8, 0o640);
    const { status, stdout, stderr } = thongbao('fix', '--format', 'json', utf8, utf16);
    assert.equal(status, 1, 'the impossible date has no certain fix and remains');
    assert.match(stderr, /đã sửa 3 chỗ trong «.*fix-utf8\.tb\.md»/);
    assert.deepEqual(readFileSync(utf8), Buffer.from(`\uFEFF${wanted}`));
    assert.deepEqual(readFileSync(utf16), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(wanted, 'utf16le')]));
    assert.equal(statSync(utf8).mode & 0o777, 0o640);
    assert.deepEqual(JSON.parse(stdout).map((f: { rule: string }) => f.rule), ['date/invalid', 'date/invalid']);
    assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left');
  });

  it('fix: leaves a file alone that changed on disk since it was read', async () => {
    const path = join(folder, 'changed.tb.md');
    writeFileSync(path, 'Quảng Ngãi, ngày 1 tháng 4 năm 2025\n');
    const draft = await readDraft(path);
    writeFileSync(path, 'edited meanwhile\n');
    await assert.rejects(writeDraftAtomically(path, 'fixed\n', draft), /đã thay đổi từ lúc đọc/);
    assert.equal(readFileSync(path, 'utf8'), 'edited meanwhile\n');
  });

  it('fix: a file named twice is fixed once, then read again as fixed', () => {
    const path = join(folder, 'twice.tb.md');
    writeFileSync(path, 'Giám đốc  Sở chủ trì.\n');
    const result = thongbao('fix', path, path);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(path, 'utf8'), 'Giám đốc Sở chủ trì.\n');
    assert.equal(result.stderr.match(/đã sửa/g)?.length, 1);
  });

  it('uses the nearest .thongbao.yaml, and names the file and place of its problems', () => {
    const workspace = join(folder, 'workspace');
    mkdirSync(join(workspace, 'drafts'), { recursive: true });
    writeFileSync(join(workspace, 'drafts', 'x.tb.md'), 'Ngày 31/4/2025, Giám đốc Sở chủ trì cuộc họp.\n');
    writeFileSync(join(workspace, '.thongbao.yaml'), 'rules:\n  date/invalid: information\n');
    const graded = thongbao('check', '--format', 'json', join(workspace, 'drafts'));
    assert.equal(graded.status, 0);
    assert.equal(JSON.parse(graded.stdout)[0].severity, 'information');

    writeFileSync(join(workspace, '.thongbao.yaml'), 'rules:\n  date/invalid: sometimes\n');
    const broken = thongbao('check', join(workspace, 'drafts'));
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.thongbao\.yaml:2:17: rules\["date\/invalid"\]: giá trị phải là một trong: off, information, warning, error\./);
  });

  it('reports an unreadable folder entry instead of crashing', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything
    const locked = join(folder, 'locked.tb.md');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0);
    const { status, stderr } = thongbao('check', locked);
    assert.equal(status, 2);
    assert.match(stderr, /không có quyền đọc/);
  });
});
