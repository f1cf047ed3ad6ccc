// DNSSEC helpers (core/dnssec/): digests against node:crypto, key tags, DS digests; and the
// cds-inconsistent check (errors as named-checkzone 9.18 decides, the digest warning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { sha1, sha256, sha384 } from '../../server/src/core/dnssec/digest';
import { dsDigest, keyTag, keyWire, nameWire, rdataWords } from '../../server/src/core/dnssec/keys';
import { analyzeZone } from '../../server/src/core/analyze';

test('SHA-1, SHA-256, SHA-384 agree with node:crypto at every length around the block sizes', () => {
  for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 239, 240, 1000]) {
    const m = randomBytes(n);
    for (const [f, alg] of [[sha1, 'sha1'], [sha256, 'sha256'], [sha384, 'sha384']] as const) {
      assert.equal(Buffer.from(f(new Uint8Array(m))).toString('hex'), createHash(alg).update(m).digest('hex'), `${alg} of ${n} octets`);
    }
  }
});

test('key tags, names in wire form, DS digests (RFC 4034 §5.1.4, App. B)', () => {
  // A key from Knot's test zone tests/knot/semantic_check_data/cdnskey.invalid, whose comment
  // gives its key id: 256 3 13 (…) ; ZSK; alg = ECDSAP256SHA256 ; key id = 7800.
  const rdata = `256 3 13 (
        VxRHPS89GaMJvJ1xL8/HulwW75tDXUZ6nYlI
        8VCFOMB7vU+SoZhaaoZu4YcCZqzjzfZLl8Lt
        SEaXZPQbnpkhyA==
        ) ; ZSK; alg = ECDSAP256SHA256 ; key id = 7800`;
  const wire = keyWire([256, 3, 13], rdataWords(rdata), 'key')!;
  assert.equal(wire.length, 4 + 64);
  assert.equal(keyTag(wire), 7800);
  assert.deepEqual(Array.from(nameWire('Ex\\065mple.COM.')), [7, ...Buffer.from('example'), 3, ...Buffer.from('com'), 0]);
  assert.deepEqual(Array.from(nameWire('.')), [0]);
  const owner = nameWire('example.com.');
  const expected = createHash('sha256').update(Buffer.concat([Buffer.from(owner), Buffer.from(wire)])).digest('hex');
  assert.equal(Buffer.from(dsDigest(owner, wire, 2)!).toString('hex'), expected);
  assert.equal(dsDigest(owner, wire, 3), undefined, 'GOST is not recomputed');
});

/** A signed-looking apex with one DNSKEY, the CDS/CDNSKEY lines given. */
function zone(extra: string, withKey = true): { code: string; severity: string; line: number }[] {
  const key = 'AwEAAcQ1EqTPebcJyUnpxO3Xjx6ehRts';
  const text = `$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n${withKey ? `@ DNSKEY 257 3 8 ${key}\n` : ''}${extra}\n`;
  const a = analyzeZone(text, { file: 'example.com.zone', origin: 'example.com.', originMode: 'authoritative' });
  return a.diagnostics.filter((d) => d.code === 'cds-inconsistent').map((d) => ({ code: d.code, severity: d.severity, line: text.slice(0, d.start).split('\n').length }));
}

test('cds-inconsistent: what named-checkzone 9.18 rejects is an error; a wrong digest for an apex key a warning', () => {
  const keyText = '257 3 8 AwEAAcQ1EqTPebcJyUnpxO3Xjx6ehRts';
  const wire = keyWire([257, 3, 8], rdataWords(keyText), 'key')!;
  const tag = keyTag(wire);
  const digest = createHash('sha256').update(Buffer.concat([Buffer.from(nameWire('example.com.')), Buffer.from(wire)])).digest('hex').toUpperCase();
  // Consistent: the CDS is the key's DS (split over two words), the CDNSKEY is the key.
  assert.deepEqual(zone(`@ CDS ${tag} 8 2 ( ${digest.slice(0, 20)} ${digest.slice(20)} )\n@ CDNSKEY ${keyText}`), []);
  // A CDS for a key not published yet (double-DS rollover): no finding; the delete forms: none.
  assert.deepEqual(zone(`@ CDS ${(tag + 1) & 0xffff} 8 2 ${digest}`), []);
  assert.deepEqual(zone('@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA=='), []);
  assert.deepEqual(zone('@ CDS 0 0 0 00\n@ CDNSKEY 0 3 0 AA==', false), [], 'delete records in an unsigned zone');
  // Errors: an algorithm no DNSKEY uses (CDS, CDNSKEY), no DNSKEY at all, a malformed delete.
  assert.deepEqual(zone(`@ CDS ${tag} 14 2 ${digest}`), [{ code: 'cds-inconsistent', severity: 'error', line: 6 }]);
  assert.deepEqual(zone('@ CDNSKEY 257 3 13 AwEAAcQ1EqTPebcJyUnpxO3Xjx6ehRts'), [{ code: 'cds-inconsistent', severity: 'error', line: 6 }]);
  assert.deepEqual(zone(`@ CDS ${tag} 8 2 ${digest}`, false), [{ code: 'cds-inconsistent', severity: 'error', line: 5 }]);
  assert.deepEqual(zone('@ CDNSKEY 0 3 0 BA=='), [{ code: 'cds-inconsistent', severity: 'error', line: 6 }]);
  // Warning: the key tag and algorithm name the apex key, the digest is not its DS.
  const wrong = (digest[0] === 'A' ? 'B' : 'A') + digest.slice(1);
  assert.deepEqual(zone(`@ CDS ${tag} 8 2 ${wrong}`), [{ code: 'cds-inconsistent', severity: 'warning', line: 6 }]);
  // Generic (RFC 3597) DNSKEY: read as wire data.
  const hex = Buffer.from(wire).toString('hex');
  const text = `$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\nns1 A 192.0.2.1\n@ DNSKEY \\# ${wire.length} ${hex}\n@ CDS ${tag} 8 2 ${wrong}\n`;
  const a = analyzeZone(text, { file: 'z', origin: 'example.com.', originMode: 'authoritative' });
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'cds-inconsistent').map((d) => d.severity), ['warning']);
});
