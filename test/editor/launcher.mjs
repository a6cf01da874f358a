#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests({ vscodeExecutablePath }) spawns,
// because no desktop VS Code can be downloaded here. It starts the VS Code server from the code-server npm
// package, opens its workbench in headless Debian Chromium, loads the extension under development with its
// test runner (the smoke-test-driver route VS Code's own web tests use) and exits with the tests' exit code.
//
// Argv as test-electron 2.5 builds it: [...launchArgs, --no-sandbox, ..., --extensionTestsPath=F,
// --extensionDevelopmentPath=D, --extensions-dir=X, --user-data-dir=Y]. Only the workspace folder (the
// positional argument), the extension paths and --extensionEnvironment matter; the rest are desktop options.
//
// Environment: THONGBAO_* variables are passed on to the extension host (where the suite runs);
// THONGBAO_EDITOR_TIMEOUT (seconds, default 300), THONGBAO_SCREENSHOT (a .png path to save at the end),
// THONGBAO_EDITOR_VERBOSE=1 (also print the server's and the page's own output).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureEditor } from './setup.mjs';

const verbose = process.env.THONGBAO_EDITOR_VERBOSE === '1';
const timeoutSeconds = Number(process.env.THONGBAO_EDITOR_TIMEOUT) || 300;
const log = (line) => process.stderr.write(`[editor] ${line}\n`);

/** Logged by the suite (suite/index.ts) when the workbench is ready to be photographed. */
const SCREENSHOT_MARKER = '[thongbao-editor] ready for the screenshot';

// The workbench's own start-up lines and the failures of reaching the internet (the extension gallery,
// GitHub sign-in) are expected on these machines; they are hidden unless THONGBAO_EDITOR_VERBOSE=1.
// Everything else, including the extension host's console and the mocha report, is printed.
const WORKBENCH_CHATTER = new RegExp(
  [
    '^Resolv(ing|ed) connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]',
    '^Updating additional builtin extensions cache', '^\\[Service Worker\\] registration', '^\\[AgentHost:',
    '^\\[AccountPolicyGate\\]', 'ENOTFOUND open-vsx\\.org', "^Timed out waiting for authentication provider 'github'",
  ].join('|'),
);

// Options that desktop VS Code accepts as "--name value" too; their values must not be taken for the workspace.
const VALUE_OPTIONS = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'extensionEnvironment', 'user-data-dir', 'extensions-dir',
  'locale', 'profile', 'log', 'folder-uri', 'file-uri',
]);

function parseArgs(argv) {
  const parsed = { extensionDevelopmentPath: [], positional: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    let value = eq < 0 ? true : arg.slice(eq + 1);
    if (value === true && VALUE_OPTIONS.has(name) && i + 1 < argv.length) value = argv[++i];
    if (name === 'extensionDevelopmentPath') parsed.extensionDevelopmentPath.push(resolve(value));
    else parsed.options[name] = value;
  }
  return parsed;
}

function extensionEnvironment(options) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) if (name.startsWith('THONGBAO_')) env[name] = value;
  if (env.THONGBAO_SCREENSHOT) env.THONGBAO_SCREENSHOT = resolve(env.THONGBAO_SCREENSHOT); // another cwd there
  if (typeof options.extensionEnvironment === 'string') Object.assign(env, JSON.parse(options.extensionEnvironment));
  return env;
}

