/**
 * Hover and navigation through the real language server (startServer over in-memory streams, as
 * VS Code talks to it): capabilities, LSP positions, a request right after an edit answers for the
 * edited text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { connect, init, setup } from './server-harness';

export const URI = 'file:///zones/example.com.zone';
export const ZONE = '$ORIGIN example.com.\r\n$TTL 1h\r\n@ IN SOA ns1 hostmaster 2015021201 3600 900 1209600 300\r\n  IN NS ns1\r\n  IN MX 10 mail\r\nns1 IN A 192.0.2.1\r\nmail IN A 192.0.2.2\r\n';


/**
 * The diagnostics the server publishes, by URI (codes), and a wait for a condition on them that
 * wakes on each publication, with a deadline.
 */
function watchDiagnostics(client: MessageConnection): { last: Map<string, string[]>; count: Map<string, number>; until: (ok: () => boolean, what: string) => Promise<void> } {
  const last = new Map<string, string[]>();
  /** Publications per URI so far. */
  const count = new Map<string, number>();
  const events: (() => void)[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => {
    last.set(p.uri, p.diagnostics.map((d) => d.code));
    count.set(p.uri, (count.get(p.uri) ?? 0) + 1);
    for (const e of events.splice(0)) e();
  });
  const until = async (ok: () => boolean, what: string) => {
    const end = Date.now() + 5000;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify([...last])}`);
      await new Promise<void>((r) => { events.push(r); setTimeout(r, 200); });
    }
  };
  return { last, count, until };
}

test('hover through the server: markdown and the token\'s range in LSP positions (CRLF text)', async () => {
  const client = setup();
  const caps = await init(client);
  assert.equal(caps.hoverProvider, true);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: ZONE } });
  // Line 4 is "  IN MX 10 mail": character 12 is inside "mail".
  const h = (await client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 12 } })) as { contents: { kind: string; value: string }; range: unknown };
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /mail\.example\.com\./);
  assert.deepEqual(h.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 15 } });
  // Edit, then hover at once: the answer is about the new text.
  client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: ZONE.replace('IN MX 10 mail', 'IN MX 10 ns1') }] });
  const h2 = (await client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 12 } })) as { contents: { value: string } };
  assert.match(h2.contents.value, /ns1\.example\.com\./);
  const nothing = await client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 0 } });
  assert.equal(nothing, null);
  client.dispose();
});

test('outline, folding and selection ranges through the server', async () => {
  const client = setup();
  const caps = await init(client);
  assert.equal(caps.documentSymbolProvider, true);
  assert.equal(caps.foldingRangeProvider, true);
  const text = ZONE.replace('2015021201 3600', '(\r\n 2015021201 ; serial\r\n 3600').replace('1209600 300', '1209600 300 )') + '; a\r\n; b\r\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text } });
  const symbols = (await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as { name: string; kind: number; children: { name: string }[] }[];
  assert.deepEqual(symbols.map((s) => s.name), ['@', '$ORIGIN', '$TTL', 'ns1', 'mail']);
  assert.deepEqual(symbols[0].children.map((c) => c.name), ['SOA', 'NS', 'MX']);
  const folds = (await client.sendRequest('textDocument/foldingRange', { textDocument: { uri: URI } })) as { startLine: number; endLine: number; kind?: string }[];
  assert.deepEqual(folds, [{ startLine: 2, endLine: 4 }, { startLine: 2, endLine: 6 }, { startLine: 9, endLine: 10, kind: 'comment' }]);
  const sel = (await client.sendRequest('textDocument/selectionRange', { textDocument: { uri: URI }, positions: [{ line: 4, character: 3 }] })) as { range: { start: { line: number; character: number } }; parent?: unknown }[];
  assert.deepEqual(sel[0].range.start, { line: 4, character: 1 }); // the token 3600
  assert.ok(sel[0].parent);
  client.dispose();
});

test('definition, references, highlights and rename through the server', async () => {
  const client = setup();
  const caps = await init(client);
  assert.equal(caps.definitionProvider, true);
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: ZONE } });
  // Line 4 "  IN MX 10 mail" → line 6 "mail IN A 192.0.2.2".
  const def = (await client.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: { line: 4, character: 12 } })) as { uri: string; range: unknown }[];
  assert.deepEqual(def, [{ uri: URI, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } } }]);
  const refs = (await client.sendRequest('textDocument/references', { textDocument: { uri: URI }, position: { line: 6, character: 1 }, context: { includeDeclaration: true } })) as { range: { start: { line: number } } }[];
  assert.deepEqual(refs.map((r) => r.range.start.line), [4, 6]);
  const hl = (await client.sendRequest('textDocument/documentHighlight', { textDocument: { uri: URI }, position: { line: 2, character: 10 } })) as { kind: number }[];
  assert.equal(hl.length, 3, 'ns1 as SOA mname, NS target and owner');
  const prep = (await client.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: { line: 6, character: 1 } })) as { placeholder: string };
  assert.equal(prep.placeholder, 'mail');
  const edit = (await client.sendRequest('textDocument/rename', { textDocument: { uri: URI }, position: { line: 6, character: 1 }, newName: 'smtp' })) as { changes: Record<string, { newText: string }[]> };
  assert.deepEqual(edit.changes[URI].map((e) => e.newText), ['smtp', 'smtp']);
  await assert.rejects(client.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: { line: 6, character: 12 } }), /Only owner names/);
  const ws = (await client.sendRequest('workspace/symbol', { query: 'mail' })) as { name: string }[];
  assert.deepEqual(ws.map((s) => s.name), ['mail.example.com.']);
  client.dispose();
});

test('completion through the server: snippets as text edits', async () => {
  const client = setup();
  const caps = await init(client);
  assert.ok(caps.completionProvider);
  const text = ZONE + 'www IN \r\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text } });
  const items = (await client.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 7, character: 7 } })) as { label: string; insertTextFormat: number; textEdit: { newText: string; range: unknown } }[];
  const mx = items.find((i) => i.label === 'MX')!;
  assert.equal(mx.insertTextFormat, 2);
  assert.equal(mx.textEdit.newText, 'MX ${1:preference} ${2:exchange}');
  assert.deepEqual(mx.textEdit.range, { start: { line: 7, character: 7 }, end: { line: 7, character: 7 } });
  client.dispose();
});

test('document and range formatting through the server', async () => {
  const client = setup();
  const caps = await init(client);
  assert.equal(caps.documentFormattingProvider, true);
  const text = 'www    IN A 192.0.2.1\r\nmail IN   A 192.0.2.2\r\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text } });
  const all = (await client.sendRequest('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 4, insertSpaces: true } })) as { range: { start: { line: number } }; newText: string }[];
  assert.deepEqual(all.map((e) => [e.range.start.line, e.newText]), [[0, 'www  IN A 192.0.2.1'], [1, 'mail IN A 192.0.2.2']]);
  const some = (await client.sendRequest('textDocument/rangeFormatting', { textDocument: { uri: URI }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, options: { tabSize: 4, insertSpaces: true } })) as unknown[];
  assert.equal(some.length, 1);
  client.dispose();
});

test('semantic tokens and inlay hints through the server', async () => {
  const client = setup();
  const caps = await init(client);
  const legend = (caps.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend;
  assert.ok(caps.inlayHintProvider);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: ZONE } });
  const { data } = (await client.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as { data: number[] };
  // First token: $ORIGIN at 0:0, 7 long, a directive (macro).
  assert.deepEqual(data.slice(0, 5), [0, 0, 7, legend.tokenTypes.indexOf('macro'), 0]);
  assert.equal(data.length % 5, 0);
  const hints = (await client.sendRequest('textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } } })) as { position: { line: number; character: number }; label: string }[];
  assert.deepEqual(hints, [{ position: { line: 5, character: 3 }, label: '.example.com.', paddingLeft: false, kind: 1, tooltip: 'ns1.example.com.' }]);
  client.dispose();
});

test('definition and workspace symbols reach the zone files on disk in the workspace', async () => {
  const NET = 'file:///zones/example.net.zone';
  const files = { [NET]: '$TTL 1h\n@ IN SOA ns h 1 2 3 4 5\nmx IN A 192.0.2.9\n', 'file:///zones/notes.txt': 'mx IN A 1.2.3.4\n' };
  const client = setup(files, (folder) => (folder === 'file:///zones' ? Object.keys(files) : []));
  await init(client, 'file:///zones');
  const text = '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n@ IN MX 1 mx.example.net.\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text } });
  const def = (await client.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: { line: 3, character: 12 } })) as { uri: string; range: unknown }[];
  assert.deepEqual(def, [{ uri: NET, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } } }]);
  const ws = (await client.sendRequest('workspace/symbol', { query: 'mx.' })) as { name: string; location: { uri: string } }[];
  assert.deepEqual(ws.map((s) => `${s.name} ${s.location.uri}`), ['mx.example.net. ' + NET], 'notes.txt is not a zone file');
  client.dispose();
});

test('zone features stay out of sendmail files: no formatting, hover or outline from the zone engine', async () => {
  const client = setup();
  await init(client);
  const ALIASES = 'file:///etc/mail/aliases';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: ALIASES, languageId: 'sendmail-aliases', version: 1, text: 'postmaster:    root\nwww   IN A 192.0.2.1\n' } });
  assert.equal(await client.sendRequest('textDocument/formatting', { textDocument: { uri: ALIASES }, options: { tabSize: 4, insertSpaces: true } }), null);
  assert.equal(await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ALIASES } }), null);
  client.dispose();
});

test('the requests after an edit share one analysis of the version, and validation reuses it', async () => {
  let analyses = 0; // Runtime.baseline is asked once per analysis
  const client = connect({ resolve: (_f, r) => r, baseline: () => { analyses++; return undefined; } });
  const published: number[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => { if (p.version !== undefined) published.push(p.version); });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text: ZONE } });
  const td = { textDocument: { uri: URI } };
  await Promise.all([
    client.sendRequest('textDocument/semanticTokens/full', td),
    client.sendRequest('textDocument/foldingRange', td),
    client.sendRequest('textDocument/documentSymbol', td),
    client.sendRequest('textDocument/inlayHint', { ...td, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }),
    client.sendRequest('textDocument/hover', { ...td, position: { line: 4, character: 12 } }),
  ]);
  const deadline = Date.now() + 5000;
  while (!published.includes(1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(published, [1]);
  assert.equal(analyses, 1, 'five requests and the validation: one analysis');
  client.dispose();
});

test('a settings change asks the client to refresh inlay hints (when it can)', async () => {
  const client = connect({ resolve: (_f, r) => r });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  const refreshed = new Promise<void>((resolve) => client.onRequest('workspace/inlayHint/refresh', () => { resolve(); return null; }));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } } });
  client.sendNotification('initialized', {});
  client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await refreshed;
  client.dispose();
});

test('document links: the $INCLUDE file names, in LSP positions (CRLF text); none in sendmail files', async () => {
  const client = setup({ 'file:///zones/hosts.zone': 'www IN A 192.0.2.1\r\n' });
  const caps = await init(client);
  assert.deepEqual(caps.documentLinkProvider, { resolveProvider: false });
  const text = ZONE + '$INCLUDE hosts.zone\r\n$INCLUDE "näh.zone" ; not there\r\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dns-zone', version: 1, text } });
  const links = (await client.sendRequest('textDocument/documentLink', { textDocument: { uri: URI } })) as { range: unknown; target: string; tooltip: string }[];
  assert.deepEqual(links.map((l) => [l.range, l.target]), [
    [{ start: { line: 7, character: 9 }, end: { line: 7, character: 19 } }, 'file:///zones/hosts.zone'],
    [{ start: { line: 8, character: 10 }, end: { line: 8, character: 18 } }, 'file:///zones/näh.zone'],
  ]);
  // An untitled document has no directory: no link (its includes resolve to no URI).
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'dns-zone', version: 1, text } });
  assert.deepEqual(await client.sendRequest('textDocument/documentLink', { textDocument: { uri: 'untitled:Untitled-1' } }), []);
  client.dispose();
});

test('document links in an aliases file: each absolute :include: path', async () => {
  // The node runtime's resolve: an absolute path stays itself, as a file URI.
  const client = connect({ resolve: (_f, rel) => 'file://' + rel });
  client.onNotification('textDocument/publishDiagnostics', () => undefined);
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  client.listen();
  await init(client);
  const ALIASES = 'file:///etc/mail/aliases';
  const text = '# lists\nstaff: :include:/etc/mail/staff.list, root\nrel:\t:include:lists/rel\nquoted: ":include: /etc/mail/q list"\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: ALIASES, languageId: 'sendmail-aliases', version: 1, text } });
  const links = (await client.sendRequest('textDocument/documentLink', { textDocument: { uri: ALIASES } })) as { range: unknown; target: string }[];
  assert.deepEqual(links.map((l) => [l.range, l.target]), [
    [{ start: { line: 1, character: 16 }, end: { line: 1, character: 36 } }, 'file:///etc/mail/staff.list'],
    [{ start: { line: 3, character: 19 }, end: { line: 3, character: 35 } }, 'file:///etc/mail/q list'],
  ]);
  client.dispose();
});

test('an $INCLUDEd file open in the editor is analysed as part of its zone: no false errors, its own real ones, hover with the zone origin; alone again when the zone closes', async () => {
  const ROOT = 'file:///zones/example.com.zone', INC = 'file:///zones/hosts.inc';
  const client = connect();
  const last = new Map<string, string[]>();
  const waiters: { uri: string; ok: (codes: string[]) => boolean; resolve: () => void }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string; range: { start: { line: number } } }[] }) => {
    const codes = p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
    last.set(p.uri, codes);
    for (const w of waiters.splice(0)) if (w.uri === p.uri && w.ok(codes)) w.resolve(); else waiters.push(w);
  });
  const published = (uri: string, ok: (codes: string[]) => boolean, what: string) => new Promise<void>((resolve, reject) => {
    if (last.has(uri) && ok(last.get(uri)!)) return resolve();
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last.get(uri))}`)), 5000);
    waiters.push({ uri, ok, resolve: () => { clearTimeout(timer); resolve(); } });
  });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ serial: { baseline: 'off' } })));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  await init(client);
  const inc = 'www IN A 192.0.2.1\r\nmail IN MX 10 www\r\n';
  // Opened first, alone: no origin, no SOA — the errors a fragment gets on its own.
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: INC, languageId: 'dns-zone', version: 1, text: inc } });
  await published(INC, (c) => c.some((x) => x.startsWith('missing-soa')), 'the fragment checked alone');
  // Its zone opens: the fragment is part of it now, and clean.
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: ROOT, languageId: 'dns-zone', version: 1, text: '$TTL 1h\r\n$ORIGIN example.com.\r\n@ IN SOA ns1 h 1 2 3 4 5\r\n IN NS ns1\r\nns1 IN A 192.0.2.9\r\n$INCLUDE hosts.inc\r\n' } });
  await published(INC, (c) => c.length === 0, 'the fragment cleared by its zone');
  // Hover in the fragment: names complete with the zone's origin.
  const h = (await client.sendRequest('textDocument/hover', { textDocument: { uri: INC }, position: { line: 1, character: 16 } })) as { contents: { value: string } } | null;
  assert.match(h?.contents.value ?? '', /www\.example\.com\./);
  // An edit of the fragment: its real error, at its line, from the zone's analysis.
  client.sendNotification('textDocument/didChange', { textDocument: { uri: INC, version: 2 }, contentChanges: [{ text: inc + 'bad IN A 300.1.2.3\r\n' }] });
  await published(INC, (c) => c.length === 1 && c[0] === 'invalid-ipv4@2', 'the fragment\'s own error');
  assert.deepEqual(last.get(ROOT), []);
  // The client asks which open zone includes a file (to open it as a zone file whatever its name).
  assert.equal(await client.sendRequest('zonemail/includedBy', { uri: INC }), ROOT);
  // A zone opened a moment ago (not analysed yet) is asked too.
  const ROOT2 = 'file:///zones/example.net.zone';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: ROOT2, languageId: 'dns-zone', version: 1, text: '$TTL 1h\n$ORIGIN example.net.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE net.inc\n' } });
  assert.equal(await client.sendRequest('zonemail/includedBy', { uri: 'file:///zones/net.inc' }), ROOT2);
  client.sendNotification('textDocument/didClose', { textDocument: { uri: ROOT2 } });
  assert.equal(await client.sendRequest('zonemail/includedBy', { uri: 'file:///zones/other.inc' }), null);
  // The zone closes: the fragment is alone again.
  client.sendNotification('textDocument/didClose', { textDocument: { uri: ROOT } });
  await published(INC, (c) => c.some((x) => x.startsWith('missing-soa')), 'the fragment alone again');
  assert.equal(await client.sendRequest('zonemail/includedBy', { uri: INC }), null);
  client.dispose();
});

