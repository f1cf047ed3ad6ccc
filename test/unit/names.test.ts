import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashKey, parseName, nameKey, isSubdomain, parentName, relativize, splitLabels, nameWireLength, isHostName } from '../../server/src/core/names';
import { parseZone } from '../../server/src/core/parser';
import type { NameRef } from '../../server/src/core/rdata/api';

test('relative names get the origin, absolute names stay', () => {
  assert.equal(parseName('www', 'example.com.').name, 'www.example.com.');
  assert.equal(parseName('www', 'example.com.').relative, true);
  assert.equal(parseName('www.example.org.', 'example.com.').name, 'www.example.org.');
  assert.equal(parseName('www.example.org.', 'example.com.').relative, false);
  assert.equal(parseName('@', 'example.com.').name, 'example.com.');
  assert.equal(parseName('.', 'example.com.').name, '.');
  assert.equal(parseName('www', '.').name, 'www.');
});

test('the missing trailing dot repeats the origin', () => {
  assert.equal(parseName('mail.example.com', 'example.com.').name, 'mail.example.com.example.com.');
});

test('keys are case-insensitive and escape-normalised', () => {
  assert.equal(parseName('WWW.Example.COM.', undefined).key, 'www.example.com.');
  assert.equal(parseName('\\065bc.example.', undefined).key, 'abc.example.');
  assert.equal(parseName('a\\.b.example.', undefined).key, 'a\\.b.example.');
  assert.equal(nameKey('A\\046B.example.'), 'a\\.b.example.');
  assert.equal(nameKey('x\\255.'), 'x\\255.');
});

test('label and name length limits, empty labels, bad escapes', () => {
  assert.equal(parseName('a'.repeat(63) + '.', undefined).error, undefined);
  assert.match(parseName('a'.repeat(64) + '.', undefined).error ?? '', /label of 64 octets/);
  const long = Array(5).fill('a'.repeat(63)).join('.') + '.';
  assert.match(parseName(long, undefined).error ?? '', /name of \d+ octets \(at most 255\)/);
  assert.match(parseName('a..b.', undefined).error ?? '', /empty label/);
  assert.match(parseName('.a.', undefined).error ?? '', /empty label/);
  assert.match(parseName('a\\25x.', undefined).error ?? '', /three digits/);
  assert.match(parseName('a\\256.', undefined).error ?? '', /above 255/);
  assert.match(parseName('www', undefined).error ?? '', /no origin/);
  // The origin counts towards the 255 octets.
  const origin = Array(3).fill('b'.repeat(63)).join('.') + '.';
  assert.match(parseName('c'.repeat(63), origin).error ?? '', /at most 255/);
  // Length errors carry their own diagnostic codes; the other errors do not.
  assert.equal(parseName('a'.repeat(64) + '.', undefined).errorCode, 'label-too-long');
  assert.equal(parseName('a'.repeat(64), 'example.').errorCode, 'label-too-long');
  assert.equal(parseName(long, undefined).errorCode, 'name-too-long');
  assert.equal(parseName('c'.repeat(63), origin).errorCode, 'name-too-long');
  assert.equal(parseName('a..b.', undefined).errorCode, undefined);
  // An absolute name with a long label stays absolute (not completed with the origin).
  assert.equal(parseName('a'.repeat(64) + '.at.', 'example.com.').name, 'a'.repeat(64) + '.at.');
});

test('escaped characters count one octet; \\. is not a label separator', () => {
  assert.deepEqual(splitLabels('a\\.b.c.'), ['a\\.b', 'c']);
  assert.equal(nameWireLength('a\\.b.c.'), (1 + 3) + (1 + 1) + 1);
  assert.equal(parseName('a\\.b', 'c.').name, 'a\\.b.c.');
});

