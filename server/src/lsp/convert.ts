/** Findings become LSP diagnostics and code actions here, and only here. */
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { Edit, Finding, Severity } from '../core/rules/types';
import type { LineIndex } from '../core/text/lines';

export const SOURCE = 'thongbao';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

/** Where a rule's documentation page is, if known: the code in the Problems panel links to it. */
export type DocsLink = (ruleId: string) => string | undefined;

export function toDiagnostic(finding: Finding, index: LineIndex, uri: string, docs?: DocsLink): Diagnostic {
  const diagnostic = Diagnostic.create(toRange(index, finding.start, finding.end), finding.message, SEVERITY[finding.severity], finding.ruleId, SOURCE);
  const href = docs?.(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: toRange(index, related.start, related.end) },
      message: related.message,
    }));
  }
  if (finding.relatedElsewhere) {
    diagnostic.relatedInformation = [
      ...(diagnostic.relatedInformation ?? []),
      ...finding.relatedElsewhere.map((related) => ({ location: { uri: related.uri, range: related.range }, message: related.message })),
    ];
  }
  return diagnostic;
}

/**
 * The most diagnostics sent for one draft. VS Code keeps 1,000 per file, the most severe first, and says in
 * English how many it dropped: the server sends no more than that, chosen the same way, and says it itself.
 */
export const MAX_DIAGNOSTICS = 1000;

const BY_SEVERITY: Severity[] = ['error', 'warning', 'information'];

/**
 * A draft's diagnostics: every finding, or past `max`, the most severe ones (in the draft's order within a
 * severity) and a last one telling how many more there are and how to see them all.
 */
export function toDiagnostics(findings: readonly Finding[], index: LineIndex, uri: string, docs?: DocsLink, max = MAX_DIAGNOSTICS): Diagnostic[] {
  if (findings.length <= max) return findings.map((finding) => toDiagnostic(finding, index, uri, docs));
  const kept = new Set<Finding>();
  for (const severity of BY_SEVERITY) {
    for (const finding of findings) {
      if (kept.size === max - 1) break;
      if (finding.severity === severity) kept.add(finding);
    }
  }
  const shown = findings.filter((finding) => kept.has(finding));
  const firstHidden = findings.find((finding) => !kept.has(finding))!;
  const at = index.positionAt(firstHidden.start);
  const hidden = findings.length - shown.length;
  return [
    ...shown.map((finding) => toDiagnostic(finding, index, uri, docs)),
    {
      range: { start: at, end: at },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: `Còn ${hidden.toLocaleString('vi-VN')} phát hiện nữa không hiển thị (hiển thị trước lỗi, rồi cảnh báo); chạy «thongbao check» để xem đủ.`,
    },
  ];
}

export function toQuickFix(finding: Finding, index: LineIndex, uri: string, docs?: DocsLink): CodeAction | undefined {
  if (!finding.fix) return undefined;
  const edits: TextEdit[] = finding.fix.edits.map((edit) => ({ range: toRange(index, edit.start, edit.end), newText: edit.newText }));
  const action = CodeAction.create(finding.fix.title, { changes: { [uri]: edits } }, CodeActionKind.QuickFix);
  action.diagnostics = [toDiagnostic(finding, index, uri, docs)];
  action.isPreferred = true;
  return action;
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.thongbao`;

/** One action that applies every certain fix of the document, as the smallest single edit. */
export function toFixAll(edit: Edit, index: LineIndex, uri: string, kind: string, count: number): CodeAction {
  const title = `Sửa tất cả lỗi sửa được (${count})`;
  return CodeAction.create(title, { changes: { [uri]: [{ range: toRange(index, edit.start, edit.end), newText: edit.newText }] } }, kind);
}
