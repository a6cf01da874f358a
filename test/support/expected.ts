/**
 * Expected findings as fixture files hold them, one per line: `line:col-line:col severity rule-id`,
 * with 1-based lines and columns (UTF-16), as an editor shows them.
 */
import type { Finding } from '../../server/src/core/rules/types';
import { LineIndex } from '../../server/src/core/text/lines';

export function formatFindings(text: string, findings: Finding[]): string[] {
  const index = new LineIndex(text);
  return findings.map((finding) => {
    const s = index.positionAt(finding.start);
    const e = index.positionAt(finding.end);
    return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${finding.severity} ${finding.ruleId}`;
  });
}

export function parseExpected(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

