// Conformance against the corpus (../shared/corpus): runs the analysis over every zone file with
// the origin named-checkzone used, and compares our verdict (any error?) with named-checkzone -i local.
//
//   npm run conformance [-- --list] [-- --limit N] [-- --only SUBSTRING] [-- --kinds all|KIND]
//
// Also compares the findings by kind (CNAME and other data, MX/NS/SRV is a CNAME, has no address
// records, missing glue, out-of-zone data, MX/NS is an address, bad owner name, non-terminal
// wildcard, target below a DNAME, TTL set to prior TTL) with named-checkzone's messages and prints recall and precision per kind; `--kinds`
// lists the disagreements (all, or the kinds whose name contains KIND). Explained in
// docs/diagnostics.md ("Conformance by kind").
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

// ---------------------------------------------------------------------------- findings by kind
// named-checkzone's messages and our diagnostics, reduced to comparable items per kind: a name, or
// owner/TYPE target. Names: lower case, without the final dot (the root stays '.').
const KIND_CODES = {
  'CNAME and other data': ['cname-and-other-data', 'cname-at-apex'],
  'MX/NS/SRV is a CNAME': ['mx-target-is-cname', 'ns-target-is-cname', 'srv-target-is-cname'],
  'has no address records': ['target-has-no-address'],
  'missing glue': ['missing-glue'],
  'out-of-zone data': ['out-of-zone'],
  'MX/NS is an address': ['mx-target-is-address', 'ns-target-is-address'],
  'bad owner name': ['bad-owner-name'],
  'non-terminal wildcard': ['non-terminal-wildcard'],
  'target below a DNAME': ['target-below-dname'],
  'TTL set to prior TTL': ['rrset-ttl-mismatch'],
};
/** Kinds BIND checks after loading the zone: compared only where the load succeeded. */
const POST_LOAD = new Set(['MX/NS/SRV is a CNAME', 'has no address records', 'missing glue', 'target below a DNAME']);
const CODE_KIND = new Map(Object.entries(KIND_CODES).flatMap(([k, codes]) => codes.map((c) => [c, k])));
/**
 * One spelling per name: escapes decoded to octets (non-ASCII as its UTF-8 octets, as BIND prints
 * them), ASCII lower-cased, then letters, digits, '-', '_', '*' as such and every other octet as
 * \DDD; no final dot (the root stays '.'). BIND's TSV doubles quotes ("").
 */
