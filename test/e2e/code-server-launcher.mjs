#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's
// runTests({ vscodeExecutablePath }) on machines that cannot download VS Code: takes VS Code-style
// arguments, runs them in code-server (the same workbench and Node extension host) shown in
// Debian's headless chromium, and exits with the extension tests' exit code.
//
//   code-server-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER|FILE]
//
// Understood: --extensionDevelopmentPath (repeatable), --extensionTestsPath, one folder, a
// .code-workspace file or a file to open. Ignored (with a note): everything else, e.g.
// --disable-extensions (the fresh extensions dir has none anyway), --user-data-dir,
// --extensions-dir (each run gets its own under .e2e/), --no-sandbox, --disable-gpu-sandbox.
// Environment:
//   ZONEMAIL_E2E_TIMEOUT_MS   overall limit (default 300000): then everything is killed, exit 124
//   ZONEMAIL_E2E_SCREENSHOT   a .png path: screenshot of the window when the tests are done
//   ZONEMAIL_E2E_KEEP=1       keep the run folder .e2e/launcher-*/ (logs) even on success
// The run folder holds code-server.log and browser-console.log.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { killGroup, launchChromium, log, makeRunDir, remoteUri, startCodeServer, workbenchUrl } from './lib.mjs';

// Workbench start-up messages that also arrive through codeAutomationLog; not worth a CI log line.
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|ChatSessionStore:|Creation of workbench contribution)/;
const TIMEOUT_MS = Number(process.env.ZONEMAIL_E2E_TIMEOUT_MS || 300_000);

function parseArgs(argv) {
  const out = { devPaths: [], testsPath: undefined, targets: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
    if (!m) {
      out.targets.push(path.resolve(a));
      continue;
    }
    const [, name, inline] = m;
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === 'extensionDevelopmentPath') out.devPaths.push(path.resolve(value()));
    else if (name === 'extensionTestsPath') out.testsPath = path.resolve(value());
    else {
      // Options that take a separate value in VS Code's CLI: skip the value too.
      if (inline === undefined && ['user-data-dir', 'extensions-dir', 'locale', 'log', 'profile', 'sync', 'inspect-extensions', 'inspect-brk-extensions'].includes(name)
          && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) i++;
      out.ignored.push(a);
    }
  }
  return out;
}

const opts = parseArgs(process.argv.slice(2));
if (opts.ignored.length) log(`launcher: ignoring ${opts.ignored.join(' ')}`);

let server;
let browser;
let exiting = false;

// Every way out goes through here; process 'exit' handlers run synchronously, so code-server's
// process group is killed even on process.exit() from a timer or a signal. Playwright kills its
// chromium in its own exit handler.
process.on('exit', () => killGroup(server?.proc));

async function shutdown(code, why) {
  if (exiting) return;
  exiting = true;
  if (why) log(`launcher: ${why}`);
  const hard = setTimeout(() => process.exit(code), 10_000);
  hard.unref();
  try { await browser?.close(); } catch { /* already gone */ }
  killGroup(server?.proc);
  if (code === 0 && process.env.ZONEMAIL_E2E_KEEP !== '1' && runDir) fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}

for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => void shutdown(code, `${sig}: stopping`));
}
const overall = setTimeout(() => void shutdown(124, `timed out after ${TIMEOUT_MS} ms: killing code-server and chromium`), TIMEOUT_MS);
overall.unref();

let runDir;
try {
  runDir = makeRunDir('launcher');
  server = await startCodeServer({ runDir });
  log(`launcher: code-server ${server.url} (run folder ${path.relative(process.cwd(), runDir) || runDir})`);

  const payload = [];
  for (const p of opts.devPaths) payload.push(['extensionDevelopmentPath', remoteUri(p, server.authority)]);
  if (opts.testsPath) payload.push(['extensionTestsPath', remoteUri(opts.testsPath, server.authority)]);
  let folder;
  let workspace;
  for (const t of opts.targets) {
    const st = fs.statSync(t, { throwIfNoEntry: false });
    if (!st) throw new Error(`no such file or folder: ${t}`);
    if (st.isDirectory()) folder ??= t;
    else if (t.endsWith('.code-workspace')) workspace ??= t;
    else payload.push(['openFile', remoteUri(t, server.authority)]);
  }
  const url = workbenchUrl(server.url, { folder, workspace, payload });

  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
  page.on('console', (msg) => consoleLog.write(`[${msg.type()}] ${msg.text()}\n`));
  page.on('pageerror', (err) => consoleLog.write(`[pageerror] ${err.stack ?? err}\n`));

  // The workbench calls these when it runs extension tests (as @vscode/test-web uses them): the
  // extension host's console output, and the tests' exit code.
  let resolveExit;
  const exitCode = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    consoleLog.write(`[automation ${type}] ${text}\n`);
    if (WORKBENCH_NOISE.test(text)) return; // the workbench's own chatter: in browser-console.log only
    (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
  // Do not wait for the time limit when a side is already dead.
  page.on('crash', () => void shutdown(1, 'the workbench page crashed'));
  server.proc.on('exit', (c, sig) => void shutdown(1, `code-server exited (${c ?? sig}) before the tests finished; see ${server.logFile}`));

  if (!opts.testsPath) log('launcher: no --extensionTestsPath: the window stays open until the time limit or Ctrl+C');
  await page.goto(url);
  const code = await exitCode;
  log(`launcher: extension tests finished with exit code ${code}`);
  const shot = process.env.ZONEMAIL_E2E_SCREENSHOT;
  if (shot) {
    fs.mkdirSync(path.dirname(path.resolve(shot)), { recursive: true });
    await page.screenshot({ path: shot });
    log(`launcher: screenshot ${shot}`);
  }
  consoleLog.end();
  await shutdown(code);
} catch (err) {
  console.error(`[e2e] launcher: ${err?.stack ?? err}`);
  if (runDir) console.error(`[e2e] launcher: logs in ${runDir}`);
  await shutdown(1);
}
