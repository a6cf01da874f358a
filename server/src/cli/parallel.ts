/**
 * `thongbao check` over many files on every core: worker threads (the same bundle, started in a worker
 * role) read and check files handed out one at a time; the results come back in the files' order, so the
 * output is exactly that of a serial run. Several drafts are one workspace: a first pass indexes what each
 * cites (in the workers too), and every worker checks against that index, as a serial run does.
 */
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { check } from '../core/check';
import type { RuleSettings } from '../core/config';
import { indexDraft } from '../core/index/draft';
import type { IndexedDraft } from '../core/index/types';
import { CitationIndex } from '../core/index/workspace';
import type { Finding } from '../core/rules/types';
import { RegistryFiles } from '../node/registry-files';
import { fileUri } from './citations';
import { InputError, readDraft } from './files';

const ROLE = 'thongbao-check-worker';
/** Starting a worker costs about as much as checking a few files: below this, one thread is faster. */
export const MIN_FILES_FOR_WORKERS = 8;

/** A file's text and findings, or why it could not be read. */
export type CheckOutcome = { text: string; findings: Finding[] } | { error: string };
/** What a file cites, or nothing when it cannot be read (the check pass reports why). */
type IndexOutcome = IndexedDraft | null;

type Task = { task: 'index' } | { task: 'check'; rules: RuleSettings; drafts?: IndexedDraft[] };
type Reply<T> = { index: number; outcome: T } | { index: number; fatal: string };

export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** What each of `files` cites, read on `jobs` worker threads. */
export async function indexInWorkers(files: string[], jobs: number): Promise<IndexedDraft[]> {
  const outcomes = await inWorkers<IndexOutcome>(files, jobs, { task: 'index' });
  return outcomes.filter((draft): draft is IndexedDraft => draft !== null);
}

/**
 * Checks `files` on `jobs` worker threads; `rules` are the command line's own --rule settings, `drafts` the
 * workspace's index (from indexInWorkers) when several drafts are checked together.
 */
export function checkInWorkers(files: string[], rules: RuleSettings, jobs: number, drafts?: IndexedDraft[]): Promise<CheckOutcome[]> {
  return inWorkers<CheckOutcome>(files, jobs, { task: 'check', rules, ...(drafts && { drafts }) });
}

async function inWorkers<T>(files: string[], jobs: number, task: Task): Promise<T[]> {
  const outcomes: T[] = new Array(files.length);
  let next = 0;
  const run = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(__filename, { workerData: { role: ROLE, ...task } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => done());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (reply: Reply<T>) => {
        if ('fatal' in reply) {
          void worker.terminate();
          fail(new Error(reply.fatal));
          return;
        }
        outcomes[reply.index] = reply.outcome;
        feed();
      });
      worker.on('error', fail);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, run));
  return outcomes;
}

/** The worker's side: index or check each file it is sent, with the nearest .thongbao.yaml as a serial run would. */
export function serveCheckWorker(): void {
  const task = workerData as Task;
  const registries = new RegistryFiles();
  let workspace: CitationIndex | undefined;
  if (task.task === 'check' && task.drafts) {
    workspace = new CitationIndex();
    for (const draft of task.drafts) workspace.put(draft);
  }
  const perform = async (file: string): Promise<CheckOutcome | IndexOutcome> => {
    const draft = await readDraft(file);
    const { registry, rules } = registries.registryFor(resolve(file));
    if (task.task === 'index') return indexDraft(fileUri(file), draft.text, registry);
    const context = workspace ? { workspace: { index: workspace, uri: fileUri(file) } } : {};
    const { findings } = check(draft.text, { rules: { ...rules, ...task.rules }, registry, ...context });
    return { text: draft.text, findings };
  };
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    perform(file).then(
      (outcome) => parentPort!.postMessage({ index, outcome }),
      (error: unknown) => {
        const reply: Reply<CheckOutcome | IndexOutcome> =
          error instanceof InputError
            ? { index, outcome: task.task === 'index' ? null : { error: error.message } }
            : { index, fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        parentPort!.postMessage(reply);
      },
    );
  });
}