test('closing a zone takes away what it showed for its included files that are not open', async () => {
  const ROOT = 'file:///zones/example.com.zone', INC = 'file:///zones/broken.inc';
  const client = setup({ [INC]: 'bad IN A 300.1.2.3\n' });
  const { last, until } = watchDiagnostics(client);
  await init(client);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: ROOT, languageId: 'dns-zone', version: 1, text: '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE broken.inc\n' } });
  await until(() => last.get(INC)?.length === 1, 'the included file\'s error');
  client.sendNotification('textDocument/didClose', { textDocument: { uri: ROOT } });
  await until(() => last.get(INC)?.length === 0, 'the included file cleared');
  client.dispose();
});

test('a file a zone could not include is read from the editor once it is opened there', async () => {
  const ROOT = 'file:///zones/example.com.zone', INC = 'file:///zones/new.inc';
  const client = setup();
  const { last, until } = watchDiagnostics(client);
  await init(client);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: ROOT, languageId: 'dns-zone', version: 1, text: '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE new.inc\n' } });
  await until(() => (last.get(ROOT) ?? []).includes('include-not-found'), 'include-not-found');
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: INC, languageId: 'dns-zone', version: 1, text: 'www IN A 192.0.2.1\n' } });
  await until(() => last.get(ROOT)?.length === 0 && last.get(INC)?.length === 0, 'the zone reading the opened file, both clean');
  client.dispose();
});

