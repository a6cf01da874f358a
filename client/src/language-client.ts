/**
 * The language client, bundled apart into dist/language-client.js and loaded just after activation
 * (load-language-client.ts): vscode-languageclient takes ~30 ms to load (Node's child_process, net and
 * crypto among it), which VS Code's activation then does not wait for.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * Node's options for the server: a young generation of 2 × 8 MB instead of 2 × 16 MB. A long-lived server
 * allocates in bursts (a check, a folder indexed); measured with 1,000 notices, it then holds ~15 MB less,
 * with the same latency up to 1 MB (2 × 4 MB saved more but slowed the edits of a 10 MB draft). npm run bench
 * starts the server with these options too.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=8'];

/** Creates the client and starts the server; the client is usable at once (requests wait for the start). */
export function startLanguageClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'thongbao' }],
    // The server reads .thongbao.yaml itself; it is told when one is created, changed or deleted.
    synchronize: { configurationSection: 'thongbao', fileEvents: workspace.createFileSystemWatcher('**/.thongbao.yaml') },
  };
  const client = new LanguageClient('thongbao', 'Thông báo', serverOptions, clientOptions);
  void client.start();
  return client;
}
