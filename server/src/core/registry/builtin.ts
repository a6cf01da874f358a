/** The registry shipped with the extension (builtin.yaml, bundled as text), parsed once on first use. */
import text from './builtin.yaml';
import { parse } from 'yaml';
import { parseRegistry } from './load';
import { Registry } from './registry';
import type { RegistryData } from './types';

let data: RegistryData | undefined;
let registry: Registry | undefined;

/**
 * The built-in data. It is validated against the schema by the tests (`validateBuiltin`), so at run time
 * it is only parsed: schema compilation would cost every start of the server about 150 ms.
 */
export function builtinRegistryData(): RegistryData {
  return (data ??= parse(text) as RegistryData);
}

/** The full check of builtin.yaml, schema included, for the tests. */
export function validateBuiltin(): ReturnType<typeof parseRegistry> {
  return parseRegistry(text);
}

export function builtinRegistry(): Registry {
  return (registry ??= new Registry(builtinRegistryData()));
}
