/**
 * End-to-end tests in a real VS Code (or code-server) window with the workspace
 * test/e2e/workspace/ open: activation, language id, diagnostics published by the language
 * server, edits, and a binary sendmail map that must not be taken for a zone file.
 * No fixed sleeps: every wait is on an event (or a short poll) with a deadline.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WAIT_MS, codeOf, describeDiagnostics, waitForDiagnostics, workspaceFile, zonemailDiagnostics } from './helpers';

const EXTENSION_ID = 'zonemail.zonemail';

/** Polls a condition that has no event of its own (extension activation), with a deadline. */
async function until(cond: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The range of the first occurrence of `needle` in the document. */
function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `'${needle}' is in ${doc.uri.fsPath}`);
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + needle.length));
}

function find(list: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const d = list.find((x) => codeOf(x) === code);
  assert.ok(d, `a ${code} diagnostic among:\n  ${describeDiagnostics(list)}`);
  return d;
}

function assertRange(actual: vscode.Range, expected: vscode.Range, what: string): void {
  const show = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  assert.strictEqual(show(actual), show(expected), `range of ${what}`);
}

const BROKEN_CODES = ['invalid-ipv4', 'missing-ttl', 'out-of-zone'];
const hasBrokenCodes = (list: vscode.Diagnostic[]) => BROKEN_CODES.every((c) => list.some((d) => codeOf(d) === c));

