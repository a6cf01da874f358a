/**
 * A language client for tests: runs the real server (bin/thongbao-language-server.js) over stdio, answers
 * its configuration requests, keeps the latest diagnostics of each uri and collects what it logs as errors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { RuleSettings } from '../../server/src/core/config';
import { repoPath } from './paths';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
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

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  /** The latest diagnostics published for each uri, with the version they were computed from. */
  readonly latest = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  lastPublishAt = Date.now();
  configuration: { rules: RuleSettings } = { rules: {} };
  errors: string[] = [];

  /** `nodeArgs` go to node before the server (a preload such as test/support/forbid-network.cjs). */
  constructor(nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, repoPath('bin/thongbao-language-server.js'), '--stdio'], { stdio: 'pipe' });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.latest.set(params.uri, params);
      this.lastPublishAt = Date.now();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) this.errors.push(params.message);
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.errors.push(params.message));
    this.process.stderr!.on('data', (chunk) => this.errors.push(String(chunk)));
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  initialize(options: { workspaceFolders?: { uri: string; name: string }[] } = {}): Promise<unknown> {
    return this.connection
      .sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: options.workspaceFolders ?? null,
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
        initializationOptions: { debounceMs: 5 },
      })
      .then(async (result) => {
        await this.connection.sendNotification('initialized', {});
        return result;
      });
  }

  open(uri: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'thongbao', version: 1, text } });
  }
}

/** Resolves when `ready()` holds, polling; fails after `timeoutMs`. */
export async function until(ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the server has published nothing for a while (its pending checks are done). */
export async function quiet(client: TestClient, ms = 300): Promise<void> {
  while (Date.now() - client.lastPublishAt < ms) await new Promise((resolve) => setTimeout(resolve, 50));
}
