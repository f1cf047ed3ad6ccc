/** readText (server/src/node/text.ts): the ASCII fast path gives the same string as UTF-8 decoding. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readText } from '../../server/src/node/text';

test('readText equals readFileSync(utf8) for ASCII, UTF-8, a BOM, CRLF and invalid UTF-8', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zm-read-'));
  const cases: [string, Buffer][] = [
    ['ascii', Buffer.from('$TTL 1h\r\n@ IN SOA ns1 host 1 2 3 4 5\r\nwww A 192.0.2.1\n')],
    ['utf8', Buffer.from('caf\u00e9 TXT "\u00fcber \u{1F600}"\n')],
    ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('@ A 192.0.2.1\n')])],
    ['invalid', Buffer.from([0x61, 0x20, 0xff, 0xfe, 0x0a])],
    ['empty', Buffer.alloc(0)],
  ];
  for (const [name, bytes] of cases) {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    assert.equal(readText(p), fs.readFileSync(p, 'utf8'), name);
  }
  assert.throws(() => readText(path.join(dir, 'missing')), /ENOENT/);
  fs.rmSync(dir, { recursive: true });
});
