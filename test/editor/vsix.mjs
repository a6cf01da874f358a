#!/usr/bin/env node
// The shipped .vsix, as a drafter gets it: `npm run package` builds it, the VS Code server installs it into an
// empty extensions folder (offline: the package carries everything), and the language server inside the
// installed copy, started on its own with plain Node, checks a draft over stdio. Then the development build is
// restored, since packaging rebuilt dist/ minified.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { ensureEditor } from './setup.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const vsix = join(root, 'thongbao.vsix');
const work = mkdtempSync(join(tmpdir(), 'thongbao-vsix-'));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

async function diagnosticsFromInstalledServer(serverJs, draftPath, text = readFileSync(draftPath, 'utf8')) {
  const server = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const uri = pathToFileURL(draftPath).href;
  const received = new Promise((resolveDiagnostics) =>
    connection.onNotification('textDocument/publishDiagnostics', (params) => params.uri === uri && resolveDiagnostics(params.diagnostics)),
  );
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    connection.sendNotification('initialized', {});
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'thongbao', version: 1, text },
    });
    return await Promise.race([received, new Promise((_, reject) => setTimeout(() => reject(new Error('no diagnostics within 30 s')), 30_000))]);
  } finally {
    connection.dispose();
    server.kill();
  }
}

let failed = false;
try {
  run('npm', ['run', '-s', 'package']);
  const size = statSync(vsix).size;
  console.log(`  packaged thongbao.vsix: ${(size / 1024).toFixed(0)} KB`);
  assert.ok(size < 1024 * 1024, 'the .vsix stays under 1 MB');

  const { node24, serverMain } = await ensureEditor();
  const dirs = ['--extensions-dir', join(work, 'ext'), '--user-data-dir', join(work, 'user'), '--server-data-dir', join(work, 'server'), '--accept-server-license-terms'];
  run(node24, [serverMain, '--install-extension', vsix, ...dirs]);
  const listed = run(node24, [serverMain, '--list-extensions', '--show-versions', ...dirs]);
  const { version, publisher, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(listed, new RegExp(`^${publisher}\\.${name}@${version.replace(/\./g, '\\.')}$`, 'm'));
  console.log(`  ✔ the VS Code server installs it: ${publisher}.${name}@${version}`);

  const installed = join(work, 'ext', readdirSync(join(work, 'ext')).find((entry) => entry.startsWith(`${publisher}.${name}`)));
  assert.ok(!existsSync(join(installed, 'node_modules')), 'no node_modules: the bundles are self-contained');
  for (const file of ['dist/client.js', 'dist/server.js', 'dist/libraries.js', 'syntaxes/thongbao.tmLanguage.json', 'snippets/thongbao.code-snippets', 'schemas/thongbao.schema.json']) {
    assert.ok(existsSync(join(installed, file)), `${file} is in the package`);
  }
  const diagnostics = await diagnosticsFromInstalledServer(join(installed, 'dist', 'server.js'), join(root, 'examples', 'thong-bao-co-loi.tb.md'));
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'date/invalid'), 'the installed server reports the example\'s impossible date');
  console.log(`  ✔ its language server, run from the installed copy, checks a draft (${diagnostics.length} diagnostics)`);
  // Front matter is read with the YAML library of dist/libraries.js, which the server loads on first use.
  const draft = join(root, 'examples', 'thong-bao-ket-luan.tb.md');
  const withFrontMatter = await diagnosticsFromInstalledServer(join(installed, 'dist', 'server.js'), draft, `---\nfragment: ture\n---\n${readFileSync(draft, 'utf8')}`);
  assert.ok(withFrontMatter.some((diagnostic) => diagnostic.code === 'frontmatter/invalid'), 'the installed server reads front matter (dist/libraries.js)');
  console.log('  ✔ and reads its front matter with the libraries it loads on first use');
} catch (error) {
  failed = true;
  console.error(`  ✘ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
  run(process.execPath, ['scripts/build.mjs']); // back to the development build the other levels use
}
process.exit(failed ? 1 : 0);
