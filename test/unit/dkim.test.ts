// DKIM key records (core/mail/dkim.ts): tag-list, key types, RSA modulus length from real keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { base64Decode, parseDkim, rsaModulusBits, isDkimKeyName } from '../../server/src/core/mail/dkim';

const rsa = (bits: number, type: 'spki' | 'pkcs1') =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }) as Buffer;

test('base64Decode agrees with Buffer, rejects what is not base64', () => {
  for (let n = 0; n < 40; n++) {
    const bytes = randomBytes(n);
    const b64 = bytes.toString('base64');
    assert.deepEqual(Buffer.from(base64Decode(b64)!), bytes, b64);
    assert.deepEqual(Buffer.from(base64Decode(b64.replace(/=+$/, ''))!), bytes, 'padding is optional');
  }
  for (const bad of ['a', 'ab=c', 'abc*', 'a===', 'ab=']) assert.equal(base64Decode(bad), undefined, bad);
});

test('rsaModulusBits reads SubjectPublicKeyInfo and PKCS#1 keys', () => {
  for (const bits of [512, 1024, 1028, 2048]) {
    assert.equal(rsaModulusBits(rsa(bits, 'spki')), bits);
    assert.equal(rsaModulusBits(rsa(bits, 'pkcs1')), bits);
  }
  const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }) as Buffer;
  assert.equal(rsaModulusBits(ed), undefined, 'an Ed25519 SPKI is not RSA');
  const spki = rsa(1024, 'spki');
  assert.equal(rsaModulusBits(spki.subarray(0, spki.length - 10)), undefined, 'truncated');
});

test('parseDkim: valid records have no findings; each problem is named', () => {
  const k2048 = rsa(2048, 'spki').toString('base64');
  const ed = (generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }) as Buffer).subarray(12).toString('base64');
  assert.deepEqual(parseDkim(`v=DKIM1; k=rsa; p=${k2048}`).findings, []);
  assert.equal(parseDkim(`v=DKIM1; k=rsa; p=${k2048}`).rsaBits, 2048);
  assert.deepEqual(parseDkim(`v=DKIM1;k=ed25519;p=${ed};`).findings, []);
  assert.deepEqual(parseDkim(`p=${k2048.slice(0, 100)} ${k2048.slice(100)}`).findings, [], 'white space inside p= is folding white space');
  assert.deepEqual(parseDkim(`v=DKIM1; h=sha1:sha256; s=*; t=y:s; n=hello; x_unknown=1; p=${k2048}`).findings, []);
  const msgs = (t: string) => parseDkim(t).findings.map((f) => `${f.severity}: ${f.message}`).join(' | ');
  assert.match(msgs('v=DKIM1; p='), /^info: the key is revoked/);
  assert.match(msgs(`v=DKIM1; p=${rsa(768, 'spki').toString('base64')}`), /^warning: the RSA key has 768 bits/);
  assert.match(msgs(`k=rsa; v=DKIM1; p=${k2048}`), /must be the first tag/);
  assert.match(msgs(`v=DKIM2; p=${k2048}`), /v=DKIM2: the version is DKIM1/);
  assert.match(msgs(`v=DKIM1; k=dsa; p=${k2048}`), /k=dsa/);
  assert.match(msgs('v=DKIM1; k=rsa'), /'p=' .* is required/);
  assert.match(msgs('v=DKIM1; p=not*base64'), /not valid base64/);
  assert.match(msgs('v=DKIM1; k=ed25519; p=AAAA'), /Ed25519 key is 32 octets/);
  assert.match(msgs(`v=DKIM1; p=${k2048}; p=${k2048}`), /'p=' appears twice/);
  assert.match(msgs(`v=DKIM1;; p=${k2048}`), /empty tag/);
  assert.match(msgs(`v=DKIM1; x-y=1; p=${k2048}`), /'x-y=1' is not a tag=value pair/, 'tag names are letters, digits, _');
  assert.match(msgs(`v=DKIM1; h=md5; p=${k2048}`), /h=md5: no hash algorithm/);
});

test('isDkimKeyName: <selector>._domainkey.<domain> only', () => {
  assert.equal(isDkimKeyName('s1._domainkey.example.com.'), true);
  assert.equal(isDkimKeyName('a.b._domainkey.example.com.'), true);
  assert.equal(isDkimKeyName('_domainkey.example.com.'), false);
  assert.equal(isDkimKeyName('www.example.com.'), false);
});

test('parseDkim: the first of a repeated tag counts; white space (tabs, line breaks) inside p= is stripped before the key is read', () => {
  const k1024 = rsa(1024, 'spki').toString('base64');
  const k768 = rsa(768, 'spki').toString('base64');
  const folded = `${k1024.slice(0, 50)}\t${k1024.slice(50, 90)}\r\n ${k1024.slice(90)}`;
  assert.equal(parseDkim(`v=DKIM1; p=${folded}`).rsaBits, 1024);
  assert.deepEqual(parseDkim(`v=DKIM1; p=${folded}`).findings, []);
  // The first p= is the key read (and the repeat is reported).
  const twice = parseDkim(`v=DKIM1; p=${k768}; p=${k1024}`);
  assert.equal(twice.rsaBits, 768);
  assert.ok(twice.findings.some((f) => /'p=' appears twice/.test(f.message)));
  assert.ok(twice.findings.some((f) => /768 bits/.test(f.message)));
  assert.ok(parseDkim(`k=dsa; k=rsa; p=${k1024}`).findings.some((f) => /k=dsa/.test(f.message)), 'the first k= counts');
  assert.match(parseDkim(`p=${k1024.slice(0, 40)} *${k1024.slice(41)}`).findings[0].message, /not valid base64/);
});
