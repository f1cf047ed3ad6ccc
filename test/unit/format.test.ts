/** Formatting (core/features/format.ts): columns, kept layouts and comments, never a change of meaning. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, formatZone } from '../../server/src/core/features/format';

const fmt = (t: string) => applyEdits(t, formatZone(t));

test('columns for owner, TTL, class, type; one space between rdata tokens; blank owners stay blank', () => {
  const t = '$TTL   1h ; default\n@ IN SOA ns1 h 1 2 3 4 5\n\tIN\tNS   ns1\nns1 3600 IN A     192.0.2.1 ; the server   \nmailhost IN MX 10   ns1\n';
  assert.equal(fmt(t), [
    '$TTL 1h ; default',
    '@             IN SOA ns1 h 1 2 3 4 5',
    '              IN NS  ns1',
    'ns1      3600 IN A   192.0.2.1 ; the server',
    'mailhost      IN MX  10 ns1',
    '',
  ].join('\n'));
});

test('parenthesised records keep their layout; only the head is aligned', () => {
  const t = 'www   IN   A 192.0.2.1\n@  IN  SOA  ns1 h (  \n    1 ; serial\n    2 3 4 5 )\n';
  assert.equal(fmt(t), 'www IN A   192.0.2.1\n@   IN SOA ns1 h (\n    1 ; serial\n    2 3 4 5 )\n');
});

test('never changes meaning: quoted strings, escapes, adjacent tokens, escaped trailing space, broken entries', () => {
  assert.equal(fmt('a IN TXT "x  ;  y"   "z"\n'), 'a IN TXT "x  ;  y" "z"\n');
  assert.equal(fmt('s IN SVCB 1 . alpn="h2,h3"   port=443\n'), 's IN SVCB 1 . alpn="h2,h3" port=443\n');
  assert.equal(fmt('a\\ b IN TXT x\\ \n'), 'a\\ b IN TXT x\\ \n');
  const broken = 'a IN TXT "unterminated   \nb    IN A 192.0.2.1\n';
  assert.ok(fmt(broken).startsWith('a IN TXT "unterminated'), 'the broken entry is left alone');
  assert.equal(fmt('x    IN   FOO bar\n'), 'x    IN   FOO bar\n', 'unknown type: left alone');
  assert.equal(fmt('$GENERATE 1-3   host$   A   192.0.2.$\n'), '$GENERATE 1-3   host$   A   192.0.2.$\n');
});

test('CRLF stays CRLF; formatting twice changes nothing; a range formats only its lines', () => {
  const t = '@ IN SOA ns1 h 1 2 3 4 5\r\nwww    IN A 192.0.2.1\r\nmail IN   A 192.0.2.2\r\n';
  const once = fmt(t);
  assert.equal(once, '@    IN SOA ns1 h 1 2 3 4 5\r\nwww  IN A   192.0.2.1\r\nmail IN A   192.0.2.2\r\n');
  assert.deepEqual(formatZone(once), []);
  const second = t.indexOf('www');
  const edits = formatZone(t, {}, second, second + 3);
  assert.equal(edits.length, 1);
  assert.equal(applyEdits(t, edits), '@ IN SOA ns1 h 1 2 3 4 5\r\nwww  IN A   192.0.2.1\r\nmail IN   A 192.0.2.2\r\n');
});

test('owners longer than the column limit do not widen it, and are never lost', () => {
  const long = '1.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0';
  assert.equal(fmt(`${long} IN PTR a.example.\n`), `${long} IN PTR a.example.\n`);
  assert.equal(fmt(`${long} IN PTR a.example.\nx IN  A 192.0.2.1\n`), `${long} IN PTR a.example.\nx IN A   192.0.2.1\n`);
});
