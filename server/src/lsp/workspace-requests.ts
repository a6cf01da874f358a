/**
 * The requests behind the client's commands: a new notice from the workspace profile, and checking drafts
 * on disk so that a whole folder's problems reach the Problems panel.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { check } from '../core/check';
import type { CalendarDay } from '../core/features/date-format';
import { noticeTemplate } from '../core/features/template';
import type { Registry } from '../core/registry/registry';
import type { RuleSettings } from '../core/config';
import { LineIndex } from '../core/text/lines';
import { readDraft } from '../cli/files';
import { toDiagnostics, type DocsLink } from './convert';
import {
  CHECK_FILES_REQUEST,
  NEW_NOTICE_REQUEST,
  type CheckFilesParams,
  type CheckFilesResult,
  type NewNoticeParams,
  type NewNoticeResult,
} from './protocol';
import type { DocumentSettings } from './settings';

export interface WorkspaceRequestOptions {
  /** The registry and the workspace's rules for a document or folder uri. */
  workspaceFor(uri: string): { registry: Registry; rules: RuleSettings };
  settingsFor(uri: string): Promise<DocumentSettings>;
  docsLink?: DocsLink;
  today?(): CalendarDay;
}

export function registerWorkspaceRequests(connection: Connection, documents: TextDocuments<TextDocument>, options: WorkspaceRequestOptions): void {
  connection.onRequest(NEW_NOTICE_REQUEST, (params: NewNoticeParams): NewNoticeResult => {
    const now = new Date();
    const today = options.today?.() ?? { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
    // A folder's profile comes from the .thongbao.yaml found from a draft inside it.
    const registry = options.workspaceFor(params.folderUri ? `${params.folderUri.replace(/\/$/, '')}/thong-bao-moi.tb.md` : 'untitled:thong-bao-moi').registry;
    return noticeTemplate(registry, today);
  });

  connection.onRequest(CHECK_FILES_REQUEST, async (params: CheckFilesParams): Promise<CheckFilesResult> => {
    const result: CheckFilesResult = { checked: 0, errors: 0, warnings: 0, unreadable: [] };
    for (const uri of params.uris) {
      let text: string;
      try {
        text = documents.get(uri)?.getText() ?? (await readDraft(fileURLToPath(uri))).text;
      } catch (error) {
        result.unreadable.push({ uri, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
      const settings = await options.settingsFor(uri);
      result.checked++;
      if (!settings.enable) continue;
      const workspace = options.workspaceFor(uri);
      let findings;
      try {
        findings = check(text, { rules: { ...settings.rules, ...workspace.rules }, registry: workspace.registry }).findings;
      } catch (error) {
        result.unreadable.push({ uri, message: `không kiểm tra được: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      result.errors += findings.filter((finding) => finding.severity === 'error').length;
      result.warnings += findings.filter((finding) => finding.severity === 'warning').length;
      // An open document has its own, fresher diagnostics from the server.
      if (documents.get(uri)) continue;
      const index = new LineIndex(text);
      const diagnostics = toDiagnostics(findings, index, uri, options.docsLink);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    return result;
  });
}
