/**
 * `npm run bench`: thongbao side by side with the floors and the peers, on the same generated inputs, in one
 * run. Prints a table of medians and ratios and writes bench/results/latest.json.
 *
 *   npm run bench                  everything (a few minutes)
 *   npm run bench -- --quick       fewer repetitions, no 10 MB peers (a rough look)
 *   npm run bench -- --readme      and rewrite the README's table (between the bench markers)
 *   node bench/run.mjs --readme-only   rewrite the README from bench/results/latest.json, measure nothing
 *
 * Build first (`npm run build`): the command line and the server are measured as shipped in dist/.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { VFile } from 'vfile';
import { lint as markdownlint } from 'markdownlint/sync';
import { generateAll, SIZES } from './generate.mjs';
import { LspClient } from './lsp-client.mjs';
import { registryJson } from '../scripts/registry-json.mjs';
import { renderReadme, renderTable } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/results/latest.json');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');

if (argv.includes('--readme-only')) {
  renderReadme(ROOT, JSON.parse(readFileSync(RESULTS, 'utf8')));
  process.exit(0);
}
for (const file of ['dist/cli.js', 'dist/server.js']) {
  if (!existsSync(join(ROOT, file))) throw new Error(`Thiếu ${file}: chạy «npm run build» trước.`);
}

/** Repetitions per size: a second or so of samples where a run takes milliseconds, few where it takes seconds. */
const REPEAT = quick ? { '10k': 15, '100k': 7, '1m': 3, '10m': 1 } : { '10k': 300, '100k': 40, '1m': 7, '10m': 2 };

const TYPED_1M = quick ? 10 : 100;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The medians of `tools` measured side by side: in rounds, each tool a few runs in turn, so that a slow
 * moment of a shared machine falls on all of them alike and their ratios hold, while each run finds its own
 * code and data warm from the run before it.
 */
