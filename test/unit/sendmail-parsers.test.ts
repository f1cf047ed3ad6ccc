import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMap } from '../../server/src/core/sendmail/map';
import { aliasIncludeLinks, parseAliases } from '../../server/src/core/sendmail/aliases';
import { parseClassFile } from '../../server/src/core/sendmail/classfile';
import { parseMc } from '../../server/src/core/sendmail/mc';
import { parseCf } from '../../server/src/core/sendmail/cf';
import { analyzeSendmail } from '../../server/src/core/sendmail/analyze';
import { SENDMAIL_CHECKS } from '../../server/src/core/sendmail/checks/index';
import { errorRhsProblem, isHostOrNetwork } from '../../server/src/core/sendmail/forms';
import { acceptsDomain, buildMailIndex, mailDomainKeys } from '../../server/src/core/sendmail/workspace';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('parseMap: key, value and exact offsets; CRLF; # only in column 1; makemap problems', () => {
  const text = '# c\r\nuser@example.com\tdipper  \r\n\r\n  lead x\r\nnokey\r\nk v # not a comment\r\n';
  const m = parseMap(text);
  assert.deepEqual(m.entries.map((e) => [e.key, e.value, text.slice(e.keyStart, e.keyEnd), text.slice(e.valueStart, e.valueEnd)]), [
    ['user@example.com', 'dipper', 'user@example.com', 'dipper'],
    ['k', 'v # not a comment', 'k', 'v # not a comment'],
  ]);
  assert.deepEqual(m.problems.map((p) => [p.kind, p.line]), [['leading-space', 3], ['no-rhs', 4]]);
});

test('map-line-too-long: makemap takes 1022 bytes before the newline, counted in UTF-8', () => {
  const ok = 'k ' + 'a'.repeat(1020);
  const long = 'k ' + 'a'.repeat(1021);
  const utf8 = 'k ' + 'é'.repeat(511); // 2 + 1022 bytes
  const a = analyzeSendmail([ok, long, utf8].join('\n'), { file: 'virtusertable', kind: 'sendmail-map' });
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'map-line-too-long').map((d) => d.start), [ok.length + 1, ok.length + long.length + 2]);
});

test('map-crlf: CRLF maps (makemap keeps the \\r in values; a blank CRLF line is a makemap error), checked against makemap 8.17', () => {
  const crlf = (code: string, text: string, file = 'virtusertable') =>
    analyzeSendmail(text, { file, kind: 'sendmail-map' }).diagnostics.filter((d) => d.code === code);
  // LF: nothing. CRLF without blank lines: one warning at the start of the file.
  assert.deepEqual(crlf('map-crlf', 'a@example.com\tlocal1\n@example.org\tother\n'), []);
  const w = crlf('map-crlf', 'a@example.com\tlocal1\r\n@example.org\tother\r\n');
  assert.deepEqual(w.map((d) => [d.severity, d.start, d.end]), [['warning', 0, 0]]);
  assert.match(w[0].message, /carriage return at the end of every value/);
  // A blank line (a lone carriage return to makemap: "syntax error (leading space)", exit 65): an error naming the lines.
  const e = crlf('map-crlf', '# table\r\n\r\na@example.com\tlocal1\r\n\r\nb@example.com\tlocal2\r\n', 'mailertable');
  assert.deepEqual(e.map((d) => [d.severity, d.start, d.end]), [['error', 0, 0]]);
  assert.match(e[0].message, /blank line \(lines 2, 4\)/);
  // Not for the other sendmail file kinds.
  assert.deepEqual(analyzeSendmail('root: admin\r\n', { file: 'aliases', kind: 'sendmail-aliases' }).diagnostics.filter((d) => d.code === 'map-crlf'), []);
});

