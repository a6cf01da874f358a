/** Small helpers for the editor suite: waiting on diagnostics (by event, never by sleeping) and drafts. */
import * as vscode from 'vscode';

export const SOURCE = 'thongbao';

/** How long to wait for the language server; its first answer includes starting the server. */
export const DIAGNOSTICS_TIMEOUT_MS = 30_000;

/** A diagnostic's code is a string, a number or `{ value, target }` (when it links to documentation). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ours(uri: vscode.Uri, ruleId: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && codeOf(d) === ruleId);
}

function summary(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .map((d) => `${d.source}:${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .join(', ');
}

/**
 * Resolves once `ready(diagnostics of uri)` is true: checked now and on every onDidChangeDiagnostics for
 * that uri. The listener is attached before the first check, so no change can slip in between.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!ready(diagnostics)) return;
      stop();
      resolve(diagnostics);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; ${uri.path} has: ${summary(uri)}`));
    }, timeoutMs);
    function stop(): void {
      listener.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** The first 0-based line whose text is exactly `text`; fails the test if there is none. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text === text) return line;
  }
  throw new Error(`The draft ${document.uri.path} has no line «${text}»`);
}

/** The range of `part` inside line `line` (its first occurrence). */
export function rangeIn(document: vscode.TextDocument, line: number, part: string, after = 0): vscode.Range {
  const start = document.lineAt(line).text.indexOf(part, after);
  if (start < 0) throw new Error(`Line ${line} has no «${part}»`);
  return new vscode.Range(line, start, line, start + part.length);
}

/**
 * Copies a draft of the workspace to a fresh name, so a test can edit it without touching the others.
 * Returns the copy's uri; delete it with `removeDraft`.
 */
export async function copyDraft(name: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The editor tests need a workspace folder (run.mjs opens one).');
  const source = vscode.Uri.joinPath(folder.uri, name);
  const copy = vscode.Uri.joinPath(folder.uri, `tmp-${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
  await vscode.workspace.fs.copy(source, copy);
  return copy;
}

/** Reverts unsaved changes (closing a dirty editor would open a save dialog), closes editors, deletes the copy. */
export async function removeDraft(uri: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document?.isDirty) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(uri, { useTrash: false });
}
