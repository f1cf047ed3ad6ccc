/** The sendmail files through the CLI (`check FILE|DIR`) and the language server (publishDiagnostics). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/node/cli';
import { connect } from './server-harness';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = run(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

// A mail host's /etc/mail beside a zone: the .mc names `domainaliases` as its virtusertable.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-mail-'));
const etc = path.join(dir, 'etc', 'mail');
fs.mkdirSync(etc, { recursive: true });
fs.writeFileSync(path.join(etc, 'sendmail.mc'), "include(`/usr/share/sendmail/cf/m4/cf.m4')dnl\nOSTYPE(`linux')dnl\nFEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl\nMAILER(`smtp')dnl\n");
fs.writeFileSync(path.join(etc, 'domainaliases'), 'webmaster@example.com dipper\nnobody root\n');
fs.writeFileSync(path.join(etc, 'domainaliases.db'), Buffer.from([0, 0, 5, 0x61, 0]));
fs.writeFileSync(path.join(etc, 'aliases'), 'postmaster: root\nMAILER-DAEMON: postmaster\nnocolon root\n');
fs.writeFileSync(path.join(etc, 'local-host-names'), 'example.com\nexample..com\n');
fs.writeFileSync(path.join(dir, 'example.com.zone'), '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n');

test('CLI check DIR: sendmail files by name, the .mc-named map as a virtusertable, .db skipped, zones too', () => {
  const r = cli(['check', '--format', 'json', '--baseline', 'none', dir]);
  assert.equal(r.code, 1, r.err);
  const files = JSON.parse(r.out) as { file: string; diagnostics: { code: string; line: number; column: number }[] }[];
  const byName = Object.fromEntries(files.map((f) => [path.basename(f.file), f.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)]));
  assert.deepEqual(byName, {
    'example.com.zone': [],
    aliases: ['3:1 alias-missing-colon'],
    domainaliases: ['2:1 virtuser-key'],
    'local-host-names': ['2:1 class-invalid-host'],
    'sendmail.mc': [],
  });
});

test('CLI check FILE: a named map is typed by the .mc beside it', () => {
  const r = cli(['check', path.join(etc, 'domainaliases')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /domainaliases:2:1: warning virtuser-key: 'nobody' has no @/);
  const z = cli(['check', path.join(etc, 'aliases')]);
  assert.equal(z.code, 1);
  assert.match(z.out, /aliases:3:1: error alias-missing-colon/);
});

interface Published { uri: string; version?: number; diagnostics: { code: string; severity: number; range: { start: { line: number; character: number }; end: { line: number; character: number } }; source: string }[] }

function server(files: Record<string, string>, settings: unknown = {}) {
  const client = connect({
    readFile: (uri) => files[uri],
    docsLink: (code) => `https://docs.invalid/diagnostics.md#${code}`,
    // The workspace's files on "disk", listed when the client names a root or workspace folder.
    listFiles: (folder) => Object.keys(files).filter((u) => u.startsWith(folder)),
  });
  const waiters: { uri: string; resolve: (p: Published) => void }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    for (const w of [...waiters]) if (w.uri === p.uri) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  const next = (uri: string) => new Promise<Published>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 5000);
    waiters.push({ uri, resolve: (p) => { clearTimeout(t); resolve(p); } });
  });
  const open = async (uri: string, languageId: string, text: string) => {
    const p = next(uri);
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return p;
  };
  return { client, open };
}

test('server: sendmail documents get their diagnostics (LSP ranges, CRLF), severity settings apply', async () => {
  const { client, open } = server({}, { severity: { 'map-trailing-comment': 'error' } });
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  const p = await open('file:///etc/mail/virtusertable', 'sendmail-map', 'a@example.com b\r\nA@example.com c # note\r\n');
  assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]), [
    ['map-crlf', 2, 0, 0, 0], // the CRLF line ends themselves: makemap keeps the \r in values
    ['map-duplicate-key', 1, 1, 0, 13],
    ['map-trailing-comment', 1, 1, 16, 22],
  ]);
  assert.equal(p.diagnostics[1].source, 'zonemail');
  const mc = await open('file:///etc/mail/sendmail.mc', 'sendmail-mc', "OSTYPE(`linux')dnl\nFEATURE(`virtusertabel')dnl\n");
  assert.deepEqual(mc.diagnostics.map((d) => d.code), ['mc-unknown-feature']);
  client.dispose();
});

test('server: a map named by the sendmail.mc beside it (or an open .mc) is checked as that table', async () => {
  const files = { 'file:///etc/mail/sendmail.mc': "FEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl\n" };
  const { client, open } = server(files);
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  client.sendNotification('initialized', {});
  const p = await open('file:///etc/mail/domainaliases', 'sendmail-map', 'nobody root\n');
  assert.deepEqual(p.diagnostics.map((d) => d.code), ['virtuser-key']);
  const other = await open('file:///srv/maps/domainaliases', 'sendmail-map', 'nobody root\n');
  assert.deepEqual(other.diagnostics.map((d) => d.code), [], 'no .mc in view: an untyped map has only the makemap checks');
  client.dispose();
});

test('server: hover over a FEATURE of an .mc and an access value (markdown, LSP range)', async () => {
  const { client, open } = server({});
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  client.sendNotification('initialized', {});
  const uri = 'file:///etc/mail/sendmail.mc';
  await open(uri, 'sendmail-mc', "OSTYPE(`linux')dnl\nFEATURE(`use_cw_file')dnl\n");
  const h = await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } }) as { contents: { kind: string; value: string }; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /local-host-names/);
  assert.deepEqual([h.range.start, h.range.end], [{ line: 1, character: 9 }, { line: 1, character: 20 }]);
  const acc = 'file:///etc/mail/access';
  await open(acc, 'sendmail-map', 'To:example.com\tRELAY\n');
  const r = await client.sendRequest('textDocument/hover', { textDocument: { uri: acc }, position: { line: 0, character: 17 } }) as { contents: { value: string } };
  assert.match(r.contents.value, /RELAY/);
  client.dispose();
});

test('CLI check DIR, cross-file (the seed): a domain sendmail accepts whose zone has no MX; a virtuser domain not in class w', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-seed-'));
  fs.mkdirSync(path.join(ws, 'mail'));
  fs.writeFileSync(path.join(ws, 'mail', 'sendmail.mc'), "include(`/usr/share/sendmail/cf/m4/cf.m4')dnl\nOSTYPE(`linux')dnl\nFEATURE(`use_cw_file')dnl\nFEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl\nMAILER(`smtp')dnl\n");
  fs.writeFileSync(path.join(ws, 'mail', 'local-host-names'), 'example.com\n');
  fs.writeFileSync(path.join(ws, 'mail', 'domainaliases'), 'webmaster@example.com dipper\n@example.org %1@xfree86.org\n');
  // example.com: web server address, no MX (the first seed's outage); example.org is not ours.
  fs.writeFileSync(path.join(ws, 'example.com.zone'), '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN A 192.0.2.80\nns1 IN A 192.0.2.1\n');
  const r = cli(['check', '--format', 'json', '--baseline', 'none', ws]);
  const files = JSON.parse(r.out) as { file: string; diagnostics: { code: string; severity: string; line: number }[] }[];
  const by = Object.fromEntries(files.map((f) => [path.basename(f.file), f.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`)]));
  assert.deepEqual(by['example.com.zone'], ['5 warning mail-domain-without-mx']);
  assert.deepEqual(by.domainaliases, ['2 warning virtuser-domain-not-local']);
  // Once the zone has an MX and example.org is in class w, both go away.
  fs.writeFileSync(path.join(ws, 'example.com.zone'), '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN A 192.0.2.80\n IN MX 10 ns1\nns1 IN A 192.0.2.1\n');
  fs.writeFileSync(path.join(ws, 'mail', 'local-host-names'), 'example.com\nexample.org\n');
  const ok = cli(['check', '--format', 'json', '--baseline', 'none', ws]);
  assert.deepEqual(JSON.parse(ok.out).flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics.map((d) => d.code)), []);
  // A single file has no workspace: no cross-file findings.
  assert.equal(cli(['check', path.join(ws, 'mail', 'domainaliases')]).out, '');
});

test('server: cross-file — the workspace sendmail files (listed, not open) make a zone without MX a warning and a virtuser domain not local', async () => {
  const files: Record<string, string> = {
    'file:///ws/mail/sendmail.mc': "OSTYPE(`linux')dnl\nFEATURE(`use_cw_file')dnl\nFEATURE(`virtusertable', `btree /etc/mail/domainaliases')dnl\n",
    'file:///ws/mail/local-host-names': 'example.com\n',
    'file:///ws/mail/domainaliases': 'webmaster@example.com dipper\n@example.org %1@xfree86.org\n',
  };
  const client = connect({ readFile: (uri) => files[uri], listFiles: (folder) => Object.keys(files).filter((u) => u.startsWith(folder)) });
  const got = new Map<string, Published[]>();
  const waiters: { uri: string; pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    got.set(p.uri, [...(got.get(p.uri) ?? []), p]);
    for (const w of [...waiters]) if (w.uri === p.uri && w.pred(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ serial: { baseline: 'off' } })));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  const next = (uri: string, pred: (p: Published) => boolean = () => true) => new Promise<Published>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 5000);
    waiters.push({ uri, pred, resolve: (p) => { clearTimeout(t); resolve(p); } });
  });
  await client.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }], capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  const zone = 'file:///ws/example.com.zone';
  const z = next(zone);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: zone, languageId: 'dns-zone', version: 1, text: '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN A 192.0.2.80\nns1 IN A 192.0.2.1\n' } });
  const zp = await z;
  assert.deepEqual(zp.diagnostics.map((d) => [d.code, d.severity]), [['mail-domain-without-mx', 2]]);
  const vt = 'file:///ws/mail/domainaliases';
  const v = next(vt);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: vt, languageId: 'sendmail-map', version: 1, text: files[vt] } });
  const vp = await v;
  assert.deepEqual(vp.diagnostics.map((d) => [d.code, d.range.start.line]), [['virtuser-domain-not-local', 1]]);
  // The quick fix adds the domain to local-host-names (another file).
  const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri: vt }, range: vp.diagnostics[0].range, context: { diagnostics: vp.diagnostics } }) as { title: string; edit: { changes: Record<string, { range: { start: { line: number } }; newText: string }[]> } }[];
  const add = actions.find((a) => /Add example\.org to local-host-names/.test(a.title));
  assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(Object.keys(add!.edit.changes), ['file:///ws/mail/local-host-names']);
  assert.deepEqual(add!.edit.changes['file:///ws/mail/local-host-names'].map((e) => [e.range.start.line, e.newText]), [[1, 'example.org\n']]);
  // Adding example.org to local-host-names (an open, edited document) clears it.
  const lhn = 'file:///ws/mail/local-host-names';
  const cleared = next(vt, (p) => p.diagnostics.length === 0);
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: lhn, languageId: 'sendmail-class', version: 1, text: 'example.com\n' } });
  client.sendNotification('textDocument/didChange', { textDocument: { uri: lhn, version: 2 }, contentChanges: [{ text: 'example.com\nexample.org\n' }] });
  await cleared;
  client.dispose();
});

test('CLI check DIR: backup MX (seed §6.1) — the zone says this host is MX 20, its class w lists the domain', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-backup-'));
  fs.writeFileSync(path.join(ws, 'example.com.zone'), '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN MX 10 mx1\n IN MX 20 mx2\nns1 IN A 192.0.2.1\nmx1 IN A 192.0.2.25\nmx2 IN A 198.51.100.25\n');
  fs.writeFileSync(path.join(ws, 'local-host-names'), 'mx2.example.com\nexample.com\n');
  const r = cli(['check', '--format', 'json', '--baseline', 'none', ws]);
  const by = Object.fromEntries((JSON.parse(r.out) as { file: string; diagnostics: { code: string; line: number }[] }[]).map((f) => [path.basename(f.file), f.diagnostics.map((d) => `${d.line} ${d.code}`)]));
  assert.deepEqual(by['local-host-names'], ['2 backup-mx-in-class-w']);
  assert.deepEqual(by['example.com.zone'], []);
  // Removed from class w, and relayed by the access map: nothing to report.
  fs.writeFileSync(path.join(ws, 'local-host-names'), 'mx2.example.com\n');
  fs.writeFileSync(path.join(ws, 'access'), 'To:example.com RELAY\n');
  assert.deepEqual(JSON.parse(cli(['check', '--format', 'json', '--baseline', 'none', ws]).out).flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics.map((d) => d.code)), []);
  fs.rmSync(path.join(ws, 'access'));
  assert.match(cli(['check', '--baseline', 'none', ws]).out, /local-host-names:1:1: warning backup-mx-no-relay: mx2\.example\.com \(this host, in class w\) is a backup MX \(MX 20\) of example\.com/);
});

test('server: backup MX — the workspace zone (on disk) names this host MX 20 of a domain its open local-host-names lists', async () => {
  const files: Record<string, string> = {
    'file:///bk/example.com.zone': '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN MX 10 mx1\n IN MX 20 mx2\nns1 IN A 192.0.2.1\nmx1 IN A 192.0.2.25\nmx2 IN A 198.51.100.25\n',
    'file:///bk/mail/local-host-names': 'mx2.example.com\nexample.com\n',
  };
  const { client, open } = server(files);
  await client.sendRequest('initialize', { processId: null, rootUri: 'file:///bk', capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  const uri = 'file:///bk/mail/local-host-names';
  const p = open(uri, 'sendmail-class', files[uri]);
  assert.deepEqual((await p).diagnostics.map((d) => [d.code, d.range.start.line]), [['backup-mx-in-class-w', 1]]);
  client.dispose();
});

test('server: backup-mx-no-relay offers "To:domain RELAY" in the workspace access map; primary-mx-not-local offers the class w line', async () => {
  const files: Record<string, string> = {
    'file:///bk2/example.com.zone': '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN MX 10 mx1\n IN MX 20 mx2\nns1 IN A 192.0.2.1\nmx1 IN A 192.0.2.25\nmx2 IN A 198.51.100.25\n',
    'file:///bk2/example.net.zone': '$ORIGIN example.net.\n$TTL 1h\n@ IN SOA ns1.example.com. h 1 2 3 4 5\n IN NS ns1.example.com.\n IN MX 10 mx2.example.com.\n',
    'file:///bk2/mail/local-host-names': 'mx2.example.com\n',
    'file:///bk2/mail/access': 'Connect:127\tRELAY\n',
  };
  const { client, open } = server(files);
  await client.sendRequest('initialize', { processId: null, rootUri: 'file:///bk2', capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  const uri = 'file:///bk2/mail/local-host-names';
  const p = open(uri, 'sendmail-class', files[uri]);
  const diags = (await p).diagnostics;
  assert.deepEqual(diags.map((d) => d.code).sort(), ['backup-mx-no-relay', 'primary-mx-not-local']);
  const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } }) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
  const relay = actions.find((a) => a.title === 'Add "To:example.com RELAY" to access');
  assert.ok(relay, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(relay!.edit.changes['file:///bk2/mail/access'].map((e) => e.newText), ['To:example.com\tRELAY\n']);
  const local = actions.find((a) => a.title === 'Add example.net to local-host-names (class w)');
  assert.ok(local, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(local!.edit.changes[uri].map((e) => e.newText), ['example.net\n']);
  client.dispose();
});

test('CLI check DIR: class w from a .cf (Cw, and an Fw file of any name), genericstable domains against class G', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-cf-'));
  fs.writeFileSync(path.join(ws, 'sendmail.cf'), 'V10/Berkeley\nCwlocalhost\nFw-o /etc/mail/mydomains %[^\\#]\nCGexample.com\n');
  fs.writeFileSync(path.join(ws, 'mydomains'), 'example.com\nexample..net\n');
  fs.writeFileSync(path.join(ws, 'virtusertable'), 'info@example.com alice\ninfo@example.net bob\n');
  fs.writeFileSync(path.join(ws, 'genericstable'), 'alice alice@example.com\nbob@example.com bob@example.org\ncarol@example.net carol@example.com\n');
  const r = cli(['check', '--format', 'json', '--baseline', 'none', ws]);
  const files = JSON.parse(r.out) as { file: string; diagnostics: { code: string; line: number; message: string }[] }[];
  const by = Object.fromEntries(files.map((f) => [path.basename(f.file), f.diagnostics.map((d) => `${d.line} ${d.code}`)]));
  assert.deepEqual(by, {
    genericstable: ['3 virtuser-domain-not-local'],
    mydomains: ['2 class-invalid-host'],
    'sendmail.cf': [],
    virtusertable: ['2 virtuser-domain-not-local'],
  });
  const g = files.find((f) => path.basename(f.file) === 'genericstable')!.diagnostics[0].message;
  assert.match(g, /example\.net is not in class G \(sendmail\.cf\)/);
  assert.match(files.find((f) => path.basename(f.file) === 'virtusertable')!.diagnostics[0].message, /not in class w \(mydomains, sendmail\.cf\)/);
});

test('server: a genericstable domain not in class G, with the quick fix that adds it to generics-domains', async () => {
  const files: Record<string, string> = {
    'file:///ws/mail/sendmail.mc': "OSTYPE(`linux')dnl\nFEATURE(`genericstable')dnl\nGENERICS_DOMAIN_FILE(`/etc/mail/gdomains')dnl\n",
    'file:///ws/mail/gdomains': 'example.com\n',
  };
  const { client, open } = server(files);
  await client.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }], capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  const gt = 'file:///ws/mail/genericstable';
  const p = open(gt, 'sendmail-map', 'bob@example.com bob@example.org\ncarol@example.net carol@example.com\n');
  const gp = await p;
  assert.deepEqual(gp.diagnostics.map((d) => [d.code, d.range.start.line]), [['virtuser-domain-not-local', 1]]);
  const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri: gt }, range: gp.diagnostics[0].range, context: { diagnostics: gp.diagnostics } }) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
  const add = actions.find((a) => a.title === 'Add example.net to gdomains (class G)');
  assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(add!.edit.changes['file:///ws/mail/gdomains'].map((e) => e.newText), ['example.net\n']);
  client.dispose();
});

test('CLI check DIR --mail-host: the host named on the command line decides backup or primary (not class w ∩ MX); the message says so', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-host-'));
  fs.writeFileSync(path.join(ws, 'example.com.zone'), '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN MX 10 mx1\n IN MX 20 mx2\nns1 IN A 192.0.2.1\nmx1 IN A 192.0.2.25\nmx2 IN A 198.51.100.25\n');
  // Class w holds the domain but neither MX host: inference finds no role for this host.
  fs.writeFileSync(path.join(ws, 'local-host-names'), 'example.com\n');
  const codes = (args: string[]) => JSON.parse(cli(['check', '--format', 'json', '--baseline', 'none', ...args, ws]).out).flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics.map((d) => d.code));
  assert.deepEqual(codes([]), []);
  assert.deepEqual(codes(['--mail-host', 'mx1.example.com']), [], 'the primary has the domain in class w: fine');
  const r = cli(['check', '--baseline', 'none', '--mail-host', 'MX2.example.com.', ws]);
  assert.match(r.out, /local-host-names:1:1: warning backup-mx-in-class-w: this host \(mx2\.example\.com, named by --mail-host; MX 20\) is a backup MX of example\.com/);
  // A .cf's Dj names the host when no option does; the option wins over it.
  fs.writeFileSync(path.join(ws, 'sendmail.cf'), 'Fw/etc/mail/local-host-names\nDjmx2.example.com\n');
  assert.match(cli(['check', '--baseline', 'none', ws]).out, /backup-mx-in-class-w: this host \(mx2\.example\.com, named by sendmail\.cf's Dj; MX 20\)/);
  assert.deepEqual(codes(['--mail-host', 'mx1.example.com']), []);
  const bad = cli(['check', '--mail-host', 'not a host', ws]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--mail-host takes a host name/);
});

test('server: the setting zonemail.mail.hostName names this host for the backup MX checks', async () => {
  const files: Record<string, string> = {
    'file:///hn/example.com.zone': '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\n IN MX 10 mx1\n IN MX 20 mx2\nns1 IN A 192.0.2.1\nmx1 IN A 192.0.2.25\nmx2 IN A 198.51.100.25\n',
    'file:///hn/mail/local-host-names': 'example.com\n',
  };
  const run = async (settings: unknown): Promise<Published> => {
    const { client, open } = server(files, settings);
    const uri = 'file:///hn/mail/local-host-names';
    await client.sendRequest('initialize', { processId: null, rootUri: 'file:///hn', capabilities: { workspace: { configuration: true } } });
    client.sendNotification('initialized', {});
    const got = await open(uri, 'sendmail-class', files[uri]);
    client.dispose();
    return got;
  };
  assert.deepEqual((await run({})).diagnostics, []);
  const named = await run({ mail: { hostName: 'mx2.example.com' } });
  assert.deepEqual(named.diagnostics.map((d) => [d.code, d.range.start.line]), [['backup-mx-in-class-w', 0]]);
  assert.match((named.diagnostics[0] as unknown as { message: string }).message, /named by the setting zonemail\.mail\.hostName/);
});

test('CLI check --files GLOB=KIND: user patterns type files the built-in names do not know (a map table, a zone)', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-globs-'));
  fs.writeFileSync(path.join(ws, 'domains-a'), 'info@example.com alice\nnobody root\n');
  fs.writeFileSync(path.join(ws, 'notes.txt'), 'not a zone\n');
  const by = (args: string[]) => Object.fromEntries((JSON.parse(cli(['check', '--format', 'json', '--baseline', 'none', ...args, ws]).out) as { file: string; diagnostics: { code: string; line: number }[] }[]).map((f) => [path.basename(f.file), f.diagnostics.map((d) => `${d.line} ${d.code}`)]));
  assert.deepEqual(by([]), {});
  assert.deepEqual(by(['--files', 'domains-*=virtusertable']), { 'domains-a': ['2 virtuser-key'] });
  assert.deepEqual(by(['--files', 'domains-*=sendmail-map']), { 'domains-a': [] }, 'a map of no known table: only the makemap checks');
  assert.deepEqual(by(['--files', '**/domains-?=virtusertable', '--files', '*.txt=sendmail-class']), { 'domains-a': ['2 virtuser-key'], 'notes.txt': [] });
  assert.match(cli(['check', '--files', 'domains-*=virtusertable', path.join(ws, 'domains-a')]).out, /domains-a:2:1: warning virtuser-key/);
  const bad = cli(['check', '--files', 'domains-*=maps', ws]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--files takes GLOB=KIND: 'domains-\*': 'maps' is not a file kind/);
  assert.equal(cli(['check', '--files', 'nokind', ws]).code, 2);
});

test('server: the setting zonemail.sendmail.files gives an open map its table', async () => {
  const { client, open } = server({}, { sendmail: { files: { 'domains-*': 'virtusertable' } } });
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  client.sendNotification('initialized', {});
  const p = await open('file:///g/mail/domains-a', 'sendmail-map', 'nobody root\n');
  assert.deepEqual(p.diagnostics.map((d) => d.code), ['virtuser-key']);
  client.dispose();
  const plain = server({});
  await plain.client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  plain.client.sendNotification('initialized', {});
  assert.deepEqual((await plain.open('file:///g/mail/domains-a', 'sendmail-map', 'nobody root\n')).diagnostics.map((d) => d.code), []);
  plain.client.dispose();
});