test('alias-crlf: newaliases keeps the \\r in values and reports a blank CRLF line as "missing colon" (sendmail -bi 8.17)', () => {
  const of = (text: string) => analyzeSendmail(text, { file: 'aliases', kind: 'sendmail-aliases' }).diagnostics.filter((d) => d.code === 'alias-crlf');
  assert.deepEqual(of('postmaster: root\nMAILER-DAEMON: postmaster\n'), []);
  const w = of('postmaster: root\r\nMAILER-DAEMON: postmaster\r\n');
  assert.deepEqual(w.map((d) => [d.severity, d.start, d.end]), [['warning', 0, 0]]);
  assert.doesNotMatch(w[0].message, /missing colon/);
  const b = of('postmaster: root\r\n\r\nMAILER-DAEMON: postmaster\r\n');
  assert.match(b[0].message, /blank line \(line 2\) as "missing colon"/);
  assert.deepEqual(analyzeSendmail('a b\r\n', { file: 'virtusertable', kind: 'sendmail-map' }).diagnostics.filter((d) => d.code === 'alias-crlf'), []);
});

test('parseAliases: names, items and their kinds, continuation lines, offsets', () => {
  const text = 'Postmaster: root\nstaff: alice, "|/usr/bin/prog -x",\n\t/var/log/x, :include:/etc/l, bob@example.com\n';
  const a = parseAliases(text);
  assert.deepEqual(a.problems, []);
  assert.deepEqual(a.aliases.map((x) => x.key), ['postmaster', 'staff']);
  assert.deepEqual(a.aliases[1].items.map((i) => [i.kind, i.target, text.slice(i.start, i.end)]), [
    ['local', 'alice', 'alice'],
    ['program', '/usr/bin/prog -x', '"|/usr/bin/prog -x"'],
    ['file', '/var/log/x', '/var/log/x'],
    ['include', '/etc/l', ':include:/etc/l'],
    ['address', 'bob@example.com', 'bob@example.com'],
  ]);
});

test('parseAliases: newaliases behaviour (Debian sendmail -bi): "foo bar" is foo.bar, <> and comments dropped', () => {
  const a = parseAliases('foo bar: x\n<q>: y\nq(c): z\n');
  assert.deepEqual(a.aliases.map((x) => x.key), ['foo.bar', 'q', 'q']);
});

test('alias-too-long: an alias with its continuation lines over 8190 bytes', () => {
  const line = 'big: ' + Array.from({ length: 1200 }, (_, i) => `user${i}`).join(',\n\t');
  const a = analyzeSendmail(`postmaster: root\nMAILER-DAEMON: postmaster\n${line}\n`, { file: 'aliases', kind: 'sendmail-aliases' });
  assert.deepEqual(a.diagnostics.map((d) => d.code), ['alias-too-long']);
  const short = analyzeSendmail(`postmaster: root\nMAILER-DAEMON: postmaster\nbig: a,\n\tb\n`, { file: 'aliases', kind: 'sendmail-aliases' });
  assert.deepEqual(short.diagnostics, []);
});

test('parseClassFile: several words a line, # in column 1 only', () => {
  const text = '# hosts\nexample.com mail.example.com\n\n  www.example.com\n';
  assert.deepEqual(parseClassFile(text).map((w) => [w.word, w.line, text.slice(w.start, w.end)]), [
    ['example.com', 1, 'example.com'], ['mail.example.com', 1, 'mail.example.com'], ['www.example.com', 3, 'www.example.com'],
  ]);
});

test('parseMc: calls with arguments, quotes, nested parentheses, dnl, diversions', () => {
  const text = "divert(-1)\n# comment FEATURE(`x')\ndivert(0)dnl\nFEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl\ndefine(`confX', `a(b)c, `nested'')\nMAILER(smtp)";
  const p = parseMc(text);
  assert.deepEqual(p.calls.map((c) => [c.name, c.args.map((a) => a.value), c.divert, c.after]), [
    ['divert', ['-1'], 0, 'eol'],
    ['divert', ['0'], -1, 'dnl'],
    ['FEATURE', ['virtusertable', 'btree /etc/mail/domainaliases'], 0, 'dnl'],
    ['define', ['confX', "a(b)c, `nested'"], 0, 'eol'],
    ['MAILER', ['smtp'], 0, 'eof'],
  ]);
  const f = p.calls[2];
  assert.equal(text.slice(f.args[1].start, f.args[1].end), "`btree /etc/mail/domainaliases'");
  assert.equal(p.unclosedQuote, undefined);
  assert.equal(parseMc("define(`a', `b)dnl\n").unclosedQuote, 12);
  assert.equal(parseMc('FEATURE(`a\'\n').unclosedCall?.name, 'FEATURE');
});

