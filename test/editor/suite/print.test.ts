/**
 * Print-ready output in a real VS Code: the preview webview renders the draft (its script runs under the
 * strict CSP and reports back), follows typing and scrolling and underlines the findings; the export
 * command writes a .docx and counts the errors that remain.
 */
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import type { PreviewState } from '../../../client/src/preview/panel';
import type { ExportResult } from '../../../client/src/export-docx';
import { copyDraft, removeDraft, SOURCE, waitForDiagnostics } from './helpers';

const DRAFT = 'thong-bao-nhap.tb.md';

/** Waits until `read()` gives a value that `ready` accepts, looking again on every tick of 50 ms. */
async function until<T>(read: () => Thenable<T> | T, ready: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ready(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 600)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

const previewState = (uri: vscode.Uri) => vscode.commands.executeCommand<PreviewState | undefined>('thongbao.preview.state', uri.toString());

suite('Print: preview and export to Word', () => {
  let uri: vscode.Uri;
  let editor: vscode.TextEditor;

  setup(async () => {
    uri = await copyDraft(DRAFT);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, (all) => all.some((d) => d.source === SOURCE), 'the first diagnostics');
  });

  teardown(async () => {
    await removeDraft(uri);
  });

  test('the preview shows the page beside the draft, with the findings underlined', async () => {
    await vscode.commands.executeCommand('thongbao.preview');
    const state = await until(() => previewState(uri), (s) => (s?.blocks ?? 0) > 0 && (s?.marks?.length ?? 0) > 0, 'the rendered preview');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const tab = tabs.find((t) => t.label === `Xem trước: ${uri.path.split('/').pop()}`);
    assert.ok(tab, `a preview tab is open; tabs: ${tabs.map((t) => `${t.label} (${(t.input as { viewType?: string })?.viewType})`).join(', ')}`);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the draft');
    // Styled as printed, under the strict CSP: an A4-wide sheet (210 mm = 794 px), the 14-pt set.
    assert.equal(state!.pageWidth, 794);
    assert.deepEqual(state!.styles, {
      title: '18.6667px 700 normal center',
      body: '18.6667px 400 normal justify',
      'recipients-label': '16px 700 italic left',
    });

    const text = state!.text!.normalize('NFC');
    for (const part of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THÔNG BÁO', 'Nơi nhận:', 'Trần Văn Quang']) assert.ok(text.includes(part), `«${part}» in the preview`);
    // Each error of the Problems panel is underlined on its own characters (the impossible date, the
    // issue date's day without its zero).
    assert.ok(state!.marks!.includes('tb-error:31/4/2025'), `marks: ${state!.marks!.join(' | ')}`);
    const errors = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      state!.marks!.filter((mark) => mark.startsWith('tb-error:')),
      errors.map((d) => `tb-error:${editor.document.getText(d.range)}`),
    );
  });

  test('the preview follows typing and scrolling', async () => {
    await vscode.commands.executeCommand('thongbao.preview');
    await until(() => previewState(uri), (s) => (s?.blocks ?? 0) > 0, 'the first render');
    // Typing: thirty numbered items before the closing line, so the draft is longer than the editor.
    const document = editor.document;
    const closing = document.getText().split('\n').findIndex((line) => line.startsWith('Thông báo để'));
    const items = Array.from({ length: 30 }, (_, i) => `${i + 3}. Giao Phòng Quản lý Khoa học nhiệm vụ số ${i + 3}.\n\n`).join('');
    await editor.edit((edit) => edit.insert(new vscode.Position(closing, 0), items));
    const typed = await until(() => previewState(uri), (s) => s?.version === document.version, 'the preview of the edited draft');
    assert.ok(typed!.text!.normalize('NFC').includes('32. Giao Phòng Quản lý Khoa học nhiệm vụ số 32.'));

    // Scrolling: the editor shows a later line at the top; the preview scrolls to the same place.
    const target = closing + 40;
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    const top = await until(() => editor.visibleRanges[0]!.start.line, (line) => line > 0, 'the editor to scroll');
    await until(() => previewState(uri), (s) => s?.scrolledLine === top, `the preview to scroll to line ${top}`);
  });

  test('export writes the .docx and counts the errors that remain', async () => {
    const errors = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && d.severity === vscode.DiagnosticSeverity.Error).length;
    assert.ok(errors > 0, 'the draft has errors');
    const target = vscode.Uri.joinPath(uri, '..', `${uri.path.split('/').pop()}.docx`);
    const configuration = vscode.workspace.getConfiguration('thongbao');
    try {
      const result = await vscode.commands.executeCommand<ExportResult>('thongbao.exportDocx', uri, target);
      assert.deepEqual(result, { target: target.toString(), errors });
      const parts = unzipSync(await vscode.workspace.fs.readFile(target));
      const document = strFromU8(parts['word/document.xml']!);
      assert.match(document, /THÔNG BÁO/);
      assert.match(document, /Trần Văn Quang/);
      assert.match(strFromU8(parts['word/styles.xml']!), /w:styleId="TB-body">.*?<w:sz w:val="28"\/>/);

      // Right after an edit, the count is of the text exported, not of the server's previous report.
      const date = editor.document.getText().indexOf('31/4/2025');
      await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(date), editor.document.positionAt(date + 9)), '30/4/2025'));
      const afterEdit = await vscode.commands.executeCommand<ExportResult>('thongbao.exportDocx', uri, target);
      assert.equal(afterEdit.errors, errors - 1);
      assert.match(strFromU8(unzipSync(await vscode.workspace.fs.readFile(target))['word/document.xml']!), /Ngày 30\/4\/2025/);

      // The 13-pt set from the settings, in the Word file and in an open preview.
      await vscode.commands.executeCommand('thongbao.preview', uri);
      await until(() => previewState(uri), (s) => s?.styles?.body?.startsWith('18.6667px') === true, 'the preview in the 14-pt set');
      await configuration.update('export.fontSize', 13, vscode.ConfigurationTarget.Workspace);
      await until(() => previewState(uri), (s) => s?.styles?.body?.startsWith('17.3333px') === true, 'the preview in the 13-pt set');
      await vscode.commands.executeCommand('thongbao.exportDocx', uri, target);
      const smaller = unzipSync(await vscode.workspace.fs.readFile(target));
      assert.match(strFromU8(smaller['word/styles.xml']!), /w:styleId="TB-body">.*?<w:sz w:val="26"\/>/);
    } finally {
      await configuration.update('export.fontSize', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(target, { useTrash: false }).then(undefined, () => undefined);
    }
  });
});