function writeSettings(dir) {
  mkdirSync(join(dir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true, // otherwise the chat input takes the focus
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
  };
  writeFileSync(join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function startServer({ node24, serverMain }, dir) {
  const server = spawn(
    node24,
    [
      serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
      '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry',
      '--disable-workspace-trust', '--user-data-dir', join(dir, 'user'), '--server-data-dir', join(dir, 'server'),
      '--extensions-dir', join(dir, 'ext'),
    ],
    // Its own process group, so the extension host and language servers it starts go down with it.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const recent = []; // shown if the server dies or never listens
  const port = new Promise((resolvePort, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      if (verbose) process.stderr.write(text);
      recent.push(text);
      if (recent.length > 50) recent.shift();
      const match = /Extension host agent listening on (\d+)/.exec(text);
      if (match) resolvePort(Number(match[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('error', reject);
    server.on('exit', (code, signal) => reject(new Error(`VS Code server exited (${code ?? signal}):\n${recent.join('')}`)));
  });
  return { server, port };
}

function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = (signal) => {
      try {
        process.kill(-server.pid, signal);
      } catch {
        // already gone
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 3000);
    server.once('exit', () => {
      clearTimeout(force);
      kill('SIGKILL'); // children that outlived the server
      done();
    });
    kill('SIGTERM');
  });
}

function workbenchUrl(port, workspace, args) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ...args.extensionDevelopmentPath.map((path) => ['extensionDevelopmentPath', remote(path)]),
    ['extensionTestsPath', remote(resolve(args.options.extensionTestsPath))],
    ['extensionEnvironment', JSON.stringify(extensionEnvironment(args.options))],
  ];
  const query = new URLSearchParams();
  if (workspace) query.set(workspace.endsWith('.code-workspace') ? 'workspace' : 'folder', workspace);
  query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.extensionDevelopmentPath.length === 0 || typeof args.options.extensionTestsPath !== 'string') {
    log('usage: launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [WORKSPACE]');
    return 2;
  }
  const workspace = args.positional.length > 0 ? resolve(args.positional[0]) : undefined;
  if (workspace && !workspace.endsWith('.code-workspace') && !statSync(workspace).isDirectory()) {
    log(`the workspace must be a folder or a .code-workspace file: ${workspace}`);
    return 2;
  }

  const paths = await ensureEditor();
  const dir = mkdtempSync(join(tmpdir(), 'thongbao-editor-'));
  writeSettings(join(dir, 'user'));
  let server;
  let browser;
  let page;
  let finished = false;
  let exitWith;
  const done = new Promise((resolveDone) => (exitWith = resolveDone));

  // THONGBAO_SCREENSHOT: the suite logs SCREENSHOT_MARKER once the workbench shows what is worth keeping, and
  // waits for the file, because when the tests end the extension host stops and its diagnostics vanish.
  // Without the marker, the picture is taken just before exit.
  const screenshotPath = process.env.THONGBAO_SCREENSHOT ? resolve(process.env.THONGBAO_SCREENSHOT) : undefined;
  if (screenshotPath) rmSync(screenshotPath, { force: true }); // the suite waits for it to appear
  let screenshot;
  const shoot = () => (screenshot ??= takeScreenshot());
  const takeScreenshot = async () => {
    try {
      // Diagnostics are painted a moment after they arrive; the squiggle shows they are on screen.
      await page.waitForSelector('.squiggly-error, .squiggly-warning', { timeout: 5000 }).catch(() => {});
      const partial = `${screenshotPath}.partial.png`; // renamed when complete, so a waiting suite never reads half
      await page.screenshot({ path: partial });
      renameSync(partial, screenshotPath);
      log(`screenshot saved to ${screenshotPath}`);
    } catch (error) {
      log(`screenshot failed: ${error.message}`);
    }
  };

  // Everything below ends here, whatever happens: tests done, timeout, signal or error.
  const finish = async (code) => {
    if (finished) return;
    finished = true;
    if (screenshotPath && page) await shoot();
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
    exitWith(code);
  };
  const timer = setTimeout(() => {
    log(`timed out after ${timeoutSeconds} s (THONGBAO_EDITOR_TIMEOUT) before the tests reported an exit code`);
    finish(1);
  }, timeoutSeconds * 1000);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(130));

  try {
    const started = startServer(paths, dir);
    server = started.server;
    const port = await started.port;
    browser = await chromium.launch({
      executablePath: paths.chromium,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (verbose) {
      page.on('console', (message) => process.stderr.write(`[page] ${message.text()}\n`));
      page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    }
    // The workbench, started with --enable-smoke-test-driver and a test path, reports through these two.
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      if (text.includes(SCREENSHOT_MARKER)) {
        if (screenshotPath) void shoot();
        return;
      }
      if (verbose || !WORKBENCH_CHATTER.test(text)) {
        process.stdout.write(`${type === 'error' || type === 'warn' ? `[${type}] ` : ''}${text}\n`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      finish(typeof code === 'number' ? code : 1);
    });
    await page.goto(workbenchUrl(port, workspace, args));
  } catch (error) {
    log(error.stack ?? String(error));
    finish(1);
  }
  const code = await done;
  clearTimeout(timer);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error.stack ?? String(error));
    process.exit(1);
  },
);
