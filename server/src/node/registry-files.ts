/**
 * The workspace's `.thongbao.yaml`, found next to a draft or in a folder above it, read from disk and
 * merged over the built-in registry. Shared by the command line and the language server (the core itself
 * never touches the file system). A file that fails to parse keeps its last good content in use.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import type { RuleSettings } from '../core/config';
import { builtinRegistryData } from '../core/registry/builtin';
import { MAX_REGISTRY_CHARS, parseRegistry, type RegistryProblem } from '../core/registry/load';
import { mergeRegistry } from '../core/registry/merge';
import { Registry } from '../core/registry/registry';
import type { RegistryData } from '../core/registry/types';

export const REGISTRY_FILE = '.thongbao.yaml';

interface Loaded {
  stamp: string;
  text: string;
  problems: RegistryProblem[];
  /** The content last read without problems. */
  good?: RegistryData;
  registry: Registry;
}

export interface WorkspaceRegistry {
  registry: Registry;
  /** The file's `rules:`, which win over editor settings. */
  rules: RuleSettings;
  /** The file that was used, if any. */
  file?: string;
}

export class RegistryFiles {
  private readonly loaded = new Map<string, Loaded>();
  private builtin?: Registry;

  /** The nearest `.thongbao.yaml` in the draft's folder or above it, stopping at `root` when given. */
  locate(draftPath: string, root?: string): string | undefined {
    let folder = dirname(draftPath);
    for (;;) {
      const candidate = join(folder, REGISTRY_FILE);
      if (isFile(candidate)) return candidate;
      if ((root && folder === root) || folder === parsePath(folder).root) return undefined;
      const parent = dirname(folder);
      if (parent === folder) return undefined;
      folder = parent;
    }
  }

  /** Reads the file again when it changed on disk (by size and modification time). */
  load(path: string): Loaded {
    const stamp = stampOf(path);
    const previous = this.loaded.get(path);
    if (previous && previous.stamp === stamp) return previous;
    let text = '';
    let problems: RegistryProblem[];
    let data: RegistryData | undefined;
    try {
      // Refused before reading: a huge file is never loaded into memory (UTF-8 takes at most 4 bytes a character).
      if (statSync(path).size > MAX_REGISTRY_CHARS * 4) throw new Error(`tệp quá lớn (hơn ${MAX_REGISTRY_CHARS.toLocaleString('vi-VN')} ký tự)`);
      text = readFileSync(path, 'utf8');
      ({ data, problems } = parseRegistry(text));
    } catch (error) {
      problems = [{ message: `Không đọc được tệp: ${(error as Error).message}`, start: 0, end: 0 }];
    }
    const good = data ?? previous?.good;
    const loaded: Loaded = { stamp, text, problems, registry: new Registry(mergeRegistry(builtinRegistryData(), good)), ...(good && { good }) };
    this.loaded.set(path, loaded);
    return loaded;
  }

  /** The file changed: read it again on next use, keeping its last good content for a failed read. */
  invalidate(path: string): void {
    const previous = this.loaded.get(path);
    if (previous) this.loaded.set(path, { ...previous, stamp: 'stale' });
  }

  registryFor(draftPath: string | undefined, root?: string): WorkspaceRegistry {
    const file = draftPath ? this.locate(draftPath, root) : undefined;
    if (!file) return { registry: (this.builtin ??= new Registry(builtinRegistryData())), rules: {} };
    const loaded = this.load(file);
    return { registry: loaded.registry, rules: loaded.good?.rules ?? {}, file };
  }
}

function isFile(path: string): boolean {
  try {
    // Most folders have no such file: asked without an exception, which costs more than the stat itself.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

function stampOf(path: string): string {
  try {
    const info = statSync(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
