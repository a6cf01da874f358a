// Writes dist/cli.js.cache: the V8 code of the command line after it checked an example notice, so that
// bin/thongbao.js starts without compiling the bundle (see bin/code-cache.js).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function writeCliCodeCache(root) {
  const args = ['check', '--format', 'json', join(root, 'examples/thong-bao-ket-luan.tb.md')];
  const maker = `require(${JSON.stringify(join(root, 'bin/code-cache.js'))}).writeCache(${JSON.stringify(join(root, 'dist/cli.js'))}, ${JSON.stringify(args)})`;
  const run = spawnSync(process.execPath, ['-e', maker], { encoding: 'utf8' });
  if (run.error || run.status === 2) throw new Error(`thongbao: không tạo được bộ đệm mã của dòng lệnh: ${run.error ?? run.stderr}`);
}
