/** YAML files are bundled as text by esbuild (scripts/build.mjs). */
declare module '*.yaml' {
  const text: string;
  export default text;
}

/** A YAML file parsed at build time (scripts/registry-json.mjs): its data, not its text. */
declare module '*.yaml?json' {
  const data: unknown;
  export default data;
}
