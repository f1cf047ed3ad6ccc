/** Hover (core/features/hover.ts): the cursor `|` in each fixture is where the user points. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover, humanDuration } from '../../server/src/core/features/hover';
import { RR_TYPE_DOCS, DIRECTIVE_DOCS } from '../../server/src/core/features/data/rrtype-docs';
import { RR_TYPES } from '../../server/src/core/rrtypes';
import { analyse, cursor } from './cursor';
import { parseZone } from '../../server/src/core/parser';
import { forwardZonesOf } from '../../server/src/core/reverse';

const FILE = 'file:///zones/example.com.zone';
const ZONE = `$ORIGIN example.com.
$TTL 1d
@   IN SOA ns1 hostmaster ( 2015021201 ; serial
        3600 900 1209600 300 )
    IN NS ns1
    IN MX 10 mail
    IN MX 20 mail.backup.example.net.
    IN TXT "v=spf1 mx include:_spf.example.net -all"
ns1 3600 IN A 192.0.2.1
mail IN A 198.51.100.7
www IN CNAME web
web IN CNAME ns1
_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"
_sip._tcp IN SRV 10 60 5060 ns1
@ IN CAA 0 issue "letsencrypt.org"
@ IN DS 12345 13 2 49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC
@ IN DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==
`;

/** Hover at the cursor: the markdown (fails the test when there is none). */
function at(marked: string, text = ZONE): { md: string; range: string } {
  // The cursor is written into a copy of the zone: `marked` is a line of ZONE with a | in it.
  const line = marked.replace('|', '');
  const i = text.indexOf(line);
  assert.ok(i >= 0, `fixture line not in the zone: ${line}`);
  const { text: t, offset } = cursor(text.slice(0, i) + marked + text.slice(i + line.length));
  const a = analyse(t, FILE);
  const h = hover({ parse: a.parse, model: a.model, file: FILE, text: t }, offset);
  assert.ok(h, `a hover at ${JSON.stringify(marked)}`);
  return { md: h.contents, range: t.slice(h.start, h.end) };
}

function none(marked: string): void {
  const { text, offset } = cursor(marked);
  const a = analyse(text, FILE);
  assert.equal(hover({ parse: a.parse, model: a.model, file: FILE, text }, offset), undefined);
}

test('every IANA type of rrtypes.ts has a description, an RFC and (zone types) a field layout', () => {
  for (const type of Object.keys(RR_TYPES)) {
    const d = RR_TYPE_DOCS[type];
    assert.ok(d, `docs for ${type}`);
    assert.ok(d.summary.length > 5 && d.rfc.length > 2, type);
    if (!['OPT', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'MAILB', 'MAILA', 'ANY', 'NXNAME'].includes(type)) assert.ok(d.fields.length > 0, `fields of ${type}`);
    const rest = d.fields.filter((f) => f.rest);
    assert.ok(rest.length <= 1 && (rest.length === 0 || d.fields[d.fields.length - 1].rest), `only the last field of ${type} takes the rest`);
  }
  assert.deepEqual(Object.keys(DIRECTIVE_DOCS).sort(), ['$GENERATE', '$INCLUDE', '$ORIGIN', '$TTL']);
});

test('record type: name, number, purpose, RFC and field layout', () => {
  const h = at('    IN M|X 10 mail');
  assert.equal(h.range, 'MX');
  assert.match(h.md, /\*\*MX\*\* \(type 15\)/);
  assert.match(h.md, /RFC 1035 §3\.3\.9/);
  assert.match(h.md, /owner TTL class MX preference exchange/);
  const soa = at('@   IN |SOA ns1 hostmaster ( 2015021201 ; serial');
  assert.match(soa.md, /rname/);
  assert.match(soa.md, /minimum/);
});

test('MX preference: lower first, rank among the name\'s MX records', () => {
  const h = at('    IN MX 2|0 mail.backup.example.net.');
  assert.equal(h.range, '20');
  assert.match(h.md, /\*\*preference\*\* — MX field 1 of 2/);
  assert.match(h.md, /tried first/);
  assert.match(h.md, /choice 2 of 2/);
});

