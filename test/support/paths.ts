import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root; test bundles live in out/test/<level>/. */
export const REPO = resolve(__dirname, '../../..');

export const repoPath = (...parts: string[]): string => resolve(REPO, ...parts);

const DRAFT = /\.(tb\.md|thongbao|txt)$/;

/** Every draft under a folder, recursively (fixtures, seeds, examples). */
export function draftFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return draftFiles(path);
    return DRAFT.test(name) ? [path] : [];
  });
}
