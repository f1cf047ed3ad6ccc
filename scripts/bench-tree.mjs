// Benchmark: `zonemail check DIR` on a tree of many zone files, as CI checks a repository of zones.
//
//   npm run bench:tree [-- --runs 5]      (after `npm run build`: it runs dist/cli.js)
//
// The tree is the corpus's zone files (../shared/corpus/zones, 1,483 files). Three settings, the
// rounds interleaved: the tree copied into a fresh git repository with everything committed (what
// CI sees: every file is compared with its HEAD version for stale-serial), the corpus as it is (in
// no git work tree), and --baseline none. Prints the median and fastest wall time of each, and
// how many git processes one run starts (strace, where installed).
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZONES = path.resolve(ROOT, '..', 'shared', 'corpus', 'zones');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '5');

if (!fs.existsSync(ZONES)) {
  console.log(`bench-tree: SKIPPED — ${ZONES} not found (../shared beside the repo)`);
  process.exit(0);
}
if (!fs.existsSync(CLI)) {
  console.error('bench-tree: run `npm run build` first');
  process.exit(2);
}
const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (!have('git')) {
  console.log('bench-tree: SKIPPED — git not installed');
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-bench-tree-'));
const repo = path.join(tmp, 'zones');
fs.cpSync(ZONES, repo, { recursive: true });
const git = (...a) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...a], { cwd: repo, stdio: 'ignore' });
git('init', '-q');
git('add', '-A');
git('commit', '-q', '-m', 'corpus');
const files = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean).length;

const settings = [
  ['in a git repository (HEAD baselines)', [repo]],
  ['in no git work tree', [ZONES]],
  ['--baseline none', ['--baseline', 'none', ZONES]],
];
const times = settings.map(() => []);
for (let i = 0; i < runs; i++) {
  settings.forEach(([, a], k) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, 'check', ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`bench-tree: ${files} files (${ZONES}), ${runs} rounds, node ${process.version}`);
settings.forEach(([name], k) => {
  console.log(`  check ${name.padEnd(38)} median ${(median(times[k]) / 1000).toFixed(2)} s, fastest ${(Math.min(...times[k]) / 1000).toFixed(2)} s`);
});
if (have('strace')) {
  const log = path.join(tmp, 'strace.txt');
  spawnSync('strace', ['-f', '-qq', '-e', 'trace=execve', '-e', 'signal=none', '-o', log, process.execPath, CLI, 'check', repo], { stdio: 'ignore' });
  const gits = fs.readFileSync(log, 'utf8').split('\n').filter((l) => /execve\("[^"]*\/git",/.test(l) && !l.includes('ENOENT')).length;
  console.log(`  git processes in one run in the repository: ${gits}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
