/**
 * A JSON-RPC client that drives the real language server (bin/thongbao-language-server.js) over stdio as
 * an editor would, for the tests of the workspace features: requests, diagnostics and progress waited
 * for with a timeout, never a fixed sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoPath } from './paths';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
}
export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly progress: unknown[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readonly published: Published[] = [];
  private waiters: (() => void)[] = [];

  constructor() {
    this.process = spawn(process.execPath, [repoPath('bin/thongbao-language-server.js'), '--stdio'], { stdio: 'pipe' });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => this.arrived(() => this.published.push(params)));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.arrived(() => this.registrations.push(...params.registrations));
      return null;
    });
    this.connection.onNotification('$/progress', (params: { value: unknown }) => this.arrived(() => this.progress.push(params.value)));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.process.stderr!.on('data', (chunk) => process.env.THONGBAO_DEBUG && process.stderr.write(chunk));
    this.connection.listen();
  }

  async initialize(folder: string | undefined, capabilities: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folder ? [{ uri: folder, name: 'ws' }] : null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } }, ...capabilities },
      initializationOptions: { debounceMs: 0 },
    })) as { capabilities: Record<string, unknown> };
    await this.connection.sendNotification('initialized', {});
    return result.capabilities;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'thongbao', version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Forgets the diagnostics received so far: what is waited for next comes after this. */
  forgetDiagnostics(): void {
    this.published.length = 0;
  }

  /** The latest diagnostics of `uri` that `accept` takes, waiting for them if need be. */
  diagnostics(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 10000): Promise<Published> {
    return this.until(() => [...this.published].reverse().find((p) => p.uri === uri && accept(p)), `diagnostics for ${uri}`, timeoutMs);
  }

  /** Waits until `found` returns something, re-trying whenever a message arrives. */
  async until<T>(found: () => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }

  private arrived(record: () => void): void {
    record();
    for (const wake of this.waiters.splice(0)) wake();
  }
}
