import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTtl, formatTtl, looksLikeTtl } from '../../server/src/core/ttl';

test('plain seconds and BIND units', () => {
  const cases: [string, number | undefined][] = [
    ['0', 0], ['3600', 3600], ['1h', 3600], ['1H', 3600], ['1h30m', 5400], ['1W', 604800],
    ['2d', 172800], ['1w2d3h4m5s', 604800 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5], ['1h30', 3630],
    ['', undefined], ['h', undefined], ['1x', undefined], ['-1', undefined], ['1.5h', undefined], ['4294967296', 4294967296],
  ];
  for (const [text, want] of cases) assert.equal(parseTtl(text), want, text);
});

test('formatTtl', () => {
  assert.equal(formatTtl(3600), '1h');
  assert.equal(formatTtl(90061), '1d1h1m1s');
  assert.equal(formatTtl(0), '0s');
});

test('looksLikeTtl tells TTLs from classes and types', () => {
  assert.ok(looksLikeTtl('1h'));
  assert.ok(!looksLikeTtl('IN'));
  assert.ok(!looksLikeTtl('A'));
});
