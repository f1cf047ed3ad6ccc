// Reverse DNS across zone files (core/reverse.ts) and the ptr-mismatch check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone } from '../../server/src/core/analyze';
import { parseZone } from '../../server/src/core/parser';
import { quickFixes } from '../../server/src/core/fixes';

import { canonicalAddress, forwardZonesFrom, forwardZonesOf, relativeFile, reverseAddress } from '../../server/src/core/reverse';

test('reverseAddress: IPv4, RFC 2317 classless names and ip6.arpa nibbles; networks and junk are no address', () => {
  assert.equal(reverseAddress('25.2.0.192.in-addr.arpa.'), '192.0.2.25');
  assert.equal(reverseAddress('25.0/26.2.0.192.in-addr.arpa.'), '192.0.2.25');
  assert.equal(reverseAddress('25.0-63.2.0.192.in-addr.arpa.'), '192.0.2.25');
  assert.equal(reverseAddress('2.0.192.in-addr.arpa.'), undefined);
  assert.equal(reverseAddress('256.2.0.192.in-addr.arpa.'), undefined);
  assert.equal(reverseAddress('025.2.0.192.in-addr.arpa.'), undefined);
  assert.equal(reverseAddress('x.2.0.192.in-addr.arpa.'), undefined);
  const nibbles = '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2';
  assert.equal(reverseAddress(`${nibbles}.ip6.arpa.`), '2001:db8::25');
  assert.equal(reverseAddress(`${nibbles.slice(2)}.ip6.arpa.`), undefined);
  assert.equal(reverseAddress('www.example.com.'), undefined);
  assert.equal(canonicalAddress('192.000.002.025'), '192.0.2.25');
  assert.equal(canonicalAddress('2001:DB8:0:0::25'), '2001:db8::25');
  assert.equal(canonicalAddress('300.1.1.1'), undefined);
});

const FORWARD = `$TTL 3600
$ORIGIN example.com.
@ IN SOA ns1 hostmaster 1 3600 900 1209600 300
@ IN NS ns1
ns1 IN A 192.0.2.1
mail IN A 192.0.2.25
mail IN AAAA 2001:db8::25
web IN TXT "no address"
alias IN CNAME mail
sub IN NS ns.example.net.
`;

const REVERSE = `$TTL 3600
$ORIGIN 2.0.192.in-addr.arpa.
@ IN SOA ns1.example.com. hostmaster.example.com. 1 3600 900 1209600 300
@ IN NS ns1.example.com.
1 IN PTR ns1.example.com.
25 IN PTR mail.example.com.
26 IN PTR mail.example.com.
27 IN PTR web.example.com.
28 IN PTR gone.example.com.
29 IN PTR alias.example.com.
30 IN PTR host.sub.example.com.
31 IN PTR host.example.net.
`;

const forward = () => [parseZone(FORWARD, { file: 'file:///ws/example.com.zone', origin: 'example.com.' })];

test('ptr-mismatch: targets that do not resolve back, with what the forward zone has instead', () => {
  const a = analyzeZone(REVERSE, { file: 'rev', forwardZones: forwardZonesOf(forward) });
  const found = a.diagnostics.filter((d) => d.code === 'ptr-mismatch');
  assert.deepEqual(found.map((d) => REVERSE.slice(d.start, d.end)), ['mail.example.com.', 'web.example.com.', 'gone.example.com.']);
  assert.match(found[0].message, /^PTR for 192\.0\.2\.26 names mail\.example\.com\., which resolves to 192\.0\.2\.25 in the zone example\.com\. \(example\.com\.zone\), not to 192\.0\.2\.26: /);
  assert.match(found[1].message, /web\.example\.com\., which has no A record in the zone example\.com\./);
  assert.match(found[2].message, /gone\.example\.com\., which does not exist in the zone example\.com\./);
  assert.ok(found.every((d) => d.severity === 'warning'));
});

test('ptr-mismatch: nothing without the other zones, and the other zones are read only for PTR records', () => {
  assert.deepEqual(analyzeZone(REVERSE, { file: 'rev' }).diagnostics.filter((d) => d.code === 'ptr-mismatch'), []);
  let read = 0;
  analyzeZone(FORWARD, { file: 'fwd', forwardZones: forwardZonesOf(() => { read++; return forward(); }) });
  assert.equal(read, 0, 'a zone without PTR records does not read the others');
  analyzeZone(REVERSE, { file: 'rev', forwardZones: forwardZonesOf(() => { read++; return forward(); }) });
  assert.equal(read, 1);
});

