/**
 * The SOA serial in a real VS Code: the workspace is a git repository (test/e2e/run.mjs commits a
 * fresh copy of test/e2e/workspace/), so an edited record without a new serial is `stale-serial`
 * against git HEAD; the quick fix, the code lens and the command `zonemail.bumpSerial` bump it.
 * No fixed sleeps: every wait is on onDidChangeDiagnostics with a deadline.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics as describe_, waitForDiagnostics, workspaceFile, zonemailDiagnostics } from './helpers';

const FILE = 'serial.example.zone';
const OLD = '2024010101';


const hasCode = (code: string) => (list: vscode.Diagnostic[]) => list.some((d) => codeOf(d) === code);

/** The serial in the SOA line of the document. */
function serialIn(doc: vscode.TextDocument): string {
  const m = /IN SOA\s+\S+\s+\S+\s+(\d+)/.exec(doc.getText());
  assert.ok(m, `an SOA line in ${doc.uri.fsPath}`);
  return m[1];
}

/** YYYYMMDD01 for the UTC day of `ms` (the default bump of a date serial). */
function todayFirst(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}01`;
}

describe('SOA serial', function () {
  this.timeout(60_000);

  after(async () => {
    // Leave the file as committed (the document is not dirty any more after a revert).
    const uri = workspaceFile(FILE);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('edited record → stale-serial against git HEAD; quick fix offered; the code lens bumps the serial and the diagnostic goes away; the palette command bumps again', async () => {
    const uri = workspaceFile(FILE);
    const opened = waitForDiagnostics(uri, () => true, 'the server to publish for the unchanged zone', { needEvent: true });
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(doc.languageId, 'dns-zone');
    assert.deepStrictEqual((await opened).map(codeOf), [], 'unchanged since HEAD: no diagnostics');

    // Edit a record, not the serial.
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('192.0.2.80');
    edit.replace(uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + '192.0.2.80'.length)), '192.0.2.81');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the record edit applies');
    const list = await waitForDiagnostics(uri, hasCode('stale-serial'), 'stale-serial');
    const stale = list.find((d) => codeOf(d) === 'stale-serial')!;
    assert.match(stale.message, /since HEAD [0-9a-f]{7,}; serial is still 2024010101/, 'compared with git HEAD');
    assert.strictEqual(doc.getText(stale.range), OLD, 'the diagnostic is on the serial');

    // The quick fix.
    const before = Date.now();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, stale.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /^Bump SOA serial to \d+$/.test(a.title));
    assert.ok(fix, `a "Bump SOA serial to N" quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.strictEqual(fix.isPreferred, true);

    // The code lens, and its command.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lens = lenses.find((l) => l.command?.command === 'zonemail.bumpSerial');
    assert.ok(lens?.command, `a zonemail.bumpSerial code lens among: ${lenses.map((l) => l.command?.title).join(', ')}`);
    assert.strictEqual(lens.command.title, '2024010101 · 2024-01-01, change 01 · Bump serial');
    assert.strictEqual(lens.range.start.line, stale.range.start.line);
    const cleared = waitForDiagnostics(uri, (l) => !hasCode('stale-serial')(l), 'stale-serial to go away', { needEvent: true });
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    const bumped = serialIn(doc);
    assert.ok([todayFirst(before), todayFirst(Date.now())].includes(bumped), `serial bumped to today's first change, got ${bumped}`);
    assert.strictEqual(fix.title, `Bump SOA serial to ${bumped}`, 'the quick fix offered the same serial');
    assert.deepStrictEqual((await cleared).map(codeOf), [], 'no diagnostics after the bump');
    assert.ok(doc.getText().includes('192.0.2.81'), 'the record edit stays');

    // "Zone: Bump SOA Serial" from the palette (no arguments: the active editor).
    await vscode.commands.executeCommand('zonemail.bumpSerial');
    assert.strictEqual(serialIn(doc), String(Number(bumped) + 1), 'the same day: the change counter goes up');
  });
});
