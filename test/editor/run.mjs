// `npm run test:editor`: runs the suite in test/editor/suite inside a real VS Code (see README.md here).
// @vscode/test-electron drives the run as usual, with launcher.mjs as the "VS Code executable", because
// the desktop VS Code it would download cannot be reached from these machines.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { ensureEditor } from './setup.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');
const testsIndex = join(repo, 'out', 'test', 'editor', 'index.js');

const missing = [join(repo, 'dist', 'client.js'), testsIndex].filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`Missing ${missing.join(' and ')}: run \`npm run build\` first.`);
  process.exit(2);
}

await ensureEditor(); // installs before the clock of the launcher's timeout starts

// A throwaway workspace: the tests edit and create drafts, never the files in the repository.
const workspace = mkdtempSync(join(tmpdir(), 'thongbao-workspace-'));
cpSync(join(here, 'fixtures'), workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    vscodeExecutablePath: join(here, 'launcher.mjs'),
    extensionDevelopmentPath: repo,
    extensionTestsPath: testsIndex,
    launchArgs: [workspace, '--disable-extensions'],
    // Tells the extension (and the suite) that it runs under the editor tests; THONGBAO_* variables of
    // this process, such as THONGBAO_EDITOR_GREP, reach the extension host too (see launcher.mjs).
    extensionTestsEnv: { THONGBAO_EDITOR_TESTS: '1' },
    reuseMachineInstall: true, // else test-electron adds desktop profile folders the launcher ignores anyway
  });
} catch (error) {
  console.error(`Editor tests failed: ${error.message}`);
  code = typeof error.code === 'number' && error.code !== 0 ? error.code : 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
