import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone } from '../../server/src/core/analyze';
import type { FileHost } from '../../server/src/core/types';
import { rdataFingerprint, sameRdata } from '../../server/src/core/baseline';

const BASE = `$TTL 1h
$ORIGIN example.com.
@   IN SOA ns1 hostmaster ( 2015021201 1h 15m 1w 5m )
@   IN NS  ns1
ns1 IN A   192.0.2.1
www IN AAAA 2001:db8::1
txt IN TXT "hello"
`;

function run(current: string, base = BASE, host?: FileHost, baseHost?: FileHost) {
  const a = analyzeZone(current, { file: '/z/example.com.zone', host, baseline: { text: base, label: 'HEAD 1a2b3c4', host: baseHost } });
  return { a, d: a.diagnostics.map((x) => [x.code, current.slice(x.start, x.end), x.message]) };
}

test('no change: no diagnostic, even with comments, layout, order and name forms changed', () => {
  const reformatted = `; reformatted
$TTL 3600
$ORIGIN example.com.
txt.example.com. 3600 IN TXT hello
www  IN AAAA 2001:DB8:0:0::1 ; same address, other spelling
@ IN SOA ns1.example.com. hostmaster.example.com. 2015021201 3600 900 604800 300
ns1 IN A 192.0.2.1
@   IN NS  ns1.example.com.
`;
  const { a, d } = run(reformatted);
  assert.deepEqual(d, []);
  assert.deepEqual([a.baseline?.diff.added, a.baseline?.diff.removed], [0, 0]);
});

test('stale-serial: records changed, serial not; on the serial token, with counts and the baseline', () => {
  const changed = BASE.replace('ns1 IN A   192.0.2.1', 'ns1 IN A   192.0.2.9').replace('txt IN TXT "hello"\n', 'txt IN TXT "hello"\nnew IN A 192.0.2.7\n');
  const { d } = run(changed);
  assert.equal(d.length, 1);
  assert.equal(d[0][0], 'stale-serial');
  assert.equal(d[0][1], '2015021201');
  assert.match(d[0][2] as string, /2 records added, 1 removed since HEAD 1a2b3c4; serial is still 2015021201/);
  // A TTL change is a change.
  assert.equal(run(BASE.replace('www IN AAAA', 'www 60 IN AAAA')).d[0]?.[0], 'stale-serial');
  // A bumped serial clears it.
  assert.deepEqual(run(changed.replace('2015021201', '2015021202')).d, []);
});

test('serial-decreased: lower than the baseline in RFC 1982 terms, whether or not records changed', () => {
  const { d } = run(BASE.replace('2015021201', '2015021200'));
  assert.deepEqual(d.map((x) => x[0]), ['serial-decreased']);
  assert.match(d[0][2] as string, /lower than 2015021201 in HEAD 1a2b3c4/);
  // Wrap-around: 0 after 4294967295 is an increase.
  assert.deepEqual(run(BASE.replace('2015021201', '0'), BASE.replace('2015021201', '4294967295')).d, []);
});

test('a change in an $INCLUDEd file makes the zone serial stale', () => {
  const zone = BASE + '$INCLUDE hosts.inc\n';
  const host = (content: string): FileHost => ({
    readFile: (p) => (p === '/z/hosts.inc' ? content : undefined),
    resolve: (from, rel) => `${from.slice(0, from.lastIndexOf('/'))}/${rel}`,
  });
  assert.deepEqual(run(zone, zone, host('a IN A 192.0.2.50\n'), host('a IN A 192.0.2.50\n')).d, []);
  const { a } = run(zone, zone, host('a IN A 192.0.2.51\n'), host('a IN A 192.0.2.50\n'));
  // On the zone's serial, and in the included file (at the changed record) pointing at the zone.
  assert.deepEqual(a.diagnostics.map((x) => [x.code, x.file, x.start, x.end]), [
    ['stale-serial', '/z/example.com.zone', zone.indexOf('2015021201'), zone.indexOf('2015021201') + 10],
    ['stale-serial', '/z/hosts.inc', 0, 1],
  ]);
  assert.match(a.diagnostics[1].message, /part of zone example\.com\. \(\/z\/example\.com\.zone\), whose SOA serial is still 2015021201/);
  // Only a removal in the included file: reported at its start.
  const removedOnly = run(zone, zone, host(''), host('a IN A 192.0.2.50\n')).a;
  assert.deepEqual(removedOnly.diagnostics.map((x) => [x.code, x.file, x.start]), [
    ['stale-serial', '/z/example.com.zone', zone.indexOf('2015021201')],
    ['stale-serial', '/z/hosts.inc', 0],
  ]);
});

