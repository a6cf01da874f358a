/**
 * `thongbao check` over many files on every core: worker threads (the same bundle, started in a worker
 * role) read and check files handed out one at a time; the results come back in the files' order, so the
 * output is exactly that of a serial run. Several drafts are one workspace: the same workers first index
 * what each draft cites, then each receives the whole index and checks against it, as a serial run does.
 */
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { check } from '../core/check';
import type { RuleSettings } from '../core/config';
import { indexDraft } from '../core/index/draft';
import type { IndexedDraft } from '../core/index/types';
import { CitationIndex } from '../core/index/workspace';
import type { Finding } from '../core/rules/types';
import { RegistryFiles } from '../node/registry-files';
import { fileUri } from './citations';
import { InputError, readDraftSync } from './files';

const ROLE = 'thongbao-check-worker';
/** Starting a worker costs about as much as checking a few files: below this, one thread is faster. */
export const MIN_FILES_FOR_WORKERS = 8;

/** A file's text and findings, or why it could not be read. */
export type CheckOutcome = { text: string; findings: Finding[] } | { error: string };
/** What a file cites, or nothing when it cannot be read (the check pass reports why). */
type IndexOutcome = IndexedDraft | null;

type Request = { kind: 'index' | 'check'; index: number; file: string } | { kind: 'workspace'; drafts: IndexedDraft[] };
type Reply = { index: number; outcome: CheckOutcome | IndexOutcome } | { index: number; fatal: string };

// The module is loaded only where threads are used: a check of one file does not pay for it at start.
const threads = () => require('node:worker_threads') as typeof import('node:worker_threads');

export function isCheckWorker(): boolean {
  // A worker is started with ROLE as its argument; only then is it worth asking the thread module.
  if (!process.argv.includes(ROLE)) return false;
  const { isMainThread, workerData } = threads();
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/**
 * Checks `files` on `jobs` worker threads; `rules` are the command line's own --rule settings. With
 * `workspace`, the drafts are first indexed together and each is checked against the others.
 */
export async function checkInWorkers(files: string[], rules: RuleSettings, jobs: number, workspace: boolean): Promise<CheckOutcome[]> {
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new (threads().Worker)(__filename, { argv: [ROLE], workerData: { role: ROLE, rules } }));
  try {
    if (workspace) {
      const drafts = (await pass<IndexOutcome>(workers, files, 'index')).filter((draft): draft is IndexedDraft => draft !== null);
      for (const worker of workers) worker.postMessage({ kind: 'workspace', drafts } satisfies Request);
    }
    return await pass<CheckOutcome>(workers, files, 'check');
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Hands the files out to whichever worker is free; the outcomes in the files' order. Each worker holds a
 * few requests at once, so that it reads the next file while it checks one and never waits for the next.
 */
async function pass<T>(workers: Worker[], files: string[], kind: 'index' | 'check'): Promise<T[]> {
  const outcomes: T[] = new Array(files.length);
  let next = 0;
  const drive = (worker: Worker) =>
    new Promise<void>((done, fail) => {
      let pending = 0;
      const feed = () => {
        if (next >= files.length) {
          if (pending > 0) return;
          worker.off('message', receive).off('error', fail);
          done();
          return;
        }
        const index = next++;
        pending++;
        worker.postMessage({ kind, index, file: files[index]! } satisfies Request);
      };
      const receive = (reply: Reply) => {
        if ('fatal' in reply) {
          fail(new Error(reply.fatal));
          return;
        }
        pending--;
        outcomes[reply.index] = reply.outcome as T;
        feed();
      };
      worker.on('message', receive).on('error', fail);
      for (let i = 0; i < REQUESTS_IN_FLIGHT; i++) feed();
    });
  await Promise.all(workers.map(drive));
  return outcomes;
}

const REQUESTS_IN_FLIGHT = 3;

/** The worker's side: index or check each file it is sent, with the nearest .thongbao.yaml as a serial run would. */
export function serveCheckWorker(): void {
  const { parentPort, workerData } = threads();
  const { rules } = workerData as { rules: RuleSettings };
  const registries = new RegistryFiles();
  let workspace: CitationIndex | undefined;
  const perform = async (kind: 'index' | 'check', file: string): Promise<CheckOutcome | IndexOutcome> => {
    const draft = readDraftSync(file);
    const { registry, rules: fileRules } = registries.registryFor(resolve(file));
    if (kind === 'index') return indexDraft(fileUri(file), draft.text, registry);
    const context = workspace ? { workspace: { index: workspace, uri: fileUri(file) } } : {};
    const { findings } = check(draft.text, { rules: { ...fileRules, ...rules }, registry, ...context });
    return { text: draft.text, findings };
  };
  parentPort!.on('message', (request: Request) => {
    if (request.kind === 'workspace') {
      workspace = new CitationIndex();
      for (const draft of request.drafts) workspace.put(draft);
      return;
    }
    const { kind, index, file } = request;
    perform(kind, file).then(
      (outcome) => parentPort!.postMessage({ index, outcome } satisfies Reply),
      (error: unknown) => {
        const reply: Reply =
          error instanceof InputError
            ? { index, outcome: kind === 'index' ? null : { error: error.message } }
            : { index, fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        parentPort!.postMessage(reply);
      },
    );
  });
}
