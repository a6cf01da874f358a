/**
 * The real language server under load, driven over stdio as an editor would: 200 drafts open, 5,000 rapid
 * incremental edits in bursts, code actions cancelled at random ($/cancelRequest), configuration changes and
 * renames (close, then open under a new uri) in between. The server must stay up, publish for every draft
 * exactly what a fresh check() of its final text finds, and hold no more memory after a second such load
 * than after the first (it collects garbage once the last draft closes).
 * The random choices come from a fixed seed (THONGBAO_LOAD_SEED to try another).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { check } from '../../server/src/core/check';
import type { RuleSettings } from '../../server/src/core/config';
import { CitationIndex } from '../../server/src/core/index/workspace';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { LineIndex } from '../../server/src/core/text/lines';
import { recordFigures } from '../support/figures';
import { quiet, rssOf, LspClient, until, type Diagnostic } from '../support/lsp-client';
import { repoPath } from '../support/paths';

const DOCUMENTS = 200;
const EDITS = 5_000;
const BURST = 20; // edits typed in a row into one draft before moving to another
const SEED = Number(process.env.THONGBAO_LOAD_SEED ?? 20251201);

/** A small deterministic random source (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts to open: the seeds and the examples, each draft a copy with its own small difference. */
function drafts(): string[] {
  const sources = [
    ...readdirSync(repoPath('test/fixtures/seeds')).filter((n) => n.endsWith('.txt')).map((n) => repoPath('test/fixtures/seeds', n)),
    ...readdirSync(repoPath('examples')).filter((n) => n.endsWith('.tb.md')).map((n) => repoPath('examples', n)),
  ].map((path) => readFileSync(path, 'utf8').replace(/\r/g, ''));
  return Array.from({ length: DOCUMENTS }, (_, i) => `${sources[i % sources.length]}\nGhi chú ${i}: ngày ${(i % 31) + 1}/4/2025.\n`);
}

const SNIPPETS = ['Ngày 31/4/2025', ' số ', 'UBND', '  ', '- ', ';', './.', '\n', '\n\n', 'Quyết định số 12/QĐ-UBND ngày 1/2/2025', 'ngày 1 tháng 2 năm 2025', '😀', 'hoá', 'Nơi nhận:', 'a) ', '(', '“', 'GD', 'e\u0301'];
const SETTINGS: RuleSettings[] = [{}, { 'date/invalid': 'off' }, { 'typo/double-space': 'error', 'header/missing': 'off' }, { 'abbreviation/undefined': 'information' }];