test('a fragment opened without its zone is checked as part of the zone file on disk that includes it', async () => {
  const ROOT = 'file:///ws/example.com.zone', FRAG = 'file:///ws/db.example.com.hosts', LONE = 'file:///ws/lone.zone';
  const files: Record<string, string> = { [ROOT]: '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE db.example.com.hosts\n' };
  const client = setup(files, (folder) => (folder === 'file:///ws' ? [...Object.keys(files), FRAG, LONE] : []));
  const { last, until } = watchDiagnostics(client);
  await init(client, 'file:///ws');
  const frag = 'www IN A 192.0.2.1\nmail IN MX 10 www\nbad IN A 300.1.2.3\n';
  files[FRAG] = frag;
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FRAG, languageId: 'dns-zone', version: 1, text: frag } });
  // Its real error only: no missing-soa, missing-ttl or guessed origin.
  await until(() => last.get(FRAG)?.join() === 'invalid-ipv4', 'the fragment checked within example.com.zone');
  const h = (await client.sendRequest('textDocument/hover', { textDocument: { uri: FRAG }, position: { line: 1, character: 16 } })) as { contents: { value: string } } | null;
  assert.match(h?.contents.value ?? '', /www\.example\.com\./);
  assert.equal(last.has(ROOT), false, 'the zone on disk gets no diagnostics of its own');
  // The client asks which zone includes a file before opening it as a zone file: the one on disk.
  assert.equal(await client.sendRequest('zonemail/includedBy', { uri: FRAG }), ROOT);
  assert.equal(await client.sendRequest('zonemail/includedBy', { uri: LONE }), null);
  // A fragment no zone includes is checked alone, as before.
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: LONE, languageId: 'dns-zone', version: 1, text: 'www IN A 192.0.2.1\n' } });
  await until(() => (last.get(LONE) ?? []).includes('missing-soa'), 'the lone fragment checked alone');
  client.dispose();
});

