import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../server/src/core/parser';
import type { FileHost } from '../../server/src/core/types';
import { RR_TYPES, classAt, classFromToken, typeAt, typeFromToken } from '../../server/src/core/rrtypes';

const parse = (text: string, origin = 'example.com.', host?: FileHost) => parseZone(text, { file: 'z', origin, host });

test('owner inheritance, @, relative and absolute owners', () => {
  const r = parse('$TTL 60\n@ IN A 192.0.2.1\n  IN AAAA 2001:db8::1\nwww IN A 192.0.2.2\nx.example.org. IN A 192.0.2.3\n').records;
  assert.deepEqual(r.map((x) => x.owner), ['example.com.', 'example.com.', 'www.example.com.', 'x.example.org.']);
  assert.equal(r[1].ownerStart, r[1].ownerEnd, 'inherited owner has an empty range');
});

test('TTL and class in either order; BIND TTL rules', () => {
  const r = parse('$TTL 1h\na 60 IN A 192.0.2.1\nb IN 2m A 192.0.2.2\nc A 192.0.2.3\n').records;
  assert.deepEqual(r.map((x) => [x.ttl, x.ttlExplicit, x.cls]), [[60, true, 'IN'], [120, true, 'IN'], [3600, false, 'IN']]);
  // No $TTL: a record without TTL takes the last explicit one (RFC 1035).
  const r2 = parse('a 300 IN A 192.0.2.1\nb IN A 192.0.2.2\n').records;
  assert.equal(r2[1].ttl, 300);
});

test('SOA without TTL and no $TTL uses the SOA minimum, with a warning', () => {
  const res = parse('@ IN SOA ns h 1 2 3 4 555\nns IN A 192.0.2.1\n');
  assert.equal(res.records[0].ttl, 555);
  assert.equal(res.records[1].ttl, 555);
  assert.deepEqual(res.diagnostics.map((d) => d.code), ['no-ttl']);
});

test('$ORIGIN relative to the current origin', () => {
  const r = parse('$TTL 60\n$ORIGIN sub\nwww A 192.0.2.1\n$ORIGIN other.example.\nx A 192.0.2.2\n').records;
  assert.deepEqual(r.map((x) => x.owner), ['www.sub.example.com.', 'x.other.example.']);
});

test('types: case-insensitive, TYPEnnn maps to the mnemonic, unknown types are reported', () => {
  const res = parse('$TTL 60\na mx 10 b\nb TYPE1 192.0.2.1\nc TYPE65280 \\# 0\nd WHAT x\n');
  assert.deepEqual(res.records.map((x) => x.type), ['MX', 'A', 'TYPE65280']);
  assert.deepEqual(res.diagnostics.map((d) => d.code), ['unknown-type']);
});

test('recovers after an error and keeps reading', () => {
  const res = parse('$TTL 60\na IN A 192.0.2.1\nb IN\nc IN A 192.0.2.3\n');
  assert.deepEqual(res.records.map((x) => x.owner), ['a.example.com.', 'c.example.com.']);
  assert.equal(res.diagnostics[0].code, 'syntax-error');
});

test('$INCLUDE reads relative to the including file; origin and owner revert afterwards', () => {
  const files: Record<string, string> = {
    '/z/main': '$TTL 60\nhost A 192.0.2.1\n$INCLUDE sub/inc sub.example.com.\n  A 192.0.2.9\n',
    '/z/sub/inc': 'www A 192.0.2.2\n',
  };
  const host: FileHost = {
    readFile: (p) => files[p],
    resolve: (from, rel) => from.slice(0, from.lastIndexOf('/') + 1) + rel,
  };
  const res = parseZone(files['/z/main'], { file: '/z/main', origin: 'example.com.', host });
  assert.deepEqual(res.diagnostics, []);
  assert.deepEqual(res.records.map((r) => [r.owner, r.file]), [
    ['host.example.com.', '/z/main'],
    ['www.sub.example.com.', '/z/sub/inc'],
    ['host.example.com.', '/z/main'],
  ]);
  assert.deepEqual(res.files, ['/z/main', '/z/sub/inc']);
});

test('$INCLUDE cycles and depth are reported, not followed forever', () => {
  const host: FileHost = { readFile: (p) => (p === 'a' ? '$INCLUDE b\n' : '$INCLUDE a\n'), resolve: (_f, r) => r };
  const res = parseZone('$INCLUDE a\n', { file: 'root', origin: 'example.', host });
  assert.deepEqual(res.diagnostics.map((d) => d.code), ['include-cycle']);
  let n = 0;
  const deep: FileHost = { readFile: () => `$INCLUDE f${++n}\n`, resolve: (_f, r) => r };
  const res2 = parseZone('$INCLUDE f0\n', { file: 'root', origin: 'example.', host: deep });
  assert.deepEqual(res2.diagnostics.map((d) => d.code), ['include-depth']);
});

