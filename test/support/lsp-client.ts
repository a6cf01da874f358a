/**
 * The one language client of the tests: it runs the real server (bin/thongbao-language-server.js) over
 * stdio as an editor would, answers its requests (configuration, progress, registrations), and keeps what it
 * sends: every publication in order, the latest per uri, progress, registrations, logs and errors. Waiting
 * is always for a condition with a timeout, never a fixed sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  source: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
}
export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const MAX_UNREAD = 1000;

export interface InitializeOptions {
  /** The workspace folder's uri, if any. */
  folder?: string;
  /** Client capabilities merged over the usual ones (configuration, versioned diagnostics). */
  capabilities?: Record<string, unknown>;
  /** The server's pause before checking an edited draft (0 by default: tests wait for results, not time). */
  debounceMs?: number;
}

export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  /** Answered to the server's workspace/configuration requests. */
  configuration: Record<string, unknown> = {};
  /** The latest diagnostics published for each uri. */
  readonly latest = new Map<string, Published>();
  lastPublishAt = Date.now();
  readonly progress: unknown[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** What the server logged (window/logMessage): a feature that failed says so here. */
  readonly logs: string[] = [];
  /** Errors it logged or showed, and anything it wrote to stderr. */
  readonly errors: string[] = [];
  /** Publications not yet taken by `nextDiagnostics`, in the order they came. */
  private readonly unread: Published[] = [];
  private waiters: (() => void)[] = [];

  /** `nodeArgs` go to node before the server (a preload such as test/support/forbid-network.cjs). */
  constructor(nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, repoPath('bin/thongbao-language-server.js'), '--stdio'], { stdio: 'pipe' });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) =>
      this.arrived(() => {
        // A test waits within a few publications; a load test never reads them: the oldest go.
        if (this.unread.push(params) > MAX_UNREAD) this.unread.shift();
        this.latest.set(params.uri, params);
        this.lastPublishAt = Date.now();
      }),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.arrived(() => this.registrations.push(...params.registrations));
      return null;
    });
    this.connection.onNotification('$/progress', (params: { value: unknown }) => this.arrived(() => this.progress.push(params.value)));
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params.message);
      if (params.type === 1) this.errors.push(params.message);
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.errors.push(params.message));
    this.process.stderr!.on('data', (chunk) => {
      this.errors.push(String(chunk));
      // THONGBAO_DEBUG=1 shows the server's own log while a test runs.
      if (process.env.THONGBAO_DEBUG) process.stderr.write(chunk);
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  async initialize(options: InitializeOptions = {}): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.folder ? [{ uri: options.folder, name: 'workspace' }] : null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
        ...options.capabilities,
      },
      initializationOptions: { debounceMs: options.debounceMs ?? 0 },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'thongbao', version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The first publication for `uri` not taken yet that `accept` takes; it is taken (a queue, in order). */
  nextDiagnostics(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 5000): Promise<Published> {
    return this.until(
      () => {
        const at = this.unread.findIndex((p) => p.uri === uri && accept(p));
        return at < 0 ? undefined : this.unread.splice(at, 1)[0];
      },
      `diagnostics for ${uri}`,
      timeoutMs,
    );
  }

  /** The latest publication for `uri` that `accept` takes, among those not forgotten, waiting if need be. */
  diagnostics(uri: string, accept: (p: Published) => boolean = () => true, timeoutMs = 10000): Promise<Published> {
    return this.until(() => [...this.unread].reverse().find((p) => p.uri === uri && accept(p)), `diagnostics for ${uri}`, timeoutMs);
  }

  /** Forgets the publications received so far: what is waited for next comes after this. */
  forgetDiagnostics(): void {
    this.unread.length = 0;
  }

  /** Waits until `found` returns something, trying again whenever a message arrives. */
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

/** Resolves when `ready()` holds, polling (for what no message announces); fails after `timeoutMs`. */
export async function until(ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the server has published nothing for a while (its pending checks are done). */
export async function quiet(client: LspClient, ms = 300): Promise<void> {
  while (Date.now() - client.lastPublishAt < ms) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The server's resident memory in bytes, from /proc (Linux). */
export function rssOf(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