test('ptr-mismatch through the server: an open reverse zone follows the forward zone being opened, edited and closed', async () => {
  const FWD = 'file:///ws/example.com.zone', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const fwd = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.26\n';
  const files: Record<string, string> = { [FWD]: fwd };
  const client = setup(files, (folder) => (folder === 'file:///ws' ? [FWD, REV] : []));
  const { last, count, until } = watchDiagnostics(client);
  await init(client, 'file:///ws');
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n25 IN PTR mail.example.com.\n';
  files[REV] = rev;
  // The forward zone is read from disk (not open).
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: REV, languageId: 'dns-zone', version: 1, text: rev } });
  await until(() => last.get(REV)?.join() === 'ptr-mismatch', 'ptr-mismatch against the zone on disk');
  // Opening the forward zone as it is on disk re-checks the reverse zone, which keeps its warning.
  const before = count.get(REV) ?? 0;
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FWD, languageId: 'dns-zone', version: 1, text: fwd } });
  await until(() => (count.get(REV) ?? 0) > before && last.has(FWD), 'the reverse zone checked again after the open');
  assert.equal(last.get(REV)?.join(), 'ptr-mismatch', 'still there: the forward zone did not change');
  // Edited, the forward zone is read as shown: the address fixed there clears the reverse zone.
  client.sendNotification('textDocument/didChange', { textDocument: { uri: FWD, version: 2 }, contentChanges: [{ text: fwd.replace('192.0.2.26', '192.0.2.25') }] });
  await until(() => last.get(REV)?.length === 0, 'the reverse zone cleared by the edit of the forward zone');
  // Closed without saving, the forward zone is the disk's again: the warning comes back.
  client.sendNotification('textDocument/didClose', { textDocument: { uri: FWD } });
  await until(() => last.get(REV)?.join() === 'ptr-mismatch', 'the warning back once the unsaved forward zone is closed');
  client.dispose();
});

