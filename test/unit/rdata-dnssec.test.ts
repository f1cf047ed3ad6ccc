import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bad, ok, one } from './rdata-helpers';

// RFC 4034 §2.3 / §3.3 example key and signature, used by several tests.
const KEY = 'AQOeiiR0GOMYkDshWoSKz9Xz fwJr1AYtsmx3TGkJaNXVbfi/ 2pHm822aJ5iI9BMzNXxeYCmZ DRD99WYwYqUSdjMmmAphXdvx egXd/M5+X7OrzKBaMbCVdFLU Uh6DhweJBjEVv5f2wwjM9Xzc nOf+EPbtG9DMBmADjFDc2w/r ljwvFw==';
const SIG = 'oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTr PYGv07h108dUKGMeDPKijVCHX3DDKdfb+v6o B9wfuh3DTJXUAfI/M0zmO/zz8bW0Rznl8O3t GNazPwQKkRN20XPXV6nwwfoXmJQbsLNrLfkG J5D6fwFm8nN+6pBzeDQfsS3Ap3o=';

test('DS, CDS, TA, DLV: key tag, algorithm, digest type, hex digest of the right length', () => {
  // bind9/bin/tests/system/checkzone/zones/bad-ds-2.db (the record itself is fine; its place is not)
  const ds = ok('foo DS 14364 10 2 FD03B2312C8F0FE72C1751EFA1007D743C94EC91594FF0047C23C37CE119BA0C');
  assert.deepEqual(ds, { keyTag: 14364, algorithm: 10, digestType: 2, digestLength: 32 });
  // Digest split over tokens, mnemonic algorithm and digest type.
  assert.equal(ok('foo DS 50664 NSEC3RSASHA1 SHA-256 D4EEDAE5EC46C3C1A3A6DC6BC4404F36BA00E4025562A9BC8F3261A9 D0F08F96').digestLength, 32);
  ok('foo DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118');
  ok('@ CDS 0 0 0 00'); // RFC 8078 delete form
  ok('foo TA 14364 8 2 FD03B2312C8F0FE72C1751EFA1007D743C94EC91594FF0047C23C37CE119BA0C');
  ok('foo DLV 14364 8 1 2BB183AF5F22588179A53B0A98631FAD1A292118');
  assert.match(bad('foo DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A2921', 'invalid-rdata', '2BB183AF5F22588179A53B0A98631FAD1A2921'), /SHA-1 digest .* 20 octets/);
  bad('foo DS 60485 5 2 2BB183AF 5F225881', 'invalid-rdata', '2BB183AF 5F225881');
  bad('foo DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A29211', 'invalid-hex', '2BB183AF5F22588179A53B0A98631FAD1A29211');
  bad('foo DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A2921XY', 'invalid-hex', '2BB183AF5F22588179A53B0A98631FAD1A2921XY');
  bad('foo DS 65536 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118', 'out-of-range', '65536');
  bad('foo DS 1 256 1 2BB183AF5F22588179A53B0A98631FAD1A292118', 'out-of-range', '256');
  bad('foo DS 1 RSA 1 2BB183AF5F22588179A53B0A98631FAD1A292118', 'invalid-number', 'RSA');
  // BIND spells algorithm 12 ECCGOST and does not take the IANA ECC-GOST.
  ok('foo DS 1 ECCGOST 3 2BB183AF5F22588179A53B0A98631FAD1A2921182BB183AF5F22588179A53B0A');
  bad('foo DS 1 ECC-GOST 3 2BB183AF5F22588179A53B0A98631FAD1A2921182BB183AF5F22588179A53B0A', 'invalid-number', 'ECC-GOST');
  const r = one('foo DS 60485 5 1');
  assert.deepEqual(r.diags.map((d) => d[0]), ['missing-field']);
  assert.match(r.messages[0], /missing the digest/);
});

