import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpf, LOOKUP_TERMS, parseSpf, summarizeSpf } from '../../server/src/core/mail/spf';
import { analyzeZone } from '../../server/src/core/analyze';

test('SPF records are recognised by v=spf1 then a space or the end, strings joined without spaces', () => {
  assert.equal(isSpf(['v=spf1 -all']), true);
  assert.equal(isSpf(['V=SPF1']), true);
  assert.equal(isSpf(['v=spf', '1 mx -all']), true, 'strings concatenate (RFC 7208 §3.3)');
  assert.equal(isSpf(['v=spf10 -all']), false);
  assert.equal(isSpf(['hello']), false);
});

test('terms: qualifiers, mechanisms with arguments and CIDRs, modifiers', () => {
  const r = parseSpf(['v=spf1 +mx/24 -a:mail.example.com/28//64 ~ip4:192.0.2.0/24 ?ip6:2001:db8::/32 include:_spf.example.net exists:%{i}._spf.%{d} redirect=example.net exp=explain.%{d} foo=bar -all']);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.terms.map((t) => `${t.qualifier ?? ''}${t.name}${t.value !== undefined ? `=${t.value}` : ''}`), [
    '+mx', '-a=mail.example.com/28//64', '~ip4=192.0.2.0/24', '?ip6=2001:db8::/32', 'include=_spf.example.net',
    'exists=%{i}._spf.%{d}', 'redirect=example.net', 'exp=explain.%{d}', 'foo=bar', '-all',
  ]);
});

test('canPass: a +/unqualified mechanism (ip4:/ip6: too, though not kept) or a redirect', () => {
  const KEEP = new Set(['include', 'all']);
  const pass = (s: string) => parseSpf([s], KEEP).canPass;
  assert.equal(pass('v=spf1 -all'), false);
  assert.equal(pass('v=spf1 ~all'), false);
  assert.equal(pass('v=spf1 -ip4:192.0.2.1 ~mx -all'), false);
  assert.equal(pass('v=spf1 ip4:192.0.2.1 -all'), true);
  assert.equal(pass('v=spf1 +IP6:2001:db8::1 -all'), true);
  assert.equal(pass('v=spf1 ip4 -all'), false, 'ip4 without its address');
  assert.equal(pass('v=spf1 mx -all'), true);
  assert.equal(pass('v=spf1 -all redirect=_spf.example.net'), true);
  assert.equal(pass('v=spf1 -all exp=explain.example.net'), false);
});

test('syntax errors name the term', () => {
  const errs = (s: string) => parseSpf([s]).errors;
  assert.match(errs('v=spf1 inlude:x.example -all')[0], /unknown mechanism 'inlude'/);
  assert.match(errs('v=spf1 ip4:192.0.2.0/33')[0], /\/33 is not an IPv4 prefix length/);
  assert.match(errs('v=spf1 ip4:192.0.2')[0], /not an IPv4 address/);
  assert.match(errs('v=spf1 ip6:192.0.2.1')[0], /not an IPv6 network/);
  assert.match(errs('v=spf1 mx//129')[0], /\/\/129 is not an IPv6 prefix length/);
  assert.match(errs('v=spf1 include')[0], /include needs ':domain'/);
  assert.match(errs('v=spf1 exists:%{q}.example')[0], /bad macro/);
  assert.match(errs('v=spf1 all:x')[0], /'all' takes no argument/);
  assert.match(errs('v=spf1 redirect=a.example redirect=b.example')[0], /more than once/);
  assert.match(errs('v=spf1 @bad')[0], /neither a mechanism nor a modifier/);
  assert.deepEqual(errs('v=spf1  mx   -all'), [], 'runs of spaces are fine');
});

