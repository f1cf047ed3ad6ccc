/**
 * The language server tested without an editor: a JSON-RPC client talks to `startServer` over
 * in-memory streams, as VS Code would over IPC.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { connect } from './server-harness';

interface Published { uri: string; version?: number; diagnostics: { code: string; severity: number; range: { start: { line: number; character: number } }; codeDescription?: { href: string }; source: string; message: string }[] }

function setup(files: Record<string, string> = {}, settings: unknown = {}): { client: MessageConnection; published: Published[]; next: (uri: string, pred?: (p: Published) => boolean) => Promise<Published> } {
  const client = connect({ readFile: (uri) => files[uri], docsLink: (code) => `https://docs.invalid/diagnostics.md#${code}` });
  const published: Published[] = [];
  const waiters: { uri: string; pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const w of [...waiters]) if (w.uri === p.uri && w.pred(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  const next = (uri: string, pred: (p: Published) => boolean = () => true) =>
    new Promise<Published>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 5000);
      waiters.push({ uri, pred, resolve: (p) => { clearTimeout(t); resolve(p); } });
    });
  return { client, published, next };
}

async function init(client: MessageConnection): Promise<{ capabilities: Record<string, unknown> }> {
  const r = await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  return r as { capabilities: Record<string, unknown> };
}

const URI = 'file:///zones/db.example.com';
const BROKEN = '$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.300\n';

test('capabilities: incremental sync', async () => {
  const { client } = setup();
  const r = await init(client);
  assert.equal((r.capabilities as { textDocumentSync: { change: number } }).textDocumentSync.change, 2);
  client.dispose();
});

test('open → diagnostics with code, docs link, source and LSP positions; edit → updated', async () => {
  // Serial baseline off: fixing the address changes a record, which would be a stale-serial (server-serial.test.ts).
  const { client, next } = setup({}, { origin: 'example.com', serial: { baseline: 'off' } });
  await init(client);
  const first = next(URI);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: BROKEN } });
  const p = await first;
  assert.equal(p.version, 1);
  const d = p.diagnostics.find((x) => x.code === 'invalid-ipv4');
  assert.ok(d, JSON.stringify(p.diagnostics));
  assert.equal(d!.source, 'zonemail');
  assert.equal(d!.severity, 1);
  assert.deepEqual(d!.range.start, { line: 3, character: 9 });
  assert.equal(d!.codeDescription?.href, 'https://docs.invalid/diagnostics.md#invalid-ipv4');
  // Several quick edits: only the last version is published.
  const fixed = next(URI, (x) => x.version === 3);
  client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 17 }, end: { line: 3, character: 20 } }, text: '25' }] });
  client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ range: { start: { line: 3, character: 17 }, end: { line: 3, character: 19 } }, text: '30' }] });
  const q = await fixed;
  assert.deepEqual(q.diagnostics.map((x) => x.code), []);
  client.dispose();
});

test('settings: severity override and off (zonemail.diagnostics.severity, as package.json declares it)', async () => {
  const { client, next } = setup({}, { origin: 'example.com', diagnostics: { severity: { 'invalid-ipv4': 'off' } } });
  await init(client);
  const first = next(URI);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: BROKEN } });
  assert.deepEqual((await first).diagnostics.map((x) => x.code), []);
  client.dispose();
});

test('settings: zonemail.diagnostics.severity changes a severity; a top-level severity is still read', async () => {
  for (const settings of [{ origin: 'example.com', diagnostics: { severity: { 'invalid-ipv4': 'hint' } } }, { origin: 'example.com', severity: { 'invalid-ipv4': 'hint' } }]) {
    const { client, next } = setup({}, settings);
    await init(client);
    const first = next(URI);
    client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: BROKEN } });
    const d = (await first).diagnostics.find((x) => x.code === 'invalid-ipv4');
    assert.equal(d?.severity, 4, JSON.stringify(settings));
    client.dispose();
  }
});

test('settings: zonemail.diagnostics.maxPerFile caps the diagnostics', async () => {
  const many = '$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n' + Array.from({ length: 5 }, (_, i) => `h${i} IN A 10.0.0.${300 + i}\n`).join('');
  const { client, next } = setup({}, { origin: 'example.com', diagnostics: { maxPerFile: 2 } });
  await init(client);
  const first = next(URI);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: many } });
  const codes = (await first).diagnostics.map((x) => x.code).sort();
  assert.deepEqual(codes, ['invalid-ipv4', 'invalid-ipv4', 'too-many-diagnostics']);
  client.dispose();
});

test('$INCLUDE errors are published on the included file; close clears', async () => {
  const files = { 'file:///zones/hosts.inc': 'www IN A 10.0.0.999\n' };
  const { client, next } = setup(files, { origin: 'example.com' });
  await init(client);
  const inc = next('file:///zones/hosts.inc');
  const main = next(URI);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: '$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE hosts.inc\n' } });
  assert.deepEqual((await main).diagnostics.map((x) => x.code), []);
  assert.deepEqual((await inc).diagnostics.map((x) => x.code), ['invalid-ipv4']);
  const cleared = next(URI);
  client.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
  assert.deepEqual((await cleared).diagnostics, []);
  client.dispose();
});