test('DNSKEY, CDNSKEY, KEY: flags, protocol, algorithm, base64 key across tokens', () => {
  const k = ok(`example.com. DNSKEY 256 3 5 ( ${KEY} )`); // RFC 4034 §2.3
  assert.deepEqual(k, { flags: 256, protocol: 3, algorithm: 5, keyLength: 130 });
  ok('@ DNSKEY 257 3 ECDSAP256SHA256 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==');
  ok('@ CDNSKEY 0 3 0 AA=='); // RFC 8078 delete form
  ok('@ DNSKEY ZONE|KSK 3 13 AA==');
  ok('@ KEY 49152 3 5'); // KEY with the no-key flags has no key data (BIND)
  bad('@ KEY 49152 3 5 AA==', 'extra-field', 'AA==');
  bad('@ DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8j%o0dxCjj', 'invalid-base64', 'mdsswUyr3DPW132mOi8V9xESWE8j%o0dxCjj');
  bad('@ DNSKEY 257 3 13 AAA', 'invalid-base64', 'AAA');
  bad('@ DNSKEY 65536 3 13 AA==', 'out-of-range', '65536');
  bad('@ DNSKEY 257 256 13 AA==', 'out-of-range', '256');
  bad('@ DNSKEY BOGUS 3 13 AA==', 'invalid-number', 'BOGUS');
  assert.match(bad('@ DNSKEY 257 3 13', 'missing-field', '257 3 13'), /missing the public key/);
});

test('RRSIG, SIG: type covered, times as YYYYMMDDHHmmSS or seconds, signer name, base64 signature', () => {
  // RFC 4034 §3.3
  const s = ok(`host.example.com. RRSIG A 5 3 86400 20030322173103 ( 20030220173103 2642 example.com. ${SIG} )`);
  assert.deepEqual({ ...s, signer: (s.signer as { name: string }).name }, {
    typeCovered: 'A', algorithm: 5, labels: 3, originalTtl: 86400,
    expiration: Date.UTC(2003, 2, 22, 17, 31, 3) / 1000, inception: Date.UTC(2003, 1, 20, 17, 31, 3) / 1000,
    keyTag: 2642, signer: 'example.com.',
  });
  // bind9/bin/tests/system/dnssec/ns3/rsasha1-1024.example.db.in (year 2093)
  assert.equal(ok('@ RRSIG SOA 5 2 300 20930723222148 20250705200741 58758 example.com. PJOZW7DeXBMB3VJ3RGFHbq5sWGc8zas7y8BKaEz4rWmScEfJrmt5ZGtm').expiration,
    Date.UTC(2093, 6, 23, 22, 21, 48) / 1000);
  // Seconds since the epoch, TYPEnnn, a bare type number (BIND), relative signer.
  const t = ok('@ RRSIG TYPE65280 8 2 300 1700000000 1690000000 1 sub AA==');
  assert.equal(t.typeCovered, 'TYPE65280');
  assert.equal(t.expiration, 1700000000);
  assert.equal((t.signer as { name: string }).name, 'sub.example.com.');
  assert.equal(ok('@ RRSIG 1 8 2 300 1700000000 1690000000 1 . AA==').typeCovered, 'A');
  ok('@ SIG NXT 1 3 3600 20000102030405 19961211100908 21423 example.com. AA==');
  ok('@ RRSIG A 8 2 300 20240229000060 20240101000000 1 . AA=='); // leap day, leap second
  bad('@ RRSIG A 8 2 300 20230229000000 20240101000000 1 . AA==', 'out-of-range', '20230229000000');
  bad('@ RRSIG A 8 2 300 20241301000000 20240101000000 1 . AA==', 'out-of-range', '20241301000000');
  assert.match(bad('@ RRSIG A 8 2 300 2024010100000 20240101000000 1 . AA==', 'invalid-rdata', '2024010100000'), /YYYYMMDDHHmmSS/);
  bad('@ RRSIG A 8 2 300 4294967296 20240101000000 1 . AA==', 'out-of-range', '4294967296');
  bad('@ RRSIG A 8 2 300 -1 20240101000000 1 . AA==', 'invalid-rdata', '-1');
  bad('@ RRSIG BOGUS 8 2 300 20240201000000 20240101000000 1 . AA==', 'invalid-rdata', 'BOGUS');
  bad('@ RRSIG A 8 256 300 20240201000000 20240101000000 1 . AA==', 'out-of-range', '256');
  bad('@ RRSIG A 8 2 300 20240201000000 20240101000000 1 . AA=!', 'invalid-base64', 'AA=!');
  bad('@ RRSIG A 8 2 300 20240201000000 20240101000000 1 a..b AA==', 'invalid-name', 'a..b');
  assert.match(bad('@ RRSIG A 8 2 300 20240201000000 20240101000000 1 .', 'missing-field', 'A 8 2 300 20240201000000 20240101000000 1 .'), /missing the signature/);
});

