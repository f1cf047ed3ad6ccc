// Conformance of the sendmail checks against the corpus (../shared/corpus/sendmail) and what the real
// tools said about each file (oracle/sendmail.tsv: makemap for maps, `sendmail -bi` (newaliases) for
// aliases, m4 with Debian's cf.m4 for .mc files):
//
//   npm run conformance:sendmail [-- --list]
//
// Compared items, per file: makemap's and newaliases' complaints as `line:code`; m4's *** ERROR /
// WARNING lines as codes (No system type → mc-no-ostype, FEATURE deprecated → mc-deprecated-feature,
// missing -T<TMPF> → mc-map-spec, FEATURE before MAILER → mc-feature-after-mailer, confX no longer
// valid/obsolete → mc-unknown-define) against our error/warning codes of the same kinds. m4 runs that
// failed only because the file includes cf.m4 from a path this machine does not have are environment,
// not verdicts, and are left out (counted). The parsers are compared too: makemap's key count
// (`keys=N`) with our distinct keys, newaliases' "N aliases" with our distinct alias names. Other findings of ours (virtusertable forms, access
// values…) have no oracle and are listed as "beyond the tools". Exits 1 on a crash (check-failed or
// an exception) or when we miss or falsely report any makemap/newaliases item.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.ZONEMAIL_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const require = createRequire(import.meta.url);
const list = process.argv.includes('--list');

const tsv = path.join(CORPUS, 'oracle', 'sendmail.tsv');
if (!fs.existsSync(tsv)) {
  console.log(`conformance-sendmail: SKIPPED — corpus not found at ${CORPUS}`);
  process.exit(0);
}
const { analyzeSendmail } = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'sendmail', 'analyze.js'));
const { detectKind } = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'kind.js'));

const MAKEMAP = [[/syntax error \(leading space\)/, 'map-leading-space'], [/no RHS for LHS/, 'map-missing-value'], [/line too long/, 'map-line-too-long'], [/duplicate key/, 'map-duplicate-key']];
const NEWALIASES = [[/missing colon/, 'alias-missing-colon'], [/Non-continuation line starts with space/, 'alias-bad-continuation'], [/illegal alias name|cannot alias non-local names/, 'alias-illegal-name'], [/missing value for alias/, 'alias-missing-value'], [/alias too long/, 'alias-too-long'], [/duplicate alias name/, 'alias-duplicate']];
const M4 = [[/No system type defined|not specified a valid operating system type/, 'mc-no-ostype'], [/FEATURE\(\w+\) is deprecated/, 'mc-deprecated-feature'], [/missing -T<TMPF>/, 'mc-map-spec'], [/FEATURE\(\) should be before MAILER/, 'mc-feature-after-mailer'], [/conf\w+ is (no longer valid|obsolete|deprecated)/, 'mc-unknown-define'], [/Berkeley sample configuration files/, 'mc-berkeley-domain']];
const COMPARED = new Set([...MAKEMAP, ...NEWALIASES, ...M4].map(([, c]) => c));

