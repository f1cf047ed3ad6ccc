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
  /** Every proper ancestor of a name with records (in the zone): these names exist, with or without records. */
  ancestors: Set<string>;
}

const cache = new WeakMap<ZoneModel, Neighbours>();

/** Drop the name groups of an analysis (called once its checks have run). */
export function forgetNeighbours(model: ZoneModel): void {
  cache.delete(model);
}

function neighbours(model: ZoneModel): Neighbours {
  let nb = cache.get(model);
  if (nb !== undefined) return nb;
  nb = { children: new Map(), ancestors: new Set() };
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
  const siblings = neighbours(model).children.get(parent);
  if (siblings === undefined) return undefined;
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
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m], max + 1);
}
