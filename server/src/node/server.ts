/**
 * Node entry of the language server. Transport comes from the command line, as
 * vscode-languageserver reads it: `--stdio` (Neovim, Helix, Emacs…), `--node-ipc` (VS Code),
 * `--socket=PORT`.
 *
 * Baselines for the SOA serial checks come from git (`gitBaselines`): the file as committed at HEAD.
 * Per (work tree root, HEAD, file) the text is read once (`git show`); whether HEAD moved is checked
 * with `git rev-parse` at most every HEAD_RECHECK_MS per directory, so a commit, checkout or pull
 * shows up on the next analysis after that (an edit, a save, opening the file).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type BaselineSource, type Runtime } from '../server';
import { clearGitCache, gitBaseline, gitHead, type GitBaseline } from './git';
import { readText } from './text';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** How long a directory's git HEAD is trusted before `git rev-parse` runs again. */
export const HEAD_RECHECK_MS = 2000;

/**
 * `Runtime.baseline` for node: the file at git HEAD, with the baseline's $INCLUDEs read at the same
 * commit (by URI). Undefined outside a work tree, before the first commit, for files not committed.
 */
export function gitBaselines(clock: () => number = Date.now): (uri: string) => BaselineSource | undefined {
  const heads = new Map<string, { at: number; info: { root: string; head: string } | undefined }>();
  const texts = new Map<string, GitBaseline | undefined>();
  return (uri) => {
    const file = uriToPath(uri);
    if (file === undefined) return undefined;
    const dir = path.dirname(file);
    const t = clock();
    let h = heads.get(dir);
    if (!h || t - h.at >= HEAD_RECHECK_MS || t < h.at) {
      clearGitCache(); // git.ts keeps HEADs for a whole CLI run; here they may move
      h = { at: t, info: gitHead(dir) };
      heads.set(dir, h);
    }
    if (!h.info) return undefined;
    const key = `${h.info.root}\0${h.info.head}\0${file}`;
    if (!texts.has(key)) {
      // Drop the texts of an older HEAD of this file.
      for (const k of texts.keys()) if (k.endsWith(`\0${file}`)) texts.delete(k);
      texts.set(key, gitBaseline(file));
    }
    const b = texts.get(key);
    if (!b) return undefined;
    return {
      text: b.text,
      label: b.label,
      host: {
        readFile: (u) => {
          const p = uriToPath(u);
          return p === undefined ? undefined : b.host.readFile(p);
        },
        resolve: resolveUri,
      },
    };
  };
}

export function resolveUri(fromUri: string, relative: string): string {
  const from = uriToPath(fromUri);
  if (from === undefined) return relative;
  return pathToFileURL(path.resolve(path.dirname(from), relative)).href;
}

// dist/server.js → docs/diagnostics.md beside dist/ (shipped in the .vsix).
const docsFile = path.resolve(__dirname, '..', 'docs', 'diagnostics.md');
const docsUrl = fs.existsSync(docsFile) ? pathToFileURL(docsFile).href : undefined;

/** The node runtime: files from disk, git HEAD baselines. */
export function nodeRuntime(): Runtime {
  return {
    readFile(uri) {
      const p = uriToPath(uri);
      if (p === undefined) return undefined;
      try {
        return fs.statSync(p).isFile() ? readText(p) : undefined;
      } catch {
        return undefined;
      }
    },
    resolve: resolveUri,
    docsLink(code) {
      return docsUrl ? `${docsUrl}#${code}` : undefined;
    },
    baseline: gitBaselines(),
    listFiles: listFilesUnder,
  };
}

/** Files under a folder URI (dot folders and node_modules skipped), at most `max`, as URIs. */
export function listFilesUnder(folderUri: string, max = 5000): string[] {
  const root = uriToPath(folderUri);
  const out: string[] = [];
  if (root === undefined) return out;
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (out.length >= max) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { if (depth < 8) walk(p, depth + 1); } else if (e.isFile()) out.push(pathToFileURL(p).href);
    }
  };
  walk(root, 0);
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write('usage: zonemail-server --stdio | --node-ipc | --socket=PORT\n');
    process.exit(0);
  }
  if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
    process.stderr.write('zonemail-server: choose a transport: --stdio, --node-ipc or --socket=PORT\n');
    process.exit(2);
  }
  startServer(createConnection(ProposedFeatures.all), nodeRuntime());
}

// Imported by tests for nodeRuntime/gitBaselines; run as the server otherwise.
if (require.main === module) main();
