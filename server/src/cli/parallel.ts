/**
 * `thongbao check` over many files on every core: worker threads (the same bundle, started in a worker
 * role) read and check files handed out one at a time; the results come back in the files' order, so the
 * output is exactly that of a serial run.
 */
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { check } from '../core/check';
import type { RuleSettings } from '../core/config';
import type { Finding } from '../core/rules/types';
import { RegistryFiles } from '../node/registry-files';
import { InputError, readDraft } from './files';

const ROLE = 'thongbao-check-worker';
/** Starting a worker costs about as much as checking a few files: below this, one thread is faster. */
export const MIN_FILES_FOR_WORKERS = 8;

/** A file's text and findings, or why it could not be read. */
export type CheckOutcome = { text: string; findings: Finding[] } | { error: string };

type Reply = { index: number; outcome: CheckOutcome } | { index: number; fatal: string };

export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** Checks `files` on `jobs` worker threads; `rules` are the command line's own --rule settings. */
export async function checkInWorkers(files: string[], rules: RuleSettings, jobs: number): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = new Array(files.length);
  let next = 0;
  const run = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(__filename, { workerData: { role: ROLE, rules } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => done());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (reply: Reply) => {
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

/** The worker's side: check each file it is sent, with the nearest .thongbao.yaml as a serial run would. */
export function serveCheckWorker(): void {
  const { rules } = workerData as { rules: RuleSettings };
  const registries = new RegistryFiles();
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    void (async () => {
      try {
        const draft = await readDraft(file);
        const workspace = registries.registryFor(resolve(file));
        const { findings } = check(draft.text, { rules: { ...workspace.rules, ...rules }, registry: workspace.registry });
        parentPort!.postMessage({ index, outcome: { text: draft.text, findings } } satisfies Reply);
      } catch (error) {
        const reply: Reply =
          error instanceof InputError ? { index, outcome: { error: error.message } } : { index, fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        parentPort!.postMessage(reply);
      }
    })();
  });
}
