// The README's picture of an export: a seed exported by the command line, printed to PDF by LibreOffice,
// page 1 rendered to PNG. Needs what the export test level installs (LibreOffice, poppler-utils,
// fonts-liberation2). Usage: node scripts/export-picture.mjs [SEED] [OUT.png]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const seed = process.argv[2] ?? 'test/fixtures/seeds/001_69a6df3d887827af.txt';
const out = process.argv[3] ?? 'docs/export-seed.png';
const folder = mkdtempSync(join(tmpdir(), 'thongbao-picture-'));
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0 && !(command === process.execPath && result.status === 1)) {
    console.error(`${command} ${args.join(' ')} thất bại (${result.status ?? result.error?.message}).`);
    process.exit(1);
  }
};
try {
  const docx = join(folder, 'notice.docx');
  run(process.execPath, ['bin/thongbao.js', 'export', seed, '-o', docx]); // exit 1: the seed keeps its errors
  run('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx]);
  run('pdftoppm', ['-f', '1', '-l', '1', '-r', '70', '-png', '-singlefile', join(folder, 'notice.pdf'), join(folder, 'page')]);
  copyFileSync(join(folder, 'page.png'), out);
  console.log(`Đã ghi ${out} (trang 1 của ${basename(seed)} sau khi xuất).`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
