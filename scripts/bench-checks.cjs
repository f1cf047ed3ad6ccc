// Per-check cost on one zone, in one process: parse and build the model once, then run each check
// several times and print the median and the fastest CPU time. Separate-process timings vary a lot
// with the machine's load; this compares checks (or two versions of one) far more steadily.
//
//   npm run compile && node scripts/bench-checks.cjs [ZONE] [--origin NAME] [--runs 7] [CODE...]
//
// ZONE defaults to the benchmark's 1M-record zone (.bench/zone-1000000.zone, made by `npm run bench`).
const fs = require('node:fs');
const path = require('node:path');
const ROOT = path.resolve(__dirname, '..');
const core = (m) => require(path.join(ROOT, 'out', 'server', 'src', 'core', m));
const { parseZone } = core('parser.js');
const { ZoneModel } = core('model.js');
const { ZONE_CHECKS, releaseCheckCaches } = core('checks/index.js');
const { spfRecords } = core('mail/spf.js');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
const origin = opt('--origin', 'example.com.');
const runs = Number(opt('--runs', '7'));
const file = args[0] && fs.existsSync(args[0]) ? args.shift() : path.join(ROOT, '.bench', 'zone-1000000.zone');
if (!fs.existsSync(file)) { console.error(`bench-checks: ${file} not found (run npm run bench first, or name a zone)`); process.exit(2); }
const codes = args.length > 0 ? args : ZONE_CHECKS.map((c) => c.code);

const text = fs.readFileSync(file, 'utf8');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
const parse = parseZone(text, { file, origin });
console.log(`${path.basename(file)}: ${parse.records.length} records; parse ${(cpu() - t).toFixed(0)} ms CPU`);
t = cpu();
const model = new ZoneModel(origin, parse.records, parse.originRuns);
console.log(`model ${(cpu() - t).toFixed(0)} ms CPU`);
t = cpu();
spfRecords(model); // shared by the spf-* checks and mail-domain-without-mx: timed once here
console.log(`parsed SPF records ${(cpu() - t).toFixed(0)} ms CPU\n`);
const ctx = { model, parse, file, originSource: 'override', rdataText: (r) => text.slice(r.rdataStart, r.rdataEnd), report: () => undefined };
console.log(`${'check'.padEnd(30)} median     min   (ms CPU, ${runs} runs)`);
let sum = 0;
for (const code of codes) {
  const check = ZONE_CHECKS.find((c) => c.code === code);
  if (!check) { console.log(`${code.padEnd(30)} (no such check)`); continue; }
  const ts = [];
  for (let i = 0; i < runs; i++) { const a = cpu(); check.run(ctx); ts.push(cpu() - a); }
  ts.sort((a, b) => a - b);
  sum += ts[Math.floor(runs / 2)];
  console.log(`${code.padEnd(30)} ${ts[Math.floor(runs / 2)].toFixed(0).padStart(6)} ${ts[0].toFixed(0).padStart(7)}`);
}
console.log(`${'sum of medians'.padEnd(30)} ${sum.toFixed(0).padStart(6)}`);
releaseCheckCaches(model);
