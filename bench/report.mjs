/**
 * The benchmark's results as a Markdown table (printed, and quoted in the README between the markers
 * `<!-- bench:start -->` and `<!-- bench:end -->`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = ['10k', '100k', '1m', '10m'];
const LABEL = { '10k': '10 KB', '100k': '100 KB', '1m': '1 MB', '10m': '10 MB' };

const ms = (value) => (value === undefined || value === null || Number.isNaN(value) ? 'n/a' : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toString());
const ratio = (a, b) => (a === undefined || b === undefined || a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`);

export function renderTable(results) {
  const { inProcess: rows, lsp, cli, extension, machine } = results;
  const out = [];
  out.push(`Máy: ${machine.cpu}, ${machine.cores} lõi, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ${results.date.slice(0, 10)}${results.quick ? ' (--quick)' : ''}.`);
  out.push('');
  out.push(`| trung vị (ms) | ${SIZES.map((s) => LABEL[s]).join(' | ')} |`);
  out.push(`| --- | ${SIZES.map(() => '---:').join(' | ')} |`);
  for (const [name, values] of Object.entries(rows)) out.push(`| ${name} | ${SIZES.map((s) => ms(values[s])).join(' | ')} |`);
  out.push(`| LSP: mở → chẩn đoán | ${SIZES.map((s) => ms(lsp.open[s])).join(' | ')} |`);
  out.push(`| LSP: sửa → chẩn đoán | ${SIZES.map((s) => ms(lsp.edit[s])).join(' | ')} |`);
  out.push(`| LSP: gợi ý (completion) | ${SIZES.map((s) => (lsp.completionOffered ? ms(lsp.completion[s]) : 'n/a')).join(' | ')} |`);
  const check = rows['thongbao check'];
  out.push(`| **check ÷ remark-parse** | ${SIZES.map((s) => ratio(check[s], rows['remark-parse'][s])).join(' | ')} |`);
  out.push(`| **check ÷ markdownlint** | ${SIZES.map((s) => ratio(check[s], rows.markdownlint[s])).join(' | ')} |`);
  out.push(`| **check ÷ remark-lint** | ${SIZES.map((s) => ratio(check[s], rows['remark-lint'][s])).join(' | ')} |`);
  out.push('');
  out.push('| một lần đo | giá trị |');
  out.push('| --- | ---: |');
  out.push(`| \`node -e 0\` | ${ms(cli.nodeBare)} ms |`);
  out.push(`| \`thongbao check\` một tệp 10 KB (cả tiến trình) | ${ms(cli.oneFile10k)} ms (${ratio(cli.oneFile10k, cli.nodeBare)} \`node -e 0\`) |`);
  out.push(`| nạp lõi + lần kiểm tra đầu, 10 KB | ${ms(cli.firstCheckInProcess10k)} ms |`);
  out.push(`| \`thongbao check\` thư mục 1.000 tệp, 1 luồng | ${ms(cli.folder1000.jobs1)} ms |`);
  out.push(`| \`thongbao check\` thư mục 1.000 tệp, 2 luồng | ${cli.folder1000.jobs2 === null ? 'n/a' : `${ms(cli.folder1000.jobs2)} ms (nhanh hơn ${ratio(cli.folder1000.jobs1, cli.folder1000.jobs2)})`} |`);
  if (cli.folder1000.twoProcesses !== undefined) out.push(`| trần của máy: hai tiến trình riêng, mỗi tiến trình nửa thư mục, chạy cùng lúc | ${ms(cli.folder1000.twoProcesses)} ms (nhanh hơn ${ratio(cli.folder1000.jobs1, cli.folder1000.twoProcesses)}) |`);
  if (results.index1000Ms !== undefined) out.push(`| chỉ mục viện dẫn 1.000 thông báo (đọc + lập chỉ mục, trong tiến trình) | ${ms(results.index1000Ms)} ms |`);
  if (lsp.typing1m) out.push(`| LSP: bộ nhớ (RSS) sau ${lsp.typing1m.keystrokes} lần gõ vào bản 1 MB (trước khi gõ) | ${lsp.typing1m.rssAfterMb.toFixed(0)} MB (${lsp.typing1m.rssBeforeMb.toFixed(0)} MB) |`);
  out.push(`| LSP: mở 1.000 thông báo → mọi chẩn đoán | ${ms(lsp.workspace1000.allDiagnosticsMs)} ms |`);
  out.push(`| LSP: bộ nhớ (RSS) với 1.000 thông báo mở | ${lsp.workspace1000.rssMb.toFixed(0)} MB |`);
  if (lsp.indexed1000) {
    out.push(`| LSP: lập chỉ mục thư mục 1.000 thông báo (không mở tệp nào) | ${ms(lsp.indexed1000.indexMs)} ms |`);
    out.push(`| LSP: bộ nhớ (RSS) giữ chỉ mục 1.000 thông báo, 2 s sau khi lập xong | ${lsp.indexed1000.rssMb.toFixed(0)} MB |`);
  }
  out.push(`| tiện ích: nạp + activate (vscode giả lập) | ${extension.activateMs === null ? 'n/a' : `${ms(extension.activateMs)} ms`} |`);
  // Runs of the bench before the language client was loaded apart have no second time.
  if (extension.clientStartedMs != null) out.push(`| tiện ích: đến khi language client đã nạp và khởi động máy chủ | ${ms(extension.clientStartedMs)} ms |`);
  out.push(`| .vsix | ${extension.vsixBytes === null ? 'n/a (chạy «npm run package» trước)' : `${Math.round(extension.vsixBytes / 1024)} KB`} |`);
  return `${out.join('\n')}\n`;
}

export function renderReadme(root, results) {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md thiếu cặp đánh dấu ${start} … ${end}`);
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n${renderTable(results)}${readme.slice(to)}`);
}
