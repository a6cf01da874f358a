/** Finding and reading the drafts named on the command line. */
import { close, constants, fstat, open, read, readFileSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const DRAFT_EXTENSIONS = ['.tb.md', '.thongbao'];
const SKIPPED_FOLDERS = new Set(['node_modules']);

export class InputError extends Error {}

/** A draft is a few pages; anything this large is not one (and would take minutes and gigabytes). */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/** Files to check: every draft under a folder, and any file named explicitly, in a stable order. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) files.push(...(await walk(path)));
      else if (info.isFile()) files.push(path);
      // A pipe or a device (/dev/zero) would be read forever.
      else errors.push(`«${path}» không phải tệp thông thường (ống dẫn, thiết bị…); bỏ qua.`);
    } catch (error) {
      errors.push(`không đọc được «${path}»: ${reason(error)}`);
    }
  }
  return { files, errors };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && DRAFT_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) found.push(path);
  }
  return found;
}

export interface DecodedDraft {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  /** The bytes as read, to tell later whether the file changed on disk. */
  bytes: Uint8Array;
}

/**
 * Reads a draft as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused. For the
 * language server, which must not block while it reads a folder (a network drive can be slow).
 */
export async function readDraft(path: string, maxBytes = MAX_DRAFT_BYTES): Promise<DecodedDraft> {
  try {
    return decodeDraft(await readRegularFile(path, maxBytes), path);
  } catch (error) {
    throw readError(path, error);
  }
}

/** Opening a named pipe to read waits for a writer: without waiting, fstat tells it is no file to read. */
const OPEN_WITHOUT_WAITING = constants.O_NONBLOCK === undefined ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The bytes of a regular file no larger than `maxBytes`, checked on the open file (it may have been replaced
 * since it was listed). Callbacks, not fs/promises: indexing a folder reads a thousand small files, and the
 * promise API's extra stat and file handles took about a tenth of the time.
 */
function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    open(path, OPEN_WITHOUT_WAITING, (error, fd) => {
      if (error) return reject(error);
      const end = (failure: unknown, bytes?: Uint8Array) => close(fd, () => (failure ? reject(failure) : resolve(bytes!)));
      fstat(fd, (error, info) => {
        if (error) return end(error);
        try {
          checkReadable(path, info, maxBytes);
        } catch (failure) {
          return end(failure);
        }
        const buffer = Buffer.allocUnsafe(info.size);
        const readFrom = (offset: number): void => {
          // The file may shrink while it is read: what was read is the file.
          if (offset === buffer.length) return end(undefined, buffer);
          read(fd, buffer, offset, buffer.length - offset, offset, (error, bytesRead) => {
            if (error) return end(error);
            if (bytesRead === 0) return end(undefined, buffer.subarray(0, offset));
            readFrom(offset + bytesRead);
          });
        };
        readFrom(0);
      });
    });
  });
}

/**
 * `readDraft` for the command line, which does nothing else meanwhile: a synchronous read of a small file
 * costs a fraction of the asynchronous one (four hops through the thread pool, each waiting for a check to end).
 */
export function readDraftSync(path: string): DecodedDraft {
  try {
    checkReadable(path, statSync(path));
    return decodeDraft(readFileSync(path), path);
  } catch (error) {
    throw readError(path, error);
  }
}

/** Checked again at reading: the file may have been replaced since it was listed. */
function checkReadable(path: string, info: Stats, maxBytes = MAX_DRAFT_BYTES): void {
  if (!info.isFile()) throw new InputError(`«${path}» không phải tệp thông thường (ống dẫn, thiết bị…); bỏ qua.`);
  if (info.size > maxBytes) throw new InputError(`«${path}» quá lớn (${Math.round(info.size / 1024 / 1024)} MB, tối đa ${Math.round(maxBytes / 1024 / 1024)} MB); không kiểm tra.`);
}

function readError(path: string, error: unknown): InputError {
  return error instanceof InputError ? error : new InputError(`không đọc được «${path}»: ${reason(error)}`);
}

/**
 * `read` (by default `readDraft`) for files worked on one after another: asked for the file at `position`,
 * it also starts reading the `depth` files after it, so that the disk is read while the files before are
 * worked on.
 */
export function readingAhead<T = DecodedDraft>(files: string[], read: (path: string) => Promise<T> = readDraft as (path: string) => Promise<T>, depth = 1): (position: number) => Promise<T> {
  const reads = new Map<number, Promise<T>>();
  const start = (position: number) => {
    if (position >= files.length || reads.has(position)) return;
    const reading = read(files[position]!);
    reading.catch(() => undefined); // an error is the caller's when it asks for that file
    reads.set(position, reading);
  };
  return (position) => {
    for (let ahead = 0; ahead <= depth; ahead++) start(position + ahead);
    const reading = reads.get(position)!;
    reads.delete(position);
    return reading;
  };
}

export function decodeDraft(bytes: Uint8Array, path: string): DecodedDraft {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, bytes };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, bytes };
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`«${path}» không phải tệp văn bản (có byte 0).`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8', bom, bytes };
  } catch {
    throw new InputError(`«${path}» không phải văn bản UTF-8 hợp lệ; hãy lưu lại tệp với mã hóa UTF-8.`);
  }
}

/** The bytes of `text` in the draft's own encoding, with its BOM if it had one. */
export function encodeDraft(text: string, like: DecodedDraft): Buffer {
  if (like.encoding === 'utf-8') return Buffer.concat([like.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  const little = Buffer.from(text, 'utf16le');
  if (like.encoding === 'utf-16be') little.swap16();
  return Buffer.concat([Buffer.from(like.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), little]);
}

/**
 * Replaces the file's content atomically (a temporary file beside it, then a rename), unless the file
 * changed on disk since `original` was read: then nothing is written.
 */
export async function writeDraftAtomically(path: string, text: string, original: DecodedDraft): Promise<void> {
  const now = await readFile(path).catch(() => undefined);
  if (!now || Buffer.compare(now, original.bytes) !== 0) {
    throw new InputError(`«${path}» đã thay đổi từ lúc đọc; không ghi đè, hãy chạy lại.`);
  }
  const info = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.thongbao-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temporary, encodeDraft(text, original), { mode: info.mode, flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(`không ghi được «${path}»: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'không có tệp hoặc thư mục này';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc';
  if (code === 'EISDIR') return 'là một thư mục';
  return error instanceof Error ? error.message : String(error);
}