async function timedSideBySide(tools, times) {
  // Warm, as the issue measures: a quarter as many runs again first (JIT, caches, the registry), at least one.
  for (const tool of Object.values(tools)) for (let i = 0; i < Math.max(1, times >> 2); i++) await tool();
  const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
  const batch = Math.max(1, Math.ceil(times / ROUNDS));
  for (let done = 0; done < times; done += batch) {
    for (const [name, tool] of Object.entries(tools)) {
      for (let i = 0; i < Math.min(batch, times - done); i++) {
        const start = performance.now();
        await tool();
        samples[name].push(performance.now() - start);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

const ROUNDS = 10;

async function timed(fn, times) {
  return (await timedSideBySide({ fn }, times)).fn;
}

function processMs(command, args, times) {
  const samples = [];
  for (let i = 0; i < times + 1; i++) {
    const start = performance.now();
    spawnSync(command, args, { stdio: 'ignore' });
    if (i > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The median time for all of `runs` (argument lists of `command`) to end, started at once. */
async function processesAtOnceMs(command, runs, times) {
  const samples = [];
  for (let i = 0; i < times + 1; i++) {
    const start = performance.now();
    await Promise.all(runs.map((args) => new Promise((done) => spawn(command, args, { stdio: 'ignore' }).on('close', done))));
    if (i > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

/** thongbao's core as one CommonJS bundle, built here like the shipped ones. */
async function loadCore() {
  const outfile = join(ROOT, 'bench/out/core.cjs');
  await esbuild.build({
    stdin: {
      contents: "export { check } from './server/src/core/check'; export { CitationIndex } from './server/src/core/index/workspace'; export { builtinRegistry } from './server/src/core/registry/builtin';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.yaml': 'text' },
    plugins: [registryJson],
  });
  return { outfile, ...createRequire(import.meta.url)(outfile) };
}

const log = (message) => process.stderr.write(`${message}\n`);

// The server is started as the extension starts it: with client/src/language-client.ts SERVER_EXEC_ARGV.
const SERVER_EXEC_ARGV = ['--max-semi-space-size=8'];

async function main() {
  log('Tạo dữ liệu…');
  const { files, workspace } = generateAll();
  const texts = Object.fromEntries(Object.entries(files).map(([name, path]) => [name, readFileSync(path, 'utf8')]));
  const core = await loadCore();
  const remark = unified().use(remarkParse);
  const remarkLint = unified().use(remarkParse).use(remarkPresetLintRecommended);
  const regexes = [/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, /\bsố\s+\d+[^\s,;]*/gu, / {2,}/g, /\p{Lu}{2,}/gu];

  const rows = {
    'read + split': {},
    'regex pass': {},
    'remark-parse': {},
    'thongbao check': {},
    markdownlint: {},
    'remark-lint': {},
  };
  for (const [size, text] of Object.entries(texts)) {
    const times = REPEAT[size];
    log(`Đo trong tiến trình: ${size}…`);
    const tools = {
      'read + split': () => readFileSync(files[size], 'utf8').split(/\r?\n/),
      'regex pass': () => {
        let count = 0;
        for (const regex of regexes) for (const _ of text.matchAll(regex)) count++;
        return count;
      },
      'remark-parse': () => remark.parse(text),
      'thongbao check': () => core.check(text),
    };
    if (!(quick && size === '10m')) {
      tools.markdownlint = () => markdownlint({ strings: { doc: text } });
      tools['remark-lint'] = async () => {
        const file = new VFile({ value: text });
        await remarkLint.run(remarkLint.parse(file), file);
      };
    }
    for (const [tool, ms] of Object.entries(await timedSideBySide(tools, times))) rows[tool][size] = ms;
  }

  // The workspace index of 1,000 notices, in process: every draft read and indexed (what the server does
  // for a folder before any draft is open).
  const names = readdirSync(workspace).sort();
  const indexMs = await timed(() => {
    const index = new core.CitationIndex();
    const registry = core.builtinRegistry();
    for (const name of names) index.update(`file:///${name}`, readFileSync(join(workspace, name), 'utf8'), registry);
  }, quick ? 1 : 3);

  log('Đo dòng lệnh…');
  const node = process.execPath;
  // The command as shipped: bin/thongbao.js, which runs dist/cli.js from its code cache.
  const cli = join(ROOT, 'bin/thongbao.js');
  const nodeBare = processMs(node, ['-e', '0'], quick ? 5 : 15);
  const cliOne = processMs(node, [cli, 'check', files['10k']], quick ? 5 : 15);
  const firstCheck = median(
    Array.from({ length: quick ? 3 : 7 }, () =>
      Number(
        execFileSync(node, [
          '-e',
          `const t=performance.now();const {check}=require(${JSON.stringify(core.outfile)});check(require('fs').readFileSync(${JSON.stringify(files['10k'])},'utf8'));console.log(performance.now()-t)`,
        ]),
      ),
    ),
  );
  const help = spawnSync(node, [cli, '--help'], { encoding: 'utf8' }).stdout;
  const hasJobs = help.includes('--jobs');
  const folderRuns = quick ? 1 : 3;
  const cliFolder = hasJobs
    ? { jobs1: processMs(node, [cli, 'check', '--jobs', '1', workspace], folderRuns), jobs2: processMs(node, [cli, 'check', '--jobs', '2', workspace], folderRuns) }
    : { jobs1: processMs(node, [cli, 'check', workspace], folderRuns), jobs2: null };
  // What two cores of this machine give this work at best: two processes that share nothing, each checking
  // half of the folder on one thread, at the same time (each half is a smaller workspace: a little less work).
  const halves = [names.slice(0, names.length >> 1), names.slice(names.length >> 1)].map((half) => [cli, 'check', '--jobs', '1', ...half.map((name) => join(workspace, name))]);
  cliFolder.twoProcesses = await processesAtOnceMs(node, halves, folderRuns);

  log('Đo máy chủ ngôn ngữ…');
  const lsp = await measureServer(texts, workspace);
  const extension = measureActivation();
  const vsix = existsSync(join(ROOT, 'thongbao.vsix')) ? statSync(join(ROOT, 'thongbao.vsix')).size : null;

  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    quick,
    sizes: Object.fromEntries(Object.entries(files).map(([name, path]) => [name, statSync(path).size])),
    inProcess: rows,
    index1000Ms: indexMs,
    cli: { nodeBare, oneFile10k: cliOne, firstCheckInProcess10k: firstCheck, folder1000: cliFolder },
    lsp,
    extension: { ...extension, vsixBytes: vsix },
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(renderTable(results));
  log(`\nĐã ghi ${RESULTS}`);
  if (argv.includes('--readme')) renderReadme(ROOT, results);
}

/** The language server over stdio: open and edit at every size, completion, and 1,000 notices open at once. */
async function measureServer(texts, workspace) {
  const client = new LspClient(process.execPath, [...SERVER_EXEC_ARGV, join(ROOT, 'dist/server.js'), '--stdio']);
  await client.initialize(pathToFileURL(workspace).href);
  const hasCompletion = Boolean(client.capabilities.completionProvider);
  const result = { open: {}, edit: {}, completion: {}, completionOffered: hasCompletion };
  let serial = 0;
  for (const [size, text] of Object.entries(texts)) {
    const times = Math.max(1, Math.round(REPEAT[size] / 2));
    const opens = [];
    for (let i = 0; i <= (size === '10m' ? 0 : times); i++) {
      const uri = `file:///bench/open-${size}-${serial++}.tb.md`;
      const ms = await client.open(uri, text);
      if (i > 0 || size === '10m') opens.push(ms);
      await client.close(uri);
    }
    result.open[size] = median(opens);

    // Type into the middle of the body, one letter after another: every version is new to the server.
    const uri = `file:///bench/edit-${size}.tb.md`;
    await client.open(uri, text);
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    let line = lines.findIndex((l, i) => i >= middle && /^\d+\. /.test(l));
    if (line < 0) line = middle;
    const character = Math.min(8, lines[line].length);
    const typed = 'giao Văn phòng Sở theo dõi, đôn đốc ';
    const edits = [];
    let version = 1;
    // At 10 MB one edit is enough to know (and may take a while). At 1 MB a hundred keystrokes: a steadier
    // median, and the memory the server holds after them (what a long typing session keeps alive).
    const editCount = size === '10m' ? 1 : size === '1m' ? TYPED_1M : times + 1;
    const rssBefore = client.rssMb();
    for (let i = 0; i < editCount; i++) {
      const at = { line, character: character + i };
      const ms = await client.change(uri, ++version, { start: at, end: at }, typed[i % typed.length]);
      if (i > 0 || editCount === 1) edits.push(ms);
    }
    result.edit[size] = median(edits);
    if (size === '1m') result.typing1m = { keystrokes: editCount, rssBeforeMb: rssBefore, rssAfterMb: client.rssMb() };
    if (hasCompletion && size !== '10m') {
      const samples = [];
      for (let i = 0; i <= times; i++) samples.push(await client.completion(uri, { line, character: lines[line].length }));
      result.completion[size] = median(samples.slice(1));
    }
    await client.close(uri);
  }
  result.rssAfterSizesMb = client.rssMb();
  await client.stop();

  // 1,000 notices of a workspace, all open: time to every diagnostic, and the memory held.
  const many = new LspClient(process.execPath, [...SERVER_EXEC_ARGV, join(ROOT, 'dist/server.js'), '--stdio']);
  await many.initialize(pathToFileURL(workspace).href);
  const names = readdirSync(workspace).sort();
  const start = performance.now();
  await Promise.all(names.map((name) => many.open(pathToFileURL(join(workspace, name)).href, readFileSync(join(workspace, name), 'utf8'))));
  result.workspace1000 = { allDiagnosticsMs: performance.now() - start, rssMb: many.rssMb() };
  await many.stop();

  // The same 1,000 notices as a workspace folder, none open: the server indexes them in the background
  // (time to the end of its progress) and then holds them (resident memory once it has idled for 2 s).
  const indexing = new LspClient(process.execPath, [...SERVER_EXEC_ARGV, join(ROOT, 'dist/server.js'), '--stdio']);
  const indexed = new Promise((resolve) => {
    indexing.connection.onRequest('window/workDoneProgress/create', () => null);
    indexing.connection.onNotification('$/progress', (progress) => progress.value?.kind === 'end' && resolve());
  });
  const indexStart = performance.now();
  await indexing.initialize(pathToFileURL(workspace).href, { workspaceFolders: true, progress: true });
  await indexed;
  const indexedMs = performance.now() - indexStart;
  await new Promise((resolve) => setTimeout(resolve, 2000));
  result.indexed1000 = { indexMs: indexedMs, rssMb: indexing.rssMb() };
  await indexing.stop();
  return result;
}

/**
 * Loading dist/client.js and calling activate() with a stand-in for the vscode module (no editor): medians
 * of the time until activate() returns and until the language client, loaded just after, has started.
 */
function measureActivation() {
  const activate = [];
  const clientStarted = [];
  for (let i = 0; i < 7; i++) {
    try {
      const out = execFileSync(process.execPath, [join(ROOT, 'bench/activate.cjs'), join(ROOT, 'dist/client.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const [activated, started] = out.trim().split('\n').pop().split(' ').map(Number);
      activate.push(activated);
      clientStarted.push(started);
    } catch {
      return { activateMs: null, clientStartedMs: null };
    }
  }
  return { activateMs: median(activate), clientStartedMs: median(clientStarted) };
}

function machine() {
  const list = cpus();
  return { cpu: list[0]?.model ?? 'unknown', cores: list.length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
}

await main();
