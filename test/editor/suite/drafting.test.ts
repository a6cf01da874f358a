/**
 * Drafting help in a real VS Code: the new-notice command fills a draft from the profile and the checker
 * passes it once the signer's name is written; a unit typed by its initials is completed through
 * the suggest widget; the whole folder is checked into the Problems panel.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyDraft, lineOf, removeDraft, SOURCE, waitForDiagnostics } from './helpers';

const DRAFT = 'thong-bao-nhap.tb.md';

/** Polls `done` until it holds, running `step` before each look (for UI that has no event to wait on). */
async function until(done: () => boolean, step: () => Thenable<unknown>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await step();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('Drafting help in a real VS Code', () => {
  test('«Tạo thông báo kết luận mới» opens a draft of the profile that the checker passes', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('thongbao.newNotice', { target: 'untitled' });
    assert.ok(editor, 'the command returns the new editor');
    const document = editor.document;
    try {
      assert.equal(document.languageId, 'thongbao');
      const text = document.getText();
      assert.ok(text.startsWith('UBND TỈNH QUẢNG NGÃI\n**SỞ KHOA HỌC VÀ CÔNG NGHỆ**\n'), text.slice(0, 80));
      assert.match(text, /\*Quảng Ngãi, ngày \d{2} tháng \d{1,2} năm \d{4}\*/);
      // The snippet session starts on the first thing left to write: the meeting.
      assert.equal(document.getText(editor.selection), 'cuộc họp giao ban');
      // Left unwritten, the signer's name is the one thing the checker asks for.
      const missingSigner = (d: vscode.Diagnostic) => d.source === SOURCE && d.message.startsWith('Thiếu họ tên người ký');
      await waitForDiagnostics(document.uri, (all) => all.some(missingSigner), 'the unwritten signer to be reported');
      const signerLine = lineOf(document, '**Họ và tên**');
      await editor.edit((edit) => edit.replace(new vscode.Range(signerLine, 2, signerLine, 2 + 'Họ và tên'.length), 'Nguyễn Văn An'));
      const diagnostics = await waitForDiagnostics(document.uri, (all) => !all.some(missingSigner), 'the signer to be accepted');
      const serious = diagnostics.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(serious.map((d) => `${d.range.start.line}: ${d.message}`), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('«Tạo thông báo kết luận mới» can save the draft as a file of the workspace', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const file = vscode.Uri.joinPath(folder, `tmp-${Date.now()}-moi.tb.md`);
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('thongbao.newNotice', { file });
      assert.equal(editor.document.uri.toString(), file.toString());
      assert.equal(editor.document.isDirty, false, 'saved');
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      assert.ok(saved.includes('Số:      /TB-SKHCN\n') && saved.includes('***Nơi nhận:***\n'), saved.slice(0, 200));
    } finally {
      await removeDraft(file);
    }
  });

  test('a unit typed by its initials is completed through the suggest widget', async () => {
    const uri = await copyDraft(DRAFT);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      const line = lineOf(document, '2. Giao các phòng chuyên môn rà soát kế hoạch năm 2025 của đơn vị mình.');
      const typedAt = new vscode.Position(line + 1, 0);
      await editor.edit((edit) => edit.insert(typedAt, '\nGiao qlkh'));
      const end = new vscode.Position(line + 2, 'Giao qlkh'.length);
      editor.selection = new vscode.Selection(end, end);

      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, end);
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      assert.ok(labels.includes('Phòng Quản lý Khoa học và Đổi mới sáng tạo'), labels.join(' | '));

      // Through the widget, as a drafter would: VS Code's own filter must keep the item for "qlkh".
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await until(
        () => document.lineAt(line + 2).text !== 'Giao qlkh',
        () => vscode.commands.executeCommand('acceptSelectedSuggestion'),
        'the suggestion to be accepted',
      );
      assert.equal(document.lineAt(line + 2).text, 'Giao Phòng Quản lý Khoa học và Đổi mới sáng tạo');
    } finally {
      await removeDraft(uri);
    }
  });

  test('«Kiểm tra cả thư mục» puts the problems of unopened drafts in the Problems panel', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const draft = vscode.Uri.joinPath(folder, DRAFT);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === draft.toString()), 'the draft is not open');
    const result = await vscode.commands.executeCommand<{ checked: number; errors: number }>('thongbao.checkWorkspace');
    assert.ok(result.checked >= 1 && result.errors >= 1, JSON.stringify(result));
    await waitForDiagnostics(draft, (all) => all.some((d) => d.source === SOURCE && d.message.length > 0), 'the diagnostics of the unopened draft');
  });
});
