/**
 * The extension in a real VS Code: a draft opens, the language server's diagnostics arrive through the
 * `vscode` API with exact ranges, and a quick fix edits the document and clears its diagnostic.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyDraft, lineOf, ours, removeDraft, SOURCE, waitForDiagnostics } from './helpers';

const DRAFT = 'thong-bao-nhap.tb.md'; // test/editor/fixtures/, copied into the workspace by run.mjs
const HEADER_LINE = 'Quảng Ngãi, ngày 1 tháng 4 năm 2025';
const FIXED_HEADER_LINE = 'Quảng Ngãi, ngày 01 tháng 4 năm 2025';
const BODY_LINE = 'Ngày 31/4/2025, Giám đốc Sở chủ trì cuộc họp.';

const show = (range: vscode.Range): string =>
  `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** Line `line` of the document as it would read after `edit`, applied in memory only. */
function lineAfter(document: vscode.TextDocument, edit: vscode.WorkspaceEdit, line: number): string {
  const edits = [...edit.get(document.uri)].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  let text = document.getText();
  for (const { range, newText } of edits) {
    text = text.slice(0, document.offsetAt(range.start)) + newText + text.slice(document.offsetAt(range.end));
  }
  return text.split(/\r?\n/)[line] ?? '';
}

suite('Thông báo in a real VS Code', () => {
  let uri: vscode.Uri;
  let document: vscode.TextDocument;

  setup(async () => {
    uri = await copyDraft(DRAFT); // each test edits its own copy
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  teardown(async () => {
    await removeDraft(uri);
  });

  test('opening a draft activates the extension, which reports diagnostics', async () => {
    assert.equal(document.languageId, 'thongbao');
    await waitForDiagnostics(uri, (all) => all.some((d) => d.source === SOURCE), 'the first thongbao diagnostics');
    const extension = vscode.extensions.getExtension('thongbao.thongbao');
    assert.ok(extension, 'extension thongbao.thongbao is not loaded');
    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.publisher, 'thongbao');
    assert.equal(extension.packageJSON.name, 'thongbao');
  });

  test('a day below 10 in the issue date: error on the digit, and its quick fix writes "01"', async () => {
    const line = lineOf(document, HEADER_LINE);
    const dayStart = HEADER_LINE.indexOf('ngày 1 ') + 'ngày '.length;
    const day = new vscode.Range(line, dayStart, line, dayStart + 1);

    await waitForDiagnostics(uri, () => ours(uri, 'header/date-zero-padding').length > 0, 'header/date-zero-padding');
    const found = ours(uri, 'header/date-zero-padding');
    assert.equal(found.length, 1, `expected one header/date-zero-padding, got ${found.map((d) => show(d.range))}`);
    const [diagnostic] = found;
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostic!.range.isEqual(day), `range ${show(diagnostic!.range)}, expected the day digit at ${show(day)}`);

    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, day)) ?? [];
    const fix = actions.find(
      (action): action is vscode.CodeAction & { edit: vscode.WorkspaceEdit } =>
        'edit' in action &&
        action.edit !== undefined &&
        (action.kind === undefined || vscode.CodeActionKind.QuickFix.contains(action.kind)) &&
        lineAfter(document, action.edit, line) === FIXED_HEADER_LINE,
    );
    assert.ok(fix, `no quick fix writes «${FIXED_HEADER_LINE}»; got: ${actions.map((a) => a.title).join(' | ') || 'none'}`);

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the quick fix edit was not applied');
    assert.equal(document.lineAt(line).text, FIXED_HEADER_LINE);
    // A fresh analysis: the fixed rule is gone while the body's date/invalid is still reported.
    await waitForDiagnostics(
      uri,
      () => ours(uri, 'header/date-zero-padding').length === 0 && ours(uri, 'date/invalid').length > 0,
      'header/date-zero-padding to disappear after the fix',
    );
  });

  test('a date that does not exist in the body: date/invalid on exactly "31/4/2025"', async () => {
    const line = lineOf(document, BODY_LINE);
    const start = BODY_LINE.indexOf('31/4/2025');
    const date = new vscode.Range(line, start, line, start + '31/4/2025'.length);

    await waitForDiagnostics(uri, () => ours(uri, 'date/invalid').length > 0, 'date/invalid');
    const onLine = ours(uri, 'date/invalid').filter((d) => d.range.start.line === line);
    assert.equal(onLine.length, 1, `expected one date/invalid on line ${line}, got ${onLine.map((d) => show(d.range))}`);
    assert.equal(onLine[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(onLine[0]!.range.isEqual(date), `range ${show(onLine[0]!.range)}, expected ${show(date)}`);
  });
});