test('forwardZonesFrom: of two files with one apex, the one nearest to the reverse zone; a root zone is left out', () => {
  const zone = (addr: string, file: string) => parseZone(FORWARD.replace('192.0.2.25', addr), { file, origin: 'example.com.' });
  const entries = [
    { apex: 'example.com.', file: '/srv/staging/example.com.zone', parse: () => zone('192.0.2.99', '/srv/staging/example.com.zone') },
    { apex: 'example.com.', file: '/srv/prod/example.com.zone', parse: () => zone('192.0.2.25', '/srv/prod/example.com.zone') },
    { apex: '.', file: '/srv/prod/root.zone', parse: () => parseZone('$TTL 1h\n. IN SOA a. b. 1 2 3 4 5\n', { file: '/srv/prod/root.zone' }) },
  ];
  const near = forwardZonesFrom(entries, '/srv/prod/reverse/2.0.192.in-addr.arpa.zone');
  assert.equal(near.zoneFor('mail.example.com.')?.file, '/srv/prod/example.com.zone');
  assert.deepEqual(near.zoneFor('mail.example.com.')?.lookup('mail.example.com.')?.v4, ['192.0.2.25']);
  assert.equal(forwardZonesFrom(entries, '/srv/staging/rev.zone').zoneFor('mail.example.com.')?.file, '/srv/staging/example.com.zone');
  // Not /srv/prodx/… : whole directory names only.
  assert.equal(forwardZonesFrom(entries, '/srv/prodx/rev.zone').zoneFor('mail.example.com.')?.file, '/srv/staging/example.com.zone');
  assert.equal(near.zoneFor('www.example.org.'), undefined, 'no zone claims a name through the root');
});

test('ptr-mismatch: the one host that has the address is named, and the quick fix points the PTR at it', () => {
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n26 IN PTR mail.example.com. ; renumbered\n';
  const fwd = (extra: string) => () => [parseZone(FORWARD + extra, { file: 'file:///ws/example.com.zone', origin: 'example.com.' })];
  const analyse = (text: string, extra: string) => analyzeZone(text, { file: 'rev', forwardZones: forwardZonesOf(fwd(extra)) }).diagnostics.filter((d) => d.code === 'ptr-mismatch');
  const [d] = analyse(rev, 'mail2 IN A 192.0.2.26\n');
  assert.match(d.message, / — mail2\.example\.com\. has that address$/);
  const [fix] = quickFixes(d, rev);
  assert.equal(fix.title, 'Point the PTR at mail2.example.com.');
  const fixed = rev.slice(0, fix.edits[0].start) + fix.edits[0].newText + rev.slice(fix.edits[0].end);
  assert.equal(fixed, rev.replace('PTR mail.example.com.', 'PTR mail2.example.com.'));
  assert.deepEqual(analyse(fixed, 'mail2 IN A 192.0.2.26\n'), []);
  // Two hosts with the address: no guess.
  const [two] = analyse(rev, 'mail2 IN A 192.0.2.26\nmail3 IN A 192.0.2.26\n');
  assert.equal(two.data, undefined);
  assert.deepEqual(quickFixes(two, rev), []);
});

test('ptr-mismatch: the forward zone answers as a server would — wildcards, empty non-terminals, DNAMEs, incomplete zones', () => {
  const rev = (ptrs: string) => `$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n${ptrs}`;
  const check = (fwdExtra: string, ptrs: string, parseOptions: { maxGenerate?: number } = {}) =>
    analyzeZone(rev(ptrs), { file: 'rev', forwardZones: forwardZonesOf(() => [parseZone(FORWARD + fwdExtra, { file: 'file:///ws/example.com.zone', origin: 'example.com.', ...parseOptions })]) })
      .diagnostics.filter((d) => d.code === 'ptr-mismatch');
  // A name the wildcard answers for resolves to the wildcard's address; a wildcard is no host to point at.
  assert.deepEqual(check('*.dyn IN A 192.0.2.50\n', '50 IN PTR host50.dyn.example.com.\n'), []);
  const [other] = check('*.dyn IN A 192.0.2.60\n', '60 IN PTR oldname.example.com.\n');
  assert.equal(other.data, undefined, 'no suggestion of *.dyn.example.com.');
  // Only the closest encloser's wildcard: below an existing name (here an empty non-terminal) it does not apply.
  const [ent] = check('*.dyn IN A 192.0.2.50\na.b.dyn IN A 192.0.2.1\n', '50 IN PTR x.b.dyn.example.com.\n');
  assert.match(ent.message, /x\.b\.dyn\.example\.com\., which does not exist/);
  const [noData] = check('a.b IN A 192.0.2.1\n', '51 IN PTR b.example.com.\n');
  assert.match(noData.message, /b\.example\.com\., which has no A record in the zone example\.com\./);
  // Below a DNAME the name is rewritten to another zone: not judged.
  assert.deepEqual(check('old IN DNAME new.example.com.\nh.new IN A 192.0.2.51\n', '51 IN PTR h.old.example.com.\n'), []);
  // A forward zone whose $GENERATE records were not all expanded is not judged.
  const gen = '$GENERATE 1-20 h$ A 192.0.2.$\n';
  assert.deepEqual(check(gen, '70 IN PTR h70.example.com.\n', { maxGenerate: 10 }), []);
  assert.equal(check(gen, '70 IN PTR h70.example.com.\n').length, 1);
});

