/**
 * Starts the language client (dist/language-client.js, see language-client.ts) once activation has
 * returned: the commands registered during activation get a promise of it and await it.
 */
import { join } from 'node:path';
import { window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as LanguageClientModule from './language-client';

export function startLanguageClientSoon(context: ExtensionContext): Promise<LanguageClient> {
  const client = new Promise<LanguageClient>((resolve, reject) => {
    setImmediate(() => {
      try {
        // A plain require of the sibling bundle: esbuild leaves a computed path alone.
        const module = require(join(__dirname, 'language-client.js')) as typeof LanguageClientModule;
        resolve(module.startLanguageClient(context));
      } catch (error) {
        reject(error);
      }
    });
  });
  client.catch((error: unknown) => {
    void window.showErrorMessage(`Không khởi động được máy chủ kiểm tra Thông báo: ${error instanceof Error ? error.message : String(error)}`);
  });
  return client;
}
