/** Outline, folding and selection ranges (core/features/symbols.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols, foldingRanges, selectionRanges } from '../../server/src/core/features/symbols';
import { analyse, cursor } from './cursor';

const FILE = 'file:///zones/example.com.zone';
const ZONE = `$TTL 1h
www IN A 192.0.2.80
; The apex.
; SOA and NS.
@ IN SOA ns1 hostmaster (
        2024010101 ; serial
        1h 15m 2w 5m )
  IN NS ns1
ns1 IN A 192.0.2.1
www IN AAAA 2001:db8::80
$ORIGIN sub.example.com.
x IN TXT "in sub"
`;

test('outline: one group per owner (relative to the apex), the SOA\'s first, records as children, directives', () => {
  const a = analyse(ZONE, FILE);
  const s = documentSymbols(a.parse, FILE, ZONE, a.origin);
  assert.deepEqual(s.map((x) => `${x.kind}:${x.name}:${x.detail}`), [
    'owner:@:SOA, NS',
    'directive:$TTL:1h',
    'owner:www:A, AAAA',
    'owner:ns1:A',
    'directive:$ORIGIN:sub.example.com.',
    'owner:x.sub:TXT',
  ]);
  const apex = s[0];
  assert.equal(ZONE.slice(apex.start, apex.end), ZONE.slice(ZONE.indexOf('@ IN SOA'), ZONE.indexOf('ns1 IN A')).trimEnd());
  assert.equal(ZONE.slice(apex.children[0].selectionStart, apex.children[0].selectionEnd), 'SOA');
  assert.ok(ZONE.slice(apex.children[0].start, apex.children[0].end).endsWith('5m )'), 'the record range includes its closing parenthesis');
  for (const g of s) for (const c of g.children) assert.ok(c.start >= g.start && c.end <= g.end && c.selectionStart >= c.start && c.selectionEnd <= c.end);
});

test('folding: the parenthesised SOA, the comment block, the apex run of records', () => {
  const a = analyse(ZONE, FILE);
  const f = foldingRanges(a.parse, FILE, ZONE).map((x) => `${x.kind}:${ZONE.slice(x.start, x.end).split('\n')[0]}…${ZONE.slice(x.start, x.end).split('\n').length}`);
  assert.deepEqual(f, [
    'comment:; The apex.…2',
    'region:@ IN SOA ns1 hostmaster (…3',
    'region:@ IN SOA ns1 hostmaster (…4',
  ]);
  // CRLF: the same ranges.
  const crlf = ZONE.replace(/\n/g, '\r\n');
  const b = analyse(crlf, FILE);
  assert.equal(foldingRanges(b.parse, FILE, crlf).length, 3);
});

test('selection ranges grow: token, rdata, record, owner run, file', () => {
  const { text, offset } = cursor(ZONE.replace('2024010101', '20240|10101'));
  const a = analyse(text, FILE);
  const r = selectionRanges(a.parse, FILE, text, offset).map((x) => text.slice(x.start, x.end));
  assert.equal(r[0], '2024010101');
  assert.ok(r[1].startsWith('ns1 hostmaster') && r[1].endsWith('5m'));
  assert.ok(r[2].startsWith('@ IN SOA') && r[2].endsWith('5m )'));
  assert.ok(r[3].startsWith('@ IN SOA') && r[3].endsWith('IN NS ns1'));
  assert.equal(r[r.length - 1], text);
  const q = cursor(ZONE.replace('"in sub"', '"in |sub"'));
  const b = analyse(q.text, FILE);
  const rq = selectionRanges(b.parse, FILE, q.text, q.offset).map((x) => q.text.slice(x.start, x.end));
  assert.deepEqual(rq.slice(0, 2), ['in sub', '"in sub"']);
});
