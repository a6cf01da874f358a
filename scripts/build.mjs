// Bundles the extension client, the language server, the command line and the test suites with esbuild.
// Everything ESM-only (unified, remark-parse, ...) is bundled into CommonJS, so neither VS Code nor mocha
// ever has to load an ES module at run time.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { registryJson } from './registry-json.mjs';
import { micromarkLinear } from './micromark-linear.mjs';
import { writeCliCodeCache } from './code-cache.mjs';
import { asciiOnly } from './ascii-only.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // micromark and friends reference `process.env.NODE_ENV`; fix it so dev-only branches drop out.
  define: { 'process.env.NODE_ENV': '"production"' },
  // The built-in registry ships inside the bundles as text.
  loader: { '.yaml': 'text' },
  plugins: [registryJson, micromarkLinear],
};

// The bundles in dist/ load yaml, ajv and the schema from dist/libraries.js, on first use only
// (server/src/core/libraries.ts): the bundle a one-file check reads at start is a third smaller, and the
// .vsix carries the libraries once.
const librariesApart = {
  name: 'libraries-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/libraries$/ }, (args) =>
      args.importer.endsWith(join('core', 'lazy-modules.ts')) ? { path: './libraries.js', external: true } : undefined,
    );
  },
};
const withLibrariesApart = { ...common, plugins: [...common.plugins, librariesApart] };

const testsIn = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)) : [];

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...withLibrariesApart, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...withLibrariesApart, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { ...common, entryPoints: ['server/src/core/libraries.ts'], outfile: 'dist/libraries.js' },
  { ...common, entryPoints: ['server/src/tools/generate.ts'], outfile: 'out/scripts/generate.js' },
  {
    ...common,
    entryPoints: [...testsIn('test/core'), ...testsIn('test/cli'), ...testsIn('test/lsp'), ...testsIn('test/export')],
    outdir: 'out/test',
    outbase: 'test',
    external: ['mocha', 'vscode-jsonrpc', 'fast-check', 'ajv-draft-04', 'esbuild'],
  },
];
// `thongbao export`, loaded by dist/cli.js for that command only.
builds.push({ ...withLibrariesApart, entryPoints: ['server/src/cli/export.ts'], outfile: 'dist/cli-export.js' });
// The language client, loaded by the client just after activation (client/src/load-language-client.ts).
builds.push({ ...common, entryPoints: ['client/src/language-client.ts'], outfile: 'dist/language-client.js', external: ['vscode'] });
// The preview and the Word export, loaded by the client on first use (client/src/load-print.ts).
builds.push({ ...withLibrariesApart, entryPoints: ['client/src/print.ts'], outfile: 'dist/print.js' });
// The preview's webview: its script runs in the browser, its style sheet is served from dist/.
builds.push({
  ...common,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  entryPoints: ['client/src/preview/webview.ts', 'client/src/preview/preview.css'],
  entryNames: 'preview',
  outdir: 'dist',
});
if (existsSync('test/editor/suite/index.ts')) {
  builds.push({
    ...common,
    entryPoints: ['test/editor/suite/index.ts'],
    outfile: 'out/test/editor/index.js',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  for (const { outfile } of builds) if (outfile?.startsWith('dist/')) asciiOnly(outfile);
  writeCliCodeCache(process.cwd());
}
