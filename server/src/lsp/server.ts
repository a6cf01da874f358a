/**
 * The language server: a thin adapter between LSP and the core's check(). Diagnostics are computed on
 * open at once and on change after a short pause; a result is published only for the version it was
 * computed from, so a stale result never replaces a fresh one.
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version as SERVER_VERSION } from '../../../package.json';
import { check } from '../core/check';
import { Reuse } from '../core/reuse';
import { fixAll, minimalEdit } from '../core/fix';
import type { Finding } from '../core/rules/types';
import { LineIndex } from '../core/text/lines';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REGISTRY_FILE, RegistryFiles } from '../node/registry-files';
import { CITATION_CAPABILITIES, WorkspaceCitations } from './citations';
import { FIX_ALL_KIND, SOURCE, toDiagnostics, toFixAll, toQuickFix, type DocsLink } from './convert';
import { SettingsCache } from './settings';
import { DRAFTING_CAPABILITIES, registerDrafting } from './drafting';
import { cancelMemoryRelease, heapInUse, releaseMemorySoon } from './memory';
import { registerWorkspaceRequests } from './workspace-requests';

/** How long a draft waits before it is checked again for another draft's change. */
const CROSS_DOCUMENT_DELAY_MS = 300;
/** A draft this long (in characters) keeps what its checks computed from the moment it opens. */
const REUSE_FROM_OPEN = 64 * 1024;


export interface ServerOptions {
  /** Pause after the last keystroke before checking, in milliseconds. */
  debounceMs: number;
}

interface Checked {
  version: number;
  findings: Finding[];
  index: LineIndex;
  /** Puts this version into the workspace index; run once, after its diagnostics are sent. */
  indexWorkspace?: () => void;
}

