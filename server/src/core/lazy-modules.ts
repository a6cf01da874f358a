/**
 * Libraries that most checks never need, loaded on first use: a one-file check under the built-in registry,
 * on a draft without front matter, starts without initialising them (they are half of the command line's
 * bundle). `import type` keeps their types; esbuild still bundles them.
 */

/** YAML: front matter and .thongbao.yaml files. */
export const yaml = (): typeof import('yaml') => require('yaml') as typeof import('yaml');

/** JSON Schema validation of .thongbao.yaml files. */
export const Ajv = (): typeof import('ajv').default => (require('ajv') as typeof import('ajv')).default;
