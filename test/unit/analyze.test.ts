import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone, originFromFileName } from '../../server/src/core/analyze';
import { EXISTS, HAS_ADDRESS, targetRefs, targetsOf } from '../../server/src/core/checks/targets';

const ZONE = '$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n';

test('origin from the file name', () => {
  assert.equal(originFromFileName('/var/named/db.example.com'), 'example.com.');
  assert.equal(originFromFileName('example.co.kr.zone'), 'example.co.kr.');
  assert.equal(originFromFileName('C:\\zones\\example.net.db'), 'example.net.');
  assert.equal(originFromFileName('db.192.168.1'), '1.168.192.in-addr.arpa.');
  assert.equal(originFromFileName('2.0.192.in-addr.arpa'), '2.0.192.in-addr.arpa.');
  assert.equal(originFromFileName('example.com.db.in'), 'example.com.');
  assert.equal(originFromFileName('notes'), undefined);
});

test('origin order: SOA owner / $ORIGIN, then override, then file name (guess is shown)', () => {
  const guessed = analyzeZone(ZONE, { file: 'db.example.com' });
  assert.equal(guessed.origin, 'example.com.');
  assert.equal(guessed.originSource, 'filename');
  assert.deepEqual(guessed.diagnostics.map((d) => d.code), ['origin-guessed']);

  const fromSetting = analyzeZone(ZONE, { file: 'db.example.com', origin: 'example.org' });
  assert.equal(fromSetting.origin, 'example.org.');
  assert.deepEqual(fromSetting.diagnostics, []);

  const own = analyzeZone('$ORIGIN example.net.\n' + ZONE, { file: 'db.example.com', origin: 'example.org' });
  assert.equal(own.origin, 'example.net.');
  assert.equal(own.originSource, '$ORIGIN');

  const absSoa = analyzeZone('$TTL 60\nexample.info. IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n', { file: 'x' });
  assert.equal(absSoa.origin, 'example.info.');
  assert.deepEqual(absSoa.diagnostics, []);

  const authoritative = analyzeZone('$ORIGIN example.net.\n' + ZONE, { file: 'x', origin: 'example.org.', originMode: 'authoritative' });
  assert.equal(authoritative.origin, 'example.org.');
  assert.ok(authoritative.diagnostics.some((d) => d.code === 'out-of-zone'));
});

test('no origin at all is reported, not a crash', () => {
  const res = analyzeZone('www IN A 192.0.2.1\n', { file: 'notes' });
  assert.ok(res.diagnostics.some((d) => d.code === 'no-origin'));
});

test('severity overrides change or silence a code', () => {
  const off = analyzeZone(ZONE, { file: 'db.example.com', severity: { 'origin-guessed': 'off' } });
  assert.deepEqual(off.diagnostics, []);
  const err = analyzeZone(ZONE, { file: 'db.example.com', severity: { 'origin-guessed': 'error' } });
  assert.equal(err.diagnostics[0].severity, 'error');
});

test('the model answers by name and type', () => {
  const { model } = analyzeZone(ZONE + 'sub IN NS ns.sub\nns.sub IN A 192.0.2.9\n', { file: 'db.example.com' });
  assert.equal(model.apex, 'example.com.');
  assert.equal(model.get('example.com.', 'NS').length, 1);
  assert.ok(model.hasAddress('ns1.example.com.'));
  assert.deepEqual([...model.delegations], ['sub.example.com.']);
  assert.equal(model.delegationOf('ns.sub.example.com.'), 'sub.example.com.');
  assert.equal(model.delegationOf('ns1.example.com.'), undefined);
  assert.deepEqual(model.ancestors('a.b.example.com.'), ['b.example.com.', 'example.com.']);
  assert.equal(model.first('example.com.', 'NS')?.type, 'NS');
  assert.equal(model.first('example.com.', 'MX'), undefined);
});

