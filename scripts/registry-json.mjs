// esbuild plugin: `import data from './builtin.yaml?json'` bundles the YAML file as data parsed at build
// time, so no process parses the built-in registry at run time. The YAML stays the source of truth.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const registryJson = {
  name: 'registry-json',
  setup(build) {
    build.onResolve({ filter: /\.yaml\?json$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?json'.length)),
      namespace: 'yaml-json',
    }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-json' }, (args) => {
      const data = parse(readFileSync(args.path, 'utf8'));
      // JSON.parse of a string literal loads faster than the same data as a JavaScript object literal.
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js', watchFiles: [args.path] };
    });
  },
};
