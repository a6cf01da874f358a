/**
 * `thongbao export DRAFT [-o NOTICE.docx] [--font-size 13|14]`: the draft as a Word file in the decree's
 * layout. A draft with errors still exports; the errors that remain are counted on stderr and the exit
 * code is 1, as for `check`.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from '../core/check';
import { noticeToDocx } from '../export/docx';
import { SIZE_SETS, DEFAULT_SIZE_SET, type SizeSet } from '../export/typography';
import { RegistryFiles } from '../node/registry-files';
import { InputError, readDraft } from './files';
import { ruleFlags } from './rule-flags';

export const EXPORT_USAGE = `Cách dùng: thongbao export [-o TỆP.docx] [--font-size 13|14] [--rule MÃ=MỨC]... DỰ_THẢO

Xuất dự thảo ra tệp Word (.docx) đúng thể thức Nghị định 30/2020/NĐ-CP: khổ A4, lề, phông Times New Roman,
cỡ chữ từng thành phần, số trang từ trang 2, chú thích cuối trang.

  -o, --output TỆP.docx   tệp Word cần ghi (mặc định: tên dự thảo với đuôi .docx)
  --font-size 13|14       bộ cỡ chữ: nội dung 13 hay 14 (mặc định: ${DEFAULT_SIZE_SET})
  --rule MÃ=MỨC           đặt mức cho một quy tắc khi đếm lỗi còn lại

Dự thảo còn lỗi vẫn được xuất; số lỗi còn lại được báo và mã thoát là 1.
Mã thoát: 0 đã xuất, không còn lỗi; 1 đã xuất, còn lỗi; 2 sai cách dùng hoặc không đọc, ghi được tệp.
`;

export async function exportCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'font-size': { type: 'string', default: String(DEFAULT_SIZE_SET) },
        rule: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(EXPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'thiếu dự thảo cần xuất' : 'mỗi lần chỉ xuất một dự thảo');
  const sizeSet = Number(values['font-size']) as SizeSet;
  if (!SIZE_SETS.includes(sizeSet)) return usageError(`--font-size phải là 13 hoặc 14, không phải «${values['font-size']}»`);
  const { rules, problems } = ruleFlags(values.rule);
  if (problems.length > 0) return usageError(problems.join(' '));
  const draftPath = positionals[0]!;
  const output = values.output ?? defaultOutput(draftPath);
  if (!output.toLowerCase().endsWith('.docx')) return usageError(`tệp xuất phải có đuôi .docx: «${output}»`);

  try {
    const draft = await readDraft(draftPath);
    const workspace = new RegistryFiles().registryFor(resolve(draftPath));
    const result = check(draft.text, { rules: { ...workspace.rules, ...rules }, registry: workspace.registry });
    const bytes = await noticeToDocx(result.model, { sizeSet, title: result.model.summary?.text ?? basename(draftPath) });
    await writeAtomically(output, bytes);
    const errors = result.findings.filter((finding) => finding.severity === 'error').length;
    process.stderr.write(`thongbao: đã xuất «${output}» (cỡ chữ nội dung ${sizeSet}).\n`);
    if (errors > 0) {
      process.stderr.write(`thongbao: dự thảo «${draftPath}» còn ${errors} lỗi thể thức; xem bằng: thongbao check ${JSON.stringify(draftPath)}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`thongbao: ${error.message}\n`);
    return 2;
  }
}

/** "bao-cao.tb.md" → "bao-cao.docx", beside the draft. */
function defaultOutput(draft: string): string {
  const name = basename(draft).replace(/\.(tb\.md|thongbao|md|txt)$/i, '');
  return join(dirname(draft), `${name}.docx`);
}

/** A temporary file beside the target, then a rename: a reader never sees half a .docx. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.thongbao-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có thư mục này' : code === 'EACCES' || code === 'EPERM' ? 'không có quyền ghi' : (error as Error).message;
    throw new InputError(`không ghi được «${path}»: ${why}`);
  }
}

function usageError(message: string): number {
  process.stderr.write(`thongbao: ${message}\n\n${EXPORT_USAGE}`);
  return 2;
}
