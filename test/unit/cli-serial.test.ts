// CLI: stale-serial against git HEAD, and bump-serial. Uses a temporary git repository (git is
// needed; the test says so and skips visibly where it is missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/node/cli';
import { parseCatFileBatch } from '../../server/src/node/git';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = run(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

let haveGit = true;
try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { haveGit = false; }

const ZONE = `$TTL 1h
$ORIGIN example.com.
@   IN SOA ns1 hostmaster ( 2015021201 ; serial
                            1h 15m 1w 5m )
@   IN NS  ns1
ns1 IN A   192.0.2.1
$INCLUDE hosts.inc
`;

function repo(): { dir: string; zone: string; inc: string; g: (...a: string[]) => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-git-'));
  const g = (...a: string[]) => { execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: dir, stdio: 'ignore' }); };
  g('init', '-q');
  const zone = path.join(dir, 'example.com.zone');
  const inc = path.join(dir, 'hosts.inc');
  fs.writeFileSync(zone, ZONE);
  fs.writeFileSync(inc, 'www IN A 192.0.2.10\n');
  g('add', '.');
  g('commit', '-q', '-m', 'zone');
  return { dir, zone, inc, g };
}

test('check: stale-serial against git HEAD, including a change in an $INCLUDEd file', { skip: !haveGit && 'git not installed' }, () => {
  const { zone, inc } = repo();
  assert.deepEqual(cli(['check', zone]), { code: 0, out: '', err: '' });
  fs.writeFileSync(inc, 'www IN A 192.0.2.11\n');
  const r = cli(['check', zone]);
  assert.equal(r.code, 0, 'a warning does not fail the check');
  assert.match(r.out, /example\.com\.zone:3:29: warning stale-serial: 1 record added, 1 removed since HEAD [0-9a-f]{7,}; serial is still 2015021201/);
  assert.equal(cli(['check', '--baseline', 'none', zone]).out, '');
  // A lower serial than HEAD's is an error.
  fs.writeFileSync(zone, ZONE.replace('2015021201', '2015021200'));
  const d = cli(['check', zone]);
  assert.equal(d.code, 1);
  assert.match(d.out, /error serial-decreased/);
});

test('bump-serial: rewrites only the digits, --if-stale, --today, and the result clears stale-serial', { skip: !haveGit && 'git not installed' }, () => {
  const { zone, inc } = repo();
  const r0 = cli(['bump-serial', '--if-stale', '--today', '2026-11-23', zone]);
  assert.equal(r0.code, 0);
  assert.match(r0.out, /2015021201 \(unchanged/);
  assert.equal(fs.readFileSync(zone, 'utf8'), ZONE);
  fs.writeFileSync(inc, 'www IN A 192.0.2.11\n');
  const r1 = cli(['bump-serial', '--if-stale', '--today', '2026-11-23', zone]);
  assert.equal(r1.code, 0, r1.err);
  assert.equal(r1.out, `${zone}: 2015021201 -> 2026112301\n`);
  assert.equal(fs.readFileSync(zone, 'utf8'), ZONE.replace('2015021201', '2026112301'), 'only the serial changed; comment and layout kept');
  assert.equal(cli(['check', zone]).out, '');
  const r2 = cli(['bump-serial', '--today', '2026-11-23', zone]);
  assert.equal(r2.out, `${zone}: 2026112301 -> 2026112302\n`);
});

test('bump-serial: usage errors and files without an SOA', () => {
  assert.equal(cli(['bump-serial', '--today', '2026-02-30', 'x.zone']).code, 2);
  assert.equal(cli(['check', '--if-stale', 'x.zone']).code, 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-nosoa-'));
  const f = path.join(dir, 'db.example');
  fs.writeFileSync(f, '$TTL 1h\nwww IN A 192.0.2.1\n');
  const r = cli(['bump-serial', f]);
  assert.equal(r.code, 2);
  assert.match(r.err, /no readable SOA/);
});

test('check DIR: HEAD versions read in one batch per repository — modified, unchanged, untracked, a nested repository, a name with a space', { skip: !haveGit && 'git not installed' }, () => {
  const { dir, zone, g } = repo();
  const other = path.join(dir, 'other zone.example.com.zone');
  fs.writeFileSync(other, ZONE.replace('$INCLUDE hosts.inc\n', ''));
  g('add', '.');
  g('commit', '-q', '-m', 'two zones');
  // A repository inside the first, with its own HEAD.
  const sub = path.join(dir, 'sub');
  fs.mkdirSync(sub);
  const gs = (...a: string[]) => { execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: sub, stdio: 'ignore' }); };
  gs('init', '-q');
  const nested = path.join(sub, 'example.org.zone');
  fs.writeFileSync(nested, ZONE.replace(/example\.com/g, 'example.org').replace('$INCLUDE hosts.inc\n', ''));
  gs('add', '.');
  gs('commit', '-q', '-m', 'nested');
  assert.deepEqual(cli(['check', dir]), { code: 0, out: '', err: '' });
  // Records changed in the first zone and in the nested repository's zone; a new, untracked zone.
  fs.appendFileSync(zone, 'new IN A 192.0.2.20\n');
  fs.appendFileSync(nested, 'new IN A 192.0.2.21\n');
  fs.writeFileSync(path.join(dir, 'untracked.example.net.zone'), ZONE.replace(/example\.com/g, 'example.net').replace('$INCLUDE hosts.inc\n', ''));
  const r = cli(['check', dir]);
  const stale = r.out.split('\n').filter((l) => l.includes('stale-serial')).map((l) => path.basename(l.split(':')[0])).sort();
  assert.deepEqual(stale, ['example.com.zone', 'example.org.zone'], r.out);
  // The name with a space was read at HEAD too: changing it makes it stale.
  fs.appendFileSync(other, 'new IN A 192.0.2.22\n');
  assert.match(cli(['check', dir]).out, /other zone\.example\.com\.zone:3:29: warning stale-serial/);
});