function norm(n) {
  n = n.replace(/""/g, '"');
  if (n === '.' || n === '') return '.';
  const bytes = [];
  const enc = new TextEncoder();
  for (let i = 0; i < n.length; i++) {
    const c = n[i];
    if (c === '\\') {
      const d = n.slice(i + 1, i + 4);
      if (/^[0-9]{3}$/.test(d)) { bytes.push(Number(d)); i += 3; } else { bytes.push(...enc.encode(n[i + 1] ?? '')); i += 1; }
    } else if (c === '.') bytes.push(-1);
    else bytes.push(...enc.encode(c));
  }
  if (bytes[bytes.length - 1] === -1) bytes.pop();
  return bytes.map((b) => (b === -1 ? '.' : b >= 65 && b <= 90 ? String.fromCharCode(b + 32)
    : (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b === 45 || b === 95 || b === 42 ? String.fromCharCode(b) : `\\${String(b).padStart(3, '0')}`)).join('');
}

/** Our findings of the compared kinds: { kind: [item…] } (items deduplicated). */
function ourKinds(a, text, file) {
  const records = a.parse.records.filter((r) => r.file === file).sort((x, y) => x.ownerStart - y.ownerStart);
  const recordAt = (off) => {
    let lo = 0, hi = records.length - 1, best;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (records[mid].ownerStart <= off) { best = records[mid]; lo = mid + 1; } else hi = mid - 1; }
    return best && off <= best.rdataEnd ? best : undefined;
  };
  const target = (r) => r.rdata?.exchange ?? r.rdata?.target;
  const out = {};
  const add = (k, item) => { (out[k] ??= new Set()).add(item); };
  for (const d of a.diagnostics) {
    const kind = CODE_KIND.get(d.code);
    if (!kind || d.file !== file) continue;
    const r = recordAt(d.start);
    if (!r) { add(kind, `?${d.code}@${d.start}`); continue; }
    const t = target(r);
    switch (kind) {
      case 'MX/NS/SRV is a CNAME': case 'has no address records': case 'missing glue': case 'target below a DNAME':
        add(kind, `${norm(r.owner)}/${r.type} ${t ? norm(t.name) : '?'}`); break;
      case 'MX/NS is an address':
        add(kind, `${r.type} ${norm(text.slice(d.start, d.end))}`); break;
      case 'TTL set to prior TTL': // BIND names the line only
        add(kind, `line ${text.slice(0, d.start).split('\n').length}`); break;
      case 'bad owner name': {
        // The name at the diagnostic: the owner, or the rdata name whose token it marks.
        const inRdata = d.start >= r.rdataStart && r.rdata ? Object.values(r.rdata).find((v) => v && typeof v === 'object' && v.start === d.start && typeof v.name === 'string') : undefined;
        add(kind, norm(inRdata ? inRdata.name : r.owner)); break;
      }
      default:
        add(kind, norm(r.owner));
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}

/** named-checkzone's findings of the compared kinds, from one file's messages. */
function bindKinds(messages) {
  const out = {};
  const add = (k, item) => { (out[k] ??= new Set()).add(item); };
  for (const raw of messages.split(' | ')) {
    const m = raw.trim();
    let x;
    if ((x = /^dns_master_load: \S+:\d+: (\S+): CNAME and other data$/.exec(m))) add('CNAME and other data', norm(x[1]));
    else if ((x = /^zone (\S+)\/\w+: (?:(\S+)\/)?(MX|NS|SRV) '(\S+)' is a CNAME \(illegal\)$/.exec(m))) add('MX/NS/SRV is a CNAME', `${norm(x[2] ?? x[1])}/${x[3]} ${norm(x[4])}`);
    else if ((x = /^zone (\S+)\/\w+: (?:(\S+)\/)?(MX|NS|SRV) '(\S+)' has no (SIBLING GLUE |REQUIRED GLUE )?address records/.exec(m))) add(x[5] ? 'missing glue' : 'has no address records', `${norm(x[2] ?? x[1])}/${x[3]} ${norm(x[4])}`);
    else if ((x = /^zone (\S+)\/\w+: (?:(\S+)\/)?(MX|NS|SRV) '(\S+)' is below a DNAME '\S+' \(illegal\)$/.exec(m))) add('target below a DNAME', `${norm(x[2] ?? x[1])}/${x[3]} ${norm(x[4])}`);
    else if ((x = /^\S+:(\d+): TTL set to prior TTL \(\d+\)$/.exec(m))) add('TTL set to prior TTL', `line ${x[1]}`);
    else if ((x = /^\S+:\d+: ignoring out-of-zone data \((\S+)\)$/.exec(m))) add('out-of-zone data', norm(x[1]));
    else if ((x = /^\S+:\d+: warning: '(\S+)': (MX|NS) is an address$/.exec(m))) add('MX/NS is an address', `${x[2]} ${norm(x[1])}`);
    else if ((x = /^\S+:\d+: NS record '(\S+)' appears to be an address$/.exec(m))) add('MX/NS is an address', `NS ${norm(x[1])}`);
    else if ((x = /^\S+:\d+: (?:warning: )?(\S+): bad (?:owner )?name \(check-names\)$/.exec(m))) add('bad owner name', norm(x[1]));
    else if ((x = /^\S+:\d+: warning: ownername '(\S+)' contains an non-terminal wildcard$/.exec(m))) add('non-terminal wildcard', norm(x[1]));
  }
  return out;
}

/**
 * How far BIND's post-load checks ran: 'all' when the zone loaded; 'apex' when the data loaded but
 * an error stopped the checks (the apex NS check comes first, so only its findings are complete);
 * 'none' when the data did not load.
 */
const bindChecked = (messages) => /loading from master file \S+ failed|has 0 SOA records|has no NS records/.test(messages) ? 'none'
  : /not loaded due to errors/.test(messages) ? 'apex' : 'all';

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
      result = { ok: true, errors: errors.length, codes: [...new Set(errors.map((d) => d.code))], first: errors.slice(0, 3).map((d) => `${d.code}: ${d.message}`), kinds: ourKinds(a, text, file) };
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
let jobs = lines.map((l) => l.split('\t')).map((f) => ({ path: f[col('path')], origin: f[col('origin')], rc: Number(f[col('rc_local')]), messages: f[col('messages_local')], strict: f[col('messages_strict_extra')] ?? '' }));
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
// Findings by kind: recall and precision against named-checkzone (-i local messages, plus the
// strict run's extra messages of the same forms). Post-load kinds only where BIND loaded the zone.
const kindArg = args.includes('--kinds') ? args[args.indexOf('--kinds') + 1] : undefined;
const kindStats = new Map(Object.keys(KIND_CODES).map((k) => [k, { tp: 0, fp: 0, fn: 0, files: 0, fps: [], fns: [] }]));
for (const j of jobs) {
  const res = results.get(j.path)?.result;
  if (!res?.ok) continue;
  const theirs = bindKinds(`${j.messages} | ${j.strict}`);
  const checked = bindChecked(j.messages);
  const apexNs = `${norm(j.origin)}/NS `;
  for (const [kind, st] of kindStats) {
    if (POST_LOAD.has(kind) && checked === 'none') continue;
    const keep = POST_LOAD.has(kind) && checked === 'apex' ? (i) => i.startsWith(apexNs) : () => true;
    if (!POST_LOAD.has(kind) || checked === 'all') st.files++;
    const ours = new Set((res.kinds[kind] ?? []).filter(keep)), bind = new Set([...(theirs[kind] ?? [])].filter(keep));
    for (const i of ours) { if (bind.has(i)) st.tp++; else { st.fp++; st.fps.push(`${j.path}: ${i}`); } }
    for (const i of bind) if (!ours.has(i)) { st.fn++; st.fns.push(`${j.path}: ${i}`); }
  }
}
console.log('  by kind (items: names or owner/TYPE target; recall = found of named-checkzone\'s, precision = ours it also reports):');
for (const [kind, st] of kindStats) {
  const r = st.tp + st.fn === 0 ? '—' : `${pct(st.tp, st.tp + st.fn)}%`, p = st.tp + st.fp === 0 ? '—' : `${pct(st.tp, st.tp + st.fp)}%`;
  console.log(`    ${kind.padEnd(24)} named ${String(st.tp + st.fn).padStart(4)}, ours ${String(st.tp + st.fp).padStart(4)}, both ${String(st.tp).padStart(4)}: recall ${r.padStart(6)}, precision ${p.padStart(6)}${POST_LOAD.has(kind) ? ` (post-load: ${st.files} files BIND loaded; apex NS only where an error stopped its checks)` : ''}`);
  if (kindArg && (kindArg === 'all' || kind.toLowerCase().includes(kindArg.toLowerCase()))) {
    for (const x of st.fns) console.log(`        only named: ${x}`);
    for (const x of st.fps) console.log(`        only ours:  ${x}`);
  }
}
for (const c of crashes) console.log(`CRASH ${c.path}: ${c.result.crash}`);
for (const h of hangs) console.log(`HANG ${h}`);
const fail = crashes.length > 0 || hangs.length > 0 || falseErrors.length > 0.02 * accepted.length;
console.log(`conformance: ${fail ? 'FAILED' : 'ok'}`);
process.exit(fail ? 1 : 0);
void byPath;
