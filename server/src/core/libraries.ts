/**
 * The libraries only some checks need: YAML for front matter and .thongbao.yaml files, JSON Schema
 * validation and the schema for the latter. They are more than a third of the command line and of the
 * server, so the build puts them in a bundle of their own (dist/libraries.js) that lazy-modules.ts loads
 * on first use; a draft without front matter, under the built-in registry, never reads it.
 */
export * as yaml from 'yaml';
export { default as Ajv } from 'ajv';
export { default as registrySchema } from '../../../schemas/thongbao.schema.json';