test('delegationOf: the top-most cut; exact cuts; escaped dots are not label boundaries; apex is no cut', () => {
  const z = ZONE + 'sub IN NS ns.sub\nns.sub IN A 192.0.2.9\ndeep.sub IN NS ns.deep.sub\nb IN NS ns.b\na\\.b IN A 192.0.2.8\nx.y IN A 192.0.2.7\n';
  const { model } = analyzeZone(z, { file: 'db.example.com' });
  assert.equal(model.delegationOf('sub.example.com.'), 'sub.example.com.');
  assert.equal(model.delegationOf('a.ns.deep.sub.example.com.'), 'sub.example.com.', 'the cut nearest the apex');
  assert.equal(model.delegationOf('x.b.example.com.'), 'b.example.com.');
  assert.equal(model.delegationOf('a\\.b.example.com.'), undefined, "'a\\.b' is one label, not below b");
  assert.equal(model.delegationOf('example.com.'), undefined);
  assert.equal(model.delegationOf('x.y.example.com.'), undefined);
  assert.equal(model.delegationOf('www.example.org.'), undefined);
});

test('at most maxPerFile diagnostics per file, errors first, plus a summary', () => {
  let text = ZONE;
  for (let i = 0; i < 30; i++) text += `w${i} IN A 10.0.0.${300 + i}\n`;
  text += 'x.example.org. IN A 192.0.2.1\n';
  const res = analyzeZone(text, { file: 'db.example.com', origin: 'example.com', maxPerFile: 10 });
  assert.equal(res.diagnostics.length, 11);
  assert.equal(res.diagnostics[0].code, 'too-many-diagnostics');
  assert.match(res.diagnostics[0].message, /^21 more diagnostics/);
  assert.ok(res.diagnostics.slice(1).every((d) => d.severity === 'error'));
});

test('in-zone test with relative owners: origin above the apex, origin outside, origin inside', () => {
  const text = '$TTL 60\n$ORIGIN com.\nexample SOA ns1.example.com. h 1 2 3 4 5\nexample NS ns1.example.com.\nns1.example A 192.0.2.1\nother A 192.0.2.2\n$ORIGIN example.com.\nwww A 192.0.2.3\n';
  const a = analyzeZone(text, { file: 'z', origin: 'example.com.', originMode: 'authoritative' });
  assert.deepEqual(a.model.records.map((r) => r.owner), ['example.com.', 'example.com.', 'ns1.example.com.', 'www.example.com.']);
  assert.deepEqual(a.diagnostics.map((d) => d.code), ['out-of-zone']);
});

test('a check that throws costs only its own findings: check-failed, and the rest still run', async () => {
  const { ZONE_CHECKS } = await import('../../server/src/core/checks/index.js');
  const checks = ZONE_CHECKS as unknown as { code: string; run: (ctx: unknown) => void }[];
  const victim = checks.find((c) => c.code === 'null-mx')!;
  const original = victim.run;
  victim.run = () => { throw new Error('boom'); };
  try {
    const a = analyzeZone('$TTL 60\n@ SOA ns1 h 1 2 3 4 5\nwww A 300.1.2.3\n', { file: 'z', origin: 'example.com.', originMode: 'authoritative' });
    const codes = a.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('check-failed'));
    assert.ok(codes.includes('invalid-ipv4') && codes.includes('missing-ns-at-apex'));
    assert.match(a.diagnostics.find((d) => d.code === 'check-failed')!.message, /null-mx check failed.*boom/);
  } finally {
    victim.run = original;
  }
});

