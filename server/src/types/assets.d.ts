/** YAML files are bundled as text by esbuild (scripts/build.mjs). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