test('parseCf: line kinds, continuation lines, option and class names', () => {
  const text = '# c\nV10/Berkeley\nCwlocalhost example.com\nC{VirtHost}a.example\nFw/etc/mail/local-host-names\nO MaxHopCount=25\nO Timeout.queuereturn=5d\nKvirtuser hash -o /etc/mail/virtusertable\nMlocal, P=/bin/mail,\n\tF=lsDFM\nR$+\t$@ $1\n';
  const lines = parseCf(text);
  assert.deepEqual(lines.map((l) => [l.kind, l.name ?? '', l.value ?? '']), [
    ['V', '', ''], ['C', 'w', 'localhost example.com'], ['C', 'VirtHost', 'a.example'], ['F', 'w', '/etc/mail/local-host-names'],
    ['O', 'MaxHopCount', '25'], ['O', 'Timeout.queuereturn', '5d'], ['K', 'virtuser', 'hash -o /etc/mail/virtusertable'], ['M', '', ''], ['R', '', ''],
  ]);
  const o = lines[4];
  assert.equal(text.slice(o.nameStart, o.nameEnd), 'MaxHopCount');
  assert.equal(lines[7].text, 'Mlocal, P=/bin/mail,\n\tF=lsDFM');
});

test('errorRhsProblem: DSN, reply code, classes, sysexits names', () => {
  assert.equal(errorRhsProblem('5.1.1:550 User unknown'), undefined);
  assert.equal(errorRhsProblem('4.2.2:"450 mailbox full"'), undefined);
  assert.equal(errorRhsProblem('nouser User unknown'), undefined);
  assert.equal(errorRhsProblem('550 User unknown'), undefined);
  assert.match(errorRhsProblem('5.1.1:450 x')!, /disagree/);
  assert.match(errorRhsProblem('5.1:550 x')!, /not an enhanced status code/);
  assert.match(errorRhsProblem('2.0.0:250 ok')!, /success/);
  assert.match(errorRhsProblem('5.1.1:User unknown')!, /reply code/);
  assert.match(errorRhsProblem('nosuchthing text')!, /sysexits/);
  assert.match(errorRhsProblem('')!, /nothing after/);
});

test('isHostOrNetwork', () => {
  for (const ok of ['example.com', 'mail.example.com.', '192.168', '[192.0.2.1]', 'IPv6:2001:db8', 'localhost']) assert.ok(isHostOrNetwork(ok), ok);
  for (const bad of ['example..com', '*.example.org', 'a,b', '-x.example', '']) assert.ok(!isHostOrNetwork(bad), bad);
});

test('sendmail parsers and checks never throw on random input', () => {
  let seed = 12345;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const alphabet = "ab@.:,#`'()\"|/\\ \t\n\r%-_+*0123456789dnlFEATUREdefine(\u00e9\u{1F600}";
  const kinds = ['sendmail-map', 'sendmail-aliases', 'sendmail-class', 'sendmail-mc', 'sendmail-cf'] as const;
  const files = ['virtusertable', 'access', 'mailertable', 'genericstable', 'aliases', 'local-host-names', 'sendmail.mc', 'sendmail.cf'];
  for (let i = 0; i < 400; i++) {
    let s = '';
    const len = rnd(300);
    for (let k = 0; k < len; k++) s += [...alphabet][rnd([...alphabet].length)];
    for (const kind of kinds) {
      const a = analyzeSendmail(s, { file: files[rnd(files.length)], kind });
      for (const d of a.diagnostics) {
        assert.notEqual(d.code, 'check-failed', d.message);
        assert.ok(d.start >= 0 && d.end >= d.start && d.end <= s.length, `${d.code} range ${d.start}-${d.end} in ${s.length}`);
      }
    }
  }
});