test('ptr-mismatch through the server: a forward zone that exists only in the editor, opened with the reverse zone', async () => {
  const FWD = 'file:///ws/example.com.zone', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const client = setup({}, () => []);
  const { last, until } = watchDiagnostics(client);
  await init(client, 'file:///ws');
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n25 IN PTR mail.example.com.\n';
  // Both at once, as when the editor restores its tabs; the forward zone was never saved.
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: REV, languageId: 'dns-zone', version: 1, text: rev } });
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FWD, languageId: 'dns-zone', version: 1, text: '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.26\n' } });
  await until(() => last.get(REV)?.join() === 'ptr-mismatch' && last.has(FWD), 'ptr-mismatch against the unsaved forward zone');
  client.dispose();
});

test('ptr-mismatch through the server: an edit of a file the forward zone $INCLUDEs is seen', async () => {
  const FWD = 'file:///ws/example.com.zone', INC = 'file:///ws/hosts.inc', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const files: Record<string, string> = {
    [FWD]: '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE hosts.inc\n',
    [INC]: 'mail IN A 192.0.2.25\n',
  };
  const client = setup(files, (folder) => (folder === 'file:///ws' ? [FWD, REV] : []));
  const { last, until } = watchDiagnostics(client);
  await init(client, 'file:///ws');
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n25 IN PTR mail.example.com.\n';
  files[REV] = rev;
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: REV, languageId: 'dns-zone', version: 1, text: rev } });
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: INC, languageId: 'dns-zone', version: 1, text: files[INC] } });
  await until(() => last.get(REV)?.length === 0 && last.has(INC), 'the reverse zone clean: mail has .25');
  client.sendNotification('textDocument/didChange', { textDocument: { uri: INC, version: 2 }, contentChanges: [{ text: 'mail IN A 192.0.2.26\n' }] });
  await until(() => last.get(REV)?.join() === 'ptr-mismatch', 'ptr-mismatch once the included file moves mail to .26');
  client.dispose();
});