test('subdomain, parent and relativize', () => {
  assert.ok(isSubdomain('a.example.com.', 'example.com.'));
  assert.ok(isSubdomain('example.com.', 'example.com.'));
  assert.ok(!isSubdomain('badexample.com.', 'example.com.'));
  // 'a\.example' is one label: the name is a child of com., not of example.com.
  assert.ok(!isSubdomain('a\\.example.com.', 'example.com.'));
  assert.ok(isSubdomain('a\\\\.example.com.', 'example.com.')); // escaped backslash, then a real dot
  assert.ok(isSubdomain('anything.', '.'));
  assert.equal(parentName('a.b.c.'), 'b.c.');
  assert.equal(parentName('c.'), '.');
  assert.equal(parentName('.'), undefined);
  assert.equal(relativize('www.example.com.', 'example.com.'), 'www');
  assert.equal(relativize('example.com.', 'example.com.'), '@');
  assert.equal(relativize('www.example.org.', 'example.com.'), 'www.example.org.');
});

test('parseName computes hashKey(key) in its single pass, for every form of name', () => {
  const cases: [string, string | undefined][] = [
    ['www', 'example.com.'], ['WWW', 'example.com.'], ['www', 'Example.COM.'], ['a.b.c.', 'x.'], ['A.B.C.', undefined],
    ['@', 'Example.com.'], ['.', 'example.com.'], ['x', '.'], ['x', undefined], ['caf\\195\\169', 'example.'],
    ['a\\.b', 'example.'], ['ünï', 'example.'], ['😀x', 'example.'], ['*', 'example.com.'], ['-bad-', 'example.com.'],
  ];
  for (const [text, origin] of cases) {
    const p = parseName(text, origin);
    assert.equal(p.hash, hashKey(p.key), `${text} @ ${origin}`);
    assert.equal(p.key, nameKey(p.name), `${text} @ ${origin}: key`);
  }
});

test('a name read from rdata knows whether it is a host name, as isHostName(key, false) says', () => {
  const names = ['mx1', 'MX1.Example.COM.', '*.example.com.', '*', '*.a', 'a.*', 'a\\.b', '\\042.x.', '\\042', '-a.x.', 'a-.x.', 'a-b',
    'a_b.x.', '_sip._tcp', 'xn--bcher-kva.example.', '192.0.2.1', '@', '.', 'a\\032b', 'caf\\195\\169', 'a.b.c.d.e.f', '0.0', 'x-'];
  for (const n of names) {
    const zone = `$ORIGIN example.com.\n$TTL 1h\n@ SOA ns hm 1 1 1 1 1\n@ NS ns\nm MX 10 ${n}\n`;
    const r = parseZone(zone, { file: 'z' }).records.find((x) => x.typeCode === 15);
    const t = (r?.rdata as { exchange?: NameRef } | undefined)?.exchange;
    assert.ok(t, n);
    assert.equal(t.host, isHostName(t.key, false), `${n} → ${t.key}`);
  }
});

test('a record knows whether its owner is a host name, as isHostName(key, true) says (wildcards, escapes, origins with *)', () => {
  const zone = `$TTL 1h
$ORIGIN example.com.
@ SOA ns hm 1 1 1 1 1
@ NS ns
a.*.b A 192.0.2.1
*.*.b A 192.0.2.1
*.b A 192.0.2.1
*.B.Example.COM. A 192.0.2.1
a.\\042.b A 192.0.2.1
\\042.c A 192.0.2.1
x\\.y A 192.0.2.1
$ORIGIN *.example.com.
a A 192.0.2.1
@ A 192.0.2.1
* A 192.0.2.1
$ORIGIN x.*.example.com.
b A 192.0.2.1
$GENERATE 1-2 h$.* A 192.0.2.$
`;
  const rs = parseZone(zone, { file: 'z' }).records;
  assert.ok(rs.length >= 14);
  for (const r of rs) assert.equal(r.ownerHostName, isHostName(r.key, true), r.key);
  // Names with a '*' label that is not the first are never host names (non-terminal-wildcard relies on it).
  const keys = rs.filter((r) => /(^|[^\\])\.\*\./.test(r.key)).map((r) => r.key);
  assert.ok(keys.length >= 5, keys.join(' '));
  for (const r of rs) if (keys.includes(r.key)) assert.equal(r.ownerHostName, false, r.key);
});
