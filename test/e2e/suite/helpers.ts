/**
 * Shared by the e2e tests: the workspace's files, Zonemail's diagnostics, and waiting for them on
 * onDidChangeDiagnostics with a deadline (no fixed sleeps).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const WAIT_MS = 20_000;

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/e2e/workspace) is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

export function zonemailDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'zonemail');
}

export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (list.length === 0) return '(none)';
  return list
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${codeOf(d)} ${d.message}`)
    .join('\n  ');
}

/**
 * Resolves with the file's Zonemail diagnostics as soon as `ready` accepts them: checked now and
 * on every onDidChangeDiagnostics event for the file. With `needEvent`, the current state only
 * counts after at least one event for the file (to see the server's answer to an open or edit,
 * even when it is "no diagnostics").
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (list: vscode.Diagnostic[]) => boolean,
  what: string,
  { needEvent = false, timeoutMs = WAIT_MS } = {},
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err: Error | undefined, list?: vscode.Diagnostic[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      if (err) reject(err);
      else resolve(list!);
    };
    const check = () => {
      const list = zonemailDiagnostics(uri);
      if (ready(list)) finish(undefined, list);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${uri.fsPath}; diagnostics now:\n  ${describeDiagnostics(zonemailDiagnostics(uri))}`));
    }, timeoutMs);
    if (!needEvent) check();
  });
}