test('ptr-mismatch: a $GENERATE PTR gets no suggestion (its range is the template)', () => {
  const fwd = () => [parseZone(FORWARD + 'other IN A 192.0.2.104\nhost-1 IN A 192.0.2.101\n', { file: 'file:///ws/example.com.zone', origin: 'example.com.' })];
  const text = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n$GENERATE 101-104 $ PTR host-${-100}.example.com.\n';
  const found = analyzeZone(text, { file: 'rev', forwardZones: forwardZonesOf(fwd) }).diagnostics.filter((d) => d.code === 'ptr-mismatch');
  assert.equal(found.length, 3);
  for (const d of found) {
    assert.equal(d.data, undefined);
    assert.deepEqual(quickFixes(d, text), []);
  }
});

test('relativeFile: the forward zone named from the reverse zone\'s directory', () => {
  assert.equal(relativeFile('/srv/prod/rev/2.0.192.in-addr.arpa.zone', '/srv/prod/rev/example.com.zone'), 'example.com.zone');
  assert.equal(relativeFile('/srv/prod/rev/2.0.192.in-addr.arpa.zone', '/srv/prod/example.com.zone'), '../example.com.zone');
  assert.equal(relativeFile('file:///ws/rev/x.zone', 'file:///ws/fwd%20zones/example.com.zone'), '../fwd zones/example.com.zone');
  assert.equal(relativeFile('C:\\zones\\rev.zone', 'C:\\zones\\example.com.zone'), 'example.com.zone');
  assert.equal(relativeFile('rev', 'file:///ws/example.com.zone'), 'example.com.zone');
});

test('mail-host-without-ptr: a mail exchanger whose address a reverse zone at hand covers without a PTR', () => {
  const fwd = `$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\n@ IN MX 10 mail\nwww IN MX 10 mail\n@ IN MX 20 backup.example.net.\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\nmail IN AAAA 2001:db8::25\nmail IN A 198.51.100.7\n`;
  const rev4 = (ptrs: string) => parseZone(`$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n${ptrs}`, { file: 'file:///ws/rev/2.0.192.in-addr.arpa.zone' });
  const check = (...others: ReturnType<typeof parseZone>[]) => analyzeZone(fwd, { file: 'file:///ws/example.com.zone', forwardZones: forwardZonesOf(() => others, 'file:///ws/example.com.zone') })
    .diagnostics.filter((d) => d.code === 'mail-host-without-ptr');
  const found = check(rev4('1 IN PTR ns1.example.com.\n'));
  // Once for the host and address though two MX records name it; 198.51.100.7 and the IPv6 address: no reverse zone at hand.
  assert.equal(found.length, 1);
  assert.equal(fwd.slice(found[0].start, found[0].end), '192.0.2.25');
  assert.match(found[0].message, /^mail host mail\.example\.com\. \(MX of example\.com\.\) has no PTR for 192\.0\.2\.25 in the zone 2\.0\.192\.in-addr\.arpa\. \(rev\/2\.0\.192\.in-addr\.arpa\.zone\): .* add '25\.2\.0\.192\.in-addr\.arpa\. PTR mail\.example\.com\.' there$/);
  assert.deepEqual(found[0].data, { domain: '25.2.0.192.in-addr.arpa. IN PTR mail.example.com.', addTo: 'file:///ws/rev/2.0.192.in-addr.arpa.zone', ptr: '25.2.0.192.in-addr.arpa.', host: 'mail.example.com.' });
  // A PTR there, whatever it names (ptr-mismatch judges that in the reverse zone): nothing.
  assert.deepEqual(check(rev4('25 IN PTR other.example.com.\n')), []);
  // Delegated away from the reverse zone (RFC 2317): that zone is not the one to look in.
  assert.deepEqual(check(rev4('0/26 IN NS ns1.example.com.\n25 IN CNAME 25.0/26\n')), []);
  // IPv6 too.
  const rev6 = parseZone('$TTL 1h\n$ORIGIN 8.b.d.0.1.0.0.2.ip6.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n', { file: 'file:///ws/rev6.zone' });
  assert.deepEqual(check(rev6).map((d) => fwd.slice(d.start, d.end)), ['2001:db8::25']);
});

