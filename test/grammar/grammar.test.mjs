// The TextMate grammar: syntaxes/thongbao.tmLanguage.json must be what build-grammar.mjs writes, and the
// scope assertions in test/grammar/*.test.tb.md (vscode-tmgrammar-test format, comment token "#") must hold.
//
// Run: node --test test/grammar/grammar.test.mjs
// or directly: npx vscode-tmgrammar-test "test/grammar/*.test.tb.md"   (from the repository root; the
// grammar is found through package.json's contributes.grammars)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

test('the grammar is in step with build-grammar.mjs', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build-grammar.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

let cli;
try {
  const require = createRequire(join(root, 'package.json'));
  cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
} catch {
  cli = undefined;
}

test('scope assertions in test/grammar/*.test.tb.md', () => {
  assert.ok(cli, 'vscode-tmgrammar-test is a devDependency: run npm install');
  const run = spawnSync(process.execPath, [cli, '--compact', 'test/grammar/*.test.tb.md'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
});
