/**
 * A minimal LSP client over stdio for the benchmark (vscode-jsonrpc, as the tests use): it starts a server
 * process, opens and edits documents, and resolves when the diagnostics of a given version arrive.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import rpc from 'vscode-jsonrpc/node.js';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;

export class LspClient {
  constructor(command, args) {
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.waiting = new Map(); // uri → { version, resolve }
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const waiter = this.waiting.get(params.uri);
      // Servers without version support (remark-language-server) publish no version: any answer counts.
      if (waiter && (params.version === undefined || params.version >= waiter.version)) {
        this.waiting.delete(params.uri);
        waiter.resolve(params.diagnostics);
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** With `workspaceFolders`, the root is also the workspace folder (the server indexes it); `progress` announces work done progress. */
  async initialize(rootUri = null, { workspaceFolders = false, progress = false } = {}) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: workspaceFolders && rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, completion: { completionItem: { snippetSupport: true } } },
        ...(progress && { window: { workDoneProgress: true } }),
      },
      initializationOptions: { debounceMs: 0 },
    });
    await this.connection.sendNotification('initialized', {});
    this.capabilities = result.capabilities;
    return result;
  }

  diagnostics(uri, version, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      this.waiting.set(uri, { version, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  }

  /** Milliseconds from didOpen to its diagnostics. */
  async open(uri, text, languageId = 'thongbao') {
    const start = performance.now();
    const done = this.diagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await done;
    return performance.now() - start;
  }

  /** Milliseconds from an incremental didChange to the diagnostics of that version. */
  async change(uri, version, range, text) {
    const start = performance.now();
    const done = this.diagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    await done;
    return performance.now() - start;
  }

  async completion(uri, position) {
    const start = performance.now();
    await this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    return performance.now() - start;
  }

  close(uri) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resident memory of the server process in MB (Linux /proc). */
  rssMb() {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    } catch {
      return NaN;
    }
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
