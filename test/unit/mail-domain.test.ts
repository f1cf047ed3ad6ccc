// mail-domain-without-mx with names known to receive mail from outside the zone (analyzeZone's
// mailDomains, fed from the sendmail side): a warning, with or without SPF/DMARC/DKIM evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeZone } from '../../server/src/core/analyze';

const ZONE = '$TTL 3600\n$ORIGIN example.com.\n@ IN SOA ns1 hostmaster 1 3600 900 604800 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n' +
  'shop IN A 192.0.2.11\nshop IN TXT "v=spf1 a -all"\nplain IN A 192.0.2.12\nparked IN A 192.0.2.13\nparked IN TXT "v=spf1 -all"\nhas IN A 192.0.2.14\nhas IN MX 10 ns1\n';

const found = (mailDomains?: ReadonlySet<string>) =>
  analyzeZone(ZONE, { file: 'z', origin: 'example.com.', originMode: 'authoritative', mailDomains })
    .diagnostics.filter((d) => d.code === 'mail-domain-without-mx')
    .map((d) => `${d.severity} ${ZONE.slice(d.start, d.end)}`);

test('without mailDomains: hints for names with mail evidence only', () => {
  assert.deepEqual(found(), ['hint shop']);
});

test('mailDomains: known names are warnings (evidence or not); with an MX, no-mail SPF, or outside the zone: nothing', () => {
  const known = new Set(['shop.example.com.', 'plain.example.com.', 'has.example.com.', 'parked.example.com.', 'other.example.net.', 'missing.example.com.']);
  assert.deepEqual(found(known), ['warning shop', 'warning plain']);
});