const rows = fs.readFileSync(tsv, 'utf8').split('\n').filter(Boolean).slice(1).map((l) => l.split('\t'));
const stats = {}; // tool → { oracle, ours, both }
const disagreements = [];
const beyond = {};
let crashes = 0, environment = 0, files = 0, noOracle = 0;
const lineOf = (text, off) => text.slice(0, off).split(/\r\n|\n|\r/).length;
const counts = { makemap: [0, 0], newaliases: [0, 0] }; // [files compared, files equal]
for (const [rel, , tool, rc, extra = '', messages = ''] of rows) {
  const file = path.join(CORPUS, rel);
  const text = fs.readFileSync(file, 'utf8');
  const kind = detectKind(file, text.slice(0, 512));
  if (kind === undefined || kind === 'dns-zone') { noOracle++; continue; } // cf/ostype/*.m4 fragments: no sendmail language
  files++;
  let a;
  try {
    a = analyzeSendmail(text, { file, kind });
    const failed = a.diagnostics.filter((d) => d.code === 'check-failed');
    if (failed.length) throw new Error(failed.map((d) => d.message).join('; '));
  } catch (e) {
    crashes++;
    console.log(`conformance-sendmail: CRASH ${rel}: ${e?.stack ?? e}`);
    continue;
  }
  const msgs = messages.split(' | ').map((m) => m.trim()).filter(Boolean);
  let table, name;
  if (/^makemap/.test(tool)) { table = MAKEMAP; name = 'makemap'; }
  else if (/newaliases/.test(tool)) { table = NEWALIASES; name = 'newaliases'; }
  else if (/^m4/.test(tool)) { table = M4; name = 'm4 + cf.m4'; }
  else { name = undefined; }
  const ours = new Set(), theirs = new Set();
  const lineKeyed = name === 'makemap' || name === 'newaliases';
  for (const d of a.diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    if (!COMPARED.has(d.code) || name === undefined) { (beyond[d.code] ??= []).push(`${rel}:${lineOf(text, d.start)}`); continue; }
    ours.add(lineKeyed ? `${lineOf(text, d.start)}:${d.code}` : d.code);
  }
  if (name === undefined) { noOracle++; continue; }
  // The parse: how many keys / aliases the tool stored.
  const keys = /^keys=(\d+)$/.exec(extra)?.[1] ?? /(\d+) aliases,/.exec(messages)?.[1];
  if (keys !== undefined && (name === 'makemap' || name === 'newaliases')) {
    const mine = name === 'makemap' ? new Set(a.context.map.entries.map((e) => e.key.toLowerCase())).size : new Set(a.context.aliases.aliases.map((x) => x.key)).size;
    counts[name][0]++;
    if (mine === Number(keys)) counts[name][1]++;
    else disagreements.push(`${name}: count   ${rel} ${name === 'makemap' ? 'keys' : 'aliases'} ${keys}, ours ${mine}`);
  }
  if (name === 'm4 + cf.m4' && Number(rc) !== 0 && msgs.some((m) => /cannot open `[^']*cf\.m4'/.test(m))) { environment++; continue; }
  for (const m of msgs) {
    const hit = table.find(([re]) => re.test(m));
    if (!hit) continue;
    const ln = /line (\d+):/.exec(m)?.[1];
    theirs.add(lineKeyed ? `${ln}:${hit[1]}` : hit[1]);
  }
  const s = (stats[name] ??= { files: 0, oracle: 0, ours: 0, both: 0 });
  s.files++;
  s.oracle += theirs.size; s.ours += ours.size;
  for (const t of theirs) if (ours.has(t)) s.both++; else disagreements.push(`${name}: missed  ${rel} ${t}`);
  for (const o of ours) if (!theirs.has(o)) disagreements.push(`${name}: extra   ${rel} ${o}`);
}
console.log(`conformance-sendmail: ${files} sendmail files checked (${environment} m4 runs left out: cf.m4 at a path this machine lacks; ${noOracle} without a tool verdict)`);
console.log('| tool | files | tool items | ours | both | recall | precision |');
console.log('|---|---|---|---|---|---|---|');
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
for (const [k, s] of Object.entries(stats)) console.log(`| ${k} | ${s.files} | ${s.oracle} | ${s.ours} | ${s.both} | ${pct(s.both, s.oracle)} | ${pct(s.both, s.ours)} |`);
console.log(`parsers: makemap key counts equal in ${counts.makemap[1]}/${counts.makemap[0]} maps, newaliases alias counts in ${counts.newaliases[1]}/${counts.newaliases[0]} files`);
console.log(`disagreements (${disagreements.length}):`);
for (const d of disagreements) console.log(`  ${d}`);
const beyondCount = Object.values(beyond).reduce((n, l) => n + l.length, 0);
console.log(`beyond the tools (errors/warnings no oracle covers): ${beyondCount}${Object.keys(beyond).length ? ' — ' + Object.entries(beyond).map(([c, l]) => `${c} ${l.length}`).join(', ') : ''}`);
if (list) for (const [c, l] of Object.entries(beyond)) for (const x of l) console.log(`  ${c} ${x}`);
const strictBad = disagreements.filter((d) => /^(makemap|newaliases):/.test(d));
if (crashes > 0 || strictBad.length > 0) {
  console.log(`conformance-sendmail: FAILED (${crashes} crashes, ${strictBad.length} makemap/newaliases disagreements)`);
  process.exit(1);
}
console.log('conformance-sendmail: ok');
