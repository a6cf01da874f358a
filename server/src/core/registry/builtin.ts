/** The registry shipped with the extension (builtin.yaml, bundled as text), parsed once on first use. */
import text from './builtin.yaml';
import { parseRegistry } from './load';
import { Registry } from './registry';
import type { RegistryData } from './types';

let data: RegistryData | undefined;
let registry: Registry | undefined;

export function builtinRegistryData(): RegistryData {
  if (!data) {
    const parsed = parseRegistry(text);
    // A broken built-in file is a bug of this product, caught by its tests; never a user's problem.
    if (!parsed.data) throw new Error(`builtin.yaml: ${parsed.problems.map((p) => p.message).join('; ')}`);
    data = parsed.data;
  }
  return data;
}

export function builtinRegistry(): Registry {
  return (registry ??= new Registry(builtinRegistryData()));
}
