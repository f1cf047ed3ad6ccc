/** Semantic tokens and inlay hints (core/features/tokens.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlayHints, semanticTokens } from '../../server/src/core/features/tokens';
import { analyse } from './cursor';

const FILE = 'file:///zones/example.com.zone';
const ZONE = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster.example.com. 1 7200 900 2w 300\nmail 86400 IN MX 10 mx.example.net.\nwww IN TXT "hello"\n';

test('semantic tokens by role: directive, owner, number, class, type, name, string', () => {
  const a = analyse(ZONE, FILE);
  const t = semanticTokens(a.parse, FILE, ZONE).map((x) => `${x.role}:${ZONE.slice(x.start, x.end)}`);
  assert.deepEqual(t, [
    'directive:$ORIGIN', 'name:example.com.', 'directive:$TTL', 'number:3600',
    'owner:@', 'class:IN', 'type:SOA', 'name:ns1', 'name:hostmaster.example.com.', 'number:1', 'number:7200', 'number:900', 'number:2w', 'number:300',
    'owner:mail', 'number:86400', 'class:IN', 'type:MX', 'number:10', 'name:mx.example.net.',
    'owner:www', 'class:IN', 'type:TXT', 'string:"hello"',
  ]);
  const ranged = semanticTokens(a.parse, FILE, ZONE, ZONE.indexOf('www'), ZONE.length);
  assert.deepEqual(ranged.map((x) => x.role), ['owner', 'class', 'type', 'string']);
});

test('inlay hints: absolute names after relative ones, humanised TTLs; each can be switched off', () => {
  const a = analyse(ZONE, FILE);
  const h = inlayHints(a.parse, FILE, ZONE).map((x) => `${ZONE.slice(0, x.offset).split(/\s/).pop()}⟨${x.label}⟩`);
  assert.deepEqual(h, [
    '3600⟨1 hour⟩',
    '@⟨= example.com.⟩', 'ns1⟨.example.com.⟩', '7200⟨2 hours⟩', '900⟨15 minutes⟩', '300⟨5 minutes⟩',
    'mail⟨.example.com.⟩', '86400⟨1 day⟩',
    'www⟨.example.com.⟩',
  ]);
  assert.ok(inlayHints(a.parse, FILE, ZONE, { absoluteNames: false }).every((x) => x.kind === 'ttl'));
  assert.ok(inlayHints(a.parse, FILE, ZONE, { ttl: false }).every((x) => x.kind === 'name'));
});
