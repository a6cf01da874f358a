/**
 * Safety of the language server with workspace files: nothing above or outside the workspace folders is
 * read, a hostile .thongbao.yaml ("billion laughs", huge, YAML tags) is a diagnostic in that file and never
 * a hang or code run, and every link the server sends stays in the workspace or the extension's own docs.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, until, type Diagnostic } from '../support/lsp-client';
import { REPO, repoPath } from '../support/paths';

const DRAFT = 'Ngày 31/4/2025, Giám đốc Sở chủ trì cuộc họp.\n';
const codes = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).map((d) => d.code).filter((code) => code !== 'header/missing');

describe('language server: workspace files are data, and only those of the workspace', function () {
  this.timeout(30_000);
  let client: LspClient;
  let root: string;
  let workspace: string;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'thongbao-safety-'));
    workspace = join(root, 'workspace');
    mkdirSync(join(workspace, 'drafts'), { recursive: true });
    // Above the workspace folder: must never be read.
    writeFileSync(join(root, '.thongbao.yaml'), 'rules:\n  date/invalid: "off"\n');
    // Any use of the network or of another program fails the test (the preload writes to stderr, an error).
    client = new LspClient(['-r', repoPath('test/support/forbid-network.cjs')]);
    await client.initialize({ folder: pathToFileURL(workspace).href, debounceMs: 5 });
  });

  afterEach(async () => {
    if (client.process.exitCode === null) client.process.kill();
    rmSync(root, { recursive: true, force: true });
  });

  async function diagnosticsOf(path: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    await client.open(uri, DRAFT);
    await until(() => client.latest.has(uri), `diagnostics of ${path}`);
    return client.latest.get(uri)!.diagnostics;
  }

  it('does not read a .thongbao.yaml above the workspace folder, nor above a draft outside it', async () => {
    assert.deepEqual(codes(await diagnosticsOf(join(workspace, 'drafts', 'a.tb.md'))), ['date/invalid']);
    mkdirSync(join(root, 'elsewhere', 'deeper'), { recursive: true });
    assert.deepEqual(codes(await diagnosticsOf(join(root, 'elsewhere', 'deeper', 'b.tb.md'))), ['date/invalid']);
    // A draft outside the workspace still uses the file in its own folder.
    writeFileSync(join(root, 'elsewhere', '.thongbao.yaml'), 'rules:\n  date/invalid: information\n');
    assert.deepEqual((await diagnosticsOf(join(root, 'elsewhere', 'c.tb.md'))).filter((d) => d.code === 'date/invalid').map((d) => d.severity), [3]);
    assert.deepEqual(client.errors, []);
  });

  const hostile: [string, () => string | undefined, RegExp][] = [
    ['a "billion laughs" of aliases', () => billionLaughs(), /Không đọc được tệp|alias/i],
    ['a file of 5 MB', () => undefined, /quá lớn/],
    ['a YAML tag asking for code', () => 'rules: !!js/function "function () { process.exit(9) }"\n', /\S/],
  ];
  for (const [name, content, message] of hostile) {
    it(`reports ${name} in the file itself and keeps serving`, async () => {
      const file = join(workspace, '.thongbao.yaml');
      const text = content();
      if (text === undefined) {
        writeFileSync(file, '# ');
        truncateSync(file, 5 * 1024 * 1024);
      } else writeFileSync(file, text);
      const started = Date.now();
      assert.deepEqual(codes(await diagnosticsOf(join(workspace, 'drafts', 'a.tb.md'))), ['date/invalid'], 'the built-in defaults apply');
      const yamlUri = pathToFileURL(file).href;
      await until(() => (client.latest.get(yamlUri)?.diagnostics.length ?? 0) > 0, 'the problem of the .thongbao.yaml');
      const [problem] = client.latest.get(yamlUri)!.diagnostics as (Diagnostic & { message: string })[];
      assert.equal(problem!.code, 'registry/invalid');
      assert.match(problem!.message, message);
      assert.ok(Date.now() - started < 20_000);
      assert.equal(client.process.exitCode, null, 'the server is still running');
    });
  }

  it('links only to the extension’s own rule pages and to the draft itself', async () => {
    const path = join(workspace, 'drafts', 'links.tb.md');
    const uri = pathToFileURL(path).href;
    await client.open(uri, 'Quảng Ngãi, ngày 1 tháng 4 năm 2025\n\nNgày 31/4/2025 và ngày 30/4/2025, ngày 31/4/2025.\n');
    await until(() => client.latest.has(uri), 'diagnostics');
    const diagnostics = client.latest.get(uri)!.diagnostics as (Diagnostic & { codeDescription?: { href: string }; relatedInformation?: { location: { uri: string } }[] })[];
    assert.ok(diagnostics.length > 0);
    await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 17 }, end: { line: 0, character: 17 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(client.errors, [], 'no network, no program started, no error');
    for (const diagnostic of diagnostics) {
      const href = diagnostic.codeDescription?.href;
      if (href) assert.ok(fileURLToPath(href).startsWith(join(REPO, 'docs', 'rules')), href);
      for (const related of diagnostic.relatedInformation ?? []) assert.equal(related.location.uri, uri);
    }
  });
});

function billionLaughs(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}