export function startServer(connection: Connection, defaults: ServerOptions = { debounceMs: 150 }, docsLink?: DocsLink): void {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const indexTimers = new Map<string, ReturnType<typeof setTimeout>>();
  // Drafts being edited keep what their last checks computed, so a keystroke re-scans one paragraph.
  const reuses = new Map<string, Reuse>();
  let canPullConfiguration = false;
  let debounceMs = defaults.debounceMs;
  const settings = new SettingsCache(connection, () => canPullConfiguration);
  const registries = new RegistryFiles();
  const publishedRegistry = new Map<string, string>(); // .thongbao.yaml path → stamp of the problems sent
  let generation = 0; // bumped when settings or a .thongbao.yaml change; a check begun before is stale
  let folders: string[] = [];
  const citations = new WorkspaceCitations({
    connection,
    documents,
    registryFor: (uri) => workspaceOf(uri).registry,
    recheck: (uris) => {
      for (const uri of uris) {
        const document = documents.get(uri);
        if (!document) continue;
        checked.delete(uri);
        // Not urgent, and one keystroke can touch many drafts: wait for a pause in the typing.
        schedule(document, Math.max(debounceMs, CROSS_DOCUMENT_DELAY_MS));
      }
    },
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    folders = (params.workspaceFolders ?? []).map((folder) => pathOf(folder.uri)).filter((path): path is string => path !== undefined);
    const options = (params.initializationOptions ?? {}) as { debounceMs?: unknown; settings?: unknown };
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    if (options.settings !== undefined) settings.setGlobal(options.settings);
    citations.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...DRAFTING_CAPABILITIES,
        ...CITATION_CAPABILITIES,
      },
      serverInfo: { name: 'thongbao-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => void citations.start(folders));

  connection.onDidChangeConfiguration((change) => {
    if (canPullConfiguration) settings.clear();
    else settings.setGlobal(change.settings);
    checked.clear(); // a result computed under the old settings is stale even for the same version
    generation++;
    for (const document of documents.all()) schedule(document, 0);
  });

  // A workspace file changed: read it again, show its problems, and check every open draft anew.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    void citations.watched(changes);
    const touched = changes.map((change) => pathOf(change.uri)).filter((path): path is string => path?.endsWith(REGISTRY_FILE) === true);
    if (touched.length === 0) return;
    for (const path of touched) {
      registries.invalidate(path);
      publishedRegistry.delete(path);
      publishRegistryProblems(path);
    }
    checked.clear();
    generation++;
    for (const document of documents.all()) schedule(document, 0);
  });

  // Fired on open as well as on change: a document seen for the first time is checked at once.
  documents.onDidChangeContent(({ document }) => {
    const edited = checked.has(document.uri);
    // A draft keeps what its checks computed once it is edited; a long one from the moment it opens, so that
    // its first keystroke is not a whole check again (2.7 s at 10 MB). Short drafts, which are most and check
    // in a few milliseconds, keep nothing until typed into: 1,000 of them open hold no memos.
    if ((edited || document.getText().length >= REUSE_FROM_OPEN) && !reuses.has(document.uri)) reuses.set(document.uri, new Reuse());
    schedule(document, edited ? debounceMs : 0);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    clearTimeout(indexTimers.get(document.uri));
    indexTimers.delete(document.uri);
    checked.delete(document.uri);
    reuses.delete(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    void citations.closed(document.uri);
    if (documents.all().length === 0) releaseMemorySoon();
  });
  documents.onDidOpen(() => cancelMemoryRelease());

  // The process id, so that a test can kill the server and watch the editor bring it back.
  connection.onRequest('thongbao/processId', () => process.pid);
  // The heap in use after a full collection, in bytes: how a leak shows (the load test reads it).
  connection.onRequest('thongbao/heapInUse', () => heapInUse());

  // How many errors the document's current version has (the export command reports them): requests follow
  // the changes sent before them, so this is the text the client holds, even before its diagnostics arrive.
  connection.onRequest('thongbao/errorCount', async ({ uri }: { uri: string }): Promise<number | null> => {
    const document = documents.get(uri);
    const state = document ? await current(document) : undefined;
    return state ? state.findings.filter((finding) => finding.severity === 'error').length : null;
  });

  connection.onCodeAction(async (params, token): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const state = await current(document);
    if (!state) return [];
    // Asked for, then abandoned while the settings were read: skip the costly part (fix all).
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Đã hủy yêu cầu.');
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const from = state.index.offsetAt(params.range.start);
      const to = state.index.offsetAt(params.range.end);
      for (const finding of state.findings) {
        if (!finding.fix || finding.start > to || finding.end < from) continue;
        actions.push(toQuickFix(finding, state.index, document.uri, docsLink)!);
      }
    }
    const fixable = state.findings.filter((finding) => finding.fix).length;
    // "Fix all" as a source action (editor.codeActionsOnSave) and, when it does more than one fix, in the
    // light bulb too.
    const fixAllKinds = [...(wants(FIX_ALL_KIND) ? [FIX_ALL_KIND] : []), ...(actions.length > 0 && fixable > 1 ? [CodeActionKind.QuickFix] : [])];
    if (fixable > 0 && fixAllKinds.length > 0) {
      const text = document.getText();
      const edit = minimalEdit(text, fixAll(text, { rules: (await settings.get(document.uri)).rules }).text);
      if (edit) for (const kind of fixAllKinds) actions.push(toFixAll(edit, state.index, document.uri, kind, fixable));
    }
    return actions;
  });

  /** Checks after `delay` ms; a newer change cancels the pending check of an older version. */
  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    const run = () => {
      timers.delete(document.uri);
      void publish(document.uri, document.version);
    };
    if (delay === 0) run();
    else timers.set(document.uri, setTimeout(run, delay));
  }

  async function publish(uri: string, version: number): Promise<void> {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const state = await current(document);
    // The document may have changed or closed while the settings were read.
    if (!state || documents.get(uri)?.version !== version) return;
    const diagnostics = toDiagnostics(state.findings, state.index, uri, docsLink);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    // The draft's own check never reads its own entry of the workspace index, and other drafts are checked
    // again only once the typing pauses: while the draft is edited, update its entry then, from the latest
    // version checked, so that indexing never delays the next keystroke's diagnostics (a hover or a jump
    // indexes at once if needed). A draft just opened is indexed right after its diagnostics have gone (the
    // writer sends from an immediate queued before this one), for the drafts opened after it.
    clearTimeout(indexTimers.get(uri));
    if (citations.indexedOpen(uri)) indexTimers.set(uri, setTimeout(() => indexWorkspace(uri, state), CROSS_DOCUMENT_DELAY_MS));
    else setImmediate(() => indexWorkspace(uri, state));
  }

  function indexWorkspace(uri: string, state: Checked): void {
    indexTimers.delete(uri);
    const update = state.indexWorkspace;
    delete state.indexWorkspace;
    update?.();
  }

  /** The check of the document's current version, computed once per version. */
  async function current(document: TextDocument): Promise<Checked | undefined> {
    const version = document.version;
    const cached = checked.get(document.uri);
    if (cached?.version === version) return cached;
    const started = generation;
    const documentSettings = await settings.get(document.uri);
    // Settings read before a configuration change would make a stale result look current: drop it.
    if (document.version !== version || generation !== started) return undefined;
    const text = document.getText();
    const lines = new LineIndex(text);
    let findings: Finding[] = [];
    let indexWorkspace: (() => void) | undefined;
    if (documentSettings.enable) {
      try {
        // Precedence: built-in < editor settings < the workspace's .thongbao.yaml.
        const workspace = workspaceOf(document.uri);
        if (workspace.file) publishRegistryProblems(workspace.file);
        const result = check(text, { rules: { ...documentSettings.rules, ...workspace.rules }, registry: workspace.registry, workspace: citations.context(document.uri), reuse: reuses.get(document.uri) });
        findings = result.findings;
        indexWorkspace = () => citations.checked(document.uri, version, text, workspace.registry, { ...result, lines });
        for (const failure of result.failures) {
          connection.console.error(`thongbao: quy tắc ${failure.ruleId} lỗi trên ${document.uri}: ${describe(failure.error)}`);
        }
      } catch (error) {
        // The checker must never take the server down: log, and show nothing for this version.
        connection.console.error(`thongbao: không kiểm tra được ${document.uri}: ${describe(error)}`);
      }
    }
    const state: Checked = indexWorkspace ? { version, findings, index: lines, indexWorkspace } : { version, findings, index: lines };
    checked.set(document.uri, state);
    return state;
  }

  /** The registry of a draft: the built-in one under the nearest .thongbao.yaml inside its workspace folder. */
  /** Problems of a .thongbao.yaml as diagnostics in that file, sent once per version of the file. */
  function publishRegistryProblems(path: string): void {
    const loaded = registries.load(path);
    if (publishedRegistry.get(path) === loaded.stamp) return;
    publishedRegistry.set(path, loaded.stamp);
    const index = new LineIndex(loaded.text);
    const diagnostics = loaded.problems.map((problem) => ({
      range: { start: index.positionAt(problem.start), end: index.positionAt(problem.end) },
      message: loaded.good ? `${problem.message} (đang dùng nội dung hợp lệ trước đó)` : problem.message,
      severity: 1 as const,
      code: 'registry/invalid',
      source: SOURCE,
    }));
    void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
  }

  /** The registry of a document: its folder's .thongbao.yaml; an untitled one takes the first folder's. */
  function workspaceOf(uri: string) {
    const path = pathOf(uri) ?? (folders[0] ? join(folders[0], 'untitled.tb.md') : undefined);
    // Nothing outside the workspace folders is read: a draft outside them uses only its own folder's file.
    return registries.registryFor(path, path ? (folders.find((folder) => path.startsWith(`${folder}/`)) ?? dirname(path)) : undefined);
  }

  registerDrafting(connection, documents, {
    registryFor: (uri) => workspaceOf(uri).registry,
    knownDocuments: (uri) => citations.knownDocuments(uri),
    hover: (uri, offset) => citations.hover(uri, offset),
  });
  registerWorkspaceRequests(connection, documents, {
    workspaceFor: workspaceOf,
    settingsFor: (uri) => settings.get(uri),
    ...(docsLink && { docsLink }),
  });

  citations.listen();
  documents.listen(connection);
  connection.listen();
}

/** The file system path of a file: URI; other schemes have none. */
function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
