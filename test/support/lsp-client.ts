/**
 * A JSON-RPC client that drives the real language server (dist/server.js) over stdio as an editor would,
 * for the tests of test/lsp/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { repoPath } from './paths';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}
export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class Client {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private readonly published: Published[] = [];
  private waiters: (() => void)[] = [];
  configuration: Record<string, unknown> = {};
  /** What the server logged (window/logMessage): a feature that failed says so here. */
  readonly logs: string[] = [];

  constructor() {
    this.process = spawn(process.execPath, [repoPath('bin/thongbao-language-server.js'), '--stdio'], { stdio: 'pipe' });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(() => this.configuration),
    );
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    // THONGBAO_DEBUG=1 shows the server's own log while a test runs.
    this.process.stderr!.on('data', (chunk) => process.env.THONGBAO_DEBUG && process.stderr.write(chunk));
    this.connection.listen();
  }

  /** Waits for diagnostics of `uri` matching `accept`, with a timeout (never a fixed sleep). */
  async diagnostics(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 5000): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && accept(p));
      if (found) {
        this.published.splice(this.published.indexOf(found), 1);
        return found;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clearPublished(): void {
    this.published.length = 0;
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { debounceMs: 0 },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'thongbao', version, text } });
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }
}
