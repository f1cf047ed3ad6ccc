// End-to-end tests in a real VS Code, offline (`npm run test:e2e`; see CONTRIBUTING.md,
// "End-to-end tests"):
//   1. test/e2e/setup.sh: Debian chromium + code-server (VS Code 1.100) in .vscode-test/;
//   2. the bundles in dist/ (`npm run -s build` when missing or older than the sources);
//   3. the mocha suite test/e2e/suite/ (tsc -p test/e2e) run by @vscode/test-electron's runTests
//      inside the extension host, with the development extension and a fresh copy of
//      test/e2e/workspace/ open: .e2e/workspace-<time>-<pid>/, made a git repository with everything
//      committed (the SOA serial tests compare with git HEAD), removed after a successful run.
//      VS Code cannot be downloaded here, so vscodeExecutablePath is code-server-launcher.mjs;
//      ZONEMAIL_E2E_VSCODE=download uses runTests' normal download instead (where reachable),
//      ZONEMAIL_E2E_VSCODE=/path/to/code an installed VS Code;
//   4. the packaged .vsix (scripts/package.mjs) installed into a fresh code-server: broken.zone
//      opened with the installed extension, the Problems panel must list Zonemail's diagnostics;
//      screenshot in .e2e/screenshots/problems-panel.png (ZONEMAIL_E2E_UPDATE_SCREENSHOTS=1 also
//      copies it to images/problems-panel.png, the README's picture).
// Last line: `e2e: N passed, N failed`; exit status 1 when anything failed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import {
  E2E_DIR, ROOT, installExtension, killGroup, launchChromium, log, makeRunDir, remoteUri, startCodeServer, tail, workbenchUrl,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const WORKSPACE = path.join(ROOT, 'test', 'e2e', 'workspace');
const LAUNCHER = path.join(ROOT, 'test', 'e2e', 'code-server-launcher.mjs');
const RESULTS = path.join(E2E_DIR, 'results', 'suite.json');
const SCREENSHOT = path.join(E2E_DIR, 'screenshots', 'problems-panel.png');
const VSIX_TIMEOUT_MS = Number(process.env.ZONEMAIL_E2E_VSIX_TIMEOUT_MS || 180_000);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let passed = 0;
let failed = 0;
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

function finish() {
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function step(name) {
  console.log(`\n--- [${secs()}] ${name}`);
}

function sh(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[e2e] ${what} failed (${r.status ?? r.signal}): ${cmd} ${args.join(' ')}`);
    failed++;
    finish();
  }
}

function newestMtime(p) {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, e)));
  return m;
}

// ------------------------------------------------------------------ 1. setup
step('setup: chromium and code-server (test/e2e/setup.sh)');
sh('bash', [path.join(ROOT, 'test', 'e2e', 'setup.sh')], 'setup');

// ------------------------------------------------------------------ 2. bundles
const bundles = ['client.js', 'server.js'].map((f) => path.join(ROOT, 'dist', f));
const oldestBundle = Math.min(...bundles.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0));
const newestSource = Math.max(...['client/src', 'server/src', 'package.json', 'scripts/build.mjs'].map((p) => newestMtime(path.join(ROOT, p))));
if (oldestBundle === 0 || oldestBundle < newestSource) {
  step('build: npm run -s build (dist/ missing or older than the sources)');
  sh('npm', ['run', '-s', 'build'], 'build');
} else {
  step('build: dist/ is up to date');
}

// ------------------------------------------------------------------ 3. suite in the extension host
step('compile the suite: tsc -p test/e2e');
// A fresh out/test/e2e/ (no compiled test left over from a deleted .ts), and no run folders of
// earlier runs (their logs are kept after a failure until the next run).
fs.rmSync(path.join(ROOT, 'out', 'test', 'e2e'), { recursive: true, force: true });
for (const d of fs.existsSync(E2E_DIR) ? fs.readdirSync(E2E_DIR) : []) {
  if (/^(launcher|vsix|workspace)-\d{8}T\d{6}-\d+$/.test(d)) fs.rmSync(path.join(E2E_DIR, d), { recursive: true, force: true });
}
sh(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'test', 'e2e')], 'compiling the e2e suite');

step('the suite workspace: a copy of test/e2e/workspace/ in a fresh git repository');
// Fresh each run, so that git HEAD is exactly the fixture (whatever the state of this checkout).
const suiteWorkspace = makeRunDir('workspace');
fs.cpSync(WORKSPACE, suiteWorkspace, { recursive: true });
{
  const git = (...args) => {
    const r = spawnSync('git', ['-c', 'user.name=zonemail-e2e', '-c', 'user.email=e2e@zonemail.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: suiteWorkspace, encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(`[e2e] git ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
      failed++;
      finish();
    }
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'e2e fixture');
  log(`workspace ${path.relative(ROOT, suiteWorkspace)} (git HEAD: the fixture)`);
}

