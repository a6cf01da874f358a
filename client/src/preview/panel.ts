/**
 * "Thông báo: Xem trước": a webview beside the draft showing the page as it will print. The page is built
 * in the extension host from the pure core (parse → layout → HTML), so it follows every keystroke without a
 * round trip; the marks are the language server's own diagnostics for the draft, the ones in the Problems
 * panel. One preview per draft; it follows the editor's scrolling and a double click jumps back.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { DEFAULT_SIZE_SET } from '../../../server/src/export/typography';
import { exportSizeSet } from '../print-settings';
import { loadPrint } from '../load-print';
import type { Mark, MarkSeverity } from './render';

type Renderer = Pick<ReturnType<typeof loadPrint>, 'renderPreview' | 'roleCss'>;

const VIEW_TYPE = 'thongbao.preview';
const SOURCE = 'thongbao';
/** Pause after a keystroke before the page is rebuilt. */
const RENDER_DELAY_MS = 120;

/** What the webview last reported; read by the editor tests through `thongbao.preview.state`. */
export interface PreviewState {
  uri: string;
  version?: number;
  blocks?: number;
  marks?: string[];
  text?: string;
  /** Computed "font-size font-weight font-style text-align" of some elements, and the page's width in px. */
  styles?: Record<string, string | undefined>;
  pageWidth?: number;
  scrolledLine?: number;
}

const previews = new Map<string, Preview>();

export function registerPreview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('thongbao.preview', async (resource?: vscode.Uri) => {
      const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showWarningMessage('Hãy mở một dự thảo Thông báo để xem trước.');
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const existing = previews.get(uri.toString());
      if (existing) existing.panel.reveal(vscode.ViewColumn.Beside, true);
      // The parser and the layout load with the first preview, not when the extension starts.
      else previews.set(uri.toString(), new Preview(context, document, loadPrint()));
      return uri.toString();
    }),
    // For the editor tests: what the preview of a draft has rendered.
    vscode.commands.registerCommand('thongbao.preview.state', (uri: string): PreviewState | undefined => previews.get(uri)?.state),
  );
}

class Preview {
  readonly panel: vscode.WebviewPanel;
  readonly state: PreviewState;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly document: vscode.TextDocument,
    private readonly renderer: Renderer,
  ) {
    this.state = { uri: document.uri.toString() };
    const name = document.uri.path.split('/').pop() ?? '';
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      `Xem trước: ${name}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')] },
    );
    this.panel.webview.html = this.shell();
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: { type: string; [key: string]: unknown }) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.state.uri)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('thongbao.export.fontSize', this.document.uri)) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === this.document && event.visibleRanges[0]) this.scrollTo(event.visibleRanges[0].start.line);
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed === this.document) this.panel.dispose();
      }),
    );
  }

  private shell(): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', file));
    // Nothing remote, nothing inline but the nonce'd style sheet of element sizes and the nonce'd script.
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('preview.css')}">
<style nonce="${nonce}">${this.renderer.roleCss()}</style>
<title>Xem trước</title>
</head>
<body>
<div id="summary"></div>
<div id="sheet" class="tb-page tb-size-${DEFAULT_SIZE_SET}"></div>
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
  }

  private receive(message: { type: string; [key: string]: unknown }): void {
    if (message.type === 'ready') {
      this.ready = true;
      this.render();
    } else if (message.type === 'rendered') {
      Object.assign(this.state, { version: message.version, blocks: message.blocks, marks: message.marks, text: message.text, styles: message.styles, pageWidth: message.pageWidth });
    } else if (message.type === 'scrolled') {
      this.state.scrolledLine = message.line as number;
    } else if (message.type === 'reveal') {
      const line = message.line as number;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      const range = new vscode.Range(line, 0, line, 0);
      if (editor) editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
      else void vscode.window.showTextDocument(this.document, { selection: range, viewColumn: vscode.ViewColumn.One });
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), RENDER_DELAY_MS);
  }

  private render(): void {
    if (!this.ready) return;
    const document = this.document;
    const marks: Mark[] = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === SOURCE)
      .map((d) => ({ start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end), severity: severityOf(d.severity), message: d.message }));
    let rendered;
    try {
      rendered = this.renderer.renderPreview(document.getText(), marks, (offset) => document.positionAt(offset).line);
    } catch (error) {
      // A preview must never take the extension down; show why instead of the page.
      rendered = { html: `<p class="tb">Không dựng được bản xem trước: ${String(error)}</p>`, counts: { error: 0, warning: 0, info: 0 } };
    }
    const { error, warning, info } = rendered.counts;
    const summary =
      error + warning + info === 0 ? 'Không có phát hiện nào.' : `Phát hiện: ${error} lỗi, ${warning} cảnh báo, ${info} gợi ý (gạch chân trên trang).`;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    void this.panel.webview.postMessage({
      type: 'render',
      html: rendered.html,
      summary,
      sizeSet: exportSizeSet(document.uri),
      version: document.version,
      ...(editor?.visibleRanges[0] && { line: editor.visibleRanges[0].start.line }),
    });
  }

  private scrollTo(line: number): void {
    if (this.ready) void this.panel.webview.postMessage({ type: 'scroll', line });
  }

  private dispose(): void {
    clearTimeout(this.timer);
    previews.delete(this.state.uri);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function severityOf(severity: vscode.DiagnosticSeverity): MarkSeverity {
  if (severity === vscode.DiagnosticSeverity.Error) return 'error';
  if (severity === vscode.DiagnosticSeverity.Warning) return 'warning';
  return 'info';
}