test('NSEC: next name and a non-empty type list', () => {
  const n = ok('alfa.example.com. NSEC host.example.com. A MX RRSIG NSEC TYPE1234'); // RFC 4034 §4.3
  assert.deepEqual(n.types, ['A', 'MX', 'RRSIG', 'NSEC', 'TYPE1234']);
  assert.equal((n.next as { name: string }).name, 'host.example.com.');
  assert.deepEqual(ok('a NSEC b type1 aaaa').types, ['A', 'AAAA']);
  bad('a NSEC b A BOGUS RRSIG', 'invalid-rdata', 'BOGUS');
  bad('a NSEC b A 15', 'invalid-rdata', '15');
  assert.match(bad('a NSEC b', 'missing-field', 'b'), /type list/);
});

test('NSEC3 and NSEC3PARAM: salt, base32hex hash, type list', () => {
  // RFC 5155 Appendix A
  const n = ok('0p9mhaveqvm6t7vbl5lop2u3t2rp3tom.example.com. NSEC3 1 1 12 aabbccdd ( 2t7b4g4vsa5smi47k61mv5bv1a22bojr MX DNSKEY NS SOA NSEC3PARAM RRSIG )');
  assert.deepEqual(n, { hashAlgorithm: 1, flags: 1, iterations: 12, saltLength: 4, hashLength: 20, types: ['MX', 'DNSKEY', 'NS', 'SOA', 'NSEC3PARAM', 'RRSIG'] });
  assert.equal(ok('h NSEC3 1 0 0 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr').saltLength, 0); // no types is fine for NSEC3
  // bind9/bin/tests/system/checkzone/zones/good-nsec3-nopadhash.db: other hash algorithms, any length
  ok('CPNMU NSEC3 2 1 12 aabbccdd ( CPNMU MX DNSKEY NS SOA NSEC3PARAM RRSIG )');
  // bind9/bin/tests/system/checkzone/zones/bad-nsec3-padded.db and bad-nsec3-length.db
  bad('CPNMU NSEC3 2 1 12 aabbccdd CPNMU=== MX', 'invalid-base32hex', 'CPNMU===');
  assert.match(bad('h NSEC3 1 0 10 76931F IMQ912BREQP1POLAH3RMONG', 'out-of-range', 'IMQ912BREQP1POLAH3RMONG'), /20 octets/);
  bad('h NSEC3 1 0 10 7693F 2t7b4g4vsa5smi47k61mv5bv1a22bojr', 'invalid-hex', '7693F');
  bad('h NSEC3 1 0 10 salt 2t7b4g4vsa5smi47k61mv5bv1a22bojr', 'invalid-hex', 'salt');
  bad('h NSEC3 1 0 65536 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr', 'out-of-range', '65536');
  bad('h NSEC3 1 0 0 - 2t7b4g4vsa5smi47k61mv5bv1a22bo', 'invalid-base32hex', '2t7b4g4vsa5smi47k61mv5bv1a22bo');
  bad('h NSEC3 1 0 0 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr A WHAT', 'invalid-rdata', 'WHAT');
  assert.deepEqual(ok('@ NSEC3PARAM 1 0 12 aabbccdd'), { hashAlgorithm: 1, flags: 0, iterations: 12, saltLength: 4 });
  ok('@ NSEC3PARAM 1 0 0 -');
  bad('@ NSEC3PARAM 1 0 0 - extra', 'extra-field', 'extra');
  bad('@ NSEC3PARAM 1 256 0 -', 'out-of-range', '256');
  assert.match(bad('@ NSEC3PARAM 1 0 0', 'missing-field', '1 0 0'), /missing the salt/);
});

