/**
 * Entry of the language server, for VS Code (node IPC) and for any LSP editor:
 * `thongbao-language-server --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg.startsWith(transport)))) {
  process.argv.push('--stdio');
}

// A bug must cost one check, not the server: log and keep serving.
process.on('uncaughtException', (error) => console.error('thongbao-language-server:', error));
process.on('unhandledRejection', (error) => console.error('thongbao-language-server:', error));

// The rule pages ship beside the server (docs/rules/<id>.md); diagnostics link to them.
const docsRoot = join(__dirname, '..', 'docs', 'rules');
// One link per rule, made once: a long draft has thousands of diagnostics of a few dozen rules.
const links = new Map<string, string>();
const docsLink = existsSync(docsRoot)
  ? (ruleId: string) => links.get(ruleId) ?? links.set(ruleId, pathToFileURL(join(docsRoot, `${ruleId}.md`)).href).get(ruleId)
  : undefined;

startServer(createConnection(ProposedFeatures.all), undefined, docsLink);
