import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bumpSerial, describeSerial, detectFormat, serialCompare, serialDate, type Day } from '../../server/src/core/serial';

const day = (s: string): Day => {
  const [year, month, d] = s.split('-').map(Number);
  return { year, month, day: d };
};
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0) / 1000; // 2026-11-23T12:00:00Z

test('RFC 1982 comparison, including wrap-around and the undefined half-way case', () => {
  assert.equal(serialCompare(2, 1), 1);
  assert.equal(serialCompare(1, 2), -1);
  assert.equal(serialCompare(5, 5), 0);
  assert.equal(serialCompare(0, 4294967295), 1, '0 follows 2^32-1');
  assert.equal(serialCompare(4294967295, 0), -1);
  assert.equal(serialCompare(2147483647, 0), 1);
  assert.equal(serialCompare(2147483648, 0), undefined, 'exactly 2^31 apart');
  assert.equal(serialCompare(2147483649, 0), -1, 'more than 2^31 ahead is behind');
});

test('format detection and dates', () => {
  assert.equal(detectFormat(2015021201), 'date');
  assert.equal(detectFormat(1700000000), 'unixtime');
  assert.equal(detectFormat(42), 'counter');
  assert.equal(detectFormat(4294967295), 'counter');
  assert.deepEqual(serialDate(2016022901), { year: 2016, month: 2, day: 29, change: 1 });
  assert.equal(serialDate(2015022901), undefined, '2015 is not a leap year');
  assert.equal(serialDate(2000022901)?.day, 29, '2000 is a leap year');
  assert.equal(serialDate(2100022901), undefined, 'out of the date-shaped range');
  assert.equal(serialDate(2015130101), undefined, 'month 13');
  assert.equal(describeSerial(2015021201), '2015-02-12, change 01');
  assert.match(describeSerial(1700000000), /^Unix time 2023-11-14T22:13:20Z$/);
});

// [current, today, expected, baseline?, counterStart?]
const DATE_CASES: [number, string, number, number?, number?][] = [
  [2015021201, '2026-11-23', 2026112301],            // an older date becomes today, change 01
  [2026112301, '2026-11-23', 2026112302],            // today: next change
  [2026112309, '2026-11-23', 2026112310],
  [2026112398, '2026-11-23', 2026112399],
  [2026112399, '2026-11-23', 2026112400],            // 99 changes: tomorrow's date, change 00
  [2026113099, '2026-11-30', 2026120100],            // month end
  [2026123199, '2026-12-31', 2027010100],            // year end
  [2015022899, '2015-02-28', 2015030100],            // never the invalid 2015-02-29
  [2016022899, '2016-02-28', 2016022900],            // leap year: Feb 29 is valid
  [2016022999, '2016-02-29', 2016030100],
  [2026112500, '2026-11-23', 2026112501],            // a future date is never moved back
  [2026112301, '2026-11-23', 2026112311, 2026112310], // the baseline is ahead: go past it
  [2015021201, '2026-11-23', 2026112300, undefined, 0], // counter start 00
  [2015023001, '2026-11-23', 2026112301],            // not a date, but older than today
];

test('bump, date format (table)', () => {
  for (const [current, today, expected, baseline, counterStart] of DATE_CASES) {
    const r = bumpSerial(current, { today: day(today), nowSeconds: NOW, baseline, counterStart });
    assert.equal(r.serial, expected, `${current} on ${today}${baseline ? ` (baseline ${baseline})` : ''}`);
    assert.equal(r.format, 'date');
    assert.equal(serialCompare(r.serial, current), 1);
    if (baseline !== undefined) assert.equal(serialCompare(r.serial, baseline), 1);
  }
  const after99 = bumpSerial(2026112399, { today: day('2026-11-23'), nowSeconds: NOW });
  assert.match(after99.note ?? '', /99 changes/);
  const invalidFuture = bumpSerial(2099023001, { today: day('2026-11-23'), nowSeconds: NOW });
  assert.equal(invalidFuture.serial, 2099023002);
  assert.match(invalidFuture.note ?? '', /not a valid YYYYMMDDNN date/);
});

test('bump, Unix time and counter formats', () => {
  assert.equal(bumpSerial(1700000000, { today: day('2026-11-23'), nowSeconds: NOW }).serial, NOW);
  assert.equal(bumpSerial(NOW + 50, { today: day('2026-11-23'), nowSeconds: NOW }).serial, NOW + 51, 'never backwards');
  assert.equal(bumpSerial(41, { today: day('2026-11-23'), nowSeconds: NOW }).serial, 42);
  assert.equal(bumpSerial(41, { today: day('2026-11-23'), nowSeconds: NOW, baseline: 50 }).serial, 51);
  // Forcing a format: counter → date is a jump of about 2·10^9 < 2^31, allowed in one step.
  assert.equal(bumpSerial(7, { today: day('2026-11-23'), nowSeconds: NOW, format: 'date' }).serial, 2026112301);
});

test('bump, wrap-around and jumps too large for RFC 1982', () => {
  const w = bumpSerial(4294967295, { today: day('2026-11-23'), nowSeconds: NOW });
  assert.equal(w.serial, 0);
  assert.equal(w.wrapped, true);
  assert.match(w.note ?? '', /wrapped/);
  assert.equal(serialCompare(w.serial, 4294967295), 1);
  // A jump of 2^31 or more (counter 1 → a date in 2150) is not "greater" in RFC 1982: two steps.
  const j = bumpSerial(1, { today: day('2150-01-01'), nowSeconds: NOW, format: 'date' });
  assert.equal(j.serial, 1 + 2147483647);
  assert.equal(serialCompare(j.serial, 1), 1);
  assert.match(j.note ?? '', /bump again/);
});