test('target name: absolute form, the records at it, CNAME chain to its end', () => {
  const mx = at('    IN MX 10 ma|il');
  assert.equal(mx.range, 'mail');
  assert.match(mx.md, /`mail\.example\.com\.`/);
  assert.match(mx.md, /Relative name/);
  assert.match(mx.md, /A 198\.51\.100\.7/);
  const cname = at('www IN CNAME w|eb');
  assert.match(cname.md, /CNAME chain: `web\.example\.com\.` → `ns1\.example\.com\.` \(has an address\)/);
  const outside = at('    IN MX 20 mail.backup.exam|ple.net.');
  assert.match(outside.md, /Outside this zone/);
});

test('owner name: absolute, @, records at the name', () => {
  const h = at('_sip._tcp IN SRV 10 60 5060 ns1'.replace('_sip', '_s|ip'));
  assert.match(h.md, /`_sip\._tcp\.example\.com\.`/);
  assert.match(h.md, /SRV 10 60 5060 ns1\.example\.com\./);
  const apex = at('|@ IN CAA 0 issue "letsencrypt.org"');
  assert.match(apex.md, /`@` stands for the origin/);
  assert.match(apex.md, /example\.com\./);
  assert.match(apex.md, /SOA ns1\.example\.com\. serial 2015021201/);
});

test('SOA: rname as an e-mail address, serial decoded, timers humanised with RFC 1912 / RFC 2308', () => {
  assert.match(at('@   IN SOA ns1 host|master ( 2015021201 ; serial').md, /hostmaster@example\.com/);
  assert.match(at('@   IN SOA ns1 hostmaster ( 20150212|01 ; serial').md, /2015-02-12, change 01/);
  const refresh = at('        36|00 900 1209600 300 )');
  assert.match(refresh.md, /\*\*1 hour\*\*/);
  assert.match(refresh.md, /RFC 1912/);
  assert.match(at('        3600 900 12096|00 300 )').md, /2 weeks/);
  const min = at('        3600 900 1209600 3|00 )');
  assert.match(min.md, /5 minutes/);
  assert.match(min.md, /negative-caching TTL/);
  assert.match(min.md, /RFC 2308/);
});

test('TTL and $TTL humanised; directives explained', () => {
  const ttl = at('ns1 36|00 IN A 192.0.2.1');
  assert.match(ttl.md, /3600 seconds = \*\*1 hour\*\*/);
  const dttl = at('$TTL |1d');
  assert.match(dttl.md, /\$TTL/);
  assert.match(dttl.md, /`1d` = 86400 seconds = \*\*1 day\*\*/);
  const origin = at('$ORI|GIN example.com.');
  assert.match(origin.md, /relative names/);
  assert.equal(humanDuration(5400), '1 hour 30 minutes');
  assert.equal(humanDuration(90061), '1 day 1 hour 1 minute 1 second');
});

test('addresses: documentation ranges named', () => {
  assert.match(at('ns1 3600 IN A 192.0|.2.1').md, /documentation.*RFC 5737/);
});

test('DNSSEC numbers by name: algorithm 13 = ECDSAP256SHA256, digest 2 = SHA-256, flags 257 = KSK', () => {
  const line = '@ IN DS 12345 13 2 49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC';
  assert.match(at(line.replace(' 13 ', ' 1|3 ')).md, /13 = \*\*ECDSAP256SHA256\*\*/);
  assert.match(at(line.replace(' 2 ', ' |2 ')).md, /2 = \*\*SHA-256\*\*/);
  const key = at('@ IN DNSKEY 25|7 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==');
  assert.match(key.md, /key-signing key/);
  assert.match(key.md, /SEP/);
  assert.match(at('@ IN DNSKEY 257 3 13 mdssw|Uyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==').md, /public key/);
});

test('CAA flags, tag and value; SRV fields', () => {
  assert.match(at('@ IN CAA 0 is|sue "letsencrypt.org"').md, /RFC 8659 §4\.2/);
  assert.match(at('@ IN CAA 0 issue "letsen|crypt.org"').md, /CA `letsencrypt\.org` may issue/);
  assert.match(at('_sip._tcp IN SRV 10 60 50|60 ns1').md, /\*\*port\*\* — SRV field 3 of 4/);
  assert.match(at('_sip._tcp IN SRV 10 6|0 5060 ns1').md, /\*\*weight\*\*/);
});

