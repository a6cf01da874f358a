/** The command line: `thongbao check [--format text|json|sarif] PATH...`. Same core as the editor. */
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { check } from '../core/check';
import { join, resolve } from 'node:path';
import { fixAll } from '../core/fix';
import { LineIndex } from '../core/text/lines';
import { RegistryFiles } from '../node/registry-files';
import { collectFiles, InputError, readDraftSync, writeDraftAtomically } from './files';
import { ruleFlags } from './rule-flags';
import { formatSarif, formatText, toJsonFindings, type FileFindings } from './format';
import { citationsCommand, fileUri, indexFiles } from './citations';
import { availableParallelism } from 'node:os';
import { checkInWorkers, isCheckWorker, MIN_FILES_FOR_WORKERS, serveCheckWorker, type CheckOutcome } from './parallel';

const USAGE = `Cách dùng: thongbao check [--format text|json|sarif] [--rule MÃ=MỨC]... ĐƯỜNG_DẪN...
           thongbao fix [--rule MÃ=MỨC]... ĐƯỜNG_DẪN...
           thongbao citations [--format text|json|csv] ĐƯỜNG_DẪN...
           thongbao export [-o TỆP.docx] [--font-size 13|14] DỰ_THẢO   (xem: thongbao export --help)

check  kiểm tra thể thức các dự thảo Thông báo (Nghị định 30/2020/NĐ-CP);
fix    sửa mọi lỗi có cách sửa chắc chắn, ghi đè tệp an toàn (giữ mã hóa, BOM, kiểu xuống dòng),
       rồi báo những lỗi còn lại.
citations  sổ các văn bản được viện dẫn: số ký hiệu, tên loại, ngày, cơ quan, trích yếu, nơi viện dẫn.
Nhiều tệp hoặc một thư mục: check đối chiếu viện dẫn giữa các dự thảo (citation/cross-conflict).
Thư mục: mọi tệp *.tb.md và *.thongbao bên trong; tệp nêu tên: dù đuôi tệp là gì.

  --format text|json|sarif   dạng kết quả (mặc định: text)
  --rule MÃ=MỨC              đặt mức cho một quy tắc: off, information, warning, error
  --jobs N                   số luồng kiểm tra song song (mặc định: số lõi CPU trừ một)
  --help, --version

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 sai cách dùng hoặc không đọc được tệp.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function main(argv: string[]): Promise<number> {
  // Its own options and its own bundle (dist/cli-export.js): the Word writer is loaded only for this command.
  if (argv[0] === 'export') return (require(join(__dirname, 'cli-export.js')) as typeof import('./export')).exportCommand(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        rule: { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command === 'citations') {
    if (paths.length === 0) return usageError('thiếu đường dẫn cần lập sổ');
    return citationsCommand(paths, values.format, (text) => process.stdout.write(text), (text) => process.stderr.write(`thongbao: ${text}\n`));
  }
  if (command !== 'check' && command !== 'fix') return usageError(command ? `lệnh không rõ «${command}»` : 'thiếu lệnh');
  if (paths.length === 0) return usageError('thiếu đường dẫn cần kiểm tra');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) return usageError(`--format phải là một trong: ${FORMATS.join(', ')}`);
  const { rules, problems } = ruleFlags(values.rule);
  if (problems.length > 0) return usageError(problems.join(' '));

  // One core is left to the main thread and the garbage collector, which run beside the workers: on two
  // cores, two workers measured slower than one thread.
  const jobs = values.jobs === undefined ? Math.max(1, availableParallelism() - 1) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usageError('--jobs phải là một số nguyên dương');

  const { files, errors } = await collectFiles(paths);
  // A folder without drafts is not an error, but a silent "0 tệp" would look like a clean result.
  if (files.length === 0 && errors.length === 0) process.stderr.write('thongbao: không có tệp dự thảo nào (*.tb.md, *.thongbao) trong đường dẫn đã cho.\n');
  const results: FileFindings[] = [];
  const registryFiles = new RegistryFiles();
  // Many files to check: on worker threads; the loop below then takes their results in order. Several drafts
  // are a workspace: each is checked against what the others say of the documents they cite.
  const inWorkers = command === 'check' && jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS;
  const index = files.length > 1 && !inWorkers ? indexFiles(files, registryFiles).index : undefined;
  const checked: CheckOutcome[] | undefined = inWorkers ? await checkInWorkers(files, rules, jobs, files.length > 1) : undefined;
  const reportedRegistries = new Set<string>();
  for (const [position, file] of files.entries()) {
    try {
      const outcome = checked?.[position];
      if (outcome && 'error' in outcome) throw new InputError(outcome.error);
      // Read when its turn comes: with `fix`, a file named twice is read again after its fixes.
      const draft = outcome ? undefined : readDraftSync(file);
      let text = outcome ? outcome.text : draft!.text;
      // The nearest .thongbao.yaml: its data, and its rules under the command line's own --rule.
      const workspace = registryFiles.registryFor(resolve(file));
      if (workspace.file && !reportedRegistries.has(workspace.file)) {
        reportedRegistries.add(workspace.file);
        const loaded = registryFiles.load(workspace.file);
        const lines = new LineIndex(loaded.text);
        for (const problem of loaded.problems) {
          const at = lines.positionAt(problem.start);
          errors.push(`${workspace.file}:${at.line + 1}:${at.character + 1}: ${problem.message}`);
        }
      }
      const options = { rules: { ...workspace.rules, ...rules }, registry: workspace.registry, ...(index && { workspace: { index, uri: fileUri(file) } }) };
      if (command === 'fix' && draft) {
        const fixed = fixAll(text, options);
        if (fixed.fixed > 0) {
          await writeDraftAtomically(file, fixed.text, draft);
          text = fixed.text;
          process.stderr.write(`thongbao: đã sửa ${fixed.fixed} chỗ trong «${file}».\n`);
        }
      }
      results.push({ file, text, findings: outcome ? outcome.findings : check(text, options).findings });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error.message);
    }
  }
  for (const error of errors) process.stderr.write(`thongbao: ${error}\n`);

  if (format === 'json') process.stdout.write(`${JSON.stringify(toJsonFindings(results), null, 2)}\n`);
  else if (format === 'sarif') process.stdout.write(formatSarif(results, errors));
  else process.stdout.write(formatText(results));

  if (errors.length > 0) return 2;
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`thongbao: ${message}\n\n${USAGE}`);
  return 2;
}

if (isCheckWorker()) serveCheckWorker();
else main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`thongbao: lỗi nội bộ: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
