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
