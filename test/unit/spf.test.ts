import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpf, parseSpf } from '../../server/src/core/mail/spf';

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
