/** The sendmail quick fixes: applied to the text, the diagnostic is gone and nothing new appears. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quickFixes, type QuickFix } from '../../server/src/core/fixes';
import { analyzeSendmail } from '../../server/src/core/sendmail/analyze';
import type { SendmailKind } from '../../server/src/core/sendmail/api';

function apply(text: string, fix: QuickFix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function fixOnce(file: string, kind: SendmailKind, text: string, code: string, pick = 0): { fixed: string; title: string; before: string[]; after: string[] } {
  const a = analyzeSendmail(text, { file, kind });
  const d = a.diagnostics.find((x) => x.code === code);
  assert.ok(d, `${code} in ${a.diagnostics.map((x) => x.code).join(', ')}`);
  const fixes = quickFixes(d!, text);
  assert.ok(fixes.length > pick, `a fix for ${code}`);
  const fixed = apply(text, fixes[pick]);
  return { fixed, title: fixes[pick].title, before: a.diagnostics.map((x) => x.code), after: analyzeSendmail(fixed, { file, kind }).diagnostics.map((x) => x.code) };
}

for (const eol of ['\n', '\r\n']) {
  const E = (s: string) => s.split('\n').join(eol);
  test(`sendmail quick fixes (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
    // A map with CRLF line ends keeps its map-crlf warning (the fixes keep the file's line ends).
    const MAP_CLEAN = eol === '\r\n' ? ['map-crlf'] : [];
    const ALIASES_CLEAN = eol === '\r\n' ? ['alias-crlf'] : [];
    let r = fixOnce('virtusertable', 'sendmail-map', E('a@example.com x\nA@example.com y\nb@example.com z\n'), 'map-duplicate-key');
    assert.equal(r.fixed, E('a@example.com x\nb@example.com z\n'));
    assert.deepEqual(r.after, MAP_CLEAN);

    r = fixOnce('aliases', 'sendmail-aliases', E('root: admin\n'), 'alias-missing-required');
    assert.equal(r.fixed, E('root: admin\npostmaster: root\n'));
    assert.deepEqual(r.after, [...ALIASES_CLEAN, 'alias-missing-required'], 'MAILER-DAEMON is still missing: its own fix');
    r = fixOnce('aliases', 'sendmail-aliases', r.fixed, 'alias-missing-required');
    assert.deepEqual(r.after, ALIASES_CLEAN);
    assert.match(r.fixed, /MAILER-DAEMON: postmaster/);

    r = fixOnce('virtusertable', 'sendmail-map', E('a@example.com x\n@example.com error:5.1.1:550 No such user\n'), 'virtuser-catch-all-rejects-postmaster');
    assert.equal(r.fixed, E('a@example.com x\npostmaster@example.com\tpostmaster\n@example.com error:5.1.1:550 No such user\n'));
    assert.deepEqual(r.after, MAP_CLEAN);

    r = fixOnce('sendmail.mc', 'sendmail-mc', E("OSTYPE(`linux')\nFEATURE(`blacklist_recipients')dnl\n"), 'mc-missing-dnl');
    assert.equal(r.fixed, E("OSTYPE(`linux')dnl\nFEATURE(`blacklist_recipients')dnl\n"));
    r = fixOnce('sendmail.mc', 'sendmail-mc', r.fixed, 'mc-deprecated-feature');
    assert.equal(r.fixed, E("OSTYPE(`linux')dnl\nFEATURE(`blocklist_recipients')dnl\n"));
    assert.deepEqual(r.after, []);
    r = fixOnce('sendmail.mc', 'sendmail-mc', E("OSTYPE(`linux')dnl\ndefine(`confMAX_HOPS', `30')dnl\n"), 'mc-unknown-define');
    assert.equal(r.title, 'Use confMAX_HOP');
    assert.deepEqual(r.after, []);

    r = fixOnce('access', 'sendmail-map', E('To:user@example.com\tERROR:450 mailbox full\n'), 'access-error-no-dsn', 1);
    assert.equal(r.fixed, E('To:user@example.com\tERROR:4.2.2:450 mailbox full\n'));
    assert.deepEqual(r.after, MAP_CLEAN);
    r = fixOnce('access', 'sendmail-map', E('To:example.com\tERROR:"450 try later"\n'), 'access-error-no-dsn', 0);
    assert.equal(r.fixed, E('To:example.com\tERROR:4.7.1:"450 try later"\n'));
    assert.deepEqual(r.after, MAP_CLEAN);
  });
}

test('backup-mx-in-class-w: the fix removes the domain\'s line from local-host-names', async () => {
  const { buildMailIndex, mxFromRecords } = await import('../../server/src/core/sendmail/workspace.js');
  const { parseZone } = await import('../../server/src/core/parser.js');
  const text = '# w\nmx2.example.com\nexample.com\n';
  const ws = () => {
    const w = buildMailIndex([{ file: 'local-host-names', kind: 'sendmail-class', text: cur }]);
    mxFromRecords(parseZone('$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN MX 10 mx1\n IN MX 20 mx2\n', { file: 'z' }).records, w.mx);
    return w;
  };
  let cur = text;
  const a = analyzeSendmail(cur, { file: 'local-host-names', kind: 'sendmail-class', workspace: ws() });
  const d = a.diagnostics.find((x) => x.code === 'backup-mx-in-class-w')!;
  assert.ok(d, a.diagnostics.map((x) => x.code).join());
  cur = apply(cur, quickFixes(d, cur)[0]);
  assert.equal(cur, '# w\nmx2.example.com\n');
  assert.deepEqual(analyzeSendmail(cur, { file: 'local-host-names', kind: 'sendmail-class', workspace: ws() }).diagnostics.map((x) => x.code), ['backup-mx-no-relay']);
});

test('map-error-rhs: every offered correction of an error: value re-parses clean (virtusertable, mailertable; LF and CRLF)', () => {
  const cases: [string, string, string[]][] = [
    // [file, malformed value, the corrected values in the order offered]
    ['virtusertable', 'error:5.1:550 No such user', ['error:5.1.0:550 No such user']],
    ['virtusertable', 'error:2.1.1:550 No such user', ['error:5.1.1:550 No such user']],
    ['virtusertable', 'error:5.1.1.1:550 x', ['error:5.0.0:550 x']],
    ['virtusertable', 'error:5.1.1:250 x', ['error:5.1.1:550 x']],
    ['virtusertable', 'error:5.1.1:User unknown', ['error:5.1.1:550 User unknown']],
    ['virtusertable', 'error:5.1.1 User unknown', ['error:5.1.1:550 User unknown']],
    ['virtusertable', 'error:4.2.2:550 mailbox full', ['error:5.2.2:550 mailbox full', 'error:4.2.2:450 mailbox full']],
    ['virtusertable', 'error:5.7.1:"450 try later"', ['error:4.7.1:"450 try later"', 'error:5.7.1:"550 try later"']],
    ['virtusertable', 'error:250 gone', ['error:550 gone', 'error:450 gone']],
    ['mailertable', 'error:4.4.1:550 host down', ['error:5.4.1:550 host down', 'error:4.4.1:450 host down']],
  ];
  for (const eol of ['\n', '\r\n']) {
    for (const [file, value, want] of cases) {
      const key = file === 'mailertable' ? 'old.example.com' : 'user@example.com';
      const text = `${key}\t${value}${eol}other${file === 'mailertable' ? '.example.com\tsmtp:[relay.example.com]' : '@example.com\tbob'}${eol}`;
      const a = analyzeSendmail(text, { file, kind: 'sendmail-map' });
      const d = a.diagnostics.find((x) => x.code === 'map-error-rhs');
      assert.ok(d, `${value}: ${a.diagnostics.map((x) => x.code).join()}`);
      const fixes = quickFixes(d!, text);
      const got = fixes.map((f) => apply(text, f).split(eol)[0].split('\t')[1]);
      assert.deepEqual(got, want, value);
      assert.equal(fixes[0].preferred, true);
      for (const f of fixes) {
        const after = analyzeSendmail(apply(text, f), { file, kind: 'sendmail-map' }).diagnostics.map((x) => x.code);
        assert.deepEqual(after, eol === '\r\n' ? ['map-crlf'] : [], `${value} → ${f.title}`);
        assert.ok(apply(text, f).endsWith(`${eol}`) && apply(text, f).split(eol).length === 3, 'the line ends are kept');
      }
    }
  }
  // No confident correction: nothing after error:, an unknown word.
  for (const value of ['error:', 'error:nouserr text']) {
    const text = `user@example.com\t${value}\n`;
    const d = analyzeSendmail(text, { file: 'virtusertable', kind: 'sendmail-map' }).diagnostics.find((x) => x.code === 'map-error-rhs');
    if (d) assert.deepEqual(quickFixes(d, text), [], value);
  }
});
