/**
 * VS Code client: starts the Zonemail language server (dist/server.js) over IPC and hands it the
 * documents of Zonemail's languages. All analysis lives in the server; this file is wiring only.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export const LANGUAGES = ['dns-zone'];

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
  };
  client = new LanguageClient('zonemail', 'Zonemail', serverOptions, clientOptions);
  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