test('$GENERATE expands with modifiers', () => {
  const res = parse('$TTL 60\n$GENERATE 1-3 host$ A 192.0.2.$\n$GENERATE 8-10/2 ${0,3,x} CNAME x${-8,2,d}\n$GENERATE 10-11 ${0,4,n} PTR a\n');
  assert.deepEqual(res.diagnostics, []);
  assert.deepEqual(res.records.map((r) => r.owner.split('.')[0] + (r.owner.includes('.a.') ? '' : '')), ['host1', 'host2', 'host3', '008', '00a', 'a', 'b']);
  assert.ok(res.records.every((r) => r.generated));
});

test('$GENERATE with a negative offset prints as BIND does: unsigned 32-bit for o/x/n, the sign inside the width for d', () => {
  // Expected owners from named-checkzone -D (BIND 9.18) on the same directives.
  const res = parse('$TTL 60\n$GENERATE 1-2 a${-5,0,x} A 192.0.2.1\n$GENERATE 1-2 b${-5,0,o} A 192.0.2.1\n$GENERATE 1-2 c${-5,0,d} A 192.0.2.1\n' +
    '$GENERATE 1-2 d${-5,4,d} A 192.0.2.1\n$GENERATE 1-2 e${-5,2,N} A 192.0.2.1\n$GENERATE 1025-1025 ${-2000,0,n} AAAA ::1\n');
  assert.deepEqual(res.records.map((r) => r.owner.slice(0, r.owner.indexOf('.example.'))), [
    'afffffffc', 'afffffffd', 'b37777777774', 'b37777777775', 'c-4', 'c-3', 'd-004', 'd-003',
    'eC.F.F.F.F.F.F.F', 'eD.F.F.F.F.F.F.F', '1.3.c.f.f.f.f.f',
  ]);
});

test('never throws on arbitrary input', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = ['a', ' ', '\t', '\n', '\r\n', ';x', '(', ')', '"q"', '\\', '$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE', 'IN', 'A', 'MX', 'SOA', 'TXT', '1', '1h', '@', '.', '10.0.0.1', '::1', '\\#'];
  for (let k = 0; k < 500; k++) {
    let s = '';
    const n = Math.floor(rnd() * 40);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.5 ? ' ' : '');
    const res = parse(s);
    for (const d of res.diagnostics) assert.ok(d.start >= 0 && d.end <= s.length && d.start <= d.end, `${JSON.stringify(s)} ${d.code} ${d.start}-${d.end}`);
  }
});

test('$GENERATE: an offset that takes the value above 2^31-1 is an error (BIND: out of range)', () => {
  const res = parse('$TTL 60\n$GENERATE 1-1 host$ TXT foo${2147483647}\n$GENERATE 1-2 h$ A 192.0.2.${-1}\n$GENERATE 1-1 g$ TXT x${2147483646}\n');
  assert.deepEqual(res.diagnostics.map((d) => d.code), ['invalid-generate']);
  assert.deepEqual(res.records.map((r) => r.owner), ['h1.example.com.', 'h2.example.com.', 'g1.example.com.']);
});

test('a record whose owner breaks the length limits is dropped (as BIND drops the line), its other errors still reported', () => {
  const res = parse(`$TTL 60\n${'a'.repeat(64)}.at. IN A 192.0.2.300\nok IN A 192.0.2.1\n`);
  assert.deepEqual(res.diagnostics.map((d) => d.code).sort(), ['invalid-ipv4', 'label-too-long']);
  assert.deepEqual(res.records.map((r) => r.owner), ['ok.example.com.']);
});

test('typeAt and classAt read a word in place as typeFromToken and classFromToken read it', () => {
  const words = [...Object.keys(RR_TYPES), 'a', 'Ns', 'mX', 'txt', 'TYPE1', 'type65535', 'TYPE65536', 'TYPE00001', 'NSAP-PTR', 'nsap-ptr',
    'IN', 'in', 'iN', 'CH', 'hs', 'CLASS1', 'class255', 'NONE', 'ANY', 'A-', 'AA_A', 'x', '3600', '1h', 'ÀÀ', 'A\\065'];
  for (const w of words) {
    const text = `@@ ${w} @@`;
    assert.deepEqual(typeAt(text, 3, 3 + w.length), typeFromToken(w), w);
    assert.equal(classAt(text, 3, 3 + w.length), classFromToken(w), w);
    // The cache answers a second time as the first.
    assert.deepEqual(typeAt(text, 3, 3 + w.length), typeFromToken(w), w);
  }
});

test('meta and query types (OPT, NXNAME, TKEY, TSIG, IXFR, AXFR, MAILB, MAILA, ANY, TYPE128–255) cannot appear in a zone file', () => {
  const meta = ['OPT', 'NXNAME', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'MAILB', 'MAILA', 'ANY', 'TYPE41', 'TYPE128', 'TYPE200', 'TYPE255'];
  const fine = ['TYPE127', 'TYPE256', 'TYPE40', 'TYPE42', 'A', 'TXT'];
  const codes = (type: string) => parseZone(`$TTL 1h\n$ORIGIN example.com.\nx ${type} \\# 0\n`, { file: 'z' }).diagnostics.map((d) => d.code);
  for (const t of meta) assert.ok(codes(t).includes('unknown-type'), t);
  for (const t of fine) assert.ok(!codes(t).includes('unknown-type'), `${t}: ${codes(t).join(', ')}`);
});
