import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/lines';
import { detectKind } from '../../server/src/core/kind';

test('LineIndex: LF, CRLF and CR; UTF-16 columns', () => {
  const li = new LineIndex('ab\r\ncd\ne\rf😀g');
  assert.deepEqual(li.position(0), { line: 0, character: 0 });
  assert.deepEqual(li.position(4), { line: 1, character: 0 });
  assert.deepEqual(li.position(7), { line: 2, character: 0 });
  assert.deepEqual(li.position(12), { line: 3, character: 3 }, 'the emoji counts two UTF-16 units');
  assert.equal(li.offset(1, 1), 5);
  assert.equal(li.lineCount, 4);
});

test('detectKind: zone names, .db only when it looks like a zone, never binary', () => {
  assert.equal(detectKind('example.com.zone', ''), 'dns-zone');
  assert.equal(detectKind('/etc/bind/db.example.com', ''), 'dns-zone');
  assert.equal(detectKind('1.168.192.in-addr.arpa', ''), 'dns-zone');
  assert.equal(detectKind('example.db', '$TTL 3600\n'), 'dns-zone');
  assert.equal(detectKind('example.db', '@ IN SOA ns1 h 1 2 3 4 5\n'), 'dns-zone');
  assert.equal(detectKind('virtusertable.db', '\0\x05\x31\0binary'), undefined);
  assert.equal(detectKind('virtusertable.db', 'user@example.com local\n'), undefined);
  assert.equal(detectKind('README', 'hello'), undefined);
});
