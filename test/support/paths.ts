import { resolve } from 'node:path';

/** The repository root; test bundles live in out/test/<level>/. */
export const REPO = resolve(__dirname, '../../..');

export const repoPath = (...parts: string[]): string => resolve(REPO, ...parts);