test('mail-host-without-ptr: loopback hosts are left alone; a reverse zone with its own mail host looks in itself', () => {
  const zones = (text: string) => forwardZonesOf(() => [parseZone(text, { file: 'file:///ws/127.zone' })]);
  const lo = '$TTL 1h\n$ORIGIN 127.in-addr.arpa.\n@ IN SOA localhost. root.localhost. 1 3600 900 1209600 300\n@ IN NS localhost.\n';
  const fwd = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\n@ IN MX 10 mail\nns1 IN A 192.0.2.1\nmail IN A 127.0.0.1\nmail IN AAAA ::ffff:127.0.0.1\n';
  assert.deepEqual(analyzeZone(fwd, { file: 'fwd', forwardZones: zones(lo) }).diagnostics.filter((d) => d.code === 'mail-host-without-ptr'), []);
  const self = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n@ IN MX 10 mail\nmail IN A 192.0.2.3\n';
  const found = analyzeZone(self, { file: 'rev', forwardZones: forwardZonesOf(() => []) }).diagnostics.filter((d) => d.code === 'mail-host-without-ptr');
  assert.deepEqual(found.map((d) => d.message.includes('in this zone')), [true]);
  assert.deepEqual(analyzeZone(self + '3 IN PTR mail\n', { file: 'rev', forwardZones: forwardZonesOf(() => []) }).diagnostics.filter((d) => d.code === 'mail-host-without-ptr'), []);
});

test('the cross-file checks do not judge by a zone that was not read whole ($INCLUDE not found)', () => {
  const fwd = parseZone(FORWARD.replace('mail IN A 192.0.2.25\n', '$INCLUDE hosts.inc\n'), { file: 'file:///ws/example.com.zone', origin: 'example.com.' });
  const found = analyzeZone(REVERSE, { file: 'rev', forwardZones: forwardZonesOf(() => [fwd]) }).diagnostics.filter((d) => d.code === 'ptr-mismatch');
  assert.deepEqual(found, []);
  const rev = parseZone('$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n$INCLUDE ptrs.inc\n', { file: 'file:///ws/rev.zone' });
  const mailFwd = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\n@ IN MX 10 mail\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n';
  assert.deepEqual(analyzeZone(mailFwd, { file: 'fwd', forwardZones: forwardZonesOf(() => [rev]) }).diagnostics.filter((d) => d.code === 'mail-host-without-ptr'), []);
});

test('mail-host-without-ptr: unspecified addresses, MX below a delegation, and a reverse zone\'s own wildcard and DNAME', () => {
  const rev = parseZone('$TTL 1h\n$ORIGIN 0.in-addr.arpa.\n@ IN SOA localhost. root.localhost. 1 3600 900 1209600 300\n@ IN NS localhost.\n', { file: 'file:///ws/db.0' });
  const zero = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\n@ IN MX 10 mail\nns1 IN A 192.0.2.1\nmail IN A 0.0.0.0\nmail IN AAAA ::\n';
  assert.deepEqual(analyzeZone(zero, { file: 'fwd', forwardZones: forwardZonesOf(() => [rev]) }).diagnostics.filter((d) => d.code === 'mail-host-without-ptr'), []);
  const rev2 = parseZone('$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n', { file: 'file:///ws/rev.zone' });
  const deleg = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\nsub IN NS ns1\nx.sub IN MX 10 mail\nmail IN A 192.0.2.25\n';
  assert.deepEqual(analyzeZone(deleg, { file: 'fwd', forwardZones: forwardZonesOf(() => [rev2]) }).diagnostics.filter((d) => d.code === 'mail-host-without-ptr'), []);
  const own = (extra: string) => analyzeZone(`$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n@ IN MX 10 mail\nmail IN A 192.0.2.3\n${extra}`, { file: 'rev', forwardZones: forwardZonesOf(() => []) })
    .diagnostics.filter((d) => d.code === 'mail-host-without-ptr').length;
  assert.equal(own(''), 1);
  assert.equal(own('* IN PTR any.example.com.\n'), 0, 'its wildcard answers');
  assert.equal(own('x IN A 192.0.2.4\n'), 1);
});

test('forwardZonesFrom: a zone that cannot be read whole hides its names from the zones above it too', () => {
  const parent = () => parseZone('$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n', { file: '/z/example.com.zone' });
  const child = () => parseZone('$TTL 1h\n$ORIGIN sub.example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\n$INCLUDE missing.inc\n', { file: '/z/sub.example.com.zone' });
  const zones = forwardZonesFrom([{ apex: 'example.com.', file: '/z/example.com.zone', parse: parent }, { apex: 'sub.example.com.', file: '/z/sub.example.com.zone', parse: child }]);
  assert.equal(zones.zoneFor('mail.sub.example.com.'), undefined);
  assert.equal(zones.zoneFor('www.example.com.')?.apex, 'example.com.');
});
