/**
 * The VS Code side: starts the language server and gets out of the way. Activation registers the commands
 * and returns at once; the language client loads just after it, and the server starts in the background.
 */
import { commands, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands/index';
import { registerExport } from './export-docx';
import { startLanguageClientSoon } from './load-language-client';
import { registerPreview } from './preview/panel';

let client: Promise<LanguageClient> | undefined;

export function activate(context: ExtensionContext): void {
  const ready = startLanguageClientSoon(context);
  client = ready;
  registerCommands(context, ready);
  // Hidden (not in the command palette): the server's process id, for the editor tests that kill it.
  context.subscriptions.push(commands.registerCommand('thongbao.serverProcessId', async () => (await ready).sendRequest<number>('thongbao/processId')));
  context.subscriptions.push({ dispose: () => void ready.then((started) => started.stop(), () => undefined) });
  registerExport(context, async (uri) => (await (await ready).sendRequest<number | null>('thongbao/errorCount', { uri: uri.toString() })) ?? undefined);
  registerPreview(context);
}

export async function deactivate(): Promise<void> {
  const started = await client?.catch(() => undefined);
  await started?.stop();
}
