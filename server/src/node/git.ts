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
  return gitAt(dir, 'HEAD');
}

/**
 * The work tree root of the repository holding `dir` and the commit (short hash) `rev` names there
 * (HEAD, a branch such as origin/main, a tag, a hash); undefined outside a work tree or when `rev`
 * names no commit there (see gitRevisionProblem).
 */
export function gitAt(dir: string, rev: string): { root: string; head: string } | undefined {
  const root = gitRoot(dir);
  if (root === undefined) return undefined;
  const head = gitCommit(root, rev);
  return head === undefined ? undefined : { root, head };
}

/** Why `rev` cannot be compared with in the repository holding `dir`, or undefined (it can, or `dir` is in no work tree). */
export function gitRevisionProblem(dir: string, rev: string): string | undefined {
  const root = gitRoot(dir);
  if (root === undefined || gitCommit(root, rev) !== undefined) return undefined;
  return `'${rev}' names no commit in the repository ${root}`;
}

/** The work tree root of the repository holding `dir`, or undefined. */
export function gitRoot(dir: string): string | undefined {
  // One lookup per directory per run (the CLI checks whole trees); the language server keeps its own.
  if (rootCache.has(dir)) return rootCache.get(dir);
  let r: string | undefined;
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) {
    r = toplevel(dir); // git is told where the repository is: ask it
  } else {
    // Starting git costs milliseconds (it was most of `check` on a tree of a thousand zone files):
    // a directory with no `.git` above it is in no work tree, and directories under one `.git`
    // share one answer.
    const top = dotGitAbove(dir);
    if (top === undefined) r = undefined;
    else if (topCache.has(top)) r = topCache.get(top);
    else { r = toplevel(top); topCache.set(top, r); }
  }
  rootCache.set(dir, r);
  return r;
}