test('ofType: in-zone records of a type in file order, out-of-zone ones left out; lookups over thousands of names', () => {
  const lines = ['$TTL 60', '@ IN SOA ns1 h 1 2 3 4 5', ' IN NS ns1', 'ns1 IN A 192.0.2.1', 'other.net. IN A 192.0.2.9', 'www IN A 192.0.2.2', 'ns1 IN AAAA 2001:db8::1', 'ns1 IN A 192.0.2.3'];
  // Thousands of names, most with two types, one of them interleaved with another name's MX.
  for (let i = 0; i < 3000; i++) lines.push(`h${i} IN TXT "t${i}"`, i % 7 === 0 ? `h${i - 1 < 0 ? 0 : i - 1} IN MX 10 h${i}` : `h${i} IN A 192.0.2.${i % 250}`);
  const a = analyzeZone(lines.join('\n') + '\n', { file: 'x', origin: 'example.com.', originMode: 'authoritative' });
  const m = a.model;
  const as = m.ofType(1).map((r) => r.owner);
  assert.deepEqual(as.slice(0, 3), ['ns1.example.com.', 'www.example.com.', 'ns1.example.com.']);
  assert.ok(!as.includes('other.net.'));
  assert.equal(m.ofType(1), m.ofType(1)); // built once
  assert.equal(m.ofType(16).length, 3000);
  assert.equal(m.ofType(15).length, Math.ceil(3000 / 7));
  assert.equal(m.ofType(99).length, 0);
  assert.equal(m.records.length, a.parse.records.length - 1);
  for (const i of [0, 1, 1234, 2999]) {
    assert.equal(m.get(`h${i}.example.com.`, 'TXT').length, 1, `h${i}`);
    assert.ok(m.exists(`h${i}.example.com.`));
  }
  assert.deepEqual(m.at('ns1.example.com.').map((r) => r.type), ['A', 'AAAA', 'A']);
  assert.ok(!m.exists('h3000.example.com.'));
  assert.ok(!m.exists('other.net.'));
  assert.equal(m.probe('h6.example.com.').hasAddress, true);
  assert.equal(m.probe('h7.example.com.').hasAddress, false); // h7 has an MX line instead of an A
});

test('targetRefs: one target per record of ofType, aligned with it; none for a null MX or unreadable rdata; touching ahead changes no answer', () => {
  const zone = ['$TTL 60', '@ IN SOA ns1 h 1 2 3 4 5', ' IN NS ns1', ' IN NS ns2.example.net.', ' IN MX 10 mail', 'null IN MX 0 .', 'bad IN MX ten mail',
    '_sip._tcp IN SRV 0 5 5060 sip', 'www IN CNAME web', 'ns1 IN A 192.0.2.1', 'mail IN A 192.0.2.2'].join('\n') + '\n';
  const a = analyzeZone(zone, { file: 'x', origin: 'example.com.', originMode: 'authoritative' });
  const m = a.model;
  for (const code of [2, 15, 33, 5]) {
    const refs = targetRefs(m, code);
    assert.equal(refs.length, m.ofType(code).length, `type ${code}`);
    assert.equal(targetRefs(m, code), refs, 'read once per analysis');
  }
  assert.deepEqual(targetRefs(m, 2).map((t) => t?.key), ['ns1.example.com.', 'ns2.example.net.']);
  // The null MX and the MX whose rdata did not parse (kept as a record, without rdata) have no target.
  assert.deepEqual(m.ofType(15).map((r) => [r.owner, r.rdata !== undefined]), [['example.com.', true], ['null.example.com.', true], ['bad.example.com.', false]]);
  assert.deepEqual(targetRefs(m, 15).map((t) => t?.key), ['mail.example.com.', undefined, undefined]);
  assert.deepEqual(targetRefs(m, 33).map((t) => t?.key), ['sip.example.com.']);
  assert.deepEqual(targetRefs(m, 5).map((t) => t?.key), ['web.example.com.']);
  // targetsOf (which touches the name index ahead) answers as the probes do one by one.
  const rows = (code: number) => {
    const f = targetsOf(m, code);
    return f.targets.map((t, k) => [f.records[k].owner, t.key, (f.flags[k] & EXISTS) !== 0, (f.flags[k] & HAS_ADDRESS) !== 0, f.cnames[k]?.owner]);
  };
  assert.deepEqual(rows(15), [['example.com.', 'mail.example.com.', true, true, undefined]]);
  assert.deepEqual(rows(2), [['example.com.', 'ns1.example.com.', true, true, undefined], ['example.com.', 'ns2.example.net.', false, false, undefined]]);
  assert.deepEqual(rows(5).map((x) => x[1]), ['web.example.com.']);
  for (const code of [2, 15, 33, 5]) {
    const f = targetsOf(m, code);
    assert.equal(f.length, f.records.length);
    assert.equal(f.flags.length, f.length);
    assert.equal(f.cnames.length, f.length);
    f.targets.forEach((t, k) => {
      const p = m.probe(t.key, t.hash);
      assert.deepEqual([(f.flags[k] & EXISTS) !== 0, (f.flags[k] & HAS_ADDRESS) !== 0, f.cnames[k]], [p.exists, p.hasAddress, p.cname]);
    });
  }
});
