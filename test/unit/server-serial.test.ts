/**
 * The SOA serial in the language server: baselines (as opened / last saved, git HEAD), the
 * `stale-serial` diagnostic, the quick fix, the code lens, the command `zonemail.bumpSerial`, the
 * custom request `zonemail/serialBump` and bump on save. Over in-memory streams, as in
 * server.test.ts; the clock is pinned through Runtime.now.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Runtime } from '../../server/src/server';
import { gitBaselines, nodeRuntime } from '../../server/src/node/server';
import { connect } from './server-harness';

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface LspDiag { code: string; severity: number; range: Range; source: string; message: string; data?: unknown }
interface Published { uri: string; version?: number; diagnostics: LspDiag[] }
interface TextEdit { range: Range; newText: string }
interface WorkspaceEdit { changes?: Record<string, TextEdit[]> }

/** 2024-03-05 12:00 UTC. */
const NOW = Date.UTC(2024, 2, 5, 12, 0, 0);

function setup(opts: { files?: Record<string, string>; settings?: unknown; runtime?: Partial<Runtime> } = {}) {
  const files = opts.files ?? {};
  const client = connect({ readFile: (uri) => files[uri], now: () => NOW, ...opts.runtime });
  const waiters: { uri: string; pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  const latest = new Map<string, Published>();
  client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) if (w.uri === p.uri && w.pred(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => opts.settings ?? {}));
  client.onRequest('client/registerCapability', () => null);
  const applied: WorkspaceEdit[] = [];
  client.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
    applied.push(params.edit);
    return { applied: true };
  });
  const messages: string[] = [];
  client.onRequest('window/showMessageRequest', (p: { message: string }) => { messages.push(p.message); return null; });
  client.onNotification('window/showMessage', (p: { message: string }) => { messages.push(p.message); });
  client.listen();
  const next = (uri: string, pred: (p: Published) => boolean = () => true) =>
    new Promise<Published>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(latest.get(uri)?.diagnostics.map((d) => d.code))}`)), 5000);
      waiters.push({ uri, pred, resolve: (p) => { clearTimeout(t); resolve(p); } });
    });
  const init = async () => {
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true, applyEdit: true } } });
    client.sendNotification('initialized', {});
  };
  const open = (uri: string, text: string, version = 1) =>
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dns-zone', version, text } });
  /** Replace the whole text (a full-content change). */
  const change = (uri: string, text: string, version: number) =>
    client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  return { client, next, init, open, change, applied, messages };
}

const codes = (p: Published) => p.diagnostics.map((d) => d.code);
const has = (code: string) => (p: Published) => codes(p).includes(code);
const hasNot = (code: string) => (p: Published) => !codes(p).includes(code);

const URI = 'file:///zones/example.com.zone';
const ZONE = '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 hostmaster 2015021201 3600 900 1209600 300 ; serial\n  IN NS ns1\nns1 IN A 192.0.2.1\n';
const EDITED = ZONE + 'www IN A 192.0.2.80\n';
/** The serial's range in ZONE / EDITED: line 2, after "@ IN SOA ns1 hostmaster ". */
const SERIAL_RANGE = { start: { line: 2, character: 24 }, end: { line: 2, character: 34 } };

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  }
  return text;
}

test('as-opened baseline: an edit that adds a record gives stale-serial on the serial; quick fix bumps only the digits', async () => {
  const { client, next, init, open, change } = setup();
  await init();
  const first = next(URI);
  open(URI, ZONE);
  assert.deepEqual(codes(await first), [], 'unchanged since opened: nothing to report');
  const stale = next(URI, has('stale-serial'));
  change(URI, EDITED, 2);
  const p = await stale;
  const d = p.diagnostics.find((x) => x.code === 'stale-serial')!;
  assert.deepEqual(d.range, SERIAL_RANGE);
  assert.equal(d.severity, 2);
  assert.match(d.message, /1 record added since the file as opened; serial is still 2015021201/);

  const actions = await client.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
  }) as { title: string; kind: string; isPreferred: boolean; edit: WorkspaceEdit; diagnostics: LspDiag[] }[];
  assert.equal(actions.length, 1);
  const a = actions[0];
  assert.equal(a.title, 'Bump SOA serial to 2024030501');
  assert.equal(a.kind, 'quickfix');
  assert.equal(a.isPreferred, true);
  assert.deepEqual(a.edit.changes, { [URI]: [{ range: SERIAL_RANGE, newText: '2024030501' }] });
  const bumped = applyEdits(EDITED, a.edit.changes![URI]);
  assert.equal(bumped, EDITED.replace('2015021201', '2024030501'), 'comments and layout stay');

  // Applying it clears the diagnostic.
  const clear = next(URI, (x) => x.version === 3);
  change(URI, bumped, 3);
  assert.deepEqual(codes(await clear), []);

  // No quick fix for other diagnostics.
  const none = await client.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: d.range, context: { diagnostics: [{ ...d, code: 'invalid-ipv4' }] },
  }) as unknown[];
  assert.deepEqual(none, []);
  client.dispose();
});

test('serial-decreased against the as-opened baseline has the quick fix too; a save moves the baseline', async () => {
  const { client, next, init, open, change } = setup();
  await init();
  const first = next(URI);
  open(URI, ZONE);
  await first;
  const dec = next(URI, has('serial-decreased'));
  const lower = ZONE.replace('2015021201', '2015021100');
  change(URI, lower, 2);
  const d = (await dec).diagnostics.find((x) => x.code === 'serial-decreased')!;
  const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } }) as { title: string; edit: WorkspaceEdit }[];
  // Past both the current serial and the baseline's; the date is today.
  assert.equal(actions[0].title, 'Bump SOA serial to 2024030501');
  // After a save the saved text is the baseline: no diagnostic.
  const saved = next(URI, hasNot('serial-decreased'));
  client.sendNotification('textDocument/didSave', { textDocument: { uri: URI } });
  assert.deepEqual(codes(await saved), []);
  client.dispose();
});

test('code lens on the apex SOA serial; its command bumps through workspace/applyEdit', async () => {
  const { client, next, init, open, change, applied } = setup();
  await init();
  const first = next(URI);
  open(URI, ZONE);
  await first;
  const lenses = await client.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } }) as { range: Range; command: { title: string; command: string; arguments: unknown[] } }[];
  assert.equal(lenses.length, 1);
  assert.deepEqual(lenses[0].range, SERIAL_RANGE);
  assert.equal(lenses[0].command.title, '2015021201 · 2015-02-12, change 01 · Bump serial');
  assert.equal(lenses[0].command.command, 'zonemail.bumpSerial');
  assert.deepEqual(lenses[0].command.arguments, [URI]);

  const r = await client.sendRequest('workspace/executeCommand', { command: 'zonemail.bumpSerial', arguments: [URI] }) as { old: number; serial: number };
  assert.deepEqual({ old: r.old, serial: r.serial }, { old: 2015021201, serial: 2024030501 });
  assert.deepEqual(applied, [{ changes: { [URI]: [{ range: SERIAL_RANGE, newText: '2024030501' }] } }]);

  // The same day again: the change counter goes up.
  change(URI, ZONE.replace('2015021201', '2024030501'), 2);
  const again = await client.sendRequest('workspace/executeCommand', { command: 'zonemail.bumpSerial', arguments: [URI] }) as { serial: number };
  assert.equal(again.serial, 2024030502);

  // 99 changes today: tomorrow's date with counter 00, and a note.
  change(URI, ZONE.replace('2015021201', '2024030599'), 3);
  const r99 = await client.sendRequest('workspace/executeCommand', { command: 'zonemail.bumpSerial', arguments: [URI] }) as { serial: number; note?: string };
  assert.equal(r99.serial, 2024030600);
  assert.match(r99.note ?? '', /99 changes/);
  client.dispose();
});

test('settings: serial.format and counterStart; the zonemail/serialBump request (ifStale)', async () => {
  const { client, next, init, open, change } = setup({ settings: { serial: { format: 'counter', counterStart: 0 } } });
  await init();
  const first = next(URI);
  open(URI, ZONE);
  await first;
  const notStale = await client.sendRequest('zonemail/serialBump', { uri: URI, ifStale: true });
  assert.equal(notStale, null, 'nothing changed: no bump with ifStale');
  const any = await client.sendRequest('zonemail/serialBump', { uri: URI }) as { serial: number; stale: boolean };
  assert.deepEqual({ serial: any.serial, stale: any.stale }, { serial: 2015021202, stale: false });
  change(URI, EDITED, 2);
  const stale = await client.sendRequest('zonemail/serialBump', { uri: URI, ifStale: true }) as { serial: number; stale: boolean; edit: WorkspaceEdit };
  assert.equal(stale.stale, true);
  assert.equal(stale.serial, 2015021202);
  client.dispose();

  const s2 = setup({ settings: { serial: { counterStart: 0 } } });
  await s2.init();
  const f2 = s2.next(URI);
  s2.open(URI, ZONE);
  await f2;
  const r = await s2.client.sendRequest('zonemail/serialBump', { uri: URI }) as { serial: number };
  assert.equal(r.serial, 2024030500, 'a new day starts at counterStart');
  s2.client.dispose();
});

test('serial.baseline off: no stale-serial', async () => {
  const { client, next, init, open, change } = setup({ settings: { serial: { baseline: 'off' } } });
  await init();
  const first = next(URI);
  open(URI, ZONE);
  await first;
  const edited = next(URI, (p) => p.version === 2);
  change(URI, EDITED, 2);
  assert.deepEqual(codes(await edited), []);
  client.dispose();
});

test('bump on save: auto returns the edit from willSaveWaitUntil only when stale; off and ask return none', async () => {
  const { client, next, init, open, change } = setup({ settings: { serial: { bumpOnSave: 'auto' } } });
  await init();
  const first = next(URI);
  open(URI, ZONE);
  await first;
  const willSave = () => client.sendRequest('textDocument/willSaveWaitUntil', { textDocument: { uri: URI }, reason: 1 }) as Promise<TextEdit[] | null>;
  assert.deepEqual(await willSave() ?? [], [], 'records unchanged: no bump');
  change(URI, EDITED, 2);
  assert.deepEqual(await willSave(), [{ range: SERIAL_RANGE, newText: '2024030501' }]);
  client.dispose();

  for (const bumpOnSave of ['off', 'ask']) {
    const s = setup({ settings: { serial: { bumpOnSave } } });
    await s.init();
    const f = s.next(URI);
    s.open(URI, ZONE);
    await f;
    s.change(URI, EDITED, 2);
    const edits = await s.client.sendRequest('textDocument/willSaveWaitUntil', { textDocument: { uri: URI }, reason: 1 }) as TextEdit[] | null;
    assert.deepEqual(edits ?? [], [], bumpOnSave);
    s.client.dispose();
  }
});

test('SOA in an $INCLUDEd file: stale-serial is published there and the quick fix edits that file', async () => {
  const SOA_URI = 'file:///zones/soa.inc';
  const files = { [SOA_URI]: '@ IN SOA ns1 hostmaster 7 3600 900 1209600 300\n' };
  const MAIN = '$ORIGIN example.com.\n$TTL 1h\n$INCLUDE soa.inc\n  IN NS ns1\nns1 IN A 192.0.2.1\n';
  const { client, next, init, open, change } = setup({ files });
  await init();
  const first = next(URI);
  open(URI, MAIN);
  await first;
  const stale = next(SOA_URI, has('stale-serial'));
  change(URI, MAIN + 'www IN A 192.0.2.80\n', 2);
  const d = (await stale).diagnostics.find((x) => x.code === 'stale-serial')!;
  const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri: SOA_URI }, range: d.range, context: { diagnostics: [d] } }) as { title: string; edit: WorkspaceEdit }[];
  assert.equal(actions[0].title, 'Bump SOA serial to 8', 'a counter serial goes up by one');
  assert.deepEqual(actions[0].edit.changes, { [SOA_URI]: [{ range: { start: { line: 0, character: 24 }, end: { line: 0, character: 25 } }, newText: '8' }] });
  // No code lens on the root document: its SOA is elsewhere.
  assert.deepEqual(await client.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } }), []);
  client.dispose();
});

test('git HEAD baseline (node runtime): stale against the commit, decreased below it, a new commit moves it', async (t) => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
  } catch {
    t.skip('git is not installed');
    return;
  }
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-serial-')));
  try {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    const file = path.join(dir, 'example.com.zone');
    fs.writeFileSync(file, ZONE);
    git('add', 'example.com.zone');
    git('commit', '-q', '-m', 'zone');
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const uri = pathToFileURL(file).href;
    let clock = NOW;
    const { client, next, init, open, change } = setup({ runtime: { ...nodeRuntime(), now: () => clock, baseline: gitBaselines(() => clock) } });
    await init();
    // Opened with a record more than at HEAD: stale right away (the as-opened text would not say so).
    const stale = next(uri, has('stale-serial'));
    open(uri, EDITED);
    const d = (await stale).diagnostics.find((x) => x.code === 'stale-serial')!;
    assert.match(d.message, new RegExp(`since HEAD ${head}; serial is still 2015021201`));
    const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as { title: string }[];
    assert.equal(actions[0].title, 'Bump SOA serial to 2024030501');

    const dec = next(uri, has('serial-decreased'));
    change(uri, EDITED.replace('2015021201', '2015021101'), 2);
    assert.match((await dec).diagnostics.find((x) => x.code === 'serial-decreased')!.message, new RegExp(`HEAD ${head}`));

    // Commit the edited zone; once the HEAD re-check is due, the baseline is the new commit.
    fs.writeFileSync(file, EDITED);
    git('commit', '-q', '-am', 'www');
    clock += 60_000;
    const clean = next(uri, (p) => p.version === 3);
    change(uri, EDITED, 3);
    assert.deepEqual(codes(await clean), []);
    client.dispose();

    // A file that is not committed: the as-opened baseline.
    const other = path.join(dir, 'new.zone');
    fs.writeFileSync(other, ZONE);
    const ouri = pathToFileURL(other).href;
    const s = setup({ runtime: { ...nodeRuntime(), now: () => clock, baseline: gitBaselines(() => clock) } });
    await s.init();
    const f = s.next(ouri);
    s.open(ouri, ZONE);
    assert.deepEqual(codes(await f), []);
    const st = s.next(ouri, has('stale-serial'));
    s.change(ouri, EDITED, 2);
    assert.match((await st).diagnostics.find((x) => x.code === 'stale-serial')!.message, /the file as opened/);
    s.client.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('quick fixes of the zone checks come through codeAction as versioned document edits', async () => {
  const { client, next, init, open } = setup({ settings: { serial: { baseline: 'off' } } });
  await init();
  const text = ZONE + 'dup IN A 192.0.2.77\ndup IN A 192.0.2.77\nmx2 IN MX 10 mail.example.net\n';
  const got = next(URI, (p) => p.diagnostics.some((d) => d.code === 'missing-trailing-dot'));
  open(URI, text);
  const diags = (await got).diagnostics;
  const ask = async (code: string) => {
    const d = diags.find((x) => x.code === code)!;
    return await client.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } }) as
      { title: string; isPreferred?: boolean; edit: { documentChanges: { textDocument: { uri: string; version: number }; edits: TextEdit[] }[] } }[];
  };
  const dot = await ask('missing-trailing-dot');
  assert.equal(dot[0].title, 'Add the final dot: mail.example.net.');
  assert.equal(dot[0].isPreferred, true);
  const change = dot[0].edit.documentChanges[0];
  assert.equal(change.textDocument.version, 1);
  assert.deepEqual(change.edits.map((e) => e.newText), ['.']);
  const dup = await ask('duplicate-record');
  assert.equal(dup[0].title, 'Delete the duplicate record');
  assert.equal(dup[0].edit.documentChanges[0].edits[0].newText, '');
  client.dispose();
});

test('quick fixes of txt-string-too-long, rrset-ttl-mismatch and mail-domain-without-mx (a hint) through codeAction', async () => {
  const { client, next, init, open } = setup({ settings: { serial: { baseline: 'off' } } });
  await init();
  const text = ZONE + `shop IN A 192.0.2.11\nshop IN TXT "v=spf1 a -all"\nw 300 IN A 192.0.2.5\nw 600 IN A 192.0.2.6\nlong IN TXT "${'x'.repeat(300)}"\n`;
  const got = next(URI, (p) => p.diagnostics.some((d) => d.code === 'mail-domain-without-mx'));
  open(URI, text);
  const diags = (await got).diagnostics;
  const ask = async (code: string) => {
    const d = diags.find((x) => x.code === code);
    assert.ok(d, `${code} among ${diags.map((x) => x.code).join(', ')}`);
    const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } }) as
      { title: string; edit: { documentChanges: { edits: TextEdit[] }[] } }[];
    return { d, actions };
  };
  const mx = await ask('mail-domain-without-mx');
  assert.equal((mx.d as { severity?: number }).severity, 4, 'hint by default');
  assert.equal(mx.actions[0].title, 'Add an MX record: shop.example.com. MX 10 shop.example.com.');
  assert.match(mx.actions[0].edit.documentChanges[0].edits[0].newText, /^\nshop\.example\.com\. MX 10 shop\.example\.com\.$/);
  const ttl = await ask('rrset-ttl-mismatch');
  assert.equal(ttl.actions[0].title, 'Set the TTL to 300, as the rest of the RRset');
  assert.equal(ttl.actions[0].edit.documentChanges[0].edits[0].newText, '300');
  const txt = await ask('txt-string-too-long');
  assert.equal(txt.actions[0].title, 'Split into 2 strings of at most 255 octets');
  client.dispose();
});