/** What git says is the work tree root for `dir`, or undefined. */
function toplevel(dir: string): string | undefined {
  return git(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** The short hash of the commit `rev` names in the work tree `root`, or undefined (none: a repository without commits, an unknown name). */
function gitCommit(root: string, rev: string): string | undefined {
  const key = `${root}\0${rev}`;
  if (!commitCache.has(key)) {
    // `--end-of-options`: a revision that starts with '-' is a name, never an option.
    commitCache.set(key, git(root, ['rev-parse', '--verify', '--quiet', '--short', '--end-of-options', `${rev}^{commit}`])?.trim() || undefined);
  }
  return commitCache.get(key);
}

const rootCache = new Map<string, string | undefined>();
/** By the directory holding the `.git` entry. */
const topCache = new Map<string, string | undefined>();
/** By work tree root and revision. */
const commitCache = new Map<string, string | undefined>();
/** The directory holding the nearest `.git` entry at or above a directory, or undefined. */
const dotGitCache = new Map<string, string | undefined>();

/** The nearest directory at or above `dir` that holds a `.git` entry (a repository or a worktree/submodule link). */
function dotGitAbove(dir: string): string | undefined {
  const walked: string[] = [];
  let d = path.resolve(dir);
  let found: string | undefined;
  for (;;) {
    if (dotGitCache.has(d)) { found = dotGitCache.get(d); break; }
    walked.push(d);
    if (fs.existsSync(path.join(d, '.git'))) { found = d; break; }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const w of walked) dotGitCache.set(w, found);
  return found;
}

/** Forget cached HEADs (the language server calls this when a repository's HEAD may have moved). */
export function clearGitCache(): void {
  rootCache.clear();
  topCache.clear();
  commitCache.clear();
  dotGitCache.clear();
}

/**
 * Read the versions at `rev` (default HEAD) of many files with one `git cat-file --batch` per
 * repository instead of one `git show` each (the CLI calls this for the files it is about to
 * check): by absolute path, the text, or undefined when the file is not in that commit; files it
 * could not ask about are absent (`gitBaseline` then runs `git show`). Pass the map to `gitBaseline`
 * with the same `rev`.
 */
export function prefetchGitBaselines(absFiles: readonly string[], rev = 'HEAD'): Map<string, string | undefined> {
  const prefetched = new Map<string, string | undefined>();
  const byRepo = new Map<string, { root: string; head: string; files: string[]; rels: string[] }>();
  for (const f of absFiles) {
    const info = gitAt(path.dirname(f), rev);
    if (!info) continue;
    const rel = relIn(info.root, f);
    if (rel === undefined || rel.includes('\n')) continue; // a name batch mode cannot ask for: left to `git show`
    const key = `${info.root}\0${info.head}`;
    let g = byRepo.get(key);
    if (!g) byRepo.set(key, (g = { root: info.root, head: info.head, files: [], rels: [] }));
    g.files.push(f);
    g.rels.push(rel);
  }
  for (const g of byRepo.values()) {
    let out: Buffer;
    try {
      out = execFileSync('git', ['cat-file', '--batch'], {
        cwd: g.root, input: g.rels.map((r) => `${g.head}:${r}\n`).join(''), stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1 << 30, windowsHide: true,
      });
    } catch {
      continue; // left to `git show`, file by file
    }
    const texts = parseCatFileBatch(out, g.rels.length);
    if (texts === undefined) continue;
    g.files.forEach((f, i) => prefetched.set(f, texts[i]));
  }
  return prefetched;
}

/**
 * The answers of `git cat-file --batch`, one per request in order: a blob's text (UTF-8, as `git
 * show` gives it to execFileSync), undefined for a missing object or one that is not a blob.
 * Undefined when the output does not parse.
 */
export function parseCatFileBatch(out: Buffer, count: number): (string | undefined)[] | undefined {
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const nl = out.indexOf(10, at);
    if (nl < 0) return undefined;
    const header = out.toString('utf8', at, nl);
    at = nl + 1;
    const m = /^[0-9a-f]+ ([a-z]+) ([0-9]+)$/.exec(header);
    if (!m) { texts.push(undefined); continue; } // `<name> missing` / `ambiguous`
    const size = Number(m[2]);
    if (at + size > out.length) return undefined;
    texts.push(m[1] === 'blob' ? out.toString('utf8', at, at + size) : undefined);
    at += size + 1; // the content and its newline
  }
  return texts;
}

function real(p: string): string {
  try { return fs.realpathSync(p); } catch { return p; }
}

/** `p` relative to the work tree `root`, with '/' separators; undefined outside it. */
function relIn(root: string, p: string): string | undefined {
  const rel = path.relative(real(root), real(p)).split(path.sep).join('/');
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel;
}

/**
 * The content of `absFile` at `rev` (default HEAD), or undefined (not in a work tree, not in that
 * commit, no such commit); taken from `prefetched` (prefetchGitBaselines, same `rev`) when it has
 * the file. The label names the revision as given and its commit: "HEAD 1a2b3c4", "origin/main 5d6e7f8".
 */
export function gitBaseline(absFile: string, prefetched?: ReadonlyMap<string, string | undefined>, rev = 'HEAD'): GitBaseline | undefined {
  const info = gitAt(path.dirname(absFile), rev);
  if (!info) return undefined;
  const { root, head } = info;
  const show = (p: string): string | undefined => {
    const rel = relIn(root, p);
    return rel === undefined ? undefined : git(root, ['show', `${head}:${rel}`]);
  };
  let text: string | undefined;
  if (prefetched?.has(absFile)) {
    text = prefetched.get(absFile);
  } else {
    text = show(absFile);
  }
  if (text === undefined) return undefined;
  const cache = new Map<string, string | undefined>();
  const host: FileHost = {
    readFile: (p) => {
      if (!cache.has(p)) cache.set(p, show(p));
      return cache.get(p);
    },
    resolve: (from, relative) => path.resolve(path.dirname(from), relative),
  };
  return { text, label: `${rev} ${head}`, host, root, head };
}
