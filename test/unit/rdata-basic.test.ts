import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bad, ok } from './rdata-helpers';
import { canonicalIPv6 } from '../../server/src/core/rdata/util';
import type { SoaRdata, TxtRdata, AddressRdata, MxRdata } from '../../server/src/core/rdata/api';

test('A: dotted quad; bad addresses name the problem and the token', () => {
  assert.equal((ok('a A 192.0.2.1') as AddressRdata).address, '192.0.2.1');
  assert.match(bad('a A 300.1.2.3', 'invalid-ipv4', '300.1.2.3'), /300 is above 255/);
  assert.match(bad('a A 192.0.2', 'invalid-ipv4', '192.0.2'), /4 dot-separated parts/);
  assert.match(bad('a A 192.0.02.1', 'invalid-ipv4', '192.0.02.1'), /leading zero/);
  bad('a A 2001:db8::1', 'invalid-ipv4', '2001:db8::1');
  assert.match(bad('a A', 'missing-field', ''), /missing the IPv4 address/);
  bad('a A 192.0.2.1 192.0.2.2', 'extra-field', '192.0.2.2');
});

test('AAAA: all RFC 4291 forms, RFC 5952 canonical form kept', () => {
  assert.equal((ok('a AAAA 2001:DB8:0:0:0:0:0:1') as AddressRdata).address, '2001:DB8:0:0:0:0:0:1');
  const forms: [string, string][] = [
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'], ['::', '::'], ['::1', '::1'], ['1::', '1::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'], ['2001:db8:0:1:0:0:1:1', '2001:db8:0:1::1:1'],
    ['2001:db8::1:0:0:1', '2001:db8::1:0:0:1'], ['1:0:0:2:0:0:0:3', '1:0:0:2::3'], ['fe80::1:2:3:4:5:6', 'fe80:0:1:2:3:4:5:6'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'], ['0:0:0:0:0:0:0:0', '::'],
  ];
  for (const [written, canonical] of forms) {
    ok(`a AAAA ${written}`);
    assert.equal(canonicalIPv6(written), canonical, written);
  }
  for (const badText of [':', ':::', '1:2', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::8', '1:2:3:4:5:6:7:', ':1:2:3:4:5:6:7', '::1.2.3', '::1.2.3.4.5', '1:2:3:4:5:6:7:1.2.3.4', 'g::1', '::01.2.3.4']) {
    assert.equal(canonicalIPv6(badText), undefined, badText);
  }
  bad('a AAAA 2001:db8::1::2', 'invalid-ipv6', '2001:db8::1::2');
  bad('a AAAA 2001:db8:0:0:0:0:0:0:1', 'invalid-ipv6', '2001:db8:0:0:0:0:0:0:1');
  bad('a AAAA 12345::', 'invalid-ipv6', '12345::');
  assert.match(bad('a AAAA 192.0.2.1', 'invalid-ipv6', '192.0.2.1'), /use an A record/);
});

test('name types resolve relative names against the origin', () => {
  const ns = ok('@ NS ns1') as { target: { name: string; relative: boolean } };
  assert.equal(ns.target.name, 'ns1.example.com.');
  assert.equal(ns.target.relative, true);
  assert.equal((ok('a CNAME b.example.org.') as { target: { name: string } }).target.name, 'b.example.org.');
  bad('a CNAME a..b', 'invalid-name', 'a..b');
  bad('a PTR "x.example."', 'invalid-name', '"x.example."');
  bad('a NS ns1 ns2', 'extra-field', 'ns2');
});

test('MX, KX, AFSDB: 16-bit preference then a name', () => {
  const mx = ok('@ MX 10 mail') as MxRdata;
  assert.equal(mx.preference, 10);
  assert.equal(mx.exchange.name, 'mail.example.com.');
  bad('@ MX 65536 mail', 'out-of-range', '65536');
  bad('@ MX ten mail', 'invalid-number', 'ten');
  assert.match(bad('@ MX mail.example.com.', 'invalid-number', 'mail.example.com.'), /preference must be a number/);
  bad('@ MX 10', 'missing-field', '10');
  ok('@ KX 1 kx');
  ok('@ AFSDB 1 afs');
});

test('SOA: names, 32-bit serial, timers with units; serial range kept for quick fixes', () => {
  const line = '@ SOA ns1 hostmaster ( 2024010101 1h 15m 1w 300 )';
  const soa = ok(line) as SoaRdata;
  assert.equal(soa.serial, 2024010101);
  assert.deepEqual([soa.refresh, soa.retry, soa.expire, soa.minimum], [3600, 900, 604800, 300]);
  const text = `$TTL 60\n${line}\n`;
  assert.equal(text.slice(soa.serialStart, soa.serialEnd), '2024010101');
  assert.match(bad('@ SOA ns1 hostmaster 4294967296 1 1 1 1', 'serial-out-of-range', '4294967296'), /largest SOA serial/);
  bad('@ SOA ns1 hostmaster 20240101001 1 1 1 1', 'serial-out-of-range', '20240101001');
  bad('@ SOA ns1 hostmaster 1 1x 1 1 1', 'invalid-number', '1x');
  bad('@ SOA ns1 hostmaster 1 1 1 1', 'missing-field', 'ns1 hostmaster 1 1 1 1');
  assert.match(bad('@ SOA ns1 hostmaster@example.com. 1 1 1 1 1', 'invalid-rdata', 'hostmaster@example.com.'), /'\.' for '@'/);
});

test('TXT: several strings, escapes decoded, 255-octet limit per string', () => {
  const t = ok('a TXT "v=spf1 -all" "second \\"q\\" \\065" plain') as TxtRdata;
  assert.deepEqual(t.strings, ['v=spf1 -all', 'second "q" A', 'plain']);
  assert.equal(t.octets, 11 + 12 + 5);
  ok(`a TXT "${'x'.repeat(255)}"`);
  assert.match(bad(`a TXT "${'x'.repeat(256)}"`, 'txt-string-too-long', `"${'x'.repeat(256)}"`), /256 octets/);
  // Non-ASCII characters count in UTF-8 octets.
  bad(`a TXT "${'é'.repeat(128)}"`, 'txt-string-too-long', `"${'é'.repeat(128)}"`);
  assert.equal((ok('a TXT "é😀x"') as TxtRdata).octets, 2 + 4 + 1);
  // An escaped character outside ASCII, a surrogate pair included, counts as itself.
  const esc = ok('a TXT "\\😀 \\é"') as TxtRdata;
  assert.deepEqual(esc.strings, ['😀 é']);
  assert.equal(esc.octets, 4 + 1 + 2);
  bad('a TXT', 'missing-field', '');
  bad('a TXT "bad \\999"', 'invalid-rdata', '"bad \\999"');
  // `\#` not followed by a number is an escaped '#' in TXT (BIND).
  assert.deepEqual((ok('a TXT \\# text') as TxtRdata).strings, ['#', 'text']);
});

test('RFC 3597 generic rdata: length must match the hex', () => {
  ok('a TYPE65280 \\# 4 0a000001');
  ok('a A \\# 4 C0 00 02 01');
  ok('a TYPE65280 \\# 0');
  assert.match(bad('a TYPE65280 \\# 4 0a0000', 'invalid-rdata', '0a0000'), /announces 4 octets but the hex data holds 3/);
  bad('a TYPE65280 \\# 2 0a0', 'invalid-hex', '0a0');
  bad('a TYPE65280 \\# 1 zz', 'invalid-hex', 'zz');
  bad('a TYPE65280 \\# 0 00', 'extra-field', '00');
  assert.match(bad('a TYPE65280 1 2 3', 'invalid-rdata', '1 2 3'), /generic form/);
});

test('SRV, NAPTR, URI, CAA', () => {
  ok('_sip._tcp SRV 10 60 5060 sip');
  bad('_sip._tcp SRV 10 60 70000 sip', 'out-of-range', '70000');
  bad('_sip._tcp SRV 10 60 sip', 'invalid-number', 'sip');
  ok('a NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp');
  ok('a NAPTR 100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .');
  bad('a NAPTR 100 10 "U?" "E2U+sip" "" .', 'invalid-rdata', '"U?"');
  bad('a NAPTR 100 10 "U" "E2U+sip" "!^.*$" .', 'invalid-rdata', '"!^.*$"');
  ok('_http._tcp URI 10 1 "http://www.example.com/"');
  ok('@ CAA 0 issue "letsencrypt.org"');
  bad('@ CAA 0 "issue" "letsencrypt.org"', 'invalid-rdata', '"issue"');
  bad('@ CAA 0 is-sue "x"', 'invalid-rdata', 'is-sue');
  bad('@ CAA 256 issue "x"', 'out-of-range', '256');
});

test('HINFO, RP, LOC, EUI48/64, APL, ILNP', () => {
  ok('a HINFO "INTEL-386" "Linux"');
  bad('a HINFO "INTEL-386"', 'missing-field', '"INTEL-386"');
  ok('a RP admin.example.com. txt');
  const loc = ok('a LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m') as { latitude: number; longitude: number };
  assert.ok(Math.abs(loc.latitude - 52.373) < 0.001);
  ok('a LOC 42 N 71 W 0m');
  bad('a LOC 91 0 0 N 4 0 0 E 0m', 'out-of-range', '91');
  bad('a LOC 52 60 0 N 4 0 0 E 0m', 'out-of-range', '60');
  bad('a LOC 52 22 23 X 4 53 32 E 0m', 'invalid-rdata', 'X');
  bad('a LOC 52 N 4 E 0km', 'invalid-rdata', '0km');
  ok('a EUI48 00-00-5e-00-53-2a');
  bad('a EUI48 00:00:5e:00:53:2a', 'invalid-rdata', '00:00:5e:00:53:2a');
  ok('a EUI64 00-00-5e-ef-10-00-00-2a');
  ok('a APL 1:192.168.32.0/21 !1:192.168.38.0/28 2:2001:db8::/32');
  bad('a APL 1:192.168.32.0/33', 'out-of-range', '1:192.168.32.0/33');
  bad('a APL 3:1.2.3.4/8', 'invalid-rdata', '3:1.2.3.4/8');
  ok('a L32 10 10.1.2.0');
  ok('a L64 10 2001:0DB8:1140:1000');
  ok('a NID 10 0014:4fff:ff20:ee64');
  bad('a NID 10 0014:4fff:ff20', 'invalid-rdata', '0014:4fff:ff20');
  ok('a LP 10 l64-subnet1.example.com.');
});

test('registered types without a parser of their own are accepted as written', () => {
  ok('a NINFO "x"');
  bad('a NINFO', 'missing-field', '');
});

test('generic form of a fixed-size type must have its size; types 128-255 are meta', () => {
  ok('a A \\# 4 0A000001');
  bad('a A \\# 5 0A00000100', 'invalid-rdata', '5');
  bad('a AAAA \\# 4 0A000001', 'invalid-rdata', '4');
  assert.match(bad('a A \\# 0', 'invalid-rdata', '0'), /4 octets on the wire, not 0/); // ldns 08-zonereader: BIND "unexpected end of input"
  bad('a TYPE200 \\# 1 07', 'unknown-type', 'TYPE200');
});

test('DSYNC (RFC 9859): rrtype, scheme (NOTIFY or 0–255), port, target — as BIND reads it', () => {
  const d = ok('a DSYNC CDS NOTIFY 5359 ns.example.') as { rrtype: string; scheme: number; port: number; target: { name: string } };
  assert.deepEqual([d.rrtype, d.scheme, d.port, d.target.name], ['CDS', 1, 5359, 'ns.example.']);
  ok('a DSYNC TYPE59 0 0 .');
  bad('a DSYNC JUNK NOTIFY 53 example.com.', 'invalid-rdata', 'JUNK');
  bad('a DSYNC CDS JUNK 53 x.example.', 'invalid-number', 'JUNK');
  bad('a DSYNC CDS NOTIFY 65567 x.example.', 'out-of-range', '65567');
});

test('generic form of a known type must make its wire fields, as BIND reads it (checked against named-checkzone)', () => {
  // Accepted by named-checkzone 9.18.
  for (const rr of ['MX \\# 3 000a00', 'NS \\# 3 016100', 'TXT \\# 3 026162', 'TXT \\# 4 01610162', 'HINFO \\# 2 0000',
    'SRV \\# 7 00010002000300', 'CAA \\# 4 00016100', 'DNSKEY \\# 5 0100030801', 'TLSA \\# 4 03010101', 'NSEC \\# 4 00000140',
    'NSEC3PARAM \\# 5 0100000000', 'NAPTR \\# 8 0001000200000000', 'URI \\# 4 00010002', 'SVCB \\# 3 000100', 'RP \\# 2 0000',
    'NULL \\# 0', 'APL \\# 0', 'DS \\# 5 0001080501', 'SSHFP \\# 3 010301', 'TYPE15 \\# 3 000a00']) ok(`x ${rr}`);
  // Rejected by named-checkzone 9.18; the message names the field.
  assert.match(bad('x MX \\# 4 000a0000', 'invalid-rdata', '000a0000'), /1 octet after its last field \(host name\)/);
  assert.match(bad('x NS \\# 2 0100', 'invalid-rdata', '0100'), /ends inside its target name/);
  assert.match(bad('x NS \\# 2 c00c', 'invalid-rdata', 'c00c'), /compression pointer/);
  assert.match(bad('x NS \\# 0', 'invalid-rdata', '0'), /ends inside its target name \(0 octets\)/);
  assert.match(bad(`x NS \\# 66 40${'61'.repeat(64)}00`, 'invalid-rdata', `40${'61'.repeat(64)}00`), /64 octets \(at most 63\)/);
  assert.match(bad('x TXT \\# 2 0561', 'invalid-rdata', '0561'), /announces 5 octets but only 1 follow/);
  assert.match(bad('x TXT \\# 0', 'invalid-rdata', '0'), /ends before its text strings/);
  assert.match(bad('x HINFO \\# 1 00', 'invalid-rdata', '00'), /ends before its OS string/);
  assert.match(bad('x CAA \\# 3 000000', 'invalid-rdata', '000000'), /empty tag/);
  assert.match(bad('x DS \\# 4 00010802', 'invalid-rdata', '00010802'), /no digest/);
  assert.match(bad('x DS \\# 5 0001080201', 'invalid-rdata', '0001080201'), /SHA-256 digest \(type 2\) is 32 octets, not 1/);
  assert.match(bad('x SSHFP \\# 3 010101', 'invalid-rdata', '010101'), /SHA-1 digest \(type 1\) is 20 octets, not 1/);
  assert.match(bad('x RRSIG \\# 18 000108020000000000000000000000000000', 'invalid-rdata', '000108020000000000000000000000000000'), /signer's name/);
  assert.match(bad('x NSEC \\# 1 00', 'invalid-rdata', '00'), /no type bitmap/);
  assert.match(bad('x NSEC3PARAM \\# 5 0100000001', 'invalid-rdata', '0100000001'), /salt announces 1 octets but only 0 follow/);
  assert.match(bad('x SRV \\# 6 000100020003', 'invalid-rdata', '000100020003'), /ends inside its target/);
});
