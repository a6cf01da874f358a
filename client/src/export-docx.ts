/**
 * "Thông báo: Xuất ra Word (.docx)": the draft in the editor (saved or not) written as a Word file in the
 * decree's layout. A draft with errors still exports; the message then says how many errors the Problems
 * panel holds for it and offers to open the panel.
 */
import * as vscode from 'vscode';
import { loadPrint } from './load-print';
import { exportSizeSet } from './print-settings';

const SOURCE = 'thongbao';

export interface ExportResult {
  target: string;
  errors: number;
}

/**
 * `errorsOf` asks the language server how many errors the draft's current text has: it answers for the
 * version it was last sent, that is the text exported, where the Problems panel may still show the previous one.
 */
export function registerExport(context: vscode.ExtensionContext, errorsOf: (uri: vscode.Uri) => Promise<number | undefined>): void {
  context.subscriptions.push(
    // `target` lets a task or a test choose the file without the save dialog.
    vscode.commands.registerCommand('thongbao.exportDocx', async (resource?: vscode.Uri, target?: vscode.Uri): Promise<ExportResult | undefined> => {
      const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showWarningMessage('Hãy mở một dự thảo Thông báo để xuất ra Word.');
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: defaultTarget(uri), filters: { 'Tài liệu Word': ['docx'] }, saveLabel: 'Xuất' }));
      if (!destination) return undefined;
      try {
        const { noticeToDocx, parseNotice, normalizeNfc } = loadPrint();
        const model = parseNotice(normalizeNfc(document.getText()).text);
        const bytes = await noticeToDocx(model, { sizeSet: exportSizeSet(uri), title: model.summary?.text ?? 'Thông báo' });
        await vscode.workspace.fs.writeFile(destination, bytes);
      } catch (error) {
        void vscode.window.showErrorMessage(`Không xuất được «${vscode.workspace.asRelativePath(destination)}»: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
      const errors =
        (await errorsOf(uri).catch(() => undefined)) ??
        vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && d.severity === vscode.DiagnosticSeverity.Error).length;
      void announce(destination, errors);
      return { target: destination.toString(), errors };
    }),
  );
}

async function announce(destination: vscode.Uri, errors: number): Promise<void> {
  const name = vscode.workspace.asRelativePath(destination);
  if (errors === 0) {
    void vscode.window.showInformationMessage(`Đã xuất «${name}».`);
    return;
  }
  const show = 'Xem các lỗi';
  const choice = await vscode.window.showWarningMessage(`Đã xuất «${name}», nhưng dự thảo còn ${errors} lỗi thể thức.`, show);
  if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** "ket-luan.tb.md" → "ket-luan.docx" beside it (untitled drafts: in the first workspace folder). */
function defaultTarget(uri: vscode.Uri): vscode.Uri | undefined {
  const name = (uri.path.split('/').pop() ?? 'thong-bao').replace(/\.(tb\.md|thongbao|md|txt)$/i, '') + '.docx';
  if (uri.scheme === 'file') return vscode.Uri.joinPath(uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
}
