/** The extension's commands; each lives in its own file and asks the language server for the work. */
import { commands, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace, CHECK_WORKSPACE_COMMAND } from './check-workspace';
import { newNotice, NEW_NOTICE_COMMAND } from './new-notice';

/** `client` is the language client once it has loaded, just after activation (load-language-client.ts). */
export function registerCommands(context: ExtensionContext, client: Promise<LanguageClient>): void {
  context.subscriptions.push(
    commands.registerCommand(NEW_NOTICE_COMMAND, async (options?: Parameters<typeof newNotice>[1]) => newNotice(await client, options)),
    commands.registerCommand(CHECK_WORKSPACE_COMMAND, async () => checkWorkspace(await client)),
  );
}