test('mail-host-without-ptr through the server: the quick fix adds the PTR to the reverse zone, which clears it', async () => {
  const FWD = 'file:///ws/example.com.zone', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n1 IN PTR ns1.example.com.\n';
  const files: Record<string, string> = { [REV]: rev };
  const client = setup(files, (folder) => (folder === 'file:///ws' ? [FWD, REV] : []));
  const { last, until } = watchDiagnostics(client);
  const diags = new Map<string, unknown[]>();
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => { diags.set(p.uri, p.diagnostics); last.set(p.uri, p.diagnostics.map((d) => d.code)); });
  await init(client, 'file:///ws');
  const fwd = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\n IN MX 10 mail\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n';
  files[FWD] = fwd;
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FWD, languageId: 'dns-zone', version: 1, text: fwd } });
  await until(() => last.get(FWD)?.join() === 'mail-host-without-ptr', 'mail-host-without-ptr against the reverse zone on disk');
  const d = diags.get(FWD)![0] as { range: unknown };
  const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri: FWD }, range: d.range, context: { diagnostics: [d] } })) as { title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[];
  const add = actions.find((a) => a.title === 'Add "25.2.0.192.in-addr.arpa. PTR mail.example.com." to 2.0.192.in-addr.arpa.zone');
  assert.ok(add?.edit?.changes?.[REV], JSON.stringify(actions.map((a) => a.title)));
  assert.equal(add.edit.changes[REV][0].newText, '25.2.0.192.in-addr.arpa. IN PTR mail.example.com.\n');
  // The edit applied in the editor: the reverse zone opens with the line; the forward zone clears.
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: REV, languageId: 'dns-zone', version: 1, text: rev } });
  await until(() => last.has(REV), 'the reverse zone analysed (its apex known to the server)');
  client.sendNotification('textDocument/didChange', { textDocument: { uri: REV, version: 2 }, contentChanges: [{ text: rev + add.edit.changes[REV][0].newText }] });
  await until(() => last.get(FWD)?.length === 0 && last.get(REV)?.length === 0, 'both zones clean');
  client.dispose();
});

