import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/node/cli';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = run(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-cli-'));
const good = path.join(dir, 'example.com.zone');
const bad = path.join(dir, 'db.broken.example');
fs.writeFileSync(good, '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n');
fs.writeFileSync(bad, '$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\nwww IN AA 192.0.2.2\n');
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'virtusertable.db'), Buffer.from([0, 5, 49, 0, 1, 2]));
fs.writeFileSync(path.join(dir, 'sub', 'notes.txt'), 'not a zone\n');

test('a clean zone: exit 0, no output', () => {
  const r = cli(['check', good]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
});

test('errors: compiler-style lines and exit 1', () => {
  const r = cli(['check', '--origin', 'broken.example', bad]);
  assert.equal(r.code, 1);
  const line = r.out.trim().split('\n').find((l) => l.includes('unknown-type'));
  assert.ok(line, r.out);
  assert.match(line!, /db\.broken\.example:5:8: error unknown-type: unknown RR type 'AA'$/);
});

test('json format', () => {
  const r = cli(['check', '--format', 'json', '--origin', 'broken.example', bad]);
  const j = JSON.parse(r.out);
  assert.equal(j.length, 1);
  const d = j[0].diagnostics.find((x: { code: string }) => x.code === 'unknown-type');
  assert.deepEqual(d, { code: 'unknown-type', severity: 'error', message: "unknown RR type 'AA'", line: 5, column: 8, endLine: 5, endColumn: 10 });
});

test('github format: one workflow command per diagnostic, level, position, escaped file and message', () => {
  const odd = path.join(dir, 'odd,name: 100%.example.zone');
  fs.writeFileSync(odd, '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 hostmaster ( 1 2\n   3 4 )\n  IN NS ns1\nns1 IN A 192.0.2.1\nwww IN AA 192.0.2.2\nmx IN MX 10 www\nwww IN CNAME ns1\n');
  let r: { code: number; out: string; err: string };
  try { r = cli(['check', '--format', 'github', odd]); } finally { fs.rmSync(odd); }
  assert.equal(r.code, 1);
  const f = odd.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = r.out.trim().split('\n');
  // A range over two lines: lines only (GitHub takes columns on one line only).
  assert.ok(lines.includes(`::error file=${f},line=3,endLine=4,title=zonemail missing-field::missing the minimum (negative-caching TTL): the rdata is 'SOA mname rname serial refresh retry expire minimum' and only 6 fields are there`), r.out);
  assert.ok(lines.includes(`::error file=${f},line=7,col=8,endColumn=10,title=zonemail unknown-type::unknown RR type 'AA'`), r.out);
  assert.ok(lines.some((l) => l.startsWith(`::warning file=${f},line=8,col=13,endColumn=16,title=zonemail mx-target-is-cname::MX target www.example.com. is an alias`)), r.out);
  assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,:]+,line=\d+,/.test(l)), r.out);
});

test('gitlab format: a Code Quality report; fingerprints unique per finding and stable when lines move', () => {
  const f = path.join(dir, 'gitlab.example.zone');
  const zone = '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 hostmaster ( 1 2\n   3 4 )\n  IN NS ns1\nns1 IN A 192.0.2.1\nwww IN AA 192.0.2.2\nftp IN AA 192.0.2.3\nmx IN MX 10 www\nwww IN CNAME ns1\n';
  type Issue = { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number; end?: number } } };
  const report = (text: string): Issue[] => {
    fs.writeFileSync(f, text);
    try { return JSON.parse(cli(['check', '--format', 'gitlab', f]).out) as Issue[]; } finally { fs.rmSync(f); }
  };
  const a = report(zone);
  const byCode = (code: string) => a.filter((i) => i.check_name === code);
  assert.deepEqual(byCode('missing-field').map((i) => [i.severity, i.location.lines]), [['critical', { begin: 3, end: 4 }]]);
  const unknown = byCode('unknown-type');
  assert.deepEqual(unknown.map((i) => [i.description, i.severity, i.location.lines.begin]), [["unknown RR type 'AA'", 'critical', 7], ["unknown RR type 'AA'", 'critical', 8]]);
  assert.equal(new Set(a.map((i) => i.fingerprint)).size, a.length, 'one fingerprint per finding');
  assert.ok(a.every((i) => /^[0-9a-f]{32}$/.test(i.fingerprint) && i.location.path === f.split(path.sep).join('/')));
  assert.deepEqual(byCode('mx-target-is-cname').map((i) => i.severity), ['major']);
  // A comment line on top moves every finding down one line and keeps every fingerprint.
  const b = report('; moved\n' + zone);
  assert.deepEqual(b.map((i) => i.fingerprint), a.map((i) => i.fingerprint));
  assert.deepEqual(b.map((i) => i.location.lines.begin), a.map((i) => i.location.lines.begin + 1));
  // A clean file: an empty report (GitLab wants the array).
  assert.equal(cli(['check', '--format', 'gitlab', good]).out, '[]\n');
});