test('types kept as text (no parser of their own, \\# form) are compared by their written rdata', () => {
  const withNinfo = BASE + 'x IN NINFO "a"\n';
  assert.deepEqual(run(withNinfo, withNinfo).d, []);
  assert.equal(run(withNinfo.replace('"a"', '"b"'), withNinfo).d[0]?.[0], 'stale-serial');
  const gen = BASE + 'y IN TYPE65280 \\# 2 0102\n';
  assert.equal(run(gen.replace('0102', '0103'), gen).d[0]?.[0], 'stale-serial');
});

test('the prepared baseline is reused while the baseline stays the same, and rebuilt when it changes', () => {
  const changed = BASE.replace('192.0.2.1', '192.0.2.2');
  const first = run(changed).d.map((x) => x[0]);
  const again = run(changed).d.map((x) => x[0]);
  assert.deepEqual(first, ['stale-serial']);
  assert.deepEqual(again, first);
  // Same current text, another baseline: recomputed, not served from the cache.
  assert.deepEqual(run(changed, changed).d, []);
  assert.deepEqual(run(changed).d.map((x) => x[0]), ['stale-serial']);
});

test('types whose typed value is partial (DNSKEY keeps the key length) are compared by their written rdata', () => {
  const k1 = 'AwEAAaz/tAm8yTn4Mfeh5eyI96WSVexTBAvkMgJzkKTOiW1vkIbzxeF3+/4RgWOq7HrxRixHlFlExOLAJr5emLvN7SWXgnLh4+B5xQlNVz8Og8kvArMtNROxVQuCaSnIDdD5LKyWbRd2n9WGe2R8PzgCmr3EgVLrjyBxWezF0jLHwVN8efS3rCj/EWgvIWgb9tarpVUDK/b58Da+sqqls3eNbuv7pr+eoZG+SrDK6nWeL3c6H5Apxz7LjVc1uTIdsIXxuOLYA4/ilBmSVIzuDWfdRUfhHdY6+cn8HFRm+2hM8AnXGXws9555KrUB5qihylGa8subX2Nn6UwNR1AkUTV74bU=';
  const k2 = k1.replace('AwEAAaz', 'AwEAAbz');
  const withKey = (k: string) => BASE + `@ IN DNSKEY 257 3 8 ( ${k} ) ; KSK\n`;
  assert.deepEqual(run(withKey(k1).replace('( ', '(\n    ').replace(' ) ; KSK', '\n  ) ; comment moved'), withKey(k1)).d, [], 'layout and comments do not count');
  assert.deepEqual(run(withKey(k2), withKey(k1)).d.map((x) => x[0]), ['stale-serial'], 'a new key of the same length is a change');
});

test('an unchanged file is not parsed twice, and its comparison is the one a parse of the baseline gives', () => {
  // Equal texts take the short way; a baseline that differs only in a comment takes the long one.
  const zones = [BASE, BASE.replace('2015021201', '0'), BASE.replace(/^@   IN SOA.*\n/m, ''), BASE.replace('$ORIGIN example.com.\n', '') + 'other.example.com. IN SOA ns1 h 7 1 1 1 1\n'];
  for (const z of zones) {
    const short = run(z, z).a.baseline;
    const long = run(z, z + '; a comment\n').a.baseline;
    assert.deepEqual(short, long, z);
  }
  assert.equal(run(BASE, BASE).a.baseline?.serial, 2015021201);
  assert.equal(run(zones[2], zones[2]).a.baseline?.serial, undefined, 'no SOA: no serial');
});

