/**
 * "Thông báo: Kiểm tra cả thư mục": every draft of the workspace, checked by the language server in
 * batches with a cancellable progress notification; the problems land in the Problems panel.
 */
import { commands, ProgressLocation, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../../../server/src/lsp/protocol';

export const CHECK_WORKSPACE_COMMAND = 'thongbao.checkWorkspace';

const DRAFTS = '**/*.{tb.md,thongbao}';
const IGNORED = '**/{node_modules,.git}/**';
/** Files per request: small enough for the progress to move and for cancelling to take effect soon. */
const BATCH = 10;

export async function checkWorkspace(client: LanguageClient): Promise<CheckFilesResult | undefined> {
  const files = await workspace.findFiles(DRAFTS, IGNORED);
  if (files.length === 0) {
    void window.showInformationMessage('Không có tệp thông báo (.tb.md, .thongbao) nào trong thư mục làm việc.');
    return undefined;
  }
  const total: CheckFilesResult = { checked: 0, errors: 0, warnings: 0, unreadable: [] };
  const finished = await window.withProgress(
    { location: ProgressLocation.Notification, title: 'Đang kiểm tra các thông báo', cancellable: true },
    async (progress, token) => {
      for (let from = 0; from < files.length; from += BATCH) {
        if (token.isCancellationRequested) return false;
        const params: CheckFilesParams = { uris: files.slice(from, from + BATCH).map((uri) => uri.toString()) };
        const result = await client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, params);
        total.checked += result.checked;
        total.errors += result.errors;
        total.warnings += result.warnings;
        total.unreadable.push(...result.unreadable);
        progress.report({ increment: (100 * params.uris.length) / files.length, message: `${Math.min(from + BATCH, files.length)}/${files.length} tệp` });
      }
      return true;
    },
  );
  await commands.executeCommand('workbench.actions.view.problems');
  const summary = `${finished ? 'Đã kiểm tra' : 'Đã dừng sau khi kiểm tra'} ${total.checked} tệp: ${total.errors} lỗi, ${total.warnings} cảnh báo.`;
  const unreadable = total.unreadable.length > 0 ? ` Không đọc được ${total.unreadable.length} tệp: ${total.unreadable.map((u) => u.message).join('; ')}` : '';
  void (unreadable ? window.showWarningMessage(summary + unreadable) : window.showInformationMessage(summary));
  return total;
}
