import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSendmail } from '../../server/src/core/sendmail/analyze';
import type { SendmailKind } from '../../server/src/core/sendmail/api';
import { sendmailHover } from '../../server/src/core/sendmail/hover';
import { FEATURES, OPTIONS } from '../../server/src/core/sendmail/catalogue';
import { FEATURE_DOCS } from '../../server/src/core/sendmail/docs';

/** Hover at the first occurrence of `at` (plus `delta` characters) in the text. */
function hoverAt(file: string, kind: SendmailKind, text: string, at: string, delta = 0): { contents: string; range: string } | undefined {
  const a = analyzeSendmail(text, { file, kind });
  const off = text.indexOf(at);
  assert.ok(off >= 0, at);
  const h = sendmailHover(a.context, off + delta);
  return h && { contents: h.contents, range: text.slice(h.start, h.end) };
}

test('every FEATURE of the catalogue has a hover text, and no text names a feature that does not exist', () => {
  for (const f of FEATURES) assert.ok(FEATURE_DOCS[f], f);
  for (const f of Object.keys(FEATURE_DOCS)) assert.ok(FEATURES.includes(f), f);
});

test('hover in an .mc: FEATURE with its meaning, conf… define with its option and default, macros, unknown names', () => {
  const mc = "divert(0)dnl\nOSTYPE(`linux')dnl\ndefine(`confMAX_HOP', `25')dnl\ndefine(`confTO_QUEUERETURN', `5d')dnl\ndefine(`confNOPE', `1')dnl\nFEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl\nFEATURE(`blacklist_recipients')dnl\nFEATURE(`nonsense')dnl\nMAILER(`smtp')dnl\n";
  let h = hoverAt('sendmail.mc', 'sendmail-mc', mc, 'virtusertable', 3);
  assert.equal(h?.range, 'virtusertable');
  assert.match(h!.contents, /virtusertable.*catch-all/s);
  h = hoverAt('sendmail.mc', 'sendmail-mc', mc, 'confMAX_HOP', 2);
  assert.equal(h?.range, 'confMAX_HOP');
  assert.match(h!.contents, /MaxHopCount.*default `25`.*maximum hop count/s);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'confTO_QUEUERETURN')!.contents, /Timeout\.queuereturn.*`5d`.*returned as undeliverable/s);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'confNOPE')!.contents, /not read by any/);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'blacklist_recipients')!.contents, /Deprecated: use FEATURE\(blocklist_recipients\)/);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'nonsense')!.contents, /not a sendmail FEATURE/);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'OSTYPE')!.contents, /operating system/);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'smtp')!.contents, /cf\/mailer\/smtp\.m4/);
  assert.match(hoverAt('sendmail.mc', 'sendmail-mc', mc, 'dnl')!.contents, /delete to newline/);
});

test('hover in a .cf: options (MaxHopCount, Timeout.queuereturn), line kinds, class w', () => {
  const cf = 'V10/Berkeley\nCwlocalhost\nO MaxHopCount=25\nO Timeout.queuereturn=5d\nKvirtuser hash /etc/mail/virtusertable\n';
  const h = hoverAt('sendmail.cf', 'sendmail-cf', cf, 'MaxHopCount', 1);
  assert.equal(h?.range, 'MaxHopCount');
  assert.match(h!.contents, /confMAX_HOP.*default `25`.*looping/s);
  assert.match(hoverAt('sendmail.cf', 'sendmail-cf', cf, 'Timeout.queuereturn', 9)!.contents, /confTO_QUEUERETURN.*`5d`/s);
  assert.match(hoverAt('sendmail.cf', 'sendmail-cf', cf, 'Kvirtuser')!.contents, /declares a map/);
  assert.match(hoverAt('sendmail.cf', 'sendmail-cf', cf, 'Cw', 1)!.contents, /class w/);
  assert.ok(OPTIONS.some((o) => o[0] === 'MaxHopCount'));
});

test('hover in maps: access tags and values (with the DSN explained), virtusertable and mailertable forms', () => {
  const access = 'Connect:192.168.1  RELAY\nTo:example.com  ERROR:4.2.2:450 mailbox full\nmilter-x:foo OK\n';
  assert.match(hoverAt('access', 'sendmail-map', access, 'Connect')!.contents, /connecting client/);
  assert.match(hoverAt('access', 'sendmail-map', access, 'RELAY')!.contents, /relaying/);
  const err = hoverAt('access', 'sendmail-map', access, 'ERROR')!;
  assert.equal(err.range, 'ERROR:4.2.2:450 mailbox full');
  assert.match(err.contents, /4\.2\.2.*temporary failure.*mailbox full.*450/s);
  assert.match(hoverAt('access', 'sendmail-map', access, 'milter-x')!.contents, /not one of sendmail's access tags/);
  const vt = '@example.com  nobreak\ncjh@example.com  error:5.1.1:550 User unknown\n@kr.example.org  %1@xfree86.org\nuser+*@example.com  x\n';
  assert.match(hoverAt('virtusertable', 'sendmail-map', vt, '@example.com')!.contents, /catch-all/);
  assert.match(hoverAt('virtusertable', 'sendmail-map', vt, 'nobreak')!.contents, /local user/);
  assert.match(hoverAt('virtusertable', 'sendmail-map', vt, 'error:')!.contents, /5\.1\.1.*permanent.*bad destination mailbox address.*550/s);
  assert.match(hoverAt('virtusertable', 'sendmail-map', vt, '%1@')!.contents, /remote address.*%1/s);
  assert.match(hoverAt('virtusertable', 'sendmail-map', vt, 'user+*')!.contents, /user\+anything/);
  const mt = '.example.com  esmtp:[relay.example.com]\n';
  assert.match(hoverAt('mailertable', 'sendmail-map', mt, 'esmtp')!.contents, /esmtp.*no MX lookup/s);
});

test('hover in aliases and class files', () => {
  const al = 'postmaster: root\nlist: :include:/etc/l, "|/usr/bin/prog", /var/log/x, bob@example.com, postmaster\n';
  assert.match(hoverAt('aliases', 'sendmail-aliases', al, 'postmaster')!.contents, /RFC 5321/);
  assert.match(hoverAt('aliases', 'sendmail-aliases', al, ':include:')!.contents, /read the addresses from that file/);
  assert.match(hoverAt('aliases', 'sendmail-aliases', al, '"|')!.contents, /pipe the message/);
  assert.match(hoverAt('aliases', 'sendmail-aliases', al, '/var/log')!.contents, /append/);
  assert.match(hoverAt('aliases', 'sendmail-aliases', al, 'bob@')!.contents, /remote address/);
  assert.match(hoverAt('aliases', 'sendmail-aliases', al, 'postmaster\n', 0 + al.indexOf('postmaster\n', 20) - al.indexOf('postmaster\n'))!.contents, /alias of this file/);
  assert.match(hoverAt('/etc/mail/local-host-names', 'sendmail-class', 'example.com\n', 'example')!.contents, /class w.*backup MX/s);
  assert.equal(hoverAt('/etc/mail/local-host-names', 'sendmail-class', '# c\nexample.com\n', '# c'), undefined);
});
