/**
 * Shared by the checks of targets that do not exist (not a check itself): whether a name is an empty
 * non-terminal (no records, but names below it), and which existing name a missing one was probably
 * meant to be (a typo in its first label: `wwww`, `mial`). Both need every name of the zone grouped
 * by parent, built on first use — only for a zone that has such a target — and kept per analysis.
 */
import type { ZoneModel } from '../model';
import { parentName } from '../names';

interface Neighbours {
  /** Parent key → the first labels (canonical) of the names just below it that have records. */
  children: Map<string, string[]>;
  /** Labels left to compare for suggestions in this analysis (a zone with thousands of missing targets under one parent of a million names stays fast). */
  budget: number;
  /** Every proper ancestor of a name with records (in the zone): these names exist, with or without records. */
  ancestors: Set<string>;
}

const cache = new WeakMap<ZoneModel, Neighbours>();

/** Label comparisons per analysis for `nearName` (0.1–0.35 µs each: ~0.2 s at most), past which it suggests nothing. */
const SUGGESTION_BUDGET = 500_000;

/** Drop the name groups of an analysis (called once its checks have run). */
export function forgetNeighbours(model: ZoneModel): void {
  cache.delete(model);
}

function neighbours(model: ZoneModel): Neighbours {
  let nb = cache.get(model);
  if (nb !== undefined) return nb;
  nb = { children: new Map(), ancestors: new Set(), budget: SUGGESTION_BUDGET };
  for (const key of model.names()) {
    const parent = parentName(key);
    if (parent === undefined) continue;
    let list = nb.children.get(parent);
    if (list === undefined) nb.children.set(parent, (list = []));
    list.push(firstLabel(key, parent));
    for (let p: string | undefined = parent; p !== undefined && !nb.ancestors.has(p) && model.inZone(p); p = parentName(p)) {
      nb.ancestors.add(p);
    }
  }
  cache.set(model, nb);
  return nb;
}

/** The first label of `key` (canonical, escapes as written), given its parent. */
function firstLabel(key: string, parent: string): string {
  return key.slice(0, parent === '.' ? key.length - 1 : key.length - parent.length - 1);
}

/** True when `key` has no records but names below it do (an empty non-terminal: it exists, with no data). */
export function isEmptyNonTerminal(model: ZoneModel, key: string): boolean {
  return !model.exists(key) && neighbours(model).ancestors.has(key);
}

/**
 * True when `key` exists in the zone: it has records, or names below it have (an empty
 * non-terminal). The closest encloser of a missing name (RFC 4592 §3.3.1) is its nearest ancestor
 * that exists in this sense; only that one's wildcard answers for it.
 */
export function nameExists(model: ZoneModel, key: string): boolean {
  return model.exists(key) || neighbours(model).ancestors.has(key);
}

/**
 * The name `key` was probably meant to be: a name of the zone with the same parent whose first
 * label is one typo away (an insertion, deletion, substitution or swap of two neighbours; two for
 * labels of 8 characters or more), and that `accept`s. Undefined when there is none, or more than
 * one as near. Labels under 4 characters get no guess (too many names are one typo apart).
 */
export function nearName(model: ZoneModel, key: string, accept: (key: string) => boolean): string | undefined {
  const parent = parentName(key);
  if (parent === undefined) return undefined;
  const label = firstLabel(key, parent);
  if (label.length < 4 || label.includes('\\')) return undefined;
  const nb = neighbours(model);
  const siblings = nb.children.get(parent);
  if (siblings === undefined || siblings.length > nb.budget) return undefined;
  nb.budget -= siblings.length;
  const max = label.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  let ties = 0;
  for (const s of siblings) {
    if (Math.abs(s.length - label.length) > max || s.includes('\\')) continue;
    const d = typoDistance(label, s, max);
    if (d > max || d > bestDistance) continue;
    const candidate = parent === '.' ? `${s}.` : `${s}.${parent}`;
    if (!accept(candidate)) continue;
    if (d < bestDistance) { best = candidate; bestDistance = d; ties = 0; } else ties++;
  }
  return best !== undefined && ties === 0 ? best : undefined;
}

/**
 * Edit distance with adjacent swaps counted as one edit (optimal string alignment); anything over
 * `max` is reported as `max + 1`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (max === 1) return withinOne(a, b) ? 1 : 2;
  // Rows of the table, only the cells within `max` of the diagonal (the others exceed it anyway).
  const w = m + 1;
  if (ROWS.length < 3 * w) ROWS = new Int32Array(3 * w * 2);
  const big = max + 1;
  let r2 = 0, r1 = w, r0 = 2 * w; // rows i-2, i-1, i
  for (let j = 0; j <= m; j++) { ROWS[r1 + j] = j <= max ? j : big; ROWS[r2 + j] = big; }
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max), hi = Math.min(m, i + max);
    ROWS[r0] = i <= max ? i : big;
    for (let j = 1; j < lo; j++) ROWS[r0 + j] = big;
    let rowMin = ROWS[r0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(ROWS[r1 + j] + 1, ROWS[r0 + j - 1] + 1, ROWS[r1 + j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, ROWS[r2 + j - 2] + 1);
      }
      ROWS[r0 + j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    for (let j = hi + 1; j <= m; j++) ROWS[r0 + j] = big;
    if (rowMin > max) return big;
    const t = r2; r2 = r1; r1 = r0; r0 = t;
  }
  return Math.min(ROWS[r1 + m], big);
}

/** Scratch rows for typoDistance. */
let ROWS = new Int32Array(96);

/** True when two different strings are one insertion, deletion, change or swap of neighbours apart. */
function withinOne(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const n = a.length, m = b.length;
  let i = 0;
  while (i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (n === m + 1) return a.slice(i + 1) === b.slice(i); // one character more in a
  if (n !== m) return false;
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // one character changed
  return i + 1 < n && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    a.slice(i + 2) === b.slice(i + 2); // two neighbours swapped
}
