// Runs every level of tests in order: the core, the language server over stdio, the real editor.
// `npm test` installs and builds first (the "pretest" script), so this runs on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const levels = [
  ['core', 'npx', ['mocha', 'out/test/core/*.test.js']],
  ['grammar and snippets', process.execPath, ['--test', 'test/grammar/']],
  ['bench generator', process.execPath, ['--test', 'test/bench/']],
  ['cli', 'npx', ['mocha', '--timeout', '20000', 'out/test/cli/*.test.js']],
  ['lsp', 'npx', ['mocha', '--timeout', '20000', 'out/test/lsp/*.test.js']],
  ['export (Word → PDF)', process.execPath, ['test/export/run.mjs']],
];
if (existsSync('test/editor/run.mjs') && !process.env.THONGBAO_SKIP_EDITOR) {
  levels.push(['editor', process.execPath, ['test/editor/run.mjs']]);
  levels.push(['package (.vsix installed into the VS Code server)', process.execPath, ['test/editor/vsix.mjs']]);
}

let failed = [];
for (const [name, command, args] of levels) {
  console.log(`\n=== ${name} tests ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
