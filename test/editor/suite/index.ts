/**
 * The extension host loads this file (--extensionTestsPath) and awaits `run()`; a rejection makes the test run
 * exit 1. The build bundles it, with the test files it requires, into out/test/editor/index.js.
 */
import { existsSync, watch } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type MochaType from 'mocha';
import { copyDraft, SOURCE, waitForDiagnostics } from './helpers';

/** Must match launcher.mjs: the launcher takes the screenshot when the extension host logs this. */
const SCREENSHOT_MARKER = '[thongbao-editor] ready for the screenshot';

// Mocha 12 is an ES module; require() of it returns its namespace, whose default export is the class.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loaded = require('mocha') as { default?: typeof MochaType } & typeof MochaType;
const Mocha = loaded.default ?? loaded;

export async function run(): Promise<void> {
  const grep = process.env.THONGBAO_EDITOR_GREP; // run only the tests whose title matches
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  // The TDD globals (suite, test, ...) exist only after this event, so the test files are required here, not
  // imported at the top. The require is a literal: esbuild puts the test file into this same bundle.
  mocha.suite.emit('pre-require', globalThis, 'editor-tests', mocha);
  require('./diagnostics.test');
  require('./drafting.test');
  require('./citations.test');
  require('./print.test');
  require('./restart.test');

  // The picture is taken first, while the Problems panel holds only the draft on screen.
  const screenshot = process.env.THONGBAO_SCREENSHOT; // made absolute by the launcher
  if (screenshot) await stageScreenshot(screenshot);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test(s) failed`);
}

/**
 * For THONGBAO_SCREENSHOT: shows the untouched draft with its diagnostics and the Problems panel, asks the
 * launcher for the picture and waits for the file.
 */
async function stageScreenshot(path: string): Promise<void> {
  try {
    const draft = await copyDraft('thong-bao-nhap.tb.md'); // in the temporary workspace, deleted with it
    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await waitForDiagnostics(draft, (all) => all.some((d) => d.source === SOURCE), 'diagnostics for the screenshot');
    const written = waitForFile(path, 20_000);
    console.log(SCREENSHOT_MARKER);
    await written;
  } catch (error) {
    console.error(`Could not stage the screenshot: ${String(error)}`);
  }
}

/** Resolves when `path` exists, watching its folder; rejects after `timeoutMs`. */
function waitForFile(path: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dirname(path), () => {
      if (existsSync(path)) done();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no screenshot at ${path} after ${timeoutMs} ms`));
    }, timeoutMs);
    function done(): void {
      watcher.close();
      clearTimeout(timer);
      resolve();
    }
    if (existsSync(path)) done();
  });
}
