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

/** Applies non-overlapping edits, last first, so earlier offsets stay valid. */
export function applyFixes(text: string, findings: Finding[]): string {
  const edits = findings
    .flatMap((finding) => finding.fix?.edits ?? [])
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const edit of edits) {
    if (edit.end > limit) continue; // overlaps an edit already applied; the next pass takes it
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}
