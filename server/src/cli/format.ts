/**
 * Output formats of `thongbao check`. The JSON shape is a public interface: one object per finding,
 * {file, rule, severity, message, range} with LSP's 0-based lines and UTF-16 characters. Never change it.
 */
import { version } from '../../../package.json';
import { RULES } from '../core/rules/index';
import type { Finding, Severity } from '../core/rules/types';
import { LineIndex, type Position } from '../core/text/lines';

export interface FileFindings {
  file: string;
  text: string;
  findings: Finding[];
}

export interface JsonFinding {
  file: string;
  rule: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
}

export function toJsonFindings(results: FileFindings[]): JsonFinding[] {
  return results.flatMap(({ file, text, findings }) => {
    const index = new LineIndex(text);
    return findings.map((finding) => ({
      file,
      rule: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: { start: index.positionAt(finding.start), end: index.positionAt(finding.end) },
    }));
  });
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin' };

export function formatText(results: FileFindings[]): string {
  const lines = toJsonFindings(results).map(
    (f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${SEVERITY_WORD[f.severity]} ${f.rule} ${f.message}`,
  );
  const counts = { error: 0, warning: 0, information: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  lines.push(
    `${results.length} tệp: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.information} thông tin.`,
  );
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note' };

/**
 * SARIF 2.1.0, for code-scanning dashboards. Columns are 1-based UTF-16 code units. `problems`: what kept the
 * run from checking everything (a file it could not read, a bad .thongbao.yaml), as the run's notifications,
 * so that a dashboard shows an incomplete run as such and not as a clean one.
 */
export function formatSarif(results: FileFindings[], problems: readonly string[] = []): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'thongbao',
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
              properties: { decree: rule.decree },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((problem) => ({ level: 'error', message: { text: problem } })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: toJsonFindings(results).map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? -1,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: {
                  startLine: f.range.start.line + 1,
                  startColumn: f.range.start.character + 1,
                  endLine: f.range.end.line + 1,
                  endColumn: f.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