test('CSYNC, ZONEMD', () => {
  assert.deepEqual(ok('@ CSYNC 66 3 A NS AAAA'), { serial: 66, flags: 3, types: ['A', 'NS', 'AAAA'] }); // RFC 7477 §2.3
  ok('@ CSYNC 66 0');
  bad('@ CSYNC 66 65536 A', 'out-of-range', '65536');
  bad('@ CSYNC 66 3 A NX', 'invalid-rdata', 'NX');
  // RFC 8976 A.1 (zones/ldns/test/25-ZONEMD.*)
  const z = ok('@ ZONEMD 2018031900 1 1 ( c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9 a9713b3c9ae5cc27777f98b8e730044c )');
  assert.deepEqual(z, { serial: 2018031900, scheme: 1, hashAlgorithm: 1, digestLength: 48 });
  ok('@ ZONEMD 2018031900 1 240 e1846540e33a9e4189792d18');
  // zones/pdns/regression-tests.nobackend/zonemd-test-cases/zones/31-too-small-digest/example.zone
  bad('@ ZONEMD 2018031900 1 1 8f43', 'invalid-rdata', '8f43');
  bad('@ ZONEMD 2018031900 1 240 e1846540e33a9e41', 'invalid-rdata', 'e1846540e33a9e41');
  bad('@ ZONEMD 2018031900 1 2 c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c', 'invalid-rdata', 'c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c');
  bad('@ ZONEMD 4294967296 1 1 00', 'out-of-range', '4294967296');
});

test('SSHFP, TLSA, SMIMEA: hex data checked against the hash length', () => {
  // zones/dnscontrol/pkg/js/parse_tests/022-sshfp/foo.com.zone
  assert.deepEqual(ok('@ SSHFP 2 1 66C7D5540B7D75A1FB4C84FEBFA178AD99BDD67C'), { algorithm: 2, fingerprintType: 1, fingerprintLength: 20 });
  ok('@ SSHFP 1 2 0F211D236E94768911A294F38653C4AF6FA935A5B06C975D8162F59142571451');
  ok('@ SSHFP 0 0'); // BIND: no fingerprint for an unknown type
  bad('@ SSHFP 2 1 66C7D5540B7D75A1FB4C84FEBFA178AD99BDD6', 'invalid-rdata', '66C7D5540B7D75A1FB4C84FEBFA178AD99BDD6');
  bad('@ SSHFP 0 0 00 0', 'invalid-hex', '00 0');
  bad('@ SSHFP 256 0 00', 'out-of-range', '256');
  // RFC 6698 §2.3
  const t = ok('_443._tcp.www TLSA 0 0 1 d2abde240d7cd3ee6b4b28c54df034b9 7983a1d16e8a410e4561cb106618e971');
  assert.deepEqual(t, { usage: 0, selector: 0, matchingType: 1, dataLength: 32 });
  ok('_443._tcp.www TLSA 1 1 2 92003ba34942dc74152e2f2c408d29ec a5a520e7f2e06bb944f4dca346baf63c 1b177615d466f6c4b71c216a50292bd5 8c9ebdd2f74e38fe51ffd48c43326cbc');
  ok('_443._tcp.www TLSA 3 0 0 30820307308201efa003020102');
  bad('_443._tcp.www TLSA 3 1 1 d2abde240d7cd3ee6b4b28c54df034b9', 'invalid-rdata', 'd2abde240d7cd3ee6b4b28c54df034b9');
  bad('_443._tcp.www TLSA 3 1 1 zz', 'invalid-hex', 'zz');
  ok('x._smimecert SMIMEA 3 1 1 d2abde240d7cd3ee6b4b28c54df034b97983a1d16e8a410e4561cb106618e971');
  assert.match(bad('x._smimecert SMIMEA 3 1 1', 'missing-field', '3 1 1'), /certificate association data/);
});

test('OPENPGPKEY, DHCID, CERT: base64', () => {
  ok('x._openpgpkey OPENPGPKEY mQINBFit2jsBEADrbl5vjVxYeTE0g3Xqn/x6KZoBv8b1Yp6E8nP0ZoEwP4r5H2GDRl2J');
  bad('x._openpgpkey OPENPGPKEY mQ*N', 'invalid-base64', 'mQ*N');
  // zones/nsd/tpkg/ipseckey.tdir/ipseckey.zone (RFC 4701 §3.6)
  assert.deepEqual(ok('client DHCID AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA='), { length: 35 });
  bad('client DHCID', 'missing-field', '');
  assert.deepEqual(ok('@ CERT PKIX 456 0 foofoofoofoo'), { certType: 1, keyTag: 456, algorithm: 0, length: 9 });
  ok('@ CERT 65535 0 RSASHA256 AA==');
  bad('@ CERT X509 0 0 AA==', 'invalid-number', 'X509');
  bad('@ CERT PGP 65536 0 AA==', 'out-of-range', '65536');
});

