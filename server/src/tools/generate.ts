/**
 * Keeps the files that list the rules in step with the rules themselves: the settings schema in
 * package.json (thongbao.rules) and the rule table of the README. `npm run generate` writes them; a test
 * fails when running it would change a file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_SETTINGS } from '../core/config';
import { RULES } from '../core/rules/index';

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

export const GENERATED: { file: string; generate: (current: string) => string }[] = [
  { file: 'package.json', generate: generatedPackageJson },
  { file: 'README.md', generate: generatedReadme },
];

if (require.main === module) {
  const root = process.cwd();
  for (const { file, generate } of GENERATED) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = generate(before);
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`đã cập nhật ${file}`);
    }
  }
}
