/**
 * The command line reads drafts and .thongbao.yaml as data only: with the network and child processes
 * forbidden (test/support/forbid-network.cjs), `check` and `fix` of every example still run cleanly.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../support/paths';

describe('command line: no network, no programs started', function () {
  this.timeout(30_000);

  it('checks and fixes drafts and a workspace .thongbao.yaml with the network forbidden', () => {
    const folder = mkdtempSync(join(tmpdir(), 'thongbao-offline-'));
    try {
      cpSync(repoPath('examples'), folder, { recursive: true });
      cpSync(repoPath('test/fixtures/seeds'), join(folder, 'seeds'), { recursive: true, filter: (path) => !path.endsWith('.expected') });
      writeFileSync(join(folder, '.thongbao.yaml'), 'rules:\n  date/style: "off"\n');
      for (const command of ['check', 'fix']) {
        const result = spawnSync(process.execPath, ['-r', repoPath('test/support/forbid-network.cjs'), repoPath('bin/thongbao.js'), command, folder, join(folder, 'seeds')], { encoding: 'utf8' });
        assert.doesNotMatch(result.stderr, /FORBIDDEN|lỗi nội bộ/, result.stderr);
        assert.ok(result.status === 0 || result.status === 1, `${command}: exit ${result.status}\n${result.stderr}`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
