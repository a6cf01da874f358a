// temp: LSP 1 MB edit median. node bench/_edit.mjs SERVER_JS [size] [n] [--prof]
import { readFileSync } from 'node:fs';
import { LspClient } from './lsp-client.mjs';
const [server, size = '1m', n = '100', prof] = process.argv.slice(2);
const args = ['--max-semi-space-size=8', ...(prof ? ['--cpu-prof', '--cpu-prof-dir=/tmp/w/lspprof', '--cpu-prof-interval=200'] : []), server, '--stdio'];
const client = new LspClient(process.execPath, args);
await client.initialize('file:///tmp/w/in/workspace');
const text = readFileSync(`/tmp/w/in/${size}.tb.md`, 'utf8');
const uri = `file:///bench/edit-${size}.tb.md`;
await client.open(uri, text);
const lines = text.split('\n');
const middle = Math.floor(lines.length / 2);
let line = lines.findIndex((l, i) => i >= middle && /^\d+\. /.test(l));
const typed = 'giao Văn phòng Sở theo dõi, đôn đốc ';
const edits = []; let version = 1;
for (let i = 0; i < +n; i++) { const at = { line, character: 8 + i }; const ms = await client.change(uri, ++version, { start: at, end: at }, typed[i % typed.length]); if (i > 0) edits.push(ms); }
edits.sort((a, b) => a - b);
console.log('edit median', edits[edits.length >> 1].toFixed(2), 'p10', edits[Math.floor(edits.length * 0.1)].toFixed(2));
await client.stop();
