/**
 * The language server dies (killed, out of memory): VS Code's client starts it again, and diagnostics come
 * back for the open draft, including for text typed after the restart.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyDraft, ours, removeDraft, waitForDiagnostics } from './helpers';

/** The server's process id through the extension's hidden command; undefined while it is down. */
async function serverPid(): Promise<number | undefined> {
  try {
    const pid = await Promise.race([
      vscode.commands.executeCommand<number>('thongbao.serverProcessId'),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_000)),
    ]);
    return typeof pid === 'number' ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Polls until the server answers with a process id other than `old`. */
async function newServer(old: number, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pid = await serverPid();
    if (pid !== undefined && pid !== old) return pid;
    if (Date.now() > deadline) throw new Error(`no new language server after ${timeoutMs} ms (still ${pid ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

suite('Thông báo: the language server comes back', () => {
  let uri: vscode.Uri;

  setup(async () => {
    uri = await copyDraft('thong-bao-nhap.tb.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });

  teardown(async () => {
    await removeDraft(uri);
  });

  test('killing the server process: the client restarts it and diagnostics return', async () => {
    await waitForDiagnostics(uri, () => ours(uri, 'date/invalid').length > 0, 'date/invalid before the kill');
    const pid = await serverPid();
    assert.ok(pid, 'the hidden command gives the server process id');
    process.kill(pid, 'SIGKILL');

    const restarted = await newServer(pid);
    assert.notEqual(restarted, pid);
    // The restarted server knows the open draft: a date typed now is checked by it.
    const editor = vscode.window.activeTextEditor!;
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const line = editor.document.lineCount + 1;
    await editor.edit((edit) => edit.insert(end, '\n\nNgày 30/02/2025, Giám đốc Sở làm việc.'));
    await waitForDiagnostics(
      uri,
      () => ours(uri, 'date/invalid').some((d) => d.range.start.line === line),
      'date/invalid on the line typed after the restart',
    );
  });
});
