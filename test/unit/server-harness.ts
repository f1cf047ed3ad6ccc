/**
 * Shared by the server tests: the real language server (startServer) over in-memory streams, as
 * VS Code talks to it, with files served from a map and an optional workspace listing.
 */
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { startServer, type Runtime } from '../../server/src/server';

/**
 * A language server started over in-memory streams and the client end of them, not listening yet
 * (register handlers, then `listen()`). The runtime reads no files, resolves a relative path against
 * the including URI's directory and links no docs, unless `runtime` says otherwise.
 */
export function connect(runtime: Partial<Runtime> = {}): MessageConnection {
  const up = new PassThrough(), down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), {
    readFile: () => undefined,
    resolve: (from, rel) => from.slice(0, from.lastIndexOf('/') + 1) + rel,
    docsLink: () => undefined,
    ...runtime,
  });
  return createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
}

export function setup(files: Record<string, string> = {}, listFiles?: (folder: string) => string[]): MessageConnection {
  const client = connect({ readFile: (uri) => files[uri], ...(listFiles ? { listFiles } : {}) });
  client.onNotification('textDocument/publishDiagnostics', () => undefined);
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ serial: { baseline: 'off' } })));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  return client;
}

export async function init(client: MessageConnection, rootUri: string | null = null): Promise<Record<string, unknown>> {
  const r = (await client.sendRequest('initialize', { processId: null, rootUri, capabilities: { workspace: { configuration: true } } })) as { capabilities: Record<string, unknown> };
  client.sendNotification('initialized', {});
  return r.capabilities;
}
