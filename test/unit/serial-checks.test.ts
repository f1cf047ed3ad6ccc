import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone } from '../../server/src/core/analyze';

const NOW = Date.UTC(2026, 10, 23, 12); // 2026-11-23 12:00 UTC

function serialDiags(serial: string, clock: 'now' | 'none' = 'now') {
  const now = clock === 'now' ? NOW : undefined;
  const text = `$TTL 60\n@ SOA ns1 hostmaster ${serial} 1h 15m 1w 5m\n@ NS ns1\nns1 A 192.0.2.1\n`;
  const a = analyzeZone(text, { file: 'z', origin: 'example.com.', originMode: 'authoritative', now });
  return a.diagnostics.map((d) => [d.code, d.severity, text.slice(d.start, d.end)]);
}

test('serial-invalid-date: date-shaped serial whose date does not exist, on the serial token', () => {
  assert.deepEqual(serialDiags('2015023001'), [['serial-invalid-date', 'warning', '2015023001']]);
  assert.deepEqual(serialDiags('2015133101'), [['serial-invalid-date', 'warning', '2015133101']]);
  assert.deepEqual(serialDiags('2016022901'), [], 'a leap day is a date');
  assert.deepEqual(serialDiags('42'), [], 'a counter is not date-shaped');
});

test('serial-in-future: after tomorrow (date) or more than a day ahead (Unix time); needs the clock', () => {
  assert.deepEqual(serialDiags('2026112401'), [], 'tomorrow is allowed (time zones, >99 changes)');
  assert.deepEqual(serialDiags('2026112501'), [['serial-in-future', 'warning', '2026112501']]);
  assert.deepEqual(serialDiags('2051010101'), [['serial-in-future', 'warning', '2051010101']]);
  assert.deepEqual(serialDiags('2051010101', 'none'), [], 'no clock, no time-based check');
  const nowS = NOW / 1000;
  assert.deepEqual(serialDiags(String(nowS + 3600)), []);
  assert.deepEqual(serialDiags(String(nowS + 3 * 86400)), [['serial-in-future', 'warning', String(nowS + 3 * 86400)]]);
});

test('serial-out-of-range comes from the SOA parser', () => {
  assert.deepEqual(serialDiags('4294967296').map((d) => d[0]), ['serial-out-of-range']);
});

test('rrsig-expired: one info per file on the first expired RRSIG, with the count; needs the clock', () => {
  const sig = (exp: string) => `www RRSIG A 13 3 60 ${exp} 20240101000000 12345 example.com. AAAA`;
  const text = `$TTL 60\n@ SOA ns1 hostmaster 1 1h 15m 1w 5m\n@ NS ns1\nns1 A 192.0.2.1\nwww A 192.0.2.2\n${sig('20250101000000')}\n${sig('20240601000000')}\n${sig('20300101000000')}\n`;
  const run = (now: number | undefined) => analyzeZone(text, { file: 'z', origin: 'example.com.', originMode: 'authoritative', now }).diagnostics;
  const d = run(NOW);
  assert.deepEqual(d.map((x) => [x.code, x.severity]), [['rrsig-expired', 'info']]);
  assert.match(d[0].message, /2 RRSIG records have expired \(this one on 2025-01-01\)/);
  assert.equal(text.slice(d[0].start, d[0].end).startsWith('RRSIG A 13 3 60 20250101000000'), true);
  assert.deepEqual(run(undefined), []);
});
