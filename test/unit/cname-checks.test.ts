// cname-loop and cname-target-missing (core/checks), and the typo distance their suggestions use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone } from '../../server/src/core/analyze';
import { typoDistance } from '../../server/src/core/checks/near-names';
import { addressWritten } from '../../server/src/core/checks/targets';
import { isIPv4, isIPv6 } from '../../server/src/core/rdata/util';

const HEAD = '$TTL 3600\n$ORIGIN example.com.\n@ IN SOA ns1 hostmaster 2024010101 3600 900 604800 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n';
const analyze = (text: string) => analyzeZone(text, { file: 'z', origin: 'example.com.', originMode: 'authoritative' });
const of = (text: string, code: string) => analyze(text).diagnostics.filter((d) => d.code === code);

test('cname-loop: a long loop is reported once, on its first record in the file, the chain cut short', () => {
  const names = Array.from({ length: 10 }, (_, i) => `n${i}`);
  // Written out of order, after an alias that leads into the loop.
  const lines = ['into IN CNAME n5'];
  for (const i of [7, 3, 9, 0, 1, 2, 4, 5, 6, 8]) lines.push(`${names[i]} IN CNAME ${names[(i + 1) % 10]}`);
  const text = HEAD + lines.join('\n') + '\n';
  const found = of(text, 'cname-loop');
  assert.equal(found.length, 1);
  const d = found[0];
  // The first record of the loop in the file is n7's: the range is its target.
  assert.equal(text.slice(d.start, d.end), 'n8');
  assert.match(d.message, /^CNAME loop of 10 names: n7\.example\.com\. → n8\.example\.com\. → n9\.example\.com\. → n0\.example\.com\. → n1\.example\.com\. → n2\.example\.com\. → …; /);
});

test('cname-loop: chains that leave the zone, enter a delegation, or end are not loops', () => {
  const text = HEAD + [
    'a IN CNAME b', 'b IN CNAME c.example.net.',
    'd IN CNAME e', 'e IN CNAME host.sub', 'sub IN NS ns.example.net.',
    'f IN CNAME g', 'g IN CNAME h', 'h IN A 192.0.2.5',
  ].join('\n') + '\n';
  assert.deepEqual(of(text, 'cname-loop'), []);
});

test('cname-loop: a loop through a wildcard and a loop of an $INCLUDEd name are found', () => {
  const text = HEAD + 'a IN CNAME x.w\n*.w IN CNAME a\n';
  const found = of(text, 'cname-loop');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /CNAME loop of 2 names: a\.example\.com\. → x\.w\.example\.com\. \(wildcard \*\.w\.example\.com\.\) → a\.example\.com\./);
  const host = { readFile: (p: string) => (p === 'inc' ? 'b IN CNAME a\n' : undefined), resolve: (_f: string, r: string) => r };
  const withInclude = analyzeZone(HEAD + 'a IN CNAME b\n$INCLUDE inc\n', { file: 'z', origin: 'example.com.', originMode: 'authoritative', host });
  assert.deepEqual(withInclude.diagnostics.filter((d) => d.code === 'cname-loop').map((d) => d.file), ['z']);
});

test('cname-target-missing: what the zone answers is not missing', () => {
  const text = HEAD + [
    'a IN CNAME www', 'www IN A 192.0.2.2', // exists
    'b IN CNAME host.any', '*.any IN TXT "x"', // a wildcard answers (any type)
    'c IN CNAME host.sub', 'sub IN NS ns.example.net.', // the child's
    'd IN CNAME x.old', 'old IN DNAME example.net.', // rewritten
    'e IN CNAME elsewhere.example.net.', // out of the zone
  ].join('\n') + '\n';
  assert.deepEqual(of(text, 'cname-target-missing'), []);
  // The closest encloser's wildcard only: *.any does not answer below an existing name.
  const below = HEAD + 'b IN CNAME x.y.any\n*.any IN TXT "x"\ny.any IN A 192.0.2.3\n';
  assert.equal(of(below, 'cname-target-missing').length, 1);
});

test('cname-target-missing: one suggestion, only when it is unambiguous and not the alias itself', () => {
  const one = of(HEAD + 'mail IN A 192.0.2.2\nsmtp IN CNAME mial\n', 'cname-target-missing');
  assert.deepEqual(one.map((d) => d.data), [{ suggestion: 'mail.example.com.' }]);
  assert.match(one[0].message, /did you mean mail\.example\.com\.\?$/);
  // The alias is the only name one typo away: no suggestion (it would be an alias of itself).
  const self = of(HEAD + 'webs IN CNAME web\n', 'cname-target-missing');
  assert.deepEqual(self.map((d) => d.data), [undefined]);
  // Short labels get no guess.
  assert.deepEqual(of(HEAD + 'ab IN A 192.0.2.2\nx IN CNAME ac\n', 'cname-target-missing').map((d) => d.data), [undefined]);
});