test('mail-host-without-ptr through the server: after the PTR is added, saved and closed, the warning stays away', async () => {
  const FWD = 'file:///ws/example.com.zone', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n1 IN PTR ns1.example.com.\n';
  const fwd = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\n IN MX 10 mail\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n';
  const files: Record<string, string> = { [FWD]: fwd, [REV]: rev };
  const client = setup(files, (folder) => (folder === 'file:///ws' ? [FWD, REV] : []));
  const { last, count, until } = watchDiagnostics(client);
  await init(client, 'file:///ws');
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FWD, languageId: 'dns-zone', version: 1, text: fwd } });
  await until(() => last.get(FWD)?.join() === 'mail-host-without-ptr', 'the warning');
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: REV, languageId: 'dns-zone', version: 1, text: rev } });
  await until(() => last.has(REV), 'the reverse zone analysed');
  const fixed = rev + '25 IN PTR mail.example.com.\n';
  client.sendNotification('textDocument/didChange', { textDocument: { uri: REV, version: 2 }, contentChanges: [{ text: fixed }] });
  await until(() => last.get(FWD)?.length === 0, 'clean after the edit');
  files[REV] = fixed; // saved
  client.sendNotification('textDocument/didSave', { textDocument: { uri: REV } });
  const before = count.get(FWD) ?? 0;
  client.sendNotification('textDocument/didClose', { textDocument: { uri: REV } });
  await until(() => (count.get(FWD) ?? 0) > before, 'the forward zone checked again after the close');
  assert.deepEqual(last.get(FWD), [], 'read from the disk as saved, not as it was 5 s ago');
  client.dispose();
});

test('ptr-mismatch through the server: a zone whose apex changes is read under its new name', async () => {
  const FWD = 'file:///ws/example.com.zone', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const rev = '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n25 IN PTR mail.example.net.\n';
  const fwd = (apex: string) => `$TTL 1h\n$ORIGIN ${apex}\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.26\n`;
  const client = setup({}, () => []);
  const { last, until } = watchDiagnostics(client);
  await init(client, 'file:///ws');
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: REV, languageId: 'dns-zone', version: 1, text: rev } });
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FWD, languageId: 'dns-zone', version: 1, text: fwd('example.com.') } });
  await until(() => last.has(FWD) && last.get(REV)?.length === 0, 'no zone example.net. yet: nothing to judge');
  // The forward zone becomes example.net.: the reverse zone's PTR now points into it, at the wrong address.
  client.sendNotification('textDocument/didChange', { textDocument: { uri: FWD, version: 2 }, contentChanges: [{ text: fwd('example.net.') }] });
  await until(() => last.get(REV)?.join() === 'ptr-mismatch', 'ptr-mismatch against the zone under its new apex');
  client.dispose();
});

test('hover through the server reads the workspace\'s other zones: the PTR of an address', async () => {
  const FWD = 'file:///ws/example.com.zone', REV = 'file:///ws/2.0.192.in-addr.arpa.zone';
  const files: Record<string, string> = { [REV]: '$TTL 1h\n$ORIGIN 2.0.192.in-addr.arpa.\n@ IN SOA ns1.example.com. h.example.com. 1 3600 900 1209600 300\n IN NS ns1.example.com.\n25 IN PTR mail.example.com.\n' };
  const client = setup(files, (folder) => (folder === 'file:///ws' ? [FWD, REV] : []));
  await init(client, 'file:///ws');
  const fwd = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 3600 900 1209600 300\n IN NS ns1\nns1 IN A 192.0.2.1\nmail IN A 192.0.2.25\n';
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: FWD, languageId: 'dns-zone', version: 1, text: fwd } });
  const h = (await client.sendRequest('textDocument/hover', { textDocument: { uri: FWD }, position: { line: 5, character: 12 } })) as { contents: { value: string } } | null;
  assert.match(h?.contents.value ?? '', /Reverse DNS in `2\.0\.192\.in-addr\.arpa\.` \(2\.0\.192\.in-addr\.arpa\.zone\): PTR `mail\.example\.com\.`/);
  client.dispose();
});
