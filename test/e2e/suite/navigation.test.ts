/**
 * Hover, go to definition, outline, formatting and document links of zone files in a real VS Code, through the
 * editor's own provider commands (what the user gets on mouse-over and F12). No fixed sleeps: the
 * first request is repeated until the language server answers, with a deadline.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WAIT_MS, waitForDiagnostics, workspaceFile } from './helpers';

const FILE = 'example.com.zone';

async function open(): Promise<vscode.TextDocument> {
  const uri = workspaceFile(FILE);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/**
 * Runs a provider command until its answer is accepted (the language server may still be starting
 * when this suite runs alone), with a deadline; returns the accepted answer.
 */
async function until<T>(run: () => Thenable<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const v = await run();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; last answer: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The position `delta` characters into the first occurrence of `needle`. */
function at(doc: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `'${needle}' is in ${FILE}`);
  return doc.positionAt(i + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Zone navigation in VS Code', function () {
  this.timeout(60_000);

  it('hover on a type, a target name and a TTL', async () => {
    const doc = await open();
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'MX   10 mail')), (h) => hoverText(h) !== '', 'a hover from the server');
    const type = hoverText(hovers);
    assert.match(type, /\*\*MX\*\* \(type 15\)/);
    assert.match(type, /RFC 1035/);
    const target = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, '10 mail', 4)));
    assert.match(target, /mail\.example\.com\./);
    assert.match(target, /A 192\.0\.2\.25/);
    const ttl = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, '$TTL 3600', 6)));
    assert.match(ttl, /1 hour/);
  });

  it('go to definition from a CNAME target to the records of the name', async () => {
    const doc = await open();
    const defs = await until(() => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at(doc, 'CNAME www', 7)), (d) => d.length > 0, 'definitions from the server');
    const lines = defs.map((d) => ('targetUri' in d ? d.targetRange : d.range).start.line).sort((a, b) => a - b);
    const www = doc.getText().split('\n').map((l, i) => (l.startsWith('www ') ? i : -1)).filter((i) => i >= 0);
    assert.deepStrictEqual(lines, www);
  });

  it('outline grouped by owner, and formatting edits that stay within lines', async () => {
    const doc = await open();
    const symbols = await until(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => (s?.length ?? 0) > 0, 'the outline from the server');
    // VS Code orders the outline by position itself (the server sends the SOA's owner first).
    assert.deepStrictEqual(symbols.map((s) => s.name), ['$TTL', '$ORIGIN', '@', 'ns1', 'ns2', 'mail', 'www', 'ftp']);
    assert.deepStrictEqual(symbols[2].children.map((c) => c.name), ['SOA', 'NS', 'NS', 'MX', 'TXT']);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
    for (const e of edits ?? []) assert.ok(e.range.isSingleLine, 'formatting edits stay within a line');
  });

  it('the file name of an $INCLUDE is a link to the included file', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('example.org.zone'));
    await vscode.window.showTextDocument(doc, { preview: false });
    const links = await until(() => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri), (l) => (l?.length ?? 0) > 0, 'document links from the server');
    assert.strictEqual(links.length, 1);
    assert.strictEqual(doc.getText(links[0].range), 'example.org.hosts');
    assert.strictEqual(links[0].target?.toString(), workspaceFile('example.org.hosts').toString());
  });

  it('the included file opens as a zone file, checked as part of its zone: no false errors, names with its origin', async () => {
    const root = await vscode.workspace.openTextDocument(workspaceFile('example.org.zone'));
    await vscode.window.showTextDocument(root, { preview: false });
    await until(() => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', root.uri), (l) => (l?.length ?? 0) > 0, 'the zone analysed');
    const uri = workspaceFile('example.org.hosts');
    // Not a zone file by its name: the client asks the server, which knows example.org.zone includes it.
    const retyped = new Promise<vscode.TextDocument>((resolve) => {
      const sub = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() === uri.toString() && d.languageId === 'dns-zone') { sub.dispose(); resolve(d); }
      });
    });
    // The server's first word on the file once it is a zone document: alone it would have no SOA,
    // no origin and no TTL; as part of example.org.zone it is clean.
    const first = waitForDiagnostics(uri, () => true, 'the server to publish for the included file', { needEvent: true });
    const opened = await vscode.workspace.openTextDocument(uri);
    const doc = opened.languageId === 'dns-zone' ? opened : await Promise.race([retyped, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('example.org.hosts never became dns-zone')), WAIT_MS))]);
    await vscode.window.showTextDocument(doc, { preview: false });
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'ns1', 1)), (h) => hoverText(h) !== '', 'a hover in the included file');
    assert.match(hoverText(hovers), /ns1\.example\.org\./);
    assert.deepStrictEqual((await first).map((d) => d.message), []);
  });
});
