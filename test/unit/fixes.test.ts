// Quick fixes of the zone checks: each is applied to the text and the result parsed again — the
// diagnostic is gone and every other record is exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone } from '../../server/src/core/analyze';
import { quickFixes, type TextEdit } from '../../server/src/core/fixes';

const HEAD = '$TTL 3600\n$ORIGIN example.com.\n@ IN SOA ns1 hostmaster 2024010101 3600 900 604800 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n';

const analyze = (text: string) => analyzeZone(text, { file: 'z', origin: 'example.com.', originMode: 'authoritative' });
const apply = (text: string, edits: TextEdit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
const records = (text: string) => analyze(text).parse.records.map((r) => `${r.key} ${r.ttl} ${r.type} ${JSON.stringify(r.rdata, (k, v) => (['start', 'end', 'serialStart', 'serialEnd', 'hash'].includes(k) ? undefined : v))}`);

/** Apply the first fix for `code` (or the `which`-th, of `nFixes`); return the new text. */
function fix(text: string, code: string, which = 0, nFixes = code === 'mail-domain-without-mx' ? 2 : 1): string {
  const d = analyze(text).diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in:\n${text}`);
  const fixes = quickFixes(d, text);
  assert.equal(fixes.length, nFixes, `${nFixes} fix(es) for ${code}`);
  const out = apply(text, fixes[which].edits);
  const count = (t: string) => analyze(t).diagnostics.filter((x) => x.code === code).length;
  assert.equal(count(out), count(text) - 1, `the fixed ${code} is still there:\n${out}`);
  return out;
}

test('missing-trailing-dot: adds the dot, nothing else', () => {
  const text = HEAD + '@ IN MX 10 mail.example.net ; backup MX\n';
  const out = fix(text, 'missing-trailing-dot');
  assert.equal(out, HEAD + '@ IN MX 10 mail.example.net. ; backup MX\n');
});

test('mx-target-is-cname: points at the end of the CNAME chain', () => {
  const text = HEAD + '@ IN MX 10 mx\nmx IN CNAME mx2\nmx2 IN CNAME real\nreal IN A 192.0.2.9\n';
  const out = fix(text, 'mx-target-is-cname');
  assert.equal(out, HEAD + '@ IN MX 10 real.example.com.\nmx IN CNAME mx2\nmx2 IN CNAME real\nreal IN A 192.0.2.9\n');
  const before = records(text), after = records(out);
  assert.deepEqual(after.filter((r) => !r.includes(' MX ')), before.filter((r) => !r.includes(' MX ')));
});

test('duplicate-record: deletes the whole line (multi-line records too), other records unchanged', () => {
  const text = HEAD + 'www IN A 192.0.2.2\nmail IN A 192.0.2.3\nWWW IN A 192.0.2.2 ; again\nother IN TXT ( "a"\n  "b" )\nother IN TXT ( "a" ; same data\n  "b" )\nend IN A 192.0.2.4\n';
  const once = fix(text, 'duplicate-record');
  assert.equal(once, HEAD + 'www IN A 192.0.2.2\nmail IN A 192.0.2.3\nother IN TXT ( "a"\n  "b" )\nother IN TXT ( "a" ; same data\n  "b" )\nend IN A 192.0.2.4\n');
  const twice = fix(once, 'duplicate-record');
  assert.equal(twice, HEAD + 'www IN A 192.0.2.2\nmail IN A 192.0.2.3\nother IN TXT ( "a"\n  "b" )\nend IN A 192.0.2.4\n');
  assert.deepEqual(new Set(records(twice)), new Set(records(text)), 'the same set of records (duplicates are one record)');
});

test('duplicate-record: no fix when deleting the line would change the owner of the next line', () => {
  const text = HEAD + 'www IN A 192.0.2.2\nmail IN A 192.0.2.3\nwww IN A 192.0.2.2\n    IN AAAA 2001:db8::2\n';
  const d = analyze(text).diagnostics.find((x) => x.code === 'duplicate-record')!;
  assert.deepEqual(quickFixes(d, text), []);
  // A blank-owner duplicate can go: the owner of later lines does not depend on it.
  const blank = HEAD + 'www IN A 192.0.2.2\n    IN A 192.0.2.2\n    IN AAAA 2001:db8::2\n';
  assert.equal(fix(blank, 'duplicate-record'), HEAD + 'www IN A 192.0.2.2\n    IN AAAA 2001:db8::2\n');
});

test('ds-at-apex: deletes the DS line; the zone then has no DS at its apex', () => {
  const text = HEAD + '@ IN DS 60485 8 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A ; for the parent\nwww IN A 192.0.2.2\n';
  const out = fix(text, 'ds-at-apex');
  assert.equal(out, HEAD + 'www IN A 192.0.2.2\n');
  assert.equal(analyze(out).diagnostics.filter((d) => d.code === 'ds-at-apex').length, 0);
});

test('CRLF files keep their line ends', () => {
  const text = (HEAD + 'www IN A 192.0.2.2\nwww IN A 192.0.2.2\nx IN A 192.0.2.5\n').replace(/\n/g, '\r\n');
  assert.equal(fix(text, 'duplicate-record'), (HEAD + 'www IN A 192.0.2.2\nx IN A 192.0.2.5\n').replace(/\n/g, '\r\n'));
});

test('txt-string-too-long: splits into quoted strings of ≤ 255 octets, the same text, escapes whole', () => {
  const txt = (t: string) => analyze(t).parse.records.filter((r) => r.type === 'TXT').map((r) => (r.rdata as { strings: string[] }).strings);
  // 300 plain octets, one line of comment after it; other records around it.
  const long = 'x'.repeat(300);
  const text = HEAD + `a IN TXT "${long}" ; keep me\nb IN A 192.0.2.7\n`;
  const out = fix(text, 'txt-string-too-long');
  assert.equal(out, HEAD + `a IN TXT "${'x'.repeat(255)}" "${'x'.repeat(45)}" ; keep me\nb IN A 192.0.2.7\n`);
  assert.deepEqual(records(out).filter((r) => !r.includes(' TXT ')), records(text).filter((r) => !r.includes(' TXT ')));
  // Escapes count one octet and are never cut: 254 plain octets, then \\DDD, \\" and more.
  const esc = 'y'.repeat(254) + '\\065\\"' + 'z'.repeat(10) + 'é'.repeat(200);
  const t2 = HEAD + `e IN TXT ( "${esc}" )\n`;
  const out2 = fix(t2, 'txt-string-too-long');
  const strings = txt(out2)[0];
  assert.equal(strings.join(''), 'y'.repeat(254) + 'A"' + 'z'.repeat(10) + 'é'.repeat(200));
  assert.equal(strings[0], 'y'.repeat(254) + 'A');
  for (const s of strings) assert.ok(new TextEncoder().encode(s).length <= 255);
  // An unquoted over-long word is quoted by the fix.
  const t3 = HEAD + `u IN TXT ${'w'.repeat(256)}\n`;
  assert.deepEqual(txt(fix(t3, 'txt-string-too-long'))[0], ['w'.repeat(255), 'w']);
});

test('rrset-ttl-mismatch: sets the TTL of the first record of the RRset, replacing or inserting the TTL token', () => {
  const cases: [string, string][] = [
    ['www 300 IN A 192.0.2.2\nwww 600 IN A 192.0.2.3 ; second\n', 'www 300 IN A 192.0.2.2\nwww 300 IN A 192.0.2.3 ; second\n'],
    ['www 300 IN A 192.0.2.2\nwww IN 1h A 192.0.2.3\n', 'www 300 IN A 192.0.2.2\nwww IN 300 A 192.0.2.3\n'],
    // No TTL written (the $TTL applies): one is inserted before the class, also on a blank-owner line.
    ['www 300 IN A 192.0.2.2\nwww IN A 192.0.2.3\n', 'www 300 IN A 192.0.2.2\nwww 300 IN A 192.0.2.3\n'],
    ['www 300 IN A 192.0.2.2\n\tIN A 192.0.2.3\n', 'www 300 IN A 192.0.2.2\n\t300 IN A 192.0.2.3\n'],
    ['www 300 IN A 192.0.2.2\nwww A 192.0.2.3\n', 'www 300 IN A 192.0.2.2\nwww 300 A 192.0.2.3\n'],
    ['m 60 IN TXT "a"\nm IN TXT ( "b"\n  "c" )\n', 'm 60 IN TXT "a"\nm 60 IN TXT ( "b"\n  "c" )\n'],
  ];
  for (const [body, want] of cases) {
    const text = HEAD + body + 'end IN A 192.0.2.9\n';
    const out = fix(text, 'rrset-ttl-mismatch');
    assert.equal(out, HEAD + want + 'end IN A 192.0.2.9\n');
    // Every record keeps its data; only the fixed record's TTL moved to the RRset's.
    const strip = (rs: string[]) => rs.map((r) => r.replace(/ \d+ /, ' _ '));
    assert.deepEqual(strip(records(out)), strip(records(text)));
    assert.deepEqual(records(out).filter((r) => !/^(www|m)\./.test(r)), records(text).filter((r) => !/^(www|m)\./.test(r)));
  }
});

test('rrset-ttl-mismatch: no fix where it would change other records or cannot be done on one line', () => {
  // No $TTL: the next record inherits the last TTL written, so changing this one would change it.
  const noTtl = '$ORIGIN example.com.\n@ 3600 IN SOA ns1 hostmaster 1 3600 900 604800 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\nwww 300 IN A 192.0.2.2\nwww 600 IN A 192.0.2.3\nnext IN A 192.0.2.4\n';
  const d = analyze(noTtl).diagnostics.find((x) => x.code === 'rrset-ttl-mismatch');
  assert.ok(d);
  assert.deepEqual(quickFixes(d, noTtl), []);
  const paren = HEAD + 'www 300 IN A 192.0.2.2\nwww ( 600 IN A 192.0.2.3 )\n';
  const d2 = analyze(paren).diagnostics.find((x) => x.code === 'rrset-ttl-mismatch');
  assert.ok(d2);
  assert.deepEqual(quickFixes(d2, paren), []);
});

test('mail-domain-without-mx: adds "<name> MX 10 <name>" after the name\'s last record, after a closing parenthesis', () => {
  const text = HEAD + 'shop IN A 192.0.2.11 ; web\n  IN TXT ( "v=spf1 a"\n  " -all" ) ; spf\n  IN AAAA 2001:db8::11\nnext IN A 192.0.2.12\n';
  const out = fix(text, 'mail-domain-without-mx');
  assert.equal(out, HEAD + 'shop IN A 192.0.2.11 ; web\n  IN TXT ( "v=spf1 a"\n  " -all" ) ; spf\n  IN AAAA 2001:db8::11\nshop.example.com. MX 10 shop.example.com.\nnext IN A 192.0.2.12\n');
  const before = records(text), after = records(out);
  assert.deepEqual(after.filter((r) => !r.includes(' MX ')), before);
  assert.equal(after.length, before.length + 1);
  // The last record of the name ends inside parentheses on a later line; CRLF kept; end of file without newline.
  const t2 = (HEAD + 'shop IN A 192.0.2.11\nshop IN TXT ( "v=spf1 a -all"\n  ) ; done').replace(/\n/g, '\r\n');
  assert.equal(fix(t2, 'mail-domain-without-mx'), t2 + '\r\nshop.example.com. MX 10 shop.example.com.');
});

test('mail-domain-without-mx: the second fix adds a null MX (RFC 7505) instead', () => {
  const text = HEAD + 'shop IN A 192.0.2.11\nshop IN TXT "v=spf1 a -all"\nnext IN A 192.0.2.12\n';
  const out = fix(text, 'mail-domain-without-mx', 1);
  assert.equal(out, HEAD + 'shop IN A 192.0.2.11\nshop IN TXT "v=spf1 a -all"\nshop.example.com. MX 0 .\nnext IN A 192.0.2.12\n');
  assert.deepEqual(analyze(out).diagnostics.filter((d) => d.code === 'null-mx'), [], 'a valid null MX');
});

test('mx-target-is-cname through a wildcard CNAME: the fix points at the end of the chain', () => {
  const text = HEAD + '@ IN MX 10 mail.wc\n*.wc IN CNAME real\nreal IN A 192.0.2.9\n';
  assert.equal(fix(text, 'mx-target-is-cname'), HEAD + '@ IN MX 10 real.example.com.\n*.wc IN CNAME real\nreal IN A 192.0.2.9\n');
});

test('cname-target-missing: replaces the mistyped label as written, relative or absolute', () => {
  const rel = HEAD + 'www IN A 192.0.2.2\nweb IN CNAME wwww ; typo\n';
  assert.equal(fix(rel, 'cname-target-missing'), HEAD + 'www IN A 192.0.2.2\nweb IN CNAME www ; typo\n');
  const abs = HEAD + 'www IN A 192.0.2.2\nweb IN CNAME wwws.example.com.\n';
  assert.equal(fix(abs, 'cname-target-missing'), HEAD + 'www IN A 192.0.2.2\nweb IN CNAME www.example.com.\n');
  const swapped = HEAD + 'mail IN A 192.0.2.2\nsmtp IN CNAME mial.example.com.\n';
  assert.equal(fix(swapped, 'cname-target-missing'), HEAD + 'mail IN A 192.0.2.2\nsmtp IN CNAME mail.example.com.\n');
});

test('cname-target-missing: no fix without a single near name', () => {
  for (const extra of ['web IN CNAME nothing-like-it\n', 'mail IN A 192.0.2.2\nmaul IN A 192.0.2.3\nsmtp IN CNAME maxl\n']) {
    const text = HEAD + extra;
    const d = analyze(text).diagnostics.find((x) => x.code === 'cname-target-missing');
    assert.ok(d, extra);
    assert.equal(d.data, undefined);
    assert.deepEqual(quickFixes(d, text), []);
  }
});

test('target-has-no-address: a mistyped MX or NS target is changed to the near name that has an address', () => {
  const mx = HEAD + 'mail IN A 192.0.2.2\n@ IN MX 10 mial\n';
  assert.equal(fix(mx, 'target-has-no-address'), HEAD + 'mail IN A 192.0.2.2\n@ IN MX 10 mail\n');
  const ns = HEAD + 'sub IN NS nss1.example.com.\n';
  // nss1 is one typo from ns1 (which has an address): apex glue untouched, the label replaced.
  assert.equal(fix(ns, 'target-has-no-address'), HEAD + 'sub IN NS ns1.example.com.\n');
  // A name one typo away without an address is no suggestion.
  const noAddress = HEAD + 'mail IN TXT "x"\n@ IN MX 10 mial\n';
  const d = analyze(noAddress).diagnostics.find((x) => x.code === 'target-has-no-address');
  assert.ok(d && d.data === undefined && !d.message.includes('did you mean'));
});
