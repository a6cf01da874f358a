/**
 * Keeps the files that list the rules in step with the rules themselves: the settings schema in
 * package.json (thongbao.rules), the rule table of the README, and one documentation page per rule. `npm run generate` writes them; a test
 * fails when running it would change a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { check } from '../core/check';
import { SEVERITY_SETTINGS } from '../core/config';
import { RULES } from '../core/rules/index';
import type { Finding, Rule } from '../core/rules/types';
import { LineIndex } from '../core/text/lines';

const SEVERITY_WORD = { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin' } as const;

export function generatedPackageJson(current: string): string {
  const manifest = JSON.parse(current);
  const setting = manifest.contributes.configuration.properties['thongbao.rules'];
  setting.properties = Object.fromEntries(
    RULES.map((rule) => [
      rule.id,
      {
        type: 'string',
        enum: SEVERITY_SETTINGS,
        default: rule.severity,
        markdownDescription: `${rule.description} Căn cứ: ${rule.decree}. [Tài liệu](docs/rules/${rule.id}.md)`,
      },
    ]),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const START = '<!-- rules:start (npm run generate) -->';
const END = '<!-- rules:end -->';

export function generatedReadme(current: string): string {
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
  const rows = RULES.map(
    (rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${SEVERITY_WORD[rule.severity]} | ${rule.description} |`,
  );
  const table = ['| quy tắc | mức mặc định | kiểm tra |', '| --- | --- | --- |', ...rows].join('\n');
  return `${current.slice(0, from + START.length)}\n${table}\n${current.slice(to)}`;
}

/** The page of one rule: what it checks, its grade, its decree point, and its examples with their findings. */
export function rulePage(rule: Rule): string {
  const findings = (text: string) =>
    formatFindings(text, check(text).findings.filter((finding) => finding.ruleId === rule.id));
  const wrong = findings(rule.examples.wrong);
  const fixes = check(rule.examples.wrong).findings.some((finding) => finding.ruleId === rule.id && finding.fix);
  return [
    `# ${rule.id}`,
    '',
    rule.description,
    '',
    `- **Mức mặc định:** ${SEVERITY_WORD[rule.severity]}`,
    `- **Căn cứ:** ${rule.decree}`,
    `- **Sửa nhanh:** ${fixes ? 'có (bóng đèn trong trình soạn thảo, «Sửa tất cả», `thongbao fix`)' : 'không: cách sửa không chắc chắn, người soạn thảo tự quyết định'}`,
    ...(rule.stateFormat ? ['- **Văn bản của Đảng** (đầu văn bản ghi «ĐẢNG CỘNG SẢN VIỆT NAM»): không áp dụng, thể thức theo Hướng dẫn 36-HD/VPTW.'] : []),
    '',
    '## Sai',
    '',
    '```text',
    rule.examples.wrong,
    '```',
    '',
    ...wrong.map((line) => `> ${line}`),
    '',
    '## Đúng',
    '',
    '```text',
    rule.examples.right,
    '```',
    '',
    '## Tắt hoặc đổi mức',
    '',
    `- Cài đặt VS Code: \`"thongbao.rules": { "${rule.id}": "off" }\` (hoặc \`information\`, \`warning\`, \`error\`).`,
    `- Tệp \`.thongbao.yaml\` của thư mục làm việc: \`rules: { ${rule.id}: "off" }\`.`,
    `- Dòng lệnh: \`thongbao check --rule ${rule.id}=off …\`.`,
    `- Trong văn bản: \`<!-- thongbao-disable ${rule.id} -->\` … \`<!-- thongbao-enable ${rule.id} -->\`, hoặc \`<!-- thongbao-disable-next-line ${rule.id} -->\`.`,
    '',
    'Trang này được tạo từ mã nguồn của quy tắc (`npm run generate`).',
    '',
  ].join('\n');
}

/** Findings as "dòng 5, cột 6–15: lỗi — message". */
function formatFindings(text: string, findings: Finding[]): string[] {
  const index = new LineIndex(text);
  return findings.map((finding) => {
    const start = index.positionAt(finding.start);
    const end = index.positionAt(finding.end);
    const columns = start.line === end.line ? `cột ${start.character + 1}–${end.character + 1}` : `đến dòng ${end.line + 1}`;
    return `dòng ${start.line + 1}, ${columns}: **${SEVERITY_WORD[finding.severity]}** — ${finding.message}`;
  });
}

export function rulesIndex(): string {
  const rows = RULES.map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${SEVERITY_WORD[rule.severity]} | ${rule.description} |`);
  return ['# Các quy tắc', '', '| quy tắc | mức mặc định | kiểm tra |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

export const GENERATED: { file: string; generate: (current: string) => string }[] = [
  { file: 'package.json', generate: generatedPackageJson },
  { file: 'README.md', generate: generatedReadme },
  { file: 'docs/rules/README.md', generate: rulesIndex },
  ...RULES.map((rule) => ({ file: `docs/rules/${rule.id}.md`, generate: () => rulePage(rule) })),
];

if (require.main === module) {
  const root = process.cwd();
  for (const { file, generate } of GENERATED) {
    const path = join(root, file);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const after = generate(before);
    if (after !== before) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, after);
      console.log(`đã cập nhật ${file}`);
    }
  }
}
