// How often each diagnostic fires across ../shared/corpus (zone files), split by whether
// named-checkzone -i local accepts the file, with a few sample messages per code — to look at the
// noise of a check before calling it done.
//
//   npm run -s corpus-counts [-- CODE...]      (default: every code)     needs `npm run compile`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const oracle = path.join(CORPUS, 'oracle', 'named-checkzone.tsv');
if (!fs.existsSync(oracle)) {
  console.log(`corpus-counts: SKIPPED — ${oracle} not found (../shared beside the repo)`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { analyzeZone } = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'analyze.js'));
const only = new Set(process.argv.slice(2));
const rows = fs.readFileSync(oracle, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const counts = new Map(); // code → { acceptedFiles, accepted, rejectedFiles, rejected, samples }
const host = {
  readFile: (p) => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } },
  resolve: (from, rel) => path.resolve(path.dirname(from), rel),
};
for (const [p, origin, , , rc] of rows) {
  const file = path.join(CORPUS, p);
  const text = host.readFile(file);
  if (text === undefined) continue;
  const a = analyzeZone(text, { file, origin, originMode: 'authoritative', host });
  const seen = new Set();
  for (const d of a.diagnostics) {
    if (only.size > 0 && !only.has(d.code)) continue;
    let c = counts.get(d.code);
    if (!c) counts.set(d.code, (c = { acceptedFiles: 0, accepted: 0, rejectedFiles: 0, rejected: 0, samples: [] }));
    const ok = rc === '0';
    if (ok) c.accepted++; else c.rejected++;
    if (!seen.has(d.code)) { seen.add(d.code); if (ok) c.acceptedFiles++; else c.rejectedFiles++; }
    if (c.samples.length < 3 && ok) c.samples.push(`${p}: ${d.message.slice(0, 120)}`);
  }
}
console.log(`corpus-counts: ${rows.length} zone files; per code: in files named accepts | in files it rejects`);
for (const [code, c] of [...counts].sort()) {
  console.log(`${code.padEnd(26)} ${String(c.accepted).padStart(6)} in ${String(c.acceptedFiles).padStart(4)} accepted files | ${String(c.rejected).padStart(6)} in ${String(c.rejectedFiles).padStart(4)} rejected`);
  for (const s of c.samples) console.log(`    ${s}`);
}