test('typoDistance: insertions, deletions, changes and swaps of neighbours count one each', () => {
  assert.equal(typoDistance('mail', 'mail', 1), 0);
  assert.equal(typoDistance('mial', 'mail', 1), 1);
  assert.equal(typoDistance('wwww', 'www', 1), 1);
  assert.equal(typoDistance('ww', 'www', 1), 1);
  assert.equal(typoDistance('mall', 'mail', 1), 1);
  assert.equal(typoDistance('mx1', 'mx23', 1), 2);
  assert.equal(typoDistance('abcdefgh', 'abdcefhg', 2), 2);
  assert.equal(typoDistance('abcdefgh', 'hgfedcba', 2), 3);
});

/** The textbook table (optimal string alignment), for comparison. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

test('typoDistance: the one-edit shortcut agrees with the full computation (random labels)', () => {
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const word = () => Array.from({ length: 1 + rnd(9) }, () => 'abc'[rnd(3)]).join('');
  for (let k = 0; k < 20000; k++) {
    const a = word(), b = word();
    const ref = referenceDistance(a, b);
    for (const max of [1, 2, 3]) assert.equal(typoDistance(a, b, max), Math.min(ref, max + 1), `${a} ${b} (max ${max})`);
  }
});

test('the closest encloser is the nearest ancestor that exists, empty non-terminals included (RFC 4592)', () => {
  // sub has no records but y.sub does: x.sub is NXDOMAIN, not answered by *.example.com.
  const loop = HEAD + '*.example.com. IN CNAME x.sub.example.com.\ny.sub IN A 192.0.2.5\nfoo IN CNAME x.sub\n';
  assert.deepEqual(of(loop, 'cname-loop'), []);
  assert.equal(of(loop, 'cname-target-missing').length, 2);
  const wild = HEAD + '*.example.com. IN A 192.0.2.9\ny.sub IN A 192.0.2.5\nfoo IN CNAME x.sub\n';
  assert.equal(of(wild, 'cname-target-missing').length, 1);
  // The MX target checks walk the same way.
  const mx = HEAD + '*.example.com. IN CNAME ns1.example.com.\ny.sub IN A 192.0.2.5\n@ IN MX 10 x.sub\n';
  assert.deepEqual(of(mx, 'mx-target-is-cname'), []);
  assert.equal(of(mx, 'target-has-no-address').length, 1);
});

test('cname-target-missing: no guess on a $GENERATE template, and nothing for an alias below a delegation', () => {
  const gen = of(HEAD + 'host1 IN A 192.0.2.1\nhost2 IN A 192.0.2.2\nhost3 IN A 192.0.2.3\n$GENERATE 1-3 alias$ CNAME hots$\n', 'cname-target-missing');
  assert.equal(gen.length, 3);
  assert.ok(gen.every((d) => d.data === undefined && !d.message.includes('did you mean')));
  assert.deepEqual(of(HEAD + 'sub IN NS ns.example.net.\nfoo.sub IN CNAME nothere\n', 'cname-target-missing'), []);
});

test('an empty non-terminal target exists: no wildcard answers for it', () => {
  const text = HEAD + '*.example.com. IN CNAME ns1.example.com.\na.sub IN A 192.0.2.5\nfoo IN CNAME sub\n@ IN MX 10 sub\n';
  assert.deepEqual(of(text, 'cname-loop'), []);
  assert.match(of(text, 'cname-target-missing')[0]?.message ?? '', /only has names below it/);
  assert.deepEqual(of(text, 'mx-target-is-cname'), []);
  assert.equal(of(text, 'target-has-no-address').length, 1);
});

test('addressWritten: an IPv4/IPv6 address written as a target, as the regular-expression reading says', () => {
  const reference = (t: { name: string; relative: boolean }): string | undefined => {
    const m = /^([0-9]{1,3}(?:\.[0-9]{1,3}){3})\.(.*)$/.exec(t.name);
    if (m && (t.relative || m[2] === '') && isIPv4(m[1], 0, m[1].length)) return m[1];
    if (t.relative) {
      const first = t.name.slice(0, t.name.indexOf('.'));
      if (first.includes(':') && isIPv6(first)) return first;
    }
    return undefined;
  };
  const names = ['192.0.2.1.', '192.0.2.1.example.com.', '192.0.2.256.example.com.', '1.2.3.example.com.', '2001:db8::1.example.com.',
    '::1.example.com.', 'fe80::1.example.com.', 'a:b.example.com.', 'mail.example.com.', 'mx:1.example.com.', 'a.b:c.example.com.', '.',
    '10.0.0.1.in-addr.arpa.', '0.0.0.0.', '01.2.3.4.example.com.', '2001:db8::1.'];
  for (const name of names) {
    for (const relative of [true, false]) {
      const t = { name, key: name.toLowerCase(), hash: 0, relative, start: 0, end: 0 };
      assert.equal(addressWritten(t), reference(t), `${name} relative=${relative}`);
    }
  }
});
