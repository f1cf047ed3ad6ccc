// CLI: stale-serial against git HEAD, and bump-serial. Uses a temporary git repository (git is
// needed; the test says so and skips visibly where it is missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/node/cli';

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
