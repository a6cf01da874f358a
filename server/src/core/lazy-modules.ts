/**
 * Libraries that most checks never need, loaded on first use (see libraries.ts): a one-file check under the
 * built-in registry, on a draft without front matter, starts without reading them. `import type` keeps
 * their types.
 */
const libraries = (): typeof import('./libraries') => require('./libraries') as typeof import('./libraries');

/** YAML: front matter and .thongbao.yaml files. */
export const yaml = (): typeof import('yaml') => libraries().yaml;

/** JSON Schema validation of .thongbao.yaml files. */
export const Ajv = (): typeof import('ajv').default => libraries().Ajv;

/** The schema of .thongbao.yaml files (schemas/thongbao.schema.json). */
export const registrySchema = (): object => libraries().registrySchema;
