/**
 * "Thông báo: Tạo thông báo kết luận mới": a draft from the template of the workspace profile (agency,
 * place, signer in .thongbao.yaml), inserted as a snippet so the drafter tabs through what is left to
 * write. The draft is untitled, or a file saved in the workspace.
 */
import { SnippetString, Uri, window, workspace, type TextEditor, type WorkspaceFolder } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NEW_NOTICE_REQUEST, type NewNoticeParams, type NewNoticeResult } from '../../../server/src/lsp/protocol';

export const NEW_NOTICE_COMMAND = 'thongbao.newNotice';

export interface NewNoticeOptions {
  /** Skips the question: an untitled draft, or a file (at `file`, or asked with a save dialog). */
  target?: 'untitled' | 'file';
  file?: Uri;
}

export async function newNotice(client: LanguageClient, options: NewNoticeOptions = {}): Promise<TextEditor | undefined> {
  const folder = currentFolder();
  const target = options.target ?? (options.file ? 'file' : await askTarget(folder));
  if (!target) return undefined;
  const params: NewNoticeParams = folder ? { folderUri: folder.uri.toString() } : {};
  const template = await client.sendRequest<NewNoticeResult>(NEW_NOTICE_REQUEST, params);
  let editor: TextEditor;
  if (target === 'untitled') {
    editor = await window.showTextDocument(await workspace.openTextDocument({ language: 'thongbao', content: '' }));
  } else {
    const file = options.file ?? (await askFile(folder));
    if (!file) return undefined;
    await workspace.fs.writeFile(file, new Uint8Array());
    editor = await window.showTextDocument(await workspace.openTextDocument(file));
  }
  await editor.insertSnippet(new SnippetString(template.snippet));
  if (target === 'file') await editor.document.save();
  return editor;
}

/** The folder of the active draft, else the first folder of the workspace. */
function currentFolder(): WorkspaceFolder | undefined {
  const active = window.activeTextEditor?.document.uri;
  return (active && workspace.getWorkspaceFolder(active)) ?? workspace.workspaceFolders?.[0];
}

async function askTarget(folder: WorkspaceFolder | undefined): Promise<'untitled' | 'file' | undefined> {
  if (!folder) return 'untitled';
  const picked = await window.showQuickPick(
    [
      { label: 'Bản nháp chưa lưu', description: 'Mở một tệp mới chưa đặt tên', target: 'untitled' as const },
      { label: 'Lưu thành tệp…', description: `Trong thư mục ${folder.name}`, target: 'file' as const },
    ],
    { title: 'Tạo thông báo kết luận mới', placeHolder: 'Tạo bản nháp ở đâu?' },
  );
  return picked?.target;
}

async function askFile(folder: WorkspaceFolder | undefined): Promise<Uri | undefined> {
  const today = new Date();
  const name = `thong-bao-ket-luan-${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}.tb.md`;
  return window.showSaveDialog({
    title: 'Lưu thông báo kết luận mới',
    saveLabel: 'Tạo',
    filters: { 'Thông báo': ['tb.md', 'thongbao'] },
    ...(folder && { defaultUri: Uri.joinPath(folder.uri, name) }),
  });
}