test('SPF and DMARC terms inside TXT strings', () => {
  const inc = at('    IN TXT "v=spf1 mx incl|ude:_spf.example.net -all"');
  assert.equal(inc.range, 'include:_spf.example.net');
  assert.match(inc.md, /SPF mechanism/);
  assert.match(inc.md, /10 DNS lookups/);
  const all = at('    IN TXT "v=spf1 mx include:_spf.example.net -a|ll"');
  assert.equal(all.range, '-all');
  assert.match(all.md, /Qualifier `-`: fail/);
  const p = at('_dmarc IN TXT "v=DMARC1; p=re|ject; rua=mailto:d@example.com"');
  assert.equal(p.range, 'p=reject');
  assert.match(p.md, /DMARC tag/);
  assert.match(p.md, /quarantine/);
});

test('white space and comments: no hover; CRLF files work', () => {
  none('$TTL 1d\n@ IN SOA ns1 h 1 2 3 4 5 ; a comm|ent\n');
  none('$TTL 1d\n@ IN SOA ns1 h 1 2 3 4 5\n  |  \n');
  const crlf = ZONE.replace(/\n/g, '\r\n');
  const h = at('    IN MX 10 ma|il', crlf);
  assert.match(h.md, /mail\.example\.com\./);
});

test('generic rdata (RFC 3597) and extra fields', () => {
  const { text, offset } = cursor('$TTL 1d\n@ IN SOA ns1 h 1 2 3 4 5\nx IN A \\# 4 C000|0201\n');
  const a = analyse(text, FILE);
  const h = hover({ parse: a.parse, model: a.model, file: FILE, text }, offset);
  assert.match(h!.contents, /wire format/);
});

test('names holding generic-form or unreadable rdata, and big RRSIG times, do not break the hover', () => {
  const { text, offset } = cursor('$TTL 1d\n@ IN SOA ns1 h 1 2 3 4 5\n|x IN TXT \\# 2 0141\nx IN MX bad\nx IN RRSIG A 13 2 60 99999999999 1 1 example.com. AAAA\n');
  const a = analyse(text, FILE);
  const h = hover({ parse: a.parse, model: a.model, file: FILE, text }, offset);
  assert.match(h!.contents, /generic form, 2 octets/);
  for (let o = 0; o < text.length; o++) hover({ parse: a.parse, model: a.model, file: FILE, text }, o);
});

test('hover with the workspace\'s other zones: a name outside the zone, and an address\'s PTR', () => {
  const others = () => [
    parseZone('$TTL 1h\n$ORIGIN example.net.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\nmail.backup IN A 203.0.113.5\nmail.backup IN AAAA 2001:db8::5\n', { file: 'file:///zones/example.net.zone' }),
    parseZone('$TTL 1h\n$ORIGIN 100.51.198.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n@ IN NS ns1.example.com.\n7 IN PTR mail.example.com.\n', { file: 'file:///zones/rev/100.51.198.in-addr.arpa.zone' }),
  ];
  const hoverAt = (marked: string) => {
    const line = marked.replace('|', '');
    const i = ZONE.indexOf(line);
    const { text, offset } = cursor(ZONE.slice(0, i) + marked + ZONE.slice(i + line.length));
    const a = analyse(text, FILE);
    return hover({ parse: a.parse, model: a.model, file: FILE, text, otherZones: forwardZonesOf(others, FILE) }, offset)?.contents ?? '';
  };
  assert.match(hoverAt('    IN MX 20 mail.bac|kup.example.net.'), /In the zone `example\.net\.` of the workspace \(example\.net\.zone\): A 203\.0\.113\.5; AAAA 2001:db8::5\./);
  assert.match(hoverAt('mail IN A 198.51.|100.7'), /Reverse DNS in `100\.51\.198\.in-addr\.arpa\.` \(rev\/100\.51\.198\.in-addr\.arpa\.zone\): PTR `mail\.example\.com\.`\./);
  assert.match(hoverAt('ns1 3600 IN A 192.0|.2.1'), /^(?![\s\S]*Reverse DNS)/, 'no reverse zone at hand for 192.0.2.1: nothing said');
  // Without the other zones, as before.
  assert.doesNotMatch(at('mail IN A 198.51.|100.7').md, /Reverse DNS/);
});
