/**
 * Citations across the workspace in a real VS Code: a second draft on disk contradicts the open one (the
 * server learns of it through the file watcher it registers), and hover, go to definition and find
 * references answer on the citation.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ours, removeDraft, waitForDiagnostics } from './helpers';

const OWNER = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 77/KH-SKHCN\n\nQuảng Ngãi, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nChuyển đổi số năm 2025\n';
const CITING = 'Thực hiện Kế hoạch số 77/KH-SKHCN ngày 06/3/2025 của Sở Khoa học và Công nghệ.\n';

suite('Citations across the workspace', () => {
  let owner: vscode.Uri;
  let citing: vscode.Uri;

  setup(async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    owner = vscode.Uri.joinPath(folder, `tmp-${stamp}-ke-hoach.tb.md`);
    citing = vscode.Uri.joinPath(folder, `tmp-${stamp}-trien-khai.tb.md`);
    await vscode.workspace.fs.writeFile(owner, Buffer.from(OWNER, 'utf8'));
    await vscode.workspace.fs.writeFile(citing, Buffer.from(CITING, 'utf8'));
  });

  teardown(async () => {
    await removeDraft(citing);
    await vscode.workspace.fs.delete(owner, { useTrash: false });
  });

  test('a draft on disk that is the cited document: warning, hover, definition, references', async () => {
    const document = await vscode.workspace.openTextDocument(citing);
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(citing, () => ours(citing, 'citation/cross-conflict').length > 0, 'citation/cross-conflict');
    const [warning] = ours(citing, 'citation/cross-conflict');
    assert.equal(warning!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(warning!.range), '06/3/2025');
    assert.equal(warning!.relatedInformation?.[0]?.location.uri.toString(), owner.toString());

    const at = new vscode.Position(0, CITING.indexOf('77/KH') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', citing, at);
    const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    assert.match(text, /Kế hoạch số 77\/KH-SKHCN/);
    assert.match(text, /Ngày ban hành: 05 tháng 3 năm 2025/);

    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', citing, at);
    const targets = definitions.map((d) => ('targetUri' in d ? d.targetUri : d.uri).toString());
    assert.deepEqual(targets, [owner.toString()]);

    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', citing, at);
    assert.deepEqual(references.map((r) => r.uri.toString()).sort(), [owner.toString(), citing.toString()].sort());
  });
});