test('a directory: zone files found by name, binary .db maps skipped', () => {
  const r = cli(['check', '--format', 'json', dir]);
  const files = JSON.parse(r.out).map((x: { file: string }) => path.basename(x.file)).sort();
  assert.deepEqual(files, ['db.broken.example', 'example.com.zone']);
  assert.equal(r.code, 1);
});

test('--severity changes a code; off silences it', () => {
  const r = cli(['check', '--severity', 'unknown-type=warning', '--origin', 'broken.example', bad]);
  assert.equal(r.code, 0);
  assert.match(r.out, /warning unknown-type/);
  const r2 = cli(['check', '--severity=unknown-type=off', '--origin', 'broken.example', bad]);
  assert.equal(r2.out, '');
});

test('usage errors and unreadable files: exit 2 with a message, no stack trace', () => {
  for (const args of [[], ['frobnicate'], ['check'], ['check', '--format', 'xml', good], ['check', '--bogus', good], ['check', '--severity', 'x', good]]) {
    const r = cli(args);
    assert.equal(r.code, args.length === 0 ? 0 : 2, `${args.join(' ')}: ${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
  const r = cli(['check', path.join(dir, 'nope.zone')]);
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read/);
});

test('a directory: a fragment that a checked zone $INCLUDEs is reported as part of that zone, not alone', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-inc-'));
  fs.writeFileSync(path.join(d, 'example.com.zone'), '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE hosts.zone\n');
  fs.writeFileSync(path.join(d, 'hosts.zone'), 'www IN A 192.0.2.1\nbad IN A 300.1.1.1\n');
  const r = cli(['check', '--format', 'json', d]);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.out) as { file: string; diagnostics: { code: string; line: number }[] }[];
  const hosts = out.filter((x) => path.basename(x.file) === 'hosts.zone');
  // Once, with its real error only (alone it would also have missing-soa, missing-ttl and a guessed origin).
  assert.equal(hosts.length, 1);
  assert.deepEqual(hosts[0].diagnostics.map((x) => [x.code, x.line]), [['invalid-ipv4', 2]]);
  // Named alone, it is checked alone.
  const alone = cli(['check', path.join(d, 'hosts.zone')]);
  assert.match(alone.out, /error missing-soa/);
});

test('check DIR and several files: ptr-mismatch looks PTR targets up in the other zones of the run', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-ptr-'));
  const fwd = path.join(d, 'example.com.zone'), rev = path.join(d, '2.0.192.in-addr.arpa.zone');
  fs.writeFileSync(fwd, '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n');
  // The reverse zone is checked first (its name sorts first): its PTRs are looked up once every zone is read.
  fs.writeFileSync(rev, '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n25 IN PTR mail.example.com.\n26 IN PTR mail.example.com.\n');
  for (const args of [['check', d], ['check', rev, fwd]]) {
    const r = cli(args);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 1, r.out);
    assert.match(lines[0], /2\.0\.192\.in-addr\.arpa\.zone:6:11: warning ptr-mismatch: PTR for 192\.0\.2\.26 names mail\.example\.com\., which resolves to 192\.0\.2\.25 in the zone example\.com\. \(example\.com\.zone\)/);
  }
  // Alone, the reverse zone knows no forward zone: nothing to say.
  assert.equal(cli(['check', rev]).out, '');
});

test('check DIR: mail-host-without-ptr when the run holds the reverse zone of the mail host\'s address', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-mxptr-'));
  const fwd = path.join(d, 'example.com.zone'), rev = path.join(d, '2.0.192.in-addr.arpa.zone');
  fs.writeFileSync(fwd, '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\n IN MX 10 mail\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n');
  fs.writeFileSync(rev, '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n1 IN PTR ns1.example.com.\n');
  const r = cli(['check', d]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out.trim(), /example\.com\.zone:7:11: warning mail-host-without-ptr: mail host mail\.example\.com\. \(MX of example\.com\.\) has no PTR for 192\.0\.2\.25 in the zone 2\.0\.192\.in-addr\.arpa\. \(2\.0\.192\.in-addr\.arpa\.zone\)/);
  assert.equal(r.out.trim().split('\n').length, 1, r.out);
  assert.equal(cli(['check', fwd]).out, '', 'alone, the forward zone knows no reverse zone');
});

test('check: a reverse zone with a mail host of its own is looked in itself, alone too (as in the editor)', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-ownmx-'));
  const rev = path.join(d, '2.0.192.in-addr.arpa.zone');
  fs.writeFileSync(rev, '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n IN MX 10 mail\nmail IN A 192.0.2.3\n');
  for (const args of [['check', rev], ['check', d]]) {
    const r = cli(args);
    assert.match(r.out, /warning mail-host-without-ptr: mail host mail\.2\.0\.192\.in-addr\.arpa\. \(MX of 2\.0\.192\.in-addr\.arpa\.\) has no PTR for 192\.0\.2\.3 in this zone/, args.join(' '));
  }
});