test('sameRdata agrees with comparing rdataFingerprint on every pair of a mixed record set', () => {
  // Pairs that are the same data written differently, and pairs that differ in one field, for
  // the types compared field by field (NS, CNAME, PTR, DNAME, MX, SRV, TXT/SPF) and others.
  const text = `$TTL 1h
$ORIGIN example.com.
@ IN SOA ns1 hostmaster 1 1h 15m 1w 5m
a NS ns1
a NS NS1.example.com.
a NS ns2
b CNAME x
b CNAME X.EXAMPLE.COM.
p PTR host.example.net.
p PTR host.example.org.
d DNAME y.example.net.
d DNAME Y.example.NET.
m MX 10 mx1
m MX 10 MX1.example.com.
m MX 20 mx1
m MX 10 mx2
s SRV 1 2 3 t
s SRV 1 2 3 T.example.com.
s SRV 1 2 4 t
s SRV 1 3 3 t
s SRV 0 2 3 t
t TXT "a" "b"
t TXT a b
t TXT "ab"
t TXT "a\\098"
t SPF "v=spf1 -all"
t SPF v=spf1 "-all"
t SPF "v=spf1" "-all"
g TYPE2 \\# 5 036E7331 00
g NS ns1.example.com.
h A 192.0.2.1
h A 192.0.2.01
h AAAA 2001:db8::1
h AAAA 2001:DB8:0::1
u NS bad..name
u NS bad..name
`;
  const a = analyzeZone(text, { file: '/z/example.com.zone' });
  const rdataText = (r: { rdataStart: number; rdataEnd: number }) => text.slice(r.rdataStart, r.rdataEnd);
  const rs = a.parse.records;
  let same = 0, pairs = 0;
  for (const x of rs) {
    for (const y of rs) {
      if (x.typeCode !== y.typeCode) continue;
      const fx = rdataFingerprint(x, rdataText);
      const expected = fx !== undefined && fx === rdataFingerprint(y, rdataText);
      assert.equal(sameRdata(x, y, rdataText), expected, `${x.owner} ${x.type} ${rdataText(x)} / ${rdataText(y)}`);
      pairs++;
      if (expected && x !== y) same++;
    }
  }
  // Both answers occur: 12 unordered pairs are the same data (24 ordered), the rest differ.
  assert.ok(pairs > 100 && same >= 20, `pairs ${pairs}, same ${same}`);
});

test('duplicate-record on signatures: a set told apart by its typed fields is left alone at any size; a repeated signature is found in small and large sets', () => {
  const head = '$TTL 3600\n$ORIGIN example.com.\n@ IN SOA ns1 host 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.2\n';
  const sig = (tag: number, sigText = 'AwEAAa==') => `www IN RRSIG A 8 3 3600 20300101000000 20200101000000 ${tag} example.com. ${sigText}\n`;
  const dups = (text: string) => analyzeZone(text, { file: '/z/example.com.zone' }).diagnostics.filter((d) => d.code === 'duplicate-record').map((d) => text.slice(0, d.start).split('\n').length);
  // Nine generated signatures with distinct key tags: the same template text, but no duplicates.
  assert.deepEqual(dups(`${head}$GENERATE 1-9 www RRSIG A 8 3 3600 20300101000000 20200101000000 $ example.com. AwEAAa==\n`), []);
  // Small and large sets with one signature written twice: that one is reported, on its second line.
  let small = head; for (const t of [1, 2, 3]) small += sig(t); small += sig(2);
  assert.deepEqual(dups(small), [10]);
  let large = head; for (let t = 1; t <= 10; t++) large += sig(t); large += sig(7);
  assert.deepEqual(dups(large), [17]);
  // Same typed fields, different signature text: not a duplicate.
  assert.deepEqual(dups(head + sig(1) + sig(1, 'AwEAAb==')), []);
});
