/**
 * Baselines from git: the file as committed at HEAD. Runs `git` with execFile and fixed arguments,
 * never a shell. Node-only (the core stays pure; it receives the text and a FileHost).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileHost } from '../core/types';

export interface GitBaseline {
  text: string;
  /** "HEAD 1a2b3c4". */
  label: string;
  /** Reads other files ($INCLUDEs) as committed at the same HEAD. */
  host: FileHost;
  root: string;
  head: string;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30, windowsHide: true });
  } catch {
    return undefined;
  }
}

/** The work tree root and HEAD commit (short hash) of the repository holding `dir`, if any. */
export function gitHead(dir: string): { root: string; head: string } | undefined {
  // One lookup per directory per run (the CLI checks whole trees); the language server keeps its own.
  if (headCache.has(dir)) return headCache.get(dir);
  const r = gitHeadUncached(dir);
  headCache.set(dir, r);
  return r;
}

const headCache = new Map<string, { root: string; head: string } | undefined>();

/** Forget cached HEADs (the language server calls this when a repository's HEAD may have moved). */
export function clearGitCache(): void {
  headCache.clear();
}

function gitHeadUncached(dir: string): { root: string; head: string } | undefined {
  const root = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!root) return undefined;
  const head = git(root, ['rev-parse', '--short', 'HEAD'])?.trim();
  if (!head) return undefined; // a repository without commits
  return { root, head };
}

/** The content of `absFile` at HEAD, or undefined (not in a work tree, not committed yet). */
export function gitBaseline(absFile: string): GitBaseline | undefined {
  const info = gitHead(path.dirname(absFile));
  if (!info) return undefined;
  const { root, head } = info;
  const real = (p: string): string => {
    try { return fs.realpathSync(p); } catch { return p; }
  };
  const show = (p: string): string | undefined => {
    const rel = path.relative(real(root), real(p)).split(path.sep).join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return git(root, ['show', `${head}:${rel}`]);
  };
  const text = show(absFile);
  if (text === undefined) return undefined;
  const cache = new Map<string, string | undefined>();
  const host: FileHost = {
    readFile: (p) => {
      if (!cache.has(p)) cache.set(p, show(p));
      return cache.get(p);
    },
    resolve: (from, relative) => path.resolve(path.dirname(from), relative),
  };
  return { text, label: `HEAD ${head}`, host, root, head };
}
