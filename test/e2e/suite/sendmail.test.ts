/**
 * Sendmail files in the real VS Code: languages by name (a map named by the workspace's .mc
 * included), diagnostics of a single file, and the cross-file checks over the workspace
 * (test/e2e/workspace/mail/ beside the zones): a virtusertable domain that is not in class w, and a
 * domain the mail host accepts whose zone has no MX (the first seed's outage).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, waitForDiagnostics, workspaceFile } from './helpers';

describe('Sendmail files in VS Code', function () {
  this.timeout(60_000);

  it('opens sendmail.mc and local-host-names as their sendmail languages', async () => {
    const mc = await vscode.workspace.openTextDocument(workspaceFile('mail/sendmail.mc'));
    assert.strictEqual(mc.languageId, 'sendmail-mc');
    const lhn = await vscode.workspace.openTextDocument(workspaceFile('mail/local-host-names'));
    assert.strictEqual(lhn.languageId, 'sendmail-class');
  });

  it('cross-file: a virtusertable domain not in local-host-names (virtuser-domain-not-local)', async () => {
    const uri = workspaceFile('mail/domainaliases');
    // The file name says nothing: the sendmail.mc's FEATURE(`virtusertable', `btree /etc/mail/domainaliases')
    // line makes it a sendmail-map (the client sets the language of a plain-text document the .mc names).
    const typed = new Promise<vscode.TextDocument>((resolve, reject) => {
      const t = setTimeout(() => { sub.dispose(); reject(new Error('domainaliases did not become sendmail-map')); }, 20_000);
      const sub = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() === uri.toString() && d.languageId === 'sendmail-map') { clearTimeout(t); sub.dispose(); resolve(d); }
      });
    });
    const doc = await vscode.workspace.openTextDocument(uri);
    const mapDoc = doc.languageId === 'sendmail-map' ? doc : await typed;
    await vscode.window.showTextDocument(mapDoc, { preview: false });
    const list = await waitForDiagnostics(uri, (l) => l.some((d) => codeOf(d) === 'virtuser-domain-not-local'), 'virtuser-domain-not-local');
    assert.deepStrictEqual(list.map(codeOf), ['virtuser-domain-not-local'], describeDiagnostics(list));
    assert.strictEqual(list[0].range.start.line, 2, 'the @example.org line');
    assert.strictEqual(list[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(list[0].message, /example\.org is not in class w/);
  });

  it('cross-file: the zone of a domain sendmail accepts, without MX, gets mail-domain-without-mx as a warning', async () => {
    const uri = workspaceFile('example.net.zone');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const list = await waitForDiagnostics(uri, (l) => l.some((d) => codeOf(d) === 'mail-domain-without-mx'), 'mail-domain-without-mx');
    const d = list.find((x) => codeOf(x) === 'mail-domain-without-mx')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, 'a warning: the workspace says the host receives mail for it');
    assert.match(d.message, /sendmail configuration receives mail/);
  });

  it('zonemail.sendmail.files: a file of its own name opens as a sendmail-map checked as a virtusertable', async () => {
    const config = vscode.workspace.getConfiguration('zonemail');
    await config.update('sendmail.files', { '**/mail/extra-domains': 'virtusertable' }, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = workspaceFile('mail/extra-domains');
      const typed = new Promise<vscode.TextDocument>((resolve, reject) => {
        const t = setTimeout(() => { sub.dispose(); reject(new Error('extra-domains did not become sendmail-map')); }, 20_000);
        const sub = vscode.workspace.onDidOpenTextDocument((d) => {
          if (d.uri.toString() === uri.toString() && d.languageId === 'sendmail-map') { clearTimeout(t); sub.dispose(); resolve(d); }
        });
      });
      const doc = await vscode.workspace.openTextDocument(uri);
      const mapDoc = doc.languageId === 'sendmail-map' ? doc : await typed;
      await vscode.window.showTextDocument(mapDoc, { preview: false });
      // virtuser-key needs the table: a sendmail-map of no known table would have none.
      const list = await waitForDiagnostics(uri, (l) => l.some((d) => codeOf(d) === 'virtuser-key'), 'virtuser-key');
      assert.deepStrictEqual(list.map(codeOf), ['virtuser-key'], describeDiagnostics(list));
      assert.strictEqual(list[0].range.start.line, 2, 'the nobody line');
    } finally {
      await config.update('sendmail.files', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a map with CRLF line ends gets map-crlf, and switching the file to LF (the fix it names) clears it', async () => {
    // An untitled map, as when a table is pasted from a Windows machine: VS Code keeps its CRLF ends.
    const doc = await vscode.workspace.openTextDocument({ language: 'sendmail-map', content: 'a@example.com\tlocal1\r\nb@example.com\tlocal2\r\n' });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
    const list = await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'map-crlf'), 'map-crlf');
    assert.deepStrictEqual(list.map(codeOf), ['map-crlf'], describeDiagnostics(list));
    assert.strictEqual(list[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(list[0].message, /carriage return at the end of every value/);
    // The status bar's CRLF → LF, as the message says.
    assert.ok(await editor.edit((e) => e.setEndOfLine(vscode.EndOfLine.LF)));
    assert.strictEqual(doc.eol, vscode.EndOfLine.LF);
    const after = await waitForDiagnostics(doc.uri, (l) => !l.some((d) => codeOf(d) === 'map-crlf'), 'map-crlf gone', { needEvent: true });
    assert.deepStrictEqual(after.map(codeOf), [], describeDiagnostics(after));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('hover on a FEATURE of the .mc explains it', async () => {
    const uri = workspaceFile('mail/sendmail.mc');
    const doc = await vscode.workspace.openTextDocument(uri);
    const pos = doc.positionAt(doc.getText().indexOf('use_cw_file') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /local-host-names/);
  });
});