describe('Zonemail in VS Code', function () {
  this.timeout(60_000);

  it('is installed and not yet active before a zone file is opened', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is present`);
    assert.strictEqual(ext.isActive, false, 'activation waits for a dns-zone document (activationEvents: onLanguage:dns-zone)');
  });

  it('activates when a .zone file opens, which gets the dns-zone language', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('broken.zone'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'dns-zone');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await until(() => ext.isActive, `${EXTENSION_ID} to activate`);
  });

  it('publishes the expected diagnostics (codes, severities, ranges) for broken.zone', async () => {
    const uri = workspaceFile('broken.zone');
    const doc = await vscode.workspace.openTextDocument(uri);
    const list = await waitForDiagnostics(uri, hasBrokenCodes, `${BROKEN_CODES.join(', ')} diagnostics`);
    assert.deepStrictEqual(list.map(codeOf).sort(), BROKEN_CODES, `exactly these diagnostics:\n  ${describeDiagnostics(list)}`);

    const ipv4 = find(list, 'invalid-ipv4');
    assert.strictEqual(ipv4.severity, vscode.DiagnosticSeverity.Error);
    assertRange(ipv4.range, rangeOf(doc, '300.1.2.3'), 'invalid-ipv4 (the address)');
    assert.match(ipv4.message, /300\.1\.2\.3/);

    const ttl = find(list, 'missing-ttl');
    assert.strictEqual(ttl.severity, vscode.DiagnosticSeverity.Error);
    const firstRecord = rangeOf(doc, 'first   IN A    192.0.2.9');
    assert.strictEqual(ttl.range.start.line, firstRecord.start.line, 'missing-ttl is on the first record (before any $TTL or SOA)');

    const ooz = find(list, 'out-of-zone');
    assert.strictEqual(ooz.severity, vscode.DiagnosticSeverity.Warning);
    assertRange(ooz.range, rangeOf(doc, 'www.example.org.'), 'out-of-zone (the owner name)');

    const docs = ipv4.code;
    assert.ok(typeof docs === 'object' && docs !== null && /diagnostics/.test(String(docs.target)), 'the code links to docs/diagnostics.md');
  });

  it('publishes no diagnostics for the healthy example.com.zone', async () => {
    const uri = workspaceFile('example.com.zone');
    // Subscribe before opening so that the server's (empty) publication is not missed.
    const published = waitForDiagnostics(uri, () => true, 'the server to publish for the healthy zone', { needEvent: true });
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(doc.languageId, 'dns-zone');
    const list = await published;
    assert.deepStrictEqual(list.map(codeOf), [], `no diagnostics, got:\n  ${describeDiagnostics(list)}`);
  });

  it('finds a mistyped CNAME target and its quick fix changes it to the name meant', async () => {
    const uri = workspaceFile('example.com.zone');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const typo = new vscode.WorkspaceEdit();
    typo.replace(uri, rangeOf(doc, 'CNAME www'), 'CNAME wwww');
    assert.ok(await vscode.workspace.applyEdit(typo), 'the typo applies');
    const list = await waitForDiagnostics(uri, (l) => l.some((d) => codeOf(d) === 'cname-target-missing'), 'cname-target-missing');
    const missing = find(list, 'cname-target-missing');
    assert.strictEqual(missing.severity, vscode.DiagnosticSeverity.Warning);
    assertRange(missing.range, rangeOf(doc, 'wwww'), 'cname-target-missing (the target)');
    assert.match(missing.message, /did you mean www\.example\.com\.\?/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change the target to www.example.com.');
    assert.ok(fix?.edit, `the quick fix is offered among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix applies');
    assert.ok(doc.getText().includes('ftp     IN CNAME www\n'), 'the label is replaced, the rest of the line kept');
    // Back to the text at HEAD: no diagnostics at all (stale-serial went with the change).
    await waitForDiagnostics(uri, (l) => l.length === 0, 'all diagnostics to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a reverse zone is checked against the forward zone on disk beside it (ptr-mismatch)', async () => {
    const uri = workspaceFile('2.0.192.in-addr.arpa.zone');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const list = await waitForDiagnostics(uri, (l) => l.some((d) => codeOf(d) === 'ptr-mismatch'), 'ptr-mismatch');
    assert.deepStrictEqual(list.map(codeOf), ['ptr-mismatch'], `only the PTR for .26:\n  ${describeDiagnostics(list)}`);
    const lines = doc.getText().split('\n');
    assert.strictEqual(list[0].range.start.line, lines.findIndex((l) => l.startsWith('26 ')), 'on the PTR of 192.0.2.26');
    assert.match(list[0].message, /PTR for 192\.0\.2\.26 names mail\.example\.com\., which resolves to 192\.0\.2\.25 in the zone example\.com\. \(example\.com\.zone\)/);
  });

  it('clears invalid-ipv4 when the address is fixed with an edit, and reports it again when the edit is undone', async () => {
    const uri = workspaceFile('broken.zone');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, hasBrokenCodes, 'the initial diagnostics');

    const fix = new vscode.WorkspaceEdit();
    const bad = rangeOf(doc, '300.1.2.3');
    fix.replace(uri, bad, '192.0.2.77');
    assert.ok(await vscode.workspace.applyEdit(fix), 'the fix applies');
    // A changed record with the same serial as at git HEAD: stale-serial joins (serial.test.ts).
    const fixed = await waitForDiagnostics(
      uri,
      (list) => !list.some((d) => codeOf(d) === 'invalid-ipv4') && list.some((d) => codeOf(d) === 'missing-ttl'),
      'invalid-ipv4 to go away (and the others to stay)',
    );
    assert.deepStrictEqual(fixed.map(codeOf).sort(), ['missing-ttl', 'out-of-zone', 'stale-serial']);

    const undo = new vscode.WorkspaceEdit();
    undo.replace(uri, rangeOf(doc, '192.0.2.77'), '300.1.2.3');
    assert.ok(await vscode.workspace.applyEdit(undo), 'the undo applies');
    await waitForDiagnostics(uri, hasBrokenCodes, 'invalid-ipv4 to come back');
    assert.strictEqual(doc.getText().includes('300.1.2.3'), true);
    // Leave the file as it is on disk (the document is not dirty any more after a revert).
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('does not open a binary sendmail map (virtusertable.db) as dns-zone', async () => {
    const uri = workspaceFile('virtusertable.db');
    let languageId: string | undefined;
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      languageId = doc.languageId;
    } catch (err) {
      // VS Code refuses binary files as text documents ("File seems to be binary"): that is a pass.
      assert.match(String((err as Error)?.message ?? err), /binary/i);
      return;
    }
    assert.notStrictEqual(languageId, 'dns-zone', 'a Berkeley DB map is not a zone file');
    assert.deepStrictEqual(zonemailDiagnostics(uri).map(codeOf), [], 'no Zonemail diagnostics on a binary file');
  });
});
