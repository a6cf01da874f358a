// esbuild plugin: micromark's text resolver merges adjacent data events with one splice per run, quadratic
// on a paragraph of many runs; the bundles call server/src/core/model/micromark-merge.ts instead. The build
// fails if micromark's code no longer reads as expected (an upgrade): then look again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MERGE = resolve(import.meta.dirname, '../server/src/core/model/micromark-merge.ts');
// From the resolver's header to the end of its loop, in micromark's lib/ and dev/ builds alike.
const RESOLVER = /function resolveAllText\(events, context\) \{[\s\S]*?\n    return extraResolver \? extraResolver\(events, context\) : events;\n  \}/;

export const micromarkLinear = {
  name: 'micromark-linear',
  setup(build) {
    build.onLoad({ filter: /[\\/]micromark[\\/](?:dev[\\/])?lib[\\/]initialize[\\/]text\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!RESOLVER.test(source)) throw new Error(`micromark-linear: resolveAllText not found in ${args.path}`);
      const patched = source.replace(
        RESOLVER,
        'function resolveAllText(events, context) {\n    mergeDataRuns(events);\n    return extraResolver ? extraResolver(events, context) : events;\n  }',
      );
      return { contents: `import { mergeDataRuns } from ${JSON.stringify(MERGE)};\n${patched}`, loader: 'js' };
    });
  },
};