const short = (d: Pick<Diagnostic, 'range' | 'severity' | 'code'>) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`;
const SEVERITY = { error: 1, warning: 2, information: 3 } as const;
const REQUEST_CANCELLED = -32800;

describe('language server under load', function () {
  this.timeout(180_000);
  let client: LspClient;

  afterEach(() => {
    if (client.process.exitCode === null) client.process.kill();
  });

  it(`stays up through ${DOCUMENTS} drafts and ${EDITS.toLocaleString('en')} edits, twice, with exact final diagnostics and no memory growth`, async () => {
    const next = random(SEED);
    client = new LspClient();
    const { connection } = client;
    await client.initialize({ debounceMs: 5 });

    // Warm up (code loaded, first checks done) before the memory of reference is read.
    const texts = drafts();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///load/warm-up.tb.md', languageId: 'thongbao', version: 1, text: texts[0] } });
    await until(() => client.latest.has('file:///load/warm-up.tb.md'), 'warm-up diagnostics');
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///load/warm-up.tb.md' } });
    const rssStart = await settledRss(client.pid);
    const heapStart = await connection.sendRequest<number>('thongbao/heapInUse');

    const first = await cycle(client, texts, next, 'a');
    // The same load again: memory that a leak keeps would grow; memory V8 merely keeps for reuse does not.
    const second = await cycle(client, texts, next, 'b');
    assert.deepEqual(client.errors, [], 'the server logged no error');
    const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round(bytes / 1024 / 102.4) / 10);
    recordFigures('lsp-load', {
      seed: SEED, cycles: 2, documentsPerCycle: DOCUMENTS, editsPerCycle: EDITS,
      renames: first.renamed + second.renamed, codeActions: first.codeActions + second.codeActions, cancelled: first.cancelled + second.cancelled,
      rssStartMB: mb(rssStart), rssPeakMB: mb(Math.max(first.rssPeak ?? 0, second.rssPeak ?? 0)), rssAfterFirstCloseMB: mb(first.rssEnd), rssAfterSecondCloseMB: mb(second.rssEnd),
      heapStartMB: mb(heapStart), heapAfterFirstCloseMB: mb(first.heapEnd), heapAfterSecondCloseMB: mb(second.heapEnd),
    });
    // Resident memory is recorded for the docs, but it varies by a third from run to run (what V8 keeps for
    // reuse); a leak is judged on the heap in use after a full collection, which is exact.
    const said = `heap in use: ${mb(heapStart)} MB at the start, ${mb(first.heapEnd)} MB after the first load, ${mb(second.heapEnd)} MB after the second`;
    assert.ok(second.heapEnd! < first.heapEnd! + 4 * 1024 * 1024, `memory grows from one load to the next: ${said}`);
    assert.ok(second.heapEnd! < heapStart + 16 * 1024 * 1024, `memory stays far above the start: ${said}`);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  });
});

interface CycleResult {
  renamed: number;
  codeActions: number;
  cancelled: number;
  rssPeak?: number;
  rssEnd?: number;
  heapEnd?: number;
}

/**
 * One load: opens every draft, types EDITS edits in bursts with code actions (most cancelled at once),
 * configuration changes and renames in between; checks the final diagnostics; closes everything.
 */
async function cycle(client: LspClient, texts: string[], next: () => number, tag: string): Promise<CycleResult> {
  const { connection } = client;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const open = new Map<string, { text: string; version: number }>();
  const result: CycleResult = { renamed: 0, codeActions: 0, cancelled: 0 };
  for (const [i, text] of texts.entries()) {
    const uri = `file:///load/${tag}/draft-${i}.tb.md`;
    open.set(uri, { text, version: 1 });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'thongbao', version: 1, text } });
  }
  const pending: Promise<unknown>[] = [];
  for (let edit = 0; edit < EDITS; edit += BURST) {
    const uri = pick([...open.keys()]);
    const draft = open.get(uri)!;
    for (let k = 0; k < BURST; k++) {
      const index = new LineIndex(draft.text);
      const start = Math.floor(next() * (draft.text.length + 1));
      const end = Math.min(draft.text.length, start + (next() < 0.5 ? 0 : Math.floor(next() * 6)));
      const newText = next() < 0.3 ? '' : pick(SNIPPETS);
      draft.text = draft.text.slice(0, start) + newText + draft.text.slice(end);
      draft.version++;
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: draft.version },
        contentChanges: [{ range: { start: index.positionAt(start), end: index.positionAt(end) }, text: newText }],
      });
      if (next() < 0.1) {
        // A light bulb asked for, then often abandoned as the user types on.
        const source = new CancellationTokenSource();
        const at = index.positionAt(start);
        result.codeActions++;
        pending.push(
          connection
            .sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } }, source.token)
            .catch((error: { code?: number }) => {
              if (error.code !== REQUEST_CANCELLED) throw error;
            }),
        );
        if (next() < 0.6) {
          result.cancelled++;
          setImmediate(() => source.cancel());
        }
      }
    }
    if (edit % 1_000 === 0) {
      client.configuration = { rules: pick(SETTINGS) };
      await connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    }
    if (edit % 500 === 0) {
      // A rename: the editor closes the old uri and opens the new one with the same text.
      const to = `file:///load/${tag}/renamed-${result.renamed++}.tb.md`;
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      open.delete(uri);
      open.set(to, { text: draft.text, version: 1 });
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: to, languageId: 'thongbao', version: 1, text: draft.text } });
    }
    // Let the server breathe between bursts, as between a typist's words.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  assert.equal(client.process.exitCode, null, 'the server is still running');

  // The final diagnostics of every draft are those of a fresh check of its final text, among the final texts
  // of the other open drafts (what they cite is compared across drafts).
  await until(() => [...open].every(([uri, draft]) => client.latest.get(uri)?.version === draft.version), 'diagnostics of every final version', 120_000);
  await quiet(client, 3000); // well beyond the server's pause before re-checking drafts another one affects
  result.rssPeak = rssOf(client.pid);
  const rules = client.configuration.rules as RuleSettings | undefined;
  const citations = new CitationIndex();
  for (const [uri, draft] of open) citations.update(uri, draft.text, builtinRegistry());
  for (const [uri, draft] of open) {
    const index = new LineIndex(draft.text);
    const expected = check(draft.text, { rules, workspace: { index: citations, uri } }).findings.map((f) =>
      short({ range: { start: index.positionAt(f.start), end: index.positionAt(f.end) }, severity: SEVERITY[f.severity], code: f.ruleId }),
    );
    assert.deepEqual(client.latest.get(uri)!.diagnostics.map(short), expected, `diagnostics of ${uri}`);
  }

  for (const uri of open.keys()) await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await until(() => [...open.keys()].every((uri) => client.latest.get(uri)?.diagnostics.length === 0), 'cleared diagnostics');
  result.rssEnd = await settledRss(client.pid);
  result.heapEnd = await connection.sendRequest<number>('thongbao/heapInUse');
  return result;
}

/** Resident memory once the server had time to collect (it does a second after the last draft closes). */
async function settledRss(pid: number): Promise<number | undefined> {
  let lowest = rssOf(pid);
  for (let sample = 0; sample < 12; sample++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = rssOf(pid);
    if (now !== undefined && (lowest === undefined || now < lowest)) lowest = now;
  }
  return lowest;
}

