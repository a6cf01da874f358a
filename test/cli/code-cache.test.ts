/**
 * The command line's code cache (bin/code-cache.js): the build writes one for its own bundle, the command
 * uses it, and a cache that does not belong to the bundle beside it is ignored. The output is the same with
 * and without it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../support/paths';

const LOADER = repoPath('bin/code-cache.js');
const EXAMPLE = repoPath('examples/thong-bao-co-loi.tb.md');

/** Runs `code` in a fresh Node: the loader as the command does, with what it reports on stderr. */
function node(code: string, ...args: string[]) {
  return spawnSync(process.execPath, ['-e', code, '--', ...args], { encoding: 'utf8', cwd: repoPath() });
}

/** Whether the bundle at `file` would run from its cache, and its output for a check of the example. */
function runFrom(file: string): { used: boolean; stdout: string; status: number | null } {
  const loader = JSON.stringify(LOADER);
  const used = node(`process.stdout.write(String(require(${loader}).compile(${JSON.stringify(file)}).used))`).stdout === 'true';
  const run = node(`process.argv = [process.argv[0], ${JSON.stringify(file)}, 'check', '--format', 'json', ${JSON.stringify(EXAMPLE)}]; require(${loader}).runCached(${JSON.stringify(file)})`);
  return { used, stdout: run.stdout, status: run.status };
}

describe('command line: code cache', function () {
  this.timeout(30000);

  it('is written by the build for its bundle and used by bin/thongbao.js, with the same output as without it', () => {
    const cached = runFrom(repoPath('dist/cli.js'));
    assert.equal(cached.used, true, 'npm run build writes dist/cli.js.cache for this Node');
    const plain = spawnSync(process.execPath, [repoPath('dist/cli.js'), 'check', '--format', 'json', EXAMPLE], { encoding: 'utf8', cwd: repoPath() });
    assert.equal(cached.status, plain.status);
    assert.equal(cached.stdout, plain.stdout);
    assert.match(cached.stdout, /"rule": "header\/date-zero-padding"/);
  });

  it('is ignored when the bundle beside it changed, and the bundle runs as usual', () => {
    const folder = mkdtempSync(join(tmpdir(), 'thongbao-cache-'));
    try {
      const file = join(folder, 'cli.js');
      copyFileSync(repoPath('dist/cli.js'), file);
      copyFileSync(repoPath('dist/cli.js.cache'), `${file}.cache`);
      for (const beside of ['cli-export.js', 'libraries.js']) copyFileSync(repoPath('dist', beside), join(folder, beside));
      assert.equal(runFrom(file).used, true, 'a faithful copy still fits its cache');
      // Edited without changing its length: V8 alone would take the cache (it checks only the length).
      const bundle = readFileSync(file, 'utf8');
      assert.ok(bundle.includes('// server/src/cli/main.ts'));
      writeFileSync(file, bundle.replace('// server/src/cli/main.ts', '// server/src/cli/mAin.ts'));
      assert.equal(runFrom(file).used, false, 'a bundle of the same length but other bytes');
      appendFileSync(file, '\n// rebuilt\n');
      const stale = runFrom(file);
      assert.equal(stale.used, false);
      assert.equal(stale.stdout, runFrom(repoPath('dist/cli.js')).stdout);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