test('every sendmail check lives in its own file named after its code, with a doc comment', () => {
  const dir = path.join(ROOT, 'server', 'src', 'core', 'sendmail', 'checks');
  for (const c of SENDMAIL_CHECKS) {
    const f = path.join(dir, `${c.code}.ts`);
    assert.ok(fs.existsSync(f), `sendmail/checks/${c.code}.ts`);
    assert.match(fs.readFileSync(f, 'utf8'), /^\/\*\*/, `${c.code}.ts starts with a doc comment`);
  }
});

test('buildMailIndex: class w from local-host-names, Cw lines, LOCAL_DOMAIN; VIRTUSER_DOMAIN; samples ignored; mailDomainKeys', () => {
  const idx = buildMailIndex([
    { file: '/etc/mail/local-host-names', kind: 'sendmail-class', text: '# w\nexample.com mail.example.com\nlocalhost\n' },
    { file: '/etc/mail/local-host-names.sample', kind: 'sendmail-class', text: 'sample.example\n' },
    { file: '/etc/mail/sendmail.cf', kind: 'sendmail-cf', text: 'Cwlocalhost cf.example.\nFw/etc/mail/local-host-names\n' },
    { file: '/etc/mail/sendmail.mc', kind: 'sendmail-mc', text: "LOCAL_DOMAIN(`mc.example')dnl\nVIRTUSER_DOMAIN(`virt.example')dnl\n" },
    { file: '/etc/mail/virtusertable', kind: 'sendmail-map', text: 'a@example.com x\n@other.example y\nnokey z\n' },
  ]);
  assert.deepEqual([...idx.classW.keys()].sort(), ['cf.example', 'example.com', 'localhost', 'mail.example.com', 'mc.example']);
  assert.deepEqual(idx.classWSources, ['/etc/mail/local-host-names', '/etc/mail/sendmail.cf', '/etc/mail/sendmail.mc']);
  assert.ok(acceptsDomain(idx, 'virt.example') && acceptsDomain(idx, 'Example.COM.') && !acceptsDomain(idx, 'other.example') && !acceptsDomain(idx, 'sample.example'));
  assert.deepEqual([...mailDomainKeys(idx)].sort(), ['cf.example.', 'example.com.', 'mail.example.com.', 'mc.example.', 'other.example.', 'virt.example.']);
});

test('namedClassFiles: Fw/FG/FR files of a .cf, confCW_FILE/GENERICS_DOMAIN_FILE/RELAY_DOMAIN_FILE of an .mc; programs and maps name nothing', async () => {
  const { namedClassFiles, classOfFile, detectKind } = await import('../../server/src/core/kind.js');
  const cf = namedClassFiles('Fw/etc/mail/local-host-names\nF{w} -o /etc/mail/MyDomains %[^\\#]\nFG/etc/mail/gen\nFR|/bin/relays\nF{t}/etc/mail/trusted\n', 'sendmail-cf');
  assert.deepEqual([...cf], [['local-host-names', 'w'], ['mydomains', 'w'], ['gen', 'G']]);
  const mc = namedClassFiles("define(`confCW_FILE', `-o /etc/mail/hosts.w')dnl\nGENERICS_DOMAIN_FILE(`/etc/mail/generics')dnl\nRELAY_DOMAIN_FILE(`-o /etc/mail/relays')dnl\n", 'sendmail-mc');
  assert.deepEqual([...mc], [['hosts.w', 'w'], ['generics', 'G'], ['relays', 'R']]);
  assert.equal(detectKind('/x/mydomains', '', { classFiles: cf }), 'sendmail-class');
  assert.equal(detectKind('/x/mydomains', ''), undefined);
  assert.equal(classOfFile('/x/mydomains', { classFiles: cf }), 'w');
  assert.equal(classOfFile('/x/generics-domains'), 'G');
});