const mode = process.env.ZONEMAIL_E2E_VSCODE || 'code-server';
step(`extension tests in ${mode === 'code-server' ? 'code-server (via code-server-launcher.mjs)' : mode === 'download' ? 'a downloaded VS Code' : mode}`);
fs.rmSync(RESULTS, { force: true });
{
  const { runTests } = require('@vscode/test-electron');
  const options = {
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
    launchArgs: [suiteWorkspace, '--disable-extensions'],
    extensionTestsEnv: { ZONEMAIL_E2E_RESULTS: RESULTS },
  };
  if (mode === 'code-server') options.vscodeExecutablePath = LAUNCHER;
  else if (mode !== 'download') options.vscodeExecutablePath = path.resolve(mode);
  let runError;
  try {
    await runTests(options);
  } catch (err) {
    runError = err;
  }
  let results;
  try {
    results = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  } catch {
    results = undefined;
  }
  if (results && results.passed + results.failed === 0 && !process.env.ZONEMAIL_E2E_GREP) {
    console.error('[e2e] the suite ran no tests (no out/test/e2e/suite/*.test.js?)');
    failed++;
  }
  if (results) {
    passed += results.passed;
    failed += results.failed;
    for (const f of results.failures) console.error(`[e2e] FAILED ${f.title}\n${f.error}\n`);
    if (runError && results.failed === 0) {
      console.error(`[e2e] the test run failed although no test failed: ${runError}`);
      failed++;
    }
  } else {
    console.error(`[e2e] the suite wrote no results (${RESULTS}): ${runError ?? 'the host exited without running it'}`);
    failed++;
  }
  log(`suite: ${results?.passed ?? 0} passed, ${results?.failed ?? 0} failed`);
  if (results && results.failed === 0 && !runError && process.env.ZONEMAIL_E2E_KEEP !== '1') fs.rmSync(suiteWorkspace, { recursive: true, force: true });
}

// ------------------------------------------------------------------ 4. the packaged .vsix
step('package the .vsix (scripts/package.mjs)');
const vsix = path.join(E2E_DIR, `${pkg.name}-${pkg.version}.vsix`);
sh(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], 'packaging');

step('the installed .vsix in code-server: Problems panel and screenshot');
{
  const name = 'installed .vsix: opening broken.zone shows its diagnostics in the Problems panel';
  let server;
  let browser;
  const onExit = () => killGroup(server?.proc);
  process.on('exit', onExit);
  const runDir = makeRunDir('vsix');
  let timer;
  let ok = false;
  try {
    await Promise.race([
      (async () => {
        const extensionsDir = path.join(runDir, 'extensions');
        log(installExtension(runDir, extensionsDir, vsix).split('\n').pop());
        const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${pkg.publisher}.${pkg.name}-`));
        if (installed.length !== 1 || !fs.existsSync(path.join(extensionsDir, installed[0], 'dist', 'server.js'))) {
          throw new Error(`expected ${pkg.publisher}.${pkg.name}-${pkg.version} with dist/server.js in ${extensionsDir}, found: ${fs.readdirSync(extensionsDir).join(', ')}`);
        }
        server = await startCodeServer({ runDir, extensionsDir });
        browser = await launchChromium();
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const consoleLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
        page.on('console', (msg) => consoleLog.write(`[${msg.type()}] ${msg.text()}\n`));
        // No extensionDevelopmentPath: the extension comes from the extensions dir only.
        await page.goto(workbenchUrl(server.url, { folder: WORKSPACE, payload: [['openFile', remoteUri(path.join(WORKSPACE, 'broken.zone'), server.authority)]] }));
        // The editor shows broken.zone with the server's squiggles...
        await page.locator('.tab', { hasText: 'broken.zone' }).first().waitFor({ timeout: 60_000 });
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
        // ...and Ctrl+Shift+M opens the Problems panel with them.
        await page.locator('.monaco-editor textarea').first().focus();
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        for (const text of ['300.1.2.3', 'invalid-ipv4', 'missing-ttl', 'out-of-zone']) {
          await panel.getByText(text).first().waitFor({ timeout: 30_000 });
        }
        const panelText = await panel.innerText();
        if (!/zonemail/i.test(panelText)) throw new Error(`the Problems panel does not name the source zonemail:\n${panelText}`);
        // Mouse away from the editor (no hover), then the picture.
        await page.mouse.move(1270, 10);
        fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT });
        log(`screenshot ${path.relative(ROOT, SCREENSHOT)}`);
        if (process.env.ZONEMAIL_E2E_UPDATE_SCREENSHOTS === '1') {
          const dest = path.join(ROOT, 'images', 'problems-panel.png');
          fs.mkdirSync(path.dirname(dest), { recursive: true });
          fs.copyFileSync(SCREENSHOT, dest);
          log(`updated ${path.relative(ROOT, dest)}`);
        }
        consoleLog.end();
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${VSIX_TIMEOUT_MS} ms`)), VSIX_TIMEOUT_MS);
      }),
    ]);
    passed++;
    console.log(`  ✔ ${name}`);
    ok = true;
  } catch (err) {
    failed++;
    console.error(`  ✗ ${name}\n[e2e] ${err?.stack ?? err}\n[e2e] logs in ${runDir}`);
    if (server) console.error(tail(server.logFile, 15));
    try {
      const page = browser?.contexts()[0]?.pages()[0];
      if (page) {
        await page.screenshot({ path: path.join(runDir, 'failure.png') });
        console.error(`[e2e] screenshot of the failure: ${path.join(runDir, 'failure.png')}`);
      }
    } catch { /* no page */ }
  } finally {
    clearTimeout(timer);
    try { await browser?.close(); } catch { /* gone */ }
    killGroup(server?.proc);
    process.off('exit', onExit);
    if (ok && process.env.ZONEMAIL_E2E_KEEP !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  }
}

finish();