test('parseCatFileBatch: blobs (newlines and UTF-8 inside), missing names, non-blobs; truncated output', () => {
  const blob = Buffer.from('a\nb ü\n');
  const out = Buffer.concat([
    Buffer.from(`e69de29bb2d1d6434b8b29ae775ad8c2e48c5391 blob ${blob.length}\n`), blob, Buffer.from('\n'),
    Buffer.from('HEAD:nope missing\n'),
    Buffer.from('4b825dc642cb6eb9a060e54bf8d69288fbee4904 tree 0\n\n'),
    Buffer.from('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391 blob 0\n\n'),
  ]);
  assert.deepEqual(parseCatFileBatch(out, 4), ['a\nb ü\n', undefined, undefined, '']);
  assert.equal(parseCatFileBatch(out.subarray(0, 20), 1), undefined);
  assert.equal(parseCatFileBatch(out, 5), undefined, 'fewer answers than requests');
});

test('--baseline REV: compare with another commit (the branch a change goes into), in check and bump-serial', { skip: !haveGit && 'git not installed' }, () => {
  const { dir, zone, g } = repo();
  g('branch', 'base');
  // A commit that adds a record and forgets the serial: HEAD agrees with the file, base does not.
  fs.appendFileSync(zone, 'new IN A 192.0.2.30\n');
  g('commit', '-q', '-am', 'add a record, no bump');
  assert.equal(cli(['check', zone]).out, '', 'HEAD is the file itself');
  const r = cli(['check', '--baseline', 'base', zone]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /warning stale-serial: 1 record added since base [0-9a-f]{7,}; serial is still 2015021201/);
  // A revision the repository does not have: said once, exit 2, the checks still ran.
  const bad = cli(['check', '--baseline', 'no-such-branch', zone, path.join(dir, 'hosts.inc')]);
  assert.equal(bad.code, 2);
  assert.equal(bad.err.match(/names no commit/g)?.length, 1, bad.err);
  assert.match(bad.err, /--baseline no-such-branch: 'no-such-branch' names no commit in the repository .*; its files are checked without a baseline/);
  // A revision that looks like an option is still a revision name for git.
  assert.match(cli(['check', '--baseline=--output=x', zone]).err, /'--output=x' names no commit/);
  assert.ok(!fs.existsSync(path.join(dir, 'x')));
  // bump-serial against base: stale there, so bumped past both serials.
  const b = cli(['bump-serial', '--if-stale', '--baseline', 'base', '--today', '2015-02-12', zone]);
  assert.equal(b.code, 0, b.err);
  assert.match(b.out, /2015021201 -> 2015021202/);
  assert.equal(cli(['check', '--baseline', 'base', zone]).out, '');
  assert.equal(cli(['bump-serial', '--baseline', 'none', zone]).code, 2);
});

test('bump-serial --if-stale over several files (their HEAD versions read in one batch): only the changed one is bumped', { skip: !haveGit && 'git not installed' }, () => {
  const { dir, zone, g } = repo();
  const other = path.join(dir, 'example.net.zone');
  fs.writeFileSync(other, ZONE.replace(/example\.com/g, 'example.net').replace('$INCLUDE hosts.inc\n', ''));
  g('add', '.');
  g('commit', '-q', '-m', 'two zones');
  fs.appendFileSync(other, 'new IN A 192.0.2.40\n');
  const r = cli(['bump-serial', '--if-stale', '--today', '2015-02-12', zone, other]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /example\.com\.zone: 2015021201 \(unchanged: no records changed since HEAD [0-9a-f]{7,}\)/);
  assert.match(r.out, /example\.net\.zone: 2015021201 -> 2015021202/);
});
