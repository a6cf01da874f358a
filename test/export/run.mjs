// The export level: the exported .docx printed to PDF by LibreOffice and measured with poppler's tools.
// Installs what it needs from Debian's packages when missing (LibreOffice Writer without a GUI, the
// Liberation fonts — metric-compatible with Times New Roman and, in version 2, complete for Vietnamese —
// and poppler-utils). When apt cannot run here, says so and skips; it never downloads anything else.
import { spawnSync } from 'node:child_process';

const PACKAGES = ['libreoffice-writer-nogui', 'fonts-liberation2', 'poppler-utils'];
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const vietnameseSerif = () =>
  spawnSync('fc-list', [':charset=1edf', 'family'], { encoding: 'utf8' }).stdout?.includes('Liberation Serif') === true;
const ready = () => ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].every(has) && has('fc-list') && vietnameseSerif();

if (!ready()) {
  const root = process.getuid?.() === 0;
  const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!has('apt-get') || (!root && !sudo)) {
    console.log(`BỎ QUA kiểm thử xuất Word → PDF: thiếu LibreOffice/poppler/phông Liberation và không cài được bằng apt ` +
      `(cần quyền root hoặc sudo). Cài thủ công: apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`);
    process.exit(0);
  }
  const apt = (...args) => {
    const command = sudo ? ['sudo', '-n', 'apt-get', ...args] : ['apt-get', ...args];
    return spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status;
  };
  console.log(`Cài từ apt: ${PACKAGES.join(' ')}`);
  if (apt('install', '-y', '--no-install-recommends', ...PACKAGES) !== 0) {
    apt('update');
    if (apt('install', '-y', '--no-install-recommends', ...PACKAGES) !== 0 || !ready()) {
      console.error('Không cài được LibreOffice, poppler-utils hoặc fonts-liberation2 bằng apt; kiểm thử xuất Word → PDF thất bại.');
      process.exit(1);
    }
  }
}

const result = spawnSync('npx', ['mocha', '--timeout', '180000', 'out/test/export/*.test.js'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
