// Conformance against the corpus (../shared/corpus): runs the analysis over every zone file with
// the origin named-checkzone used, and compares our verdict (any error?) with named-checkzone -i local.
//
//   npm run conformance [-- --list] [-- --limit N] [-- --only SUBSTRING]
//
// Prints false errors (named accepts, we report an error), misses (named rejects, we report none),
// the agreement rate, and which codes cause the false errors. Exits 1 on a crash or hang, or when
// false errors exceed 2% of the files named-checkzone accepts. Skips (exit 0, says so) when the
// corpus is absent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.ZONEMAIL_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const require = createRequire(import.meta.url);

if (!isMainThread) {
  const { analyzeZone } = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'analyze.js'));
  const host = {
    readFile(p) { try { return fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined; } catch { return undefined; } },
    resolve: (from, rel) => path.resolve(path.dirname(from), rel),
  };
  for (const job of workerData.jobs) {
    parentPort.postMessage({ type: 'start', path: job.path });
    const file = path.join(CORPUS, job.path);
    const t0 = performance.now();
    let result;
    try {
      const text = fs.readFileSync(file, 'utf8');
      const a = analyzeZone(text, { file, origin: job.origin, originMode: 'authoritative', host });
      const errors = a.diagnostics.filter((d) => d.severity === 'error');
      // A check that threw is caught by the core (check-failed): for conformance it is a crash.
      const failed = a.diagnostics.filter((d) => d.code === 'check-failed');
      if (failed.length > 0) throw new Error(failed.map((d) => d.message).join('; '));
      result = { ok: true, errors: errors.length, codes: [...new Set(errors.map((d) => d.code))], first: errors.slice(0, 3).map((d) => `${d.code}: ${d.message}`) };
    } catch (e) {
      result = { ok: false, crash: String(e && e.stack || e) };
    }
    parentPort.postMessage({ type: 'done', path: job.path, ms: performance.now() - t0, result });
  }
  process.exit(0);
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const tsv = path.join(CORPUS, 'oracle', 'named-checkzone.tsv');
if (!fs.existsSync(tsv)) {
  console.log(`conformance: SKIPPED — corpus not found at ${CORPUS} (it lives in ../shared beside the repo; CI always has it)`);
  process.exit(0);
}
if (!fs.existsSync(path.join(ROOT, 'out', 'server', 'src', 'core', 'analyze.js'))) {
  console.error('conformance: run `npm run compile` first');
  process.exit(2);
}

const lines = fs.readFileSync(tsv, 'utf8').split('\n').filter(Boolean);
const head = lines.shift().split('\t');
const col = (n) => head.indexOf(n);
let jobs = lines.map((l) => l.split('\t')).map((f) => ({ path: f[col('path')], origin: f[col('origin')], rc: Number(f[col('rc_local')]), messages: f[col('messages_local')] }));
if (only) jobs = jobs.filter((j) => j.path.includes(only));
jobs = jobs.slice(0, limit);
const byPath = new Map(jobs.map((j) => [j.path, j]));

const HANG_MS = 20000;
const results = new Map();
const hangs = [];
let pending = jobs.slice();
const t0 = performance.now();

async function runBatch(batch) {
  return new Promise((resolve) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { jobs: batch } });
    let current;
    let timer;
    const arm = () => { clearTimeout(timer); timer = setTimeout(() => { hangs.push(current); w.terminate(); }, HANG_MS); };
    w.on('message', (m) => {
      if (m.type === 'start') { current = m.path; arm(); }
      else { results.set(m.path, m); }
    });
    w.on('exit', () => { clearTimeout(timer); resolve(); });
    w.on('error', (e) => { if (current && !results.has(current)) results.set(current, { path: current, result: { ok: false, crash: String(e) } }); });
  });
}

while (pending.length > 0) {
  await runBatch(pending);
  pending = pending.filter((j) => !results.has(j.path) && !hangs.includes(j.path));
}
const seconds = (performance.now() - t0) / 1000;

const accepted = jobs.filter((j) => j.rc === 0);
const rejected = jobs.filter((j) => j.rc !== 0);
const crashes = [...results.values()].filter((r) => !r.result.ok);
const falseErrors = accepted.filter((j) => results.get(j.path)?.result.ok && results.get(j.path).result.errors > 0);
const misses = rejected.filter((j) => results.get(j.path)?.result.ok && results.get(j.path).result.errors === 0);
const agree = jobs.length - falseErrors.length - misses.length - crashes.length - hangs.length;

const codeCount = new Map();
for (const j of falseErrors) for (const c of results.get(j.path).result.codes) codeCount.set(c, (codeCount.get(c) ?? 0) + 1);

const slowest = [...results.values()].sort((a, b) => b.ms - a.ms).slice(0, 3);
const pct = (n, d) => (d === 0 ? '0.0' : ((100 * n) / d).toFixed(1));
console.log(`conformance against named-checkzone -i local (${jobs.length} zone files, ${seconds.toFixed(1)} s)`);
console.log(`  named accepts ${accepted.length}, rejects ${rejected.length}`);
console.log(`  false errors: ${falseErrors.length} (${pct(falseErrors.length, accepted.length)}% of accepted; goal ≤ 2%)`);
for (const [c, n] of [...codeCount].sort((a, b) => b[1] - a[1])) console.log(`    ${c}: ${n} files`);
console.log(`  misses: ${misses.length} (${pct(misses.length, rejected.length)}% of rejected)`);
console.log(`  crashes: ${crashes.length}, hangs (> ${HANG_MS / 1000} s): ${hangs.length}`);
console.log(`  agreement: ${agree}/${jobs.length} = ${pct(agree, jobs.length)}%`);
console.log(`  slowest: ${slowest.map((s) => `${s.path} ${s.ms.toFixed(0)} ms`).join(', ')}`);
if (list) {
  console.log('\nfalse errors:');
  for (const j of falseErrors) console.log(`  ${j.path} [${j.origin}]\n      ${results.get(j.path).result.first.join('\n      ')}`);
  console.log('\nmisses:');
  for (const j of misses) console.log(`  ${j.path} [${j.origin}]\n      named: ${j.messages.slice(0, 300)}`);
}
for (const c of crashes) console.log(`CRASH ${c.path}: ${c.result.crash}`);
for (const h of hangs) console.log(`HANG ${h}`);
const fail = crashes.length > 0 || hangs.length > 0 || falseErrors.length > 0.02 * accepted.length;
console.log(`conformance: ${fail ? 'FAILED' : 'ok'}`);
process.exit(fail ? 1 : 0);
void byPath;