test('IPSECKEY: gateway by type; AMTRELAY; HIP', () => {
  // zones/nsd/tpkg/ipseckey.tdir/ipseckey.zone (RFC 4025 §3.3)
  const k = 'AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==';
  assert.deepEqual(ok(`x IPSECKEY 10 0 2 . ${k}`), { precedence: 10, gatewayType: 0, algorithm: 2, keyLength: 34 });
  assert.equal(ok(`x IPSECKEY 10 1 2 192.0.2.38 ${k}`).gateway, '192.0.2.38');
  ok(`x IPSECKEY 10 2 2 2001:0DB8:0:8002::2000:1 ${k}`);
  assert.equal((ok(`x IPSECKEY 10 3 2 mygateway.example.com. ${k}`).gateway as { name: string }).name, 'mygateway.example.com.');
  bad(`x IPSECKEY 10 1 2 2001:db8::1 ${k}`, 'invalid-ipv4', '2001:db8::1');
  bad(`x IPSECKEY 10 2 2 192.0.2.1 ${k}`, 'invalid-ipv6', '192.0.2.1');
  bad(`x IPSECKEY 10 0 2 gw ${k}`, 'invalid-rdata', 'gw');
  bad(`x IPSECKEY 10 4 2 . ${k}`, 'out-of-range', '4');
  bad('x IPSECKEY 10 1 2 192.0.2.38', 'missing-field', '10 1 2 192.0.2.38'); // BIND needs the key
  // RFC 8777 §4.3
  assert.deepEqual(ok('x AMTRELAY 10 0 1 203.0.113.15'), { precedence: 10, discovery: 0, relayType: 1, relay: '203.0.113.15' });
  ok('x AMTRELAY 10 1 0 .');
  ok('x AMTRELAY 128 1 3 amtrelays.example.com.');
  bad('x AMTRELAY 10 2 1 203.0.113.15', 'out-of-range', '2');
  bad('x AMTRELAY 10 0 2 203.0.113.15', 'invalid-ipv6', '203.0.113.15');
  // RFC 8005 §6
  const hip = ok('www HIP ( 2 200100107B1A74DF365639CC39F1D578 AwEAAbdxyhNuSutc5EMzxTs9LBPCIkOFH8cIvM4p9+LrV4e19WzK00+CI6zBCQTdtWsuxKbWIy87UOoJTwkUs7lBu+Upr1gsNrut79ryra+bSRGQb1slImA8YVJyuIDsj7kwzG7jnERNqnWxZ48AWkskmdHaVDP4BcelrTI3rMXdXF5D rvs.example.com. )');
  assert.deepEqual(hip, { algorithm: 2, hitLength: 16, keyLength: 132, servers: 1 });
  bad('www HIP 2 20010010XB1A74DF365639CC39F1D578 AwEAAQ==', 'invalid-hex', '20010010XB1A74DF365639CC39F1D578');
  bad('www HIP 2 200100107B1A74DF365639CC39F1D578 AwEAA', 'invalid-base64', 'AwEAA');
});

