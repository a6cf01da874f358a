/** Finding and reading the drafts named on the command line. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const DRAFT_EXTENSIONS = ['.tb.md', '.thongbao'];
const SKIPPED_FOLDERS = new Set(['node_modules']);

export class InputError extends Error {}

/** Files to check: every draft under a folder, and any file named explicitly, in a stable order. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) files.push(...(await walk(path)));
      else files.push(path);
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

/** Reads a draft as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused. */
export async function readDraft(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`không đọc được «${path}»: ${reason(error)}`);
  }
  return decodeDraft(bytes, path);
}

export function decodeDraft(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`«${path}» không phải tệp văn bản (có byte 0).`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`«${path}» không phải văn bản UTF-8 hợp lệ; hãy lưu lại tệp với mã hóa UTF-8.`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'không có tệp hoặc thư mục này';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền đọc';
  if (code === 'EISDIR') return 'là một thư mục';
  return error instanceof Error ? error.message : String(error);
}
