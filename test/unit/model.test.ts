import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../server/src/core/parser';
import { ZoneModel } from '../../server/src/core/model';

const ZONE = `$TTL 1h
$ORIGIN example.com.
@ SOA ns hm 1 1 1 1 1
@ NS ns
  MX 10 mail
www CNAME web
web A 192.0.2.1
    AAAA 2001:db8::1
out.example.net. A 192.0.2.9
mail A 192.0.2.2
WWW CNAME other
$ORIGIN sub.example.com.
a TXT "x"
web.example.com. TXT "y"
`;

test('model: nameAt gives each record its owner name number, indicesOfType matches ofType', () => {
  const p = parseZone(ZONE, { file: 'z' });
  const m = new ZoneModel('example.com.', p.records, p.originRuns);
  assert.equal(m.records.length, p.records.length - 1, 'the out-of-zone record is left out');
  for (let i = 0; i < m.records.length; i++) {
    assert.equal(m.nameKey(m.nameAt(i)), m.records[i].key, `record ${i}`);
    assert.equal(m.nameAt(i), m.nameOf(m.records[i].key));
  }
  for (const code of [1, 2, 5, 15, 16, 28, 99]) {
    const records = m.ofType(code);
    const indices = m.indicesOfType(code);
    assert.equal(indices.length, records.length);
    records.forEach((r, k) => assert.equal(m.records[indices[k]], r));
  }
  // indicesOfType first, then ofType: the same lists.
  const m2 = new ZoneModel('example.com.', p.records, p.originRuns);
  assert.deepEqual([...m2.indicesOfType(5)].map((i) => m2.records[i].key), m2.ofType(5).map((r) => r.key));
  assert.deepEqual(m2.ofType(5).map((r) => r.key), ['www.example.com.', 'www.example.com.']);
  assert.equal(m.nameAt(m.indicesOfType(5)[0]), m.nameAt(m.indicesOfType(5)[1]), 'www and WWW are one name');
});

test('model: mayHaveWildcards is false only when no name starts with *', () => {
  const without = parseZone(ZONE, { file: 'z' });
  assert.equal(new ZoneModel('example.com.', without.records, without.originRuns).mayHaveWildcards, false);
  for (const owner of ['*', '*.sub', '*x', 'a.*']) {
    const p = parseZone(`${ZONE}$ORIGIN example.com.\n${owner} TXT "w"\n`, { file: 'z' });
    const m = new ZoneModel('example.com.', p.records, p.originRuns);
    assert.equal(m.mayHaveWildcards, owner.startsWith('*'), owner);
  }
  // Out of zone: not the zone's wildcard.
  const out = parseZone(`${ZONE}*.example.net. TXT "w"\n`, { file: 'z' });
  assert.equal(new ZoneModel('example.com.', out.records, out.originRuns).mayHaveWildcards, false);
});
