// The editor features of zone files run over every zone file of ../shared/corpus: hover,
// definition, references and completion at the start of every token (and inside quoted strings
// after a space, ':' or '='; definition and references at every 50th in files over 3,000
// records), plus outline, folding, selection ranges, semantic tokens and inlay
// hints per file. Counts answers and exceptions (any exception is a bug: bad input must never
// crash a feature) and prints the slowest file per feature.
//
//   node scripts/features-corpus.mjs            needs `npm run compile`; exits 1 on an exception
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZONES = path.resolve(ROOT, '..', 'shared', 'corpus', 'zones');
if (!fs.existsSync(ZONES)) {
  console.log(`features-corpus: SKIPPED — ${ZONES} not found (../shared beside the repo)`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const core = (m) => require(path.join(ROOT, 'out', 'server', 'src', 'core', m));
const { analyzeZone } = core('analyze.js');
const { hover } = core('features/hover.js');
const { definitionAt, referencesAt } = core('features/navigation.js');
const { complete } = core('features/completion.js');
const { documentSymbols, foldingRanges, selectionRanges } = core('features/symbols.js');
const { semanticTokens, inlayHints } = core('features/tokens.js');

const files = [];
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(p); } })(ZONES);
const host = { readFile: (p) => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } }, resolve: (f, r) => path.resolve(path.dirname(f), r) };
const stats = {};
const failures = [];
function run(name, file, fn) {
  const s = (stats[name] ??= { calls: 0, answers: 0, errors: 0, ms: 0, slowest: ['', 0] });
  const t0 = performance.now();
  try {
    const r = fn();
    s.calls++;
    if (r !== undefined && r !== null && !(Array.isArray(r) && r.length === 0)) s.answers++;
  } catch (e) {
    s.errors++;
    if (failures.length < 20) failures.push(`${name} ${path.relative(ZONES, file)}: ${e.stack.split('\n').slice(0, 3).join(' | ')}`);
  }
  const dt = performance.now() - t0;
  s.ms += dt;
  if (dt > s.slowest[1]) s.slowest = [path.relative(ZONES, file), dt];
}
let analysed = 0, positions = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  if (text.includes('\0') || text.length > 2_000_000) continue;
  let a;
  try { a = analyzeZone(text, { file: f, host, maxGenerate: 10_000 }); } catch { continue; }
  analysed++;
  const input = { parse: a.parse, model: a.model, file: f, text };
  run('outline', f, () => documentSymbols(a.parse, f, text, a.origin));
  run('folding', f, () => foldingRanges(a.parse, f, text));
  run('semantic tokens', f, () => semanticTokens(a.parse, f, text));
  run('inlay hints', f, () => inlayHints(a.parse, f, text));
  const today = { year: 2026, month: 1, day: 1 };
  for (let o = 0; o < text.length; o++) {
    const p = o === 0 ? '\n' : text[o - 1];
    if (!(p === ' ' || p === '\t' || p === '\n' || p === '\r' || p === '"' || p === ':' || p === '=')) continue;
    positions++;
    run('hover', f, () => hover(input, o));
    // Definition and references read the whole parse per call (one request at a time in the
    // editor): in big files, every 50th position only, so the run stays short.
    if (a.parse.records.length <= 3000 || positions % 50 === 0) {
      run('definition', f, () => definitionAt(a.parse, f, text, o));
      run('references', f, () => referencesAt(a.parse, f, text, o, (x) => (x === f ? text : host.readFile(x))));
    }
    run('completion', f, () => complete({ ...input, origin: a.origin, today }, o));
    if (o % 7 === 0) run('selection ranges', f, () => selectionRanges(a.parse, f, text, o));
  }
}
console.log(`features-corpus: ${analysed} zone files, ${positions} cursor positions`);
for (const [name, s] of Object.entries(stats)) {
  console.log(`  ${name.padEnd(16)} ${String(s.calls + s.errors).padStart(8)} calls, ${String(s.answers).padStart(8)} with an answer, ${s.errors} exceptions, ${(s.ms / Math.max(1, s.calls)).toFixed(3)} ms/call, slowest ${s.slowest[1].toFixed(1)} ms (${s.slowest[0]})`);
}
for (const x of failures) console.log('  FAIL ' + x);
const errors = Object.values(stats).reduce((n, s) => n + s.errors, 0);
console.log(errors === 0 ? 'features-corpus: ok' : `features-corpus: FAILED (${errors} exceptions)`);
process.exit(errors === 0 ? 0 : 1);
