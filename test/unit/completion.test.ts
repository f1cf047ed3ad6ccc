/** Completion (core/features/completion.ts); `|` is the cursor. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, soaTemplate, typeSnippet } from '../../server/src/core/features/completion';
import { analyse, cursor } from './cursor';

const FILE = 'file:///zones/example.com.zone';
const HEAD = '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 hostmaster 1 2 3 4 5\n  IN NS ns1\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.2\n';
const TODAY = { year: 2024, month: 3, day: 5 };

function at(marked: string) {
  const { text, offset } = cursor(marked);
  const a = analyse(text, FILE);
  const items = complete({ parse: a.parse, model: a.model, file: FILE, text, origin: a.origin, today: TODAY }, offset);
  return { items, labels: items.map((i) => i.label), text, offset };
}

test('type position: types with field snippets (common first) and classes', () => {
  const r = at(HEAD + 'www IN |\n');
  const mx = r.items.find((i) => i.label === 'MX')!;
  assert.equal(mx.insertText, 'MX ${1:preference} ${2:exchange}');
  assert.ok(mx.snippet);
  assert.ok(!r.labels.includes('IN'), 'no second class');
  assert.ok(!r.labels.includes('AXFR') && !r.labels.includes('OPT'), 'no meta types');
  const sorted = [...r.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
  assert.deepEqual(sorted.slice(0, 4), ['A', 'AAAA', 'CNAME', 'MX']);
  const withClass = at(HEAD + 'www 3600 |\n');
  assert.ok(withClass.labels.includes('IN') && withClass.labels.includes('TXT'));
  const typing = at(HEAD + '  IN MX 10 mail\n  IN T|\n');
  const txt = typing.items.find((i) => i.label === 'TXT')!;
  assert.equal(typing.text.slice(txt.start, txt.end), 'T', 'replaces the word being typed');
  assert.equal(txt.insertText, 'TXT "${1:text…}"');
  assert.equal(typeSnippet('SRV'), 'SRV ${1:priority} ${2:weight} ${3:port} ${4:target}');
});

test('name fields offer the zone\'s names relative to the origin in force', () => {
  const r = at(HEAD + 'www IN CNAME |\n');
  assert.ok(r.labels.includes('mail') && r.labels.includes('ns1') && r.labels.includes('@'));
  assert.equal(r.items.find((i) => i.label === 'ns1')!.detail, 'A');
  const sub = at(HEAD + '$ORIGIN sub.example.com.\nx IN MX 10 |\n');
  assert.ok(sub.labels.includes('mail.example.com.'), 'outside the origin in force: absolute');
  const mx = at(HEAD + 'www IN MX |\n');
  assert.deepEqual(mx.labels, [], 'the preference is a number: nothing to offer');
});

test('directives and the SOA template with today\'s serial at the start of a line', () => {
  const r = at(HEAD + '|\n');
  assert.deepEqual(r.labels.filter((l) => l.startsWith('$')).sort(), ['$GENERATE', '$INCLUDE', '$ORIGIN', '$TTL']);
  const soa = r.items.find((i) => i.label === 'SOA record')!;
  assert.match(soa.insertText, /\$\{3:2024030501\} ; serial/);
  assert.equal(soaTemplate(TODAY).split('\n').length, 7);
  const d = at(HEAD + '$T|\n');
  assert.ok(d.labels.includes('$TTL') && !d.labels.includes('mail'));
  assert.equal(d.items.find((i) => i.label === '$TTL')!.insertText, '\\$TTL ${1:1h}');
});

test('numeric fields by name: DNSSEC algorithms, digest types, CAA tags; SOA serial today', () => {
  const alg = at(HEAD + '@ IN DS 12345 |\n');
  assert.equal(alg.items.find((i) => i.label === '13')!.detail, 'ECDSAP256SHA256');
  const dig = at(HEAD + '@ IN DS 12345 13 |\n');
  assert.equal(dig.items.find((i) => i.label === '2')!.detail, 'SHA-256');
  const caa = at(HEAD + '@ IN CAA 0 |\n');
  assert.ok(caa.labels.includes('issue') && caa.labels.includes('iodef'));
  const serial = at('$TTL 1h\n@ IN SOA ns1 hostmaster ( |\n 1 2 3 4 )\n');
  assert.deepEqual(serial.labels, ['2024030501']);
  const multi = at('$TTL 1h\n@ IN SOA ns1 hostmaster (\n | 2 3 4 5 6 )\n');
  assert.deepEqual(multi.labels, ['2024030501'], 'multi-line record: the fields on the lines above count');
  const mname = at('$TTL 1h\nns1 IN A 192.0.2.1\n@ IN SOA (\n | h 2 3 4 5 6 )\n');
  assert.ok(mname.labels.includes('ns1'), 'the next line of a parenthesised record continues its fields');
});

test('no completion inside comments and quoted strings', () => {
  assert.deepEqual(at(HEAD + 'www IN A 192.0.2.1 ; a |\n').labels, []);
  assert.deepEqual(at(HEAD + 'www IN TXT "abc |\n').labels, []);
});
