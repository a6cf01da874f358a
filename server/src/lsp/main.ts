/**
 * Entry of the language server, for VS Code (node IPC) and for any LSP editor:
 * `thongbao-language-server --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg.startsWith(transport)))) {
  process.argv.push('--stdio');
}

// A bug must cost one check, not the server: log and keep serving.
process.on('uncaughtException', (error) => console.error('thongbao-language-server:', error));
process.on('unhandledRejection', (error) => console.error('thongbao-language-server:', error));

startServer(createConnection(ProposedFeatures.all));
