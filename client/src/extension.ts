/**
 * The VS Code side: starts the language server and gets out of the way. Activation returns at once; the
 * server starts in the background.
 */
import * as path from 'node:path';
import { commands, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands/index';
import { registerExport } from './export-docx';
import { registerPreview } from './preview/panel';

let client: LanguageClient | undefined;

/**
 * Node's options for the server: a young generation of 2 × 8 MB instead of 2 × 16 MB. A long-lived server
 * allocates in bursts (a check, a folder indexed); measured with 1,000 notices, it then holds ~15 MB less,
 * with the same latency up to 1 MB (2 × 4 MB saved more but slowed the edits of a 10 MB draft). npm run bench
 * starts the server with these options too.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=8'];

export function activate(context: ExtensionContext): void {
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
  client = new LanguageClient('thongbao', 'Thông báo', serverOptions, clientOptions);
  registerCommands(context, client);
  void client.start();
  // Hidden (not in the command palette): the server's process id, for the editor tests that kill it.
  context.subscriptions.push(commands.registerCommand('thongbao.serverProcessId', () => client?.sendRequest<number>('thongbao/processId')));
  context.subscriptions.push({ dispose: () => void client?.stop() });
  registerExport(context, async (uri) => (client ? ((await client.sendRequest<number | null>('thongbao/errorCount', { uri: uri.toString() })) ?? undefined) : undefined));
  registerPreview(context);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