test('SVCB, HTTPS: SvcParams', () => {
  // bind9/bin/tests/system/checkzone/zones/good-svcb.db
  const s = ok('svcb1 SVCB 1 . port=60 alpn=h3 ech="ZWFzdGVyIGVnZyE="');
  assert.deepEqual({ ...s, target: (s.target as { name: string }).name }, { priority: 1, target: '.', keys: ['port', 'alpn', 'ech'] });
  ok('svcb0 SVCB 0 example.net.');
  ok('svcb2 SVCB 2 . no-default-alpn alpn=alpn');
  ok('svcb3 SVCB 3 . ipv4hint="10.10.10.10"');
  ok('svcb4 SVCB 4 . ipv6hint="feed:a::bee"');
  ok('svcb5 SVCB 5 . key9999="something"');
  ok('svcb6 SVCB 6 . mandatory=port,alpn port=60 alpn=h3');
  ok('svcb8 SVCB 8 . mandatory=port,alpn port=60 alpn="h1\\\\,h2,h3"');
  ok('svcb10 SVCB 7 . alpn="h2,h3" dohpath=/{?dns}');
  // zones/nsd/tpkg/svcb.tdir/svcb.test-vectors-pf.zone (RFC 9460 Appendix D)
  ok('v08 SVCB 16 foo.example.org. (alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1)');
  ok('v09 SVCB 16 foo.example.org. alpn="f\\\\\\\\oo\\\\,bar,h2"');
  ok('v05 SVCB 1 foo.example.com. key667="hello\\210qoo"');
  ok('v07 HTTPS 1 example.com. ipv6hint="2001:db8:ffff:ffff:ffff:ffff:198.51.100.100"');
  ok('s03 HTTPS 0 . alpn="h2,h3" no-default-alpn'); // BIND takes params in AliasMode
  ok('o HTTPS 1 . ( alpn=h2 ohttp )');
  ok('e SVCB 1 . ech'); // BIND takes an empty ech
  // bind9/bin/tests/system/checkzone/zones/bad-svcb*.db
  bad('svcb SVCB 0 . unknown=wha', 'invalid-rdata', 'unknown=wha');
  bad('svcb SVCB 0 . mandatory=alpn', 'invalid-rdata', 'mandatory=alpn');
  bad('svcb SVCB 1 . alpn=\\,abc', 'invalid-rdata', 'alpn=\\,abc');
  bad('svcb SVCB 1 . alpn=a\\,\\,abc', 'invalid-rdata', 'alpn=a\\,\\,abc');
  bad('svcb SVCB 1 . alpn=abc,', 'invalid-rdata', 'alpn=abc,');
  bad('svcb SVCB 1 . alpn=a,,abc', 'invalid-rdata', 'alpn=a,,abc');
  // zones/nsd/tpkg/svcb.tdir/failure-cases.zone
  bad('f01 SVCB 1 foo.example.com. ( key123=abc key123=def )', 'invalid-rdata', 'key123=def');
  bad('f02 SVCB 1 foo.example.com. mandatory', 'invalid-rdata', 'mandatory');
  bad('f04 SVCB 1 foo.example.com. port', 'invalid-rdata', 'port');
  bad('f07 SVCB 1 foo.example.com. no-default-alpn=abc alpn=h2', 'invalid-rdata', 'no-default-alpn=abc');
  bad('f09 SVCB 1 foo.example.com. mandatory=mandatory', 'invalid-rdata', 'mandatory=mandatory');
  bad('f10 SVCB 1 foo.example.com. mandatory=key123,key123 key123=abc', 'invalid-rdata', 'mandatory=key123,key123');
  bad('x SVCB 1 . port=65536', 'invalid-rdata', 'port=65536');
  bad('x SVCB 1 . port=1,2', 'invalid-rdata', 'port=1,2');
  bad('x SVCB 1 . ipv4hint=1.2.3', 'invalid-ipv4', 'ipv4hint=1.2.3');
  bad('x SVCB 1 . ipv4hint="1.2.3.4,"', 'invalid-ipv4', 'ipv4hint="1.2.3.4,"');
  bad('x SVCB 1 . ipv6hint=::W', 'invalid-ipv6', 'ipv6hint=::W');
  bad('x SVCB 1 . ech=W', 'invalid-base64', 'ech=W');
  bad('x SVCB 1 . ohttp=x', 'invalid-rdata', 'ohttp=x');
  bad('x SVCB 1 . dohpath=/dns-query', 'invalid-rdata', 'dohpath=/dns-query');
  bad('x SVCB 1 . no-default-alpn', 'invalid-rdata', '1 . no-default-alpn');
  bad('x SVCB 1 . "alpn=h2"', 'invalid-rdata', '"alpn=h2"');
  bad('x SVCB 65536 .', 'out-of-range', '65536');
  bad('x HTTPS 1 a..b alpn=h2', 'invalid-name', 'a..b');
  assert.match(bad('x HTTPS 1', 'missing-field', '1'), /missing the target/);
});
