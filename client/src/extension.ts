/**
 * VS Code client: starts the Zonemail language server (dist/server.js) over IPC and hands it the
 * documents of Zonemail's languages. All analysis lives in the server; this file is wiring only.
 *
 * SOA serial: the command `zonemail.bumpSerial` ("Zone: Bump SOA Serial") is the server's
 * (`workspace/executeCommand`, registered by the language client); the middleware only adds the
 * active editor's URI when it is run from the command palette. `zonemail.serial.bumpOnSave: ask`
 * asks here before a manual save, with the edit computed by the server (`zonemail/serialBump`);
 * `auto` is the server's willSaveWaitUntil.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, type TextEdit, type WorkspaceEdit } from 'vscode-languageclient/node';
import { matchGlob, mcMapFiles, namedClassFiles, parseFileGlobs } from '../../server/src/core/kind';

let client: LanguageClient | undefined;

export const LANGUAGES = ['dns-zone', 'sendmail-mc', 'sendmail-cf', 'sendmail-map', 'sendmail-aliases', 'sendmail-class'];

const BUMP_COMMAND = 'zonemail.bumpSerial';

/** The server's answer to `zonemail/serialBump` (server/src/server.ts, SerialBumpResult). */
interface SerialBumpResult { file: string; old: number; serial: number; note?: string; stale: boolean; edit: WorkspaceEdit }

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'zonemail' },
    middleware: {
      executeCommand: async (command, args, next) => {
        if (command === BUMP_COMMAND && typeof args[0] !== 'string') {
          // From the command palette (or a key binding): the active zone editor.
          const doc = vscode.window.activeTextEditor?.document;
          if (!doc || doc.languageId !== 'dns-zone') {
            void vscode.window.showWarningMessage('Zonemail: open a zone file to bump its SOA serial.');
            return undefined;
          }
          args = [doc.uri.toString(), ...args.slice(1)];
        }
        return next(command, args);
      },
    },
  };
  const c = new LanguageClient('zonemail', 'Zonemail', serverOptions, clientOptions);
  client = c;
  context.subscriptions.push(vscode.workspace.onWillSaveTextDocument((e) => {
    if (e.reason !== vscode.TextDocumentSaveReason.Manual || e.document.languageId !== 'dns-zone') return;
    if (vscode.workspace.getConfiguration('zonemail', e.document).get<string>('serial.bumpOnSave') !== 'ask') return;
    e.waitUntil(askToBump(c, e.document));
  }));
  // Maps named by the workspace's .mc files (FEATURE(`virtusertable', `btree /etc/mail/domainaliases'))
  // open as sendmail-map, whatever their name (core/kind.ts mcMapFiles, as in the CLI and the server).
  // The user's patterns (zonemail.sendmail.files: { "glob": "kind" }) come first, then the .mc/.cf names.
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void typeDocument(d)));
  for (const d of vscode.workspace.textDocuments) void typeDocument(d);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('zonemail.sendmail.files')) for (const d of vscode.workspace.textDocuments) void typeDocument(d);
  }));
  await c.start();
  // Documents open before the server ran (a restored window): included files among them.
  for (const d of vscode.workspace.textDocuments) void typeIncluded(d);
  return { client: c };
}

/**
 * The language of a document that a pattern of `zonemail.sendmail.files` matches (core/kind.ts
 * parseFileGlobs, matchGlob — the same rules as the server and the CLI's --files); else the .mc/.cf
 * names (typeMcNamedMap).
 */
async function typeDocument(doc: vscode.TextDocument): Promise<void> {
  if (await typeIncluded(doc)) return;
  if (doc.uri.scheme === 'file') {
    const { globs } = parseFileGlobs(vscode.workspace.getConfiguration('zonemail', doc.uri).get('sendmail.files'));
    const g = matchGlob(doc.uri.fsPath, globs);
    if (g) {
      if (doc.languageId !== g.kind) await vscode.languages.setTextDocumentLanguage(doc, g.kind);
      return;
    }
  }
  await typeMcNamedMap(doc);
}

/**
 * A plain-text document that a zone file (open, or on disk in the workspace) reads through
 * $INCLUDE (the server knows: `zonemail/includedBy`) becomes dns-zone, whatever its name: hosts.inc,
 * a Kexample.+013+… .key.
 */
async function typeIncluded(doc: vscode.TextDocument): Promise<boolean> {
  if (doc.languageId !== 'plaintext' || !client?.isRunning()) return false;
  try {
    const root = await client.sendRequest<string | null>('zonemail/includedBy', { uri: doc.uri.toString() });
    if (root === null) return false;
    await vscode.languages.setTextDocumentLanguage(doc, 'dns-zone');
    return true;
  } catch {
    return false; // the server is restarting: the document keeps its language
  }
}

/**
 * A plain-text document whose base name a workspace .mc names as a map becomes sendmail-map; one
 * that a workspace .mc or .cf names as a class file (Fw/etc/mail/mydomains, GENERICS_DOMAIN_FILE)
 * becomes sendmail-class.
 */
async function typeMcNamedMap(doc: vscode.TextDocument): Promise<void> {
  if (doc.uri.scheme !== 'file' || doc.languageId !== 'plaintext') return;
  const base = path.basename(doc.uri.fsPath).toLowerCase();
  if (base.includes('.') && !/\.(txt|src|in)$/.test(base)) return; // maps have bare names (domainaliases)
  try {
    const mcs = await vscode.workspace.findFiles('**/*.mc', '**/node_modules/**', 50);
    for (const u of mcs) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
      if (mcMapFiles(text).has(base)) {
        await vscode.languages.setTextDocumentLanguage(doc, 'sendmail-map');
        return;
      }
      if (namedClassFiles(text, 'sendmail-mc').has(base)) {
        await vscode.languages.setTextDocumentLanguage(doc, 'sendmail-class');
        return;
      }
    }
    for (const u of await vscode.workspace.findFiles('**/{sendmail,submit}.cf', '**/node_modules/**', 20)) {
      if (namedClassFiles(new TextDecoder().decode(await vscode.workspace.fs.readFile(u)), 'sendmail-cf').has(base)) {
        await vscode.languages.setTextDocumentLanguage(doc, 'sendmail-class');
        return;
      }
    }
  } catch {
    // no workspace or unreadable .mc: leave the document as it is
  }
}

/** bumpOnSave `ask`: when the server says the serial is stale, offer the bump before the save. */
async function askToBump(c: LanguageClient, doc: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  const uri = doc.uri.toString();
  let r: SerialBumpResult | null;
  try {
    r = await c.sendRequest<SerialBumpResult | null>('zonemail/serialBump', { uri, ifStale: true });
  } catch {
    return [];
  }
  const edits: TextEdit[] | undefined = r?.edit.changes?.[uri];
  if (!r || r.file !== uri || !edits) return [];
  const choice = await vscode.window.showWarningMessage(
    `Records changed but the SOA serial is still ${r.old}. Bump it to ${r.serial} before saving?`,
    'Bump',
    'Not now',
  );
  if (choice !== 'Bump') return [];
  if (r.note) void vscode.window.showInformationMessage(`Zonemail: ${r.note}`);
  return c.protocol2CodeConverter.asTextEdits(edits);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