test('buildMailIndex: class G (GENERICS_DOMAIN, generics-domains, CG) and generics_entire_domain; class w from an Fw file of any name', async () => {
  const { genericsDomain } = await import('../../server/src/core/sendmail/workspace.js');
  const files = (entire: boolean) => buildMailIndex([
    { file: 'sendmail.mc', kind: 'sendmail-mc', text: `GENERICS_DOMAIN(\`a.example b.example')dnl\n${entire ? "FEATURE(`generics_entire_domain')dnl\n" : ''}` },
    { file: 'generics-domains', kind: 'sendmail-class', text: 'c.example\n' },
    { file: 'sendmail.cf', kind: 'sendmail-cf', text: 'CGd.example\nFw/etc/mail/mine\n' },
    { file: 'mine', kind: 'sendmail-class', classOf: 'w', text: 'w.example\n' },
  ]);
  const idx = files(false);
  assert.deepEqual([...idx.classG.keys()].sort(), ['a.example', 'b.example', 'c.example', 'd.example']);
  assert.deepEqual(idx.classGSources, ['sendmail.mc', 'generics-domains', 'sendmail.cf']);
  assert.deepEqual(idx.classGFiles, ['generics-domains']);
  assert.deepEqual(idx.classWSources, ['sendmail.cf', 'mine']);
  assert.ok(acceptsDomain(idx, 'w.example') && !acceptsDomain(idx, 'a.example'));
  assert.ok(genericsDomain(idx, 'C.example.') && !genericsDomain(idx, 'sub.a.example') && !genericsDomain(idx, 'w.example'));
  assert.ok(genericsDomain(files(true), 'sub.a.example'));
});

test('buildMailIndex: this host\'s name — the caller\'s, else a .cf\'s Dj, a qualified Dw, an .mc\'s confDOMAIN_NAME; macros are not names', () => {
  const mc = { file: '/m/sendmail.mc', kind: 'sendmail-mc' as const, text: "define(`confDOMAIN_NAME', `mc.example.com')dnl\n" };
  const cf = (t: string) => ({ file: '/m/sendmail.cf', kind: 'sendmail-cf' as const, text: t });
  const host = (files: Parameters<typeof buildMailIndex>[0], o = {}) => { const h = buildMailIndex(files, o).hostName; return h && `${h.name} | ${h.source}`; };
  assert.equal(host([mc]), "mc.example.com | sendmail.mc's confDOMAIN_NAME");
  assert.equal(host([mc, cf('Dwmx\nDjmx.example.com.\n')]), "mx.example.com | sendmail.cf's Dj");
  assert.equal(host([cf('Dwmx.example.net\n')]), "mx.example.net | sendmail.cf's Dw");
  assert.equal(host([cf('Dj$w.example.com\nDwmx\n')]), undefined);
  assert.equal(host([mc], { hostName: 'given.example.', hostNameSource: '--mail-host' }), 'given.example | --mail-host');
  assert.equal(host([mc], { hostName: '  ' }), "mc.example.com | sendmail.mc's confDOMAIN_NAME");
});

test('aliases: :include: links cover the absolute path, on continuation lines and CRLF too; relative paths get none', () => {
  const t = 'list: root,\r\n\t:include:/etc/mail/a.list,\r\n  :INCLUDE:/etc/mail/b\r\nrel: :include:lists/rel\r\n';
  const links = aliasIncludeLinks(parseAliases(t), t);
  assert.deepEqual(links.map((l) => [t.slice(l.start, l.end), l.path]), [['/etc/mail/a.list', '/etc/mail/a.list'], ['/etc/mail/b', '/etc/mail/b']]);
});
