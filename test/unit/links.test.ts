/** Document links: `$INCLUDE` file names (core/features/links.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentLinks } from '../../server/src/core/features/links';
import { parseZone } from '../../server/src/core/parser';

const FILE = 'file:///zones/example.com.zone';
const files: Record<string, string> = {
  'file:///zones/hosts.zone': 'www IN A 192.0.2.1\n$INCLUDE deeper.zone\n',
  'file:///zones/deeper.zone': 'x IN A 192.0.2.2\n',
  'file:///zones/sub dir/mail.zone': 'mail IN A 192.0.2.3\n',
};
const host = {
  readFile: (u: string) => files[u],
  resolve: (from: string, rel: string) => from.slice(0, from.lastIndexOf('/') + 1) + rel.replace(/^\.\//, ''),
};

test('each $INCLUDE file name of the asked file is a link to the resolved file, quoted names without their quotes', () => {
  const zone = [
    '$ORIGIN example.com.',
    '@ IN SOA ns1 hostmaster 1 2 3 4 5',
    '$INCLUDE hosts.zone',
    '$INCLUDE "sub dir/mail.zone" mail.example.com. ; with an origin',
    '$INCLUDE ./missing.zone',
    '',
  ].join('\r\n');
  const parse = parseZone(zone, { file: FILE, origin: 'example.com.', host });
  const links = documentLinks(parse, FILE);
  assert.deepEqual(links.map((l) => [zone.slice(l.start, l.end), l.target]), [
    ['hosts.zone', 'file:///zones/hosts.zone'],
    ['sub dir/mail.zone', 'file:///zones/sub dir/mail.zone'],
    // Not readable: still a link to where the parser looked (include-not-found reports it).
    ['./missing.zone', 'file:///zones/missing.zone'],
  ]);
  assert.ok(parse.diagnostics.some((d) => d.code === 'include-not-found'));
  // The included file's own $INCLUDE belongs to that file, with offsets into its text.
  const inner = documentLinks(parse, 'file:///zones/hosts.zone');
  assert.equal(inner.length, 1);
  assert.equal(files['file:///zones/hosts.zone'].slice(inner[0].start, inner[0].end), 'deeper.zone');
  assert.equal(inner[0].target, 'file:///zones/deeper.zone');
  assert.deepEqual(documentLinks(parse, 'file:///zones/deeper.zone'), []);
});

test('no link for an $INCLUDE without a file name or with an empty quoted one', () => {
  const zone = '$ORIGIN example.com.\n@ IN SOA ns1 hostmaster 1 2 3 4 5\n$INCLUDE\n$INCLUDE ""\n';
  const parse = parseZone(zone, { file: FILE, origin: 'example.com.', host });
  assert.deepEqual(documentLinks(parse, FILE), []);
  assert.ok(parse.diagnostics.some((d) => d.message === '$INCLUDE needs a file name'));
});
