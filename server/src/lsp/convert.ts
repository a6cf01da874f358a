/** Findings become LSP diagnostics and code actions here, and only here. */
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { Finding, Severity } from '../core/rules/types';
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

export function toDiagnostic(finding: Finding, index: LineIndex, uri: string): Diagnostic {
  const diagnostic = Diagnostic.create(toRange(index, finding.start, finding.end), finding.message, SEVERITY[finding.severity], finding.ruleId, SOURCE);
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: toRange(index, related.start, related.end) },
      message: related.message,
    }));
  }
  return diagnostic;
}

export function toQuickFix(finding: Finding, index: LineIndex, uri: string): CodeAction | undefined {
  if (!finding.fix) return undefined;
  const edits: TextEdit[] = finding.fix.edits.map((edit) => ({ range: toRange(index, edit.start, edit.end), newText: edit.newText }));
  const action = CodeAction.create(finding.fix.title, { changes: { [uri]: edits } }, CodeActionKind.QuickFix);
  action.diagnostics = [toDiagnostic(finding, index, uri)];
  action.isPreferred = true;
  return action;
}
