// Grammar tests: runs vscode-tmgrammar-test over test/grammar/* (each sample's header names its scope:
// `; SYNTAX TEST "source.dns-zone"`, `# SYNTAX TEST "source.sendmail-map"`, `dnl SYNTAX TEST "source.sendmail-mc"`)
// with every grammar in syntaxes/,
// plus one generated sample that checks every type mnemonic in RR_TYPES (and TYPEnnn for each code) is
// highlighted as a type, so the grammar cannot fall behind the parser.
//
// Ends with one plain line: `grammar: N passed, N failed`, where N counts sample FILES (the tool reports
// per file: "✓ <file> run successfuly." or "✖ <file> failed"; a file with no success line counts as failed).
// The number of assertions is printed on the line before, for information. Exits non-zero on any failure.
//
// Note for sample authors: put at most one `-` (exclusion list) in an assertion line; several exclusions
// go after the single `-`, space-separated. vscode-tmgrammar-test 0.1.3's assertion regex backtracks
// exponentially on a second ` - scope`, so the tool would hang (the timeout below turns that into a failure).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GRAMMARS = fs.readdirSync(path.join(ROOT, 'syntaxes')).filter((f) => f.endsWith('.tmLanguage.json')).sort().map((f) => `syntaxes/${f}`);
const SAMPLES = 'test/grammar';
const TOOL = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const TIMEOUT_MS = 120_000;

/** Forward slashes: the tool treats its arguments as glob patterns. */
const slash = (p) => p.split(path.sep).join('/');

/** The RR_TYPES table: from the compiled module when it is up to date, else parsed from the source. */
function rrTypes() {
  const ts = path.join(ROOT, 'server', 'src', 'core', 'rrtypes.ts');
  const js = path.join(ROOT, 'out', 'server', 'src', 'core', 'rrtypes.js');
  if (fs.existsSync(js) && fs.statSync(js).mtimeMs >= fs.statSync(ts).mtimeMs) {
    const table = createRequire(import.meta.url)(js).RR_TYPES;
    if (table && Object.keys(table).length > 0) return { table, from: path.relative(ROOT, js) };
  }
  const body = /export const RR_TYPES[^=]*=\s*\{([\s\S]*?)\};/.exec(fs.readFileSync(ts, 'utf8'))?.[1];
  if (!body) throw new Error(`cannot find RR_TYPES in ${ts}`);
  const table = Object.fromEntries([...body.matchAll(/'?([A-Za-z0-9-]+)'?\s*:\s*(\d+)/g)].map((m) => [m[1], Number(m[2])]));
  return { table, from: path.relative(ROOT, ts) };
}

/** An assertion line putting `scope` under `token`, which starts at column `col` (> 0) of the line above. */
const under = (col, token, scopes) => `;${' '.repeat(col - 1)}${'^'.repeat(token.length)} ${scopes}`;

/** A sample with, for every mnemonic: upper case, lower case, TYPEnnn, and the mnemonic inside rdata. */
function generatedSample(table) {
  const TYPE = 'storage.type.rr-type.dns-zone';
  const lines = ['; SYNTAX TEST "source.dns-zone" "generated: every RR_TYPES mnemonic is highlighted as a type"'];
  const add = (prefix, token, rest, scopes) => {
    lines.push(prefix + token + rest);
    lines.push(under(prefix.length, token, scopes));
  };
  for (const [name, code] of Object.entries(table)) {
    add('owner 3600 IN ', name, ' \\# 0', `${TYPE} - entity.name.tag.owner.dns-zone`);
    add('\t', name.toLowerCase(), ' \\# 0 ; lower case', TYPE);
    add('owner IN 60 ', `TYPE${code}`, ' \\# 0', TYPE);
    add('owner NSEC next.example. ', name, ' RRSIG', 'meta.rdata.dns-zone support.type.rr-type.dns-zone');
    // The next line must be unaffected by the one before.
    lines.push('after A 192.0.2.1');
    lines.push('; <----- entity.name.tag.owner.dns-zone - meta.rdata.dns-zone');
  }
  return lines.join('\n') + '\n';
}

/** Assertion lines: the header's comment token (`;`, `#`, `dnl`) then carets or `<-`. */
function assertionCount(text) {
  const lines = text.split(/\r\n|\n/);
  const token = /^(\S+) SYNTAX TEST/.exec(lines[0] ?? '')?.[1] ?? ';';
  return lines.filter((l) => l.startsWith(token) && /^\s*(\^|<~*-)/.test(l.slice(token.length))).length;
}

const sampleDir = path.join(ROOT, SAMPLES);
const samples = fs.readdirSync(sampleDir).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(sampleDir, f));
const { table, from } = rrTypes();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-grammar-'));
const generated = path.join(tmp, 'rr-types.generated.zone');
fs.writeFileSync(generated, generatedSample(table));
const files = [...samples, generated];
let assertions = 0;
for (const f of files) assertions += assertionCount(fs.readFileSync(f, 'utf8'));
console.log(`grammar: ${samples.length} sample files in ${SAMPLES}/ + ${path.basename(generated)} (${Object.keys(table).length} types from ${slash(from)}), ${assertions} assertions`);

const r = spawnSync(process.execPath, [TOOL, ...GRAMMARS.flatMap((g) => ['--grammar', g]), ...files.map((f) => slash(path.relative(ROOT, f)))], {
  cwd: ROOT,
  encoding: 'utf8',
  timeout: TIMEOUT_MS,
  maxBuffer: 1 << 26,
  env: { ...process.env, FORCE_COLOR: '0' },
});
fs.rmSync(tmp, { recursive: true, force: true });
const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
process.stdout.write(out);
if (r.error) console.log(`grammar: vscode-tmgrammar-test did not finish: ${r.error.message}`);

// Per file: the tool prints "✓ <file> run successfuly." for each file whose assertions all hold.
const ok = new Set([...out.matchAll(/^\S+ (.+) run successfuly\.$/gm)].map((m) => m[1].trim()));
let passed = 0;
for (const f of files) {
  const rel = slash(path.relative(ROOT, f));
  if (ok.has(rel)) passed++;
  else console.log(`grammar: FAILED ${rel === slash(path.relative(ROOT, generated)) ? `${path.basename(generated)} (generated from RR_TYPES)` : rel}`);
}
let failed = files.length - passed;
if (failed === 0 && r.status !== 0) failed = 1; // the tool failed without naming a file
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