test('DMARC: tag rules of RFC 7489', async () => {
  const { dmarcProblems } = await import('../../server/src/core/checks/dmarc-syntax.js');
  assert.deepEqual(dmarcProblems('v=DMARC1; p=none'), []);
  assert.deepEqual(dmarcProblems('v=DMARC1;p=reject;sp=quarantine;aspf=r;ri=86400;rf=afrf;'), []);
  assert.match(dmarcProblems('p=none; v=DMARC1').join(), /must start with 'v=DMARC1'/);
  assert.match(dmarcProblems('v=DMARC1; pct=10').join(), /'p=' .* is required/);
  assert.match(dmarcProblems('v=DMARC1; p=none; p=reject').join(), /appears twice/);
  assert.match(dmarcProblems('v=DMARC1; p=none; fo=2').join(), /fo=2/);
  assert.match(dmarcProblems('v=DMARC1; p=none; adkim=x').join(), /adkim=x/);
});

test('spf-too-many-lookups follows includes into the zone whatever their case and final dot', () => {
  const zone = (include: string) => '$TTL 3600\n$ORIGIN example.com.\n@ IN SOA ns1 hostmaster 1 3600 900 604800 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n' +
    `@ IN TXT "v=spf1 a mx ptr include:${include} -all"\n` +
    '_spf IN TXT "v=spf1 a:a1.example.net a:a2.example.net a:a3.example.net mx:m1.example.net mx:m2.example.net mx:m3.example.net a:a4.example.net -all"\n';
  const counts = (include: string) => analyzeZone(zone(include), { file: 'z', origin: 'example.com.', originMode: 'authoritative' })
    .diagnostics.filter((d) => d.code === 'spf-too-many-lookups').map((d) => /needs (\d+)/.exec(d.message)?.[1]);
  // 4 of its own + the 7 of _spf when followed.
  assert.deepEqual(counts('_spf.example.com'), ['11']);
  assert.deepEqual(counts('_SPF.Example.COM.'), ['11']);
  assert.deepEqual(counts('_spf.example.com.evil.net'), [], 'another domain: not followed');
  assert.deepEqual(counts('_spf.notexample.com'), [], 'a name that only ends like the apex');
});

test('summarizeSpf says what parseSpf\'s terms say: lookups, followed names, first all/ptr/redirect', () => {
  const records = [
    'v=spf1 +mx/24 -a:mail.example.com/28//64 ~ip4:192.0.2.0/24 include:_spf.example.net exists:%{i}._spf.%{d} redirect=example.net exp=x foo=bar -all',
    'v=spf1 include: include:a.example include=b.example redirect= redirect=c a=x mx=y ptr ptr:p.example ?all +all',
    'v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 ~all redirect=_spf.example.com. redirect=_spf2.example.com.',
    'v=spf1', 'v=spf1 -all', 'v=spf1 all=1 ALL Include:X.example REDIRECT=Y.example PTR', 'v=spf1 inlude:x bad% -ip4:1.2.3.4/40',
  ];
  for (const text of records) {
    const full = parseSpf([text]);
    const s = summarizeSpf([text]);
    const terms = full.terms;
    assert.deepEqual(s.errors, full.errors, text);
    assert.equal(s.canPass, full.canPass, text);
    assert.equal(s.lookups, terms.filter((t) => LOOKUP_TERMS.has(t.name)).length, text);
    assert.deepEqual(s.follow, terms.filter((t) => (t.name === 'include' || t.name === 'redirect') && t.value).map((t) => t.value), text);
    assert.deepEqual(s.all, terms.find((t) => t.kind === 'mechanism' && t.name === 'all'), text);
    assert.deepEqual(s.ptr, terms.find((t) => t.kind === 'mechanism' && t.name === 'ptr'), text);
    assert.deepEqual(s.redirect, terms.find((t) => t.kind === 'modifier' && t.name === 'redirect'), text);
  }
  assert.equal(summarizeSpf([records[1]]).lookups, 9);
  assert.deepEqual(summarizeSpf([records[1]]).follow, ['a.example', 'b.example', 'c']);
});
