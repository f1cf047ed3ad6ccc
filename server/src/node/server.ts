/**
 * Node entry of the language server. Transport comes from the command line, as
 * vscode-languageserver reads it: `--stdio` (Neovim, Helix, Emacs…), `--node-ipc` (VS Code),
 * `--socket=PORT`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('usage: zonemail-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
  process.stderr.write('zonemail-server: choose a transport: --stdio, --node-ipc or --socket=PORT\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);

// dist/server.js → docs/diagnostics.md beside dist/ (shipped in the .vsix).
const docsFile = path.resolve(__dirname, '..', 'docs', 'diagnostics.md');
const docsUrl = fs.existsSync(docsFile) ? pathToFileURL(docsFile).href : undefined;

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

startServer(connection, {
  readFile(uri) {
    const p = uriToPath(uri);
    if (p === undefined) return undefined;
    try {
      return fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  resolve(fromUri, relative) {
    const from = uriToPath(fromUri);
    if (from === undefined) return relative;
    return pathToFileURL(path.resolve(path.dirname(from), relative)).href;
  },
  docsLink(code) {
    return docsUrl ? `${docsUrl}#${code}` : undefined;
  },
});
