/**
 * Feeds the workspace index from disk: every draft of the workspace folders in the background, and one
 * file again when it is created, changed or deleted. Drafts open in the editor are the editor's business
 * (their unsaved text wins); this module never overwrites them.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CitationIndex } from '../core/index/workspace';
import type { Registry } from '../core/registry/registry';
import { collectFiles, DRAFT_EXTENSIONS, readDraft, readingAhead } from '../cli/files';

/** Larger files are no drafts anyone cites from; they are left out of the index. */
export const MAX_INDEXED_BYTES = 5_000_000;
/**
 * Files read ahead of the one being indexed. A read is four round trips to the disk's threads, and each waits
 * for the file being indexed to end: with a few reads in flight, the next file was often not ready.
 */
const READ_AHEAD = 16;

export interface ScanOptions {
  /** Open drafts are skipped: the editor's text is indexed instead. */
  isOpen(uri: string): boolean;
  /** Called with the files indexed so far and their total, after each file. */
  progress?(done: number, total: number): void;
  cancelled?(): boolean;
}

export function isDraftPath(path: string): boolean {
  return DRAFT_EXTENSIONS.some((extension) => path.endsWith(extension));
}

export class WorkspaceDrafts {
  /** How many times each file was read again or forgotten since the server started: a scan that read it
   * before then holds older text and must not index it. */
  private readonly news = new Map<string, number>();

  constructor(
    private readonly index: CitationIndex,
    private readonly registryFor: (path: string) => Registry,
  ) {}

  /** Indexes every draft under the folders; returns the documents whose facts changed. */
  async scan(folders: string[], options: ScanOptions): Promise<Set<string>> {
    const changed = new Set<string>();
    if (folders.length === 0) return changed;
    const { files } = await collectFiles(folders);
    let done = 0;
    // The next files are read while this one is indexed: the disk and the parser are busy at the same time.
    const read = readingAhead(files, (path) => this.readNoting(path), READ_AHEAD);
    for (const [position, path] of files.entries()) {
      if (options.cancelled?.()) break;
      const { uri, text, news } = await read(position);
      // Changed on disk (and read again) or deleted while this read waited: what is indexed is newer.
      if ((this.news.get(uri) ?? 0) !== news) continue;
      for (const key of this.apply(path, uri, text, options.isOpen)) changed.add(key);
      options.progress?.(++done, files.length);
      // Let requests and edits in between: a large folder must not freeze the server.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return changed;
  }

  /** The file at `uri` changed on disk (or is no longer open): index what is there now, or forget it. */
  async refresh(uri: string, isOpen: (uri: string) => boolean): Promise<Set<string>> {
    const path = pathOf(uri);
    if (!path || !isDraftPath(path)) return new Set();
    this.noteNews(uri);
    return this.read(path, uri, isOpen);
  }

  forget(uri: string): Set<string> {
    this.noteNews(uri);
    return this.index.remove(uri);
  }

  private noteNews(uri: string): void {
    this.news.set(uri, (this.news.get(uri) ?? 0) + 1);
  }

  /** The file's text, with the news of it known when the read began. */
  private async readNoting(path: string): Promise<{ uri: string; text: string | undefined; news: number }> {
    const uri = pathToFileURL(path).href;
    const news = this.news.get(uri) ?? 0;
    return { uri, text: await textOf(path), news };
  }

  /** Reads the file unless it is open, before and after the read (it may open while the disk answers). */
  private async read(path: string, uri: string, isOpen: (uri: string) => boolean): Promise<Set<string>> {
    if (isOpen(uri)) return new Set();
    return this.apply(path, uri, await textOf(path), isOpen);
  }

  /** Indexes what was read of the file (nothing: forget it), unless the editor has it open by now. */
  private apply(path: string, uri: string, text: string | undefined, isOpen: (uri: string) => boolean): Set<string> {
    if (isOpen(uri)) return new Set();
    return text === undefined ? this.index.remove(uri) : this.index.update(uri, text, this.registryFor(path));
  }
}

/** The draft's text, or nothing when it is gone, unreadable, not text, or too large to be a draft. */
async function textOf(path: string): Promise<string | undefined> {
  try {
    return (await readDraft(path, MAX_INDEXED_BYTES)).text;
  } catch {
    return undefined; // nothing in it can be cited
  }
}

/** The file system path of a file: URI; other schemes (untitled:) have none. */
export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
