// Shared pieces of the end-to-end tests: start code-server (the VS Code workbench + Node
// extension host, installed by setup.sh) in a private run folder, drive Debian's chromium to it
// with playwright-core, and kill both on every path. Used by code-server-launcher.mjs (the
// `vscodeExecutablePath` that @vscode/test-electron runs) and by run.mjs (the packaged .vsix test).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = process.env.ZONEMAIL_E2E_CACHE || path.join(ROOT, '.vscode-test');
export const CODE_SERVER_ENTRY = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.ZONEMAIL_E2E_CHROMIUM || '/usr/bin/chromium';
export const E2E_DIR = path.join(ROOT, '.e2e');

export function log(...args) {
  console.log('[e2e]', ...args);
}

/** A fresh folder .e2e/<name>-<time>-<pid>/ for one code-server instance. */
export function makeRunDir(name) {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const dir = path.join(E2E_DIR, `${name}-${stamp}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The environment for code-server: every per-user directory inside the run folder. */
export function codeServerEnv(runDir, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const [k, sub] of [['XDG_CONFIG_HOME', 'xdg-config'], ['XDG_DATA_HOME', 'xdg-data'], ['XDG_CACHE_HOME', 'xdg-cache'], ['TMPDIR', 'tmp']]) {
    env[k] = path.join(runDir, sub);
    fs.mkdirSync(env[k], { recursive: true });
  }
  // No marketplace requests (they fail offline and fill the log).
  env.EXTENSIONS_GALLERY = '{}';
  // Variables of an outer VS Code / test runner that would confuse the nested one.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') && k !== 'VSCODE_PROXY_URI') delete env[k];
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function requireCodeServer() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed at ${CODE_SERVER_ENTRY}: run bash test/e2e/setup.sh`);
  }
}

/** `code-server --install-extension <vsix>` into `extensionsDir` (synchronous; offline). */
export function installExtension(runDir, extensionsDir, vsix) {
  requireCodeServer();
  const userDataDir = path.join(runDir, 'user-data');
  const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    cwd: runDir, env: codeServerEnv(runDir), encoding: 'utf8', timeout: 120_000,
  });
  fs.writeFileSync(path.join(runDir, 'install-extension.log'), `${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (status ${r.status ?? r.signal}): ${r.stdout}${r.stderr}`);
  return `${r.stdout}`.trim();
}

/**
 * Starts code-server on a free port in its own process group; resolves when /healthz answers.
 * Returns { url, port, proc, kill() }. Output goes to <runDir>/code-server.log.
 */
export async function startCodeServer({ runDir, extensionsDir, env: extraEnv = {}, timeoutMs = 60_000 }) {
  requireCodeServer();
  const port = await freePort();
  const userDataDir = path.join(runDir, 'user-data');
  extensionsDir ??= path.join(runDir, 'extensions');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Settings of the test profile: no welcome page, no trust dialog, no telemetry or update checks.
  const settingsDir = path.join(userDataDir, 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settingsFile = path.join(settingsDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'git.enabled': false,
      'window.commandCenter': false,
      'workbench.colorTheme': 'Default Dark Modern',
    }, null, 2));
  }
  const configFile = path.join(runDir, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const proc = spawn(process.execPath, args, {
    cwd: runDir,
    env: codeServerEnv(runDir, extraEnv),
    stdio: ['ignore', out, out],
    detached: true, // its own process group: kill() takes the extension host and friends too
  });
  fs.closeSync(out);
  let exited = false;
  proc.on('exit', () => { exited = true; });
  const kill = () => killGroup(proc);
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited early (code ${proc.exitCode}); see ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > end) {
      kill();
      throw new Error(`code-server did not answer on ${url}/healthz within ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, authority: `127.0.0.1:${port}`, proc, logFile, kill };
}

/** SIGTERM then SIGKILL to a detached child's whole process group; synchronous, idempotent. */
export function killGroup(proc) {
  if (!proc || proc.pid === undefined || proc.__killed) return;
  proc.__killed = true;
  for (const sig of ['SIGTERM', 'SIGKILL']) {
    try { process.kill(-proc.pid, sig); } catch { /* gone */ }
    if (sig === 'SIGTERM') {
      // A short synchronous grace period so code-server can remove its socket files.
      const until = Date.now() + 300;
      while (Date.now() < until) {
        try { process.kill(-proc.pid, 0); } catch { return; }
        spawnSync('sleep', ['0.05']);
      }
    }
  }
}

export function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Launches Debian's chromium headless with playwright-core (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run bash test/e2e/setup.sh (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions',
    ],
  });
}

/**
 * The workbench URL. `folder`: a folder path to open (or undefined); `payload`: [key, value]
 * pairs the workbench reads as if they were command-line options (extensionDevelopmentPath,
 * extensionTestsPath, openFile, ...); paths in values must be vscode-remote:// URIs (remoteUri).
 */
export function workbenchUrl(base, { folder, workspace, payload = [] } = {}) {
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(folder)}`);
  if (workspace) q.push(`workspace=${encodeURIComponent(workspace)}`);
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${base}/${q.length ? '?' + q.join('&') : ''}`;
}

/**
 * A vscode-remote:// URI for a path on the code-server machine. `authority` must be the
 * workbench's remote authority (code-server: the host:port it is served from, server.authority):
 * the extension host maps every remote URI to file:// and back with that authority, so an editor
 * opened with another authority would not match the diagnostics published for the file.
 */
export function remoteUri(absPath, authority) {
  return `vscode-remote://${authority}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}
