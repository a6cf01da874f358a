/**
 * The registry shipped with the extension: builtin.yaml, parsed at build time (scripts/registry-json.mjs),
 * so loading it costs no YAML parse. The text is bundled too, only where the tests validate it.
 */
import text from './builtin.yaml';
import parsed from './builtin.yaml?json';
import { parseRegistry } from './load';
import { Registry } from './registry';
import type { RegistryData } from './types';

let data: RegistryData | undefined;
let registry: Registry | undefined;

/**
 * The built-in data. It is validated against the schema by the tests (`validateBuiltin`, which also proves
 * it equal to the YAML parsed at run time); schema compilation would cost every start about 150 ms.
 */
export function builtinRegistryData(): RegistryData {
  return (data ??= parsed as RegistryData);
}

/** The full check of builtin.yaml, schema included, for the tests. */
export function validateBuiltin(): ReturnType<typeof parseRegistry> {
  return parseRegistry(text);
}

export function builtinRegistry(): Registry {
  return (registry ??= new Registry(builtinRegistryData()));
}
