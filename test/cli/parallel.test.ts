/** `thongbao check --jobs N`: worker threads give exactly the output of one thread, in the same order. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../support/paths';

function thongbao(...args: string[]) {
  const result = spawnSync(process.execPath, [repoPath('bin/thongbao.js'), ...args], { encoding: 'utf8', cwd: repoPath() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line on worker threads', function () {
  this.timeout(60000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'thongbao-jobs-'));
    const seeds = repoPath('test/fixtures/seeds');
    const drafts = readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(seeds, name), 'utf8'));
    drafts.push(readFileSync(repoPath('examples/thong-bao-ket-luan.tb.md'), 'utf8'), readFileSync(repoPath('examples/thong-bao-co-loi.tb.md'), 'utf8'));
    // Twelve drafts in two folders, one with its own .thongbao.yaml (and a problem in it), and two unreadable files.
    mkdirSync(join(folder, 'graded'));
    writeFileSync(join(folder, 'graded', '.thongbao.yaml'), 'rules:\n  date/invalid: information\n  typo/double-space: sometimes\n');
    for (let i = 0; i < 12; i++) writeFileSync(join(folder, i % 3 === 0 ? 'graded' : '.', `d${String(i).padStart(2, '0')}.tb.md`), drafts[i % drafts.length]!);
    writeFileSync(join(folder, 'binary.tb.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]));
    writeFileSync(join(folder, 'graded', 'latin1.tb.md'), Buffer.from('Ng\xe0y 31/4/2025', 'latin1'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} output, errors and exit code with --jobs 3 as with --jobs 1`, () => {
      const serial = thongbao('check', '--jobs', '1', '--format', format, folder);
      const parallel = thongbao('check', '--jobs', '3', '--format', format, folder);
      assert.equal(serial.status, 2); // the unreadable files and the bad .thongbao.yaml
      assert.ok(serial.stdout.length > 1000);
      // The drafts are one workspace in both runs: seed 002's date of 25/2018/QĐ-UBND contradicts the registry and seed 001.
      assert.match(serial.stdout, /citation\/cross-conflict/);
      assert.match(serial.stderr, /binary\.tb\.md/);
      assert.match(serial.stderr, /\.thongbao\.yaml:3:22/);
      assert.deepEqual(parallel, serial);
    });
  }

  it('refuses a --jobs that is not a positive whole number', () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const { status, stderr } = thongbao('check', `--jobs=${jobs}`, folder);
      assert.equal(status, 2);
      assert.match(stderr, /--jobs phải là một số nguyên dương/);
    }
  });
});
