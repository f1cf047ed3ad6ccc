// Mutation fuzzing of the whole analysis over the corpus: random insertions (zone-file syntax
// fragments), deletions and duplications in real zone files, then `analyzeZone` (with the previous
// mutated file as the workspace's other zone, for ptr-mismatch). Fails on a throw,
// a `check-failed` diagnostic, or a diagnostic with a bad range or an empty message.
//
//   npm run -s fuzz [-- --seconds 60] [-- --seed 1]        (needs ../shared/corpus and `npm run compile`)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZONES = path.resolve(ROOT, '..', 'shared', 'corpus', 'zones');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? Number(args[args.indexOf(n) + 1]) : d);
const seconds = opt('--seconds', 60);
let seed = opt('--seed', 1);
if (!fs.existsSync(ZONES)) {
  console.log(`fuzz: SKIPPED — ${ZONES} not found (../shared beside the repo)`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { analyzeZone } = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'analyze.js'));
const { forwardZonesOf } = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'reverse.js'));
const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (fs.statSync(p).size < 200000) files.push(p);
  }
})(ZONES);
files.sort();
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const PIECES = ['\\#', ' ( ', ' ) ', '"', ';', '$ORIGIN', ' @ ', '\\', '.', '..', '*', ' IN ', ' CNAME ', ' MX 0 . ',
  ' NS ', ' 4294967296 ', '\r\n', '\n', '\t', ' SOA ', '$INCLUDE x', '$GENERATE 1-3 a$ A 1.2.3.$', ' TYPE65535 ',
  'xn--', 'é', '😀', ' PTR ', '.in-addr.arpa. ', '.ip6.arpa. ', ' RRSIG A 13 2 60 20200101000000 20190101000000 1 . AAAA ', ' DS 1 1 1 00 '];
const host = { readFile: () => undefined, resolve: (_f, r) => r };
let runs = 0, failures = 0;
// The previous mutated file stands for the other zones of a workspace (ptr-mismatch reads them).
let other;
const t0 = Date.now();
while (Date.now() - t0 < seconds * 1000) {
  const f = files[Math.floor(rnd() * files.length)];
  let t = fs.readFileSync(f, 'latin1');
  for (let k = 0; k < 5; k++) {
    const i = Math.floor(rnd() * t.length), op = rnd();
    if (op < 0.4) t = t.slice(0, i) + PIECES[Math.floor(rnd() * PIECES.length)] + t.slice(i);
    else if (op < 0.7) t = t.slice(0, i) + t.slice(i + Math.floor(rnd() * 20));
    else { const j = Math.floor(rnd() * t.length); t = t.slice(0, i) + t.slice(j, j + 30) + t.slice(i); }
  }
  runs++;
  let problem;
  try {
    const prev = other;
    const a = analyzeZone(t, { file: f, origin: 'example.', now: Date.now(), host, forwardZones: forwardZonesOf(() => (prev ? [prev] : []), f) });
    other = a.parse;
    const bad = a.diagnostics.find((d) => d.code === 'check-failed' || !(d.start >= 0 && d.end >= d.start && d.message));
    if (bad) problem = `${bad.code}: ${bad.message} [${bad.start}-${bad.end}]`;
  } catch (e) {
    problem = String(e && e.stack || e).split('\n').slice(0, 3).join(' | ');
  }
  if (problem) {
    failures++;
    if (failures <= 5) console.log(`FAIL ${path.relative(ZONES, f)}: ${problem}`);
  }
}
console.log(`fuzz: ${runs} mutated files analysed in ${seconds} s, ${failures} failures`);
process.exit(failures > 0 ? 1 : 0);
