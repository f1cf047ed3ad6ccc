/**
 * The zone model the checks query: records by owner name and type, the apex, delegation points
 * and names' ancestors. Built once per analysis from the in-zone records.
 *
 * Memory and speed: one hash-table slot per name (keyed by the hash the parser computed) pointing
 * at the name's first record; the other records at that name are chained through an Int32Array of
 * record indices. No per-name arrays or objects, and the records themselves are never written to,
 * so building the model for a million-record zone takes a fraction of a second.
 */
import type { ZoneRecord } from './parser';
import { hashKey, isSubdomain, nameKey, parentName } from './names';

/**
 * One bit per type in a name's type mask (`typeMaskOf`): the types the checks ask about, and OTHER
 * for every other type. Lets "does this name have an A/AAAA/CNAME…?" be answered from one number.
 */
export const TYPE_BIT: Readonly<Record<number, number>> = {
  1: 1 << 0, 2: 1 << 1, 5: 1 << 2, 6: 1 << 3, 12: 1 << 4, 15: 1 << 5, 16: 1 << 6, 28: 1 << 7,
  33: 1 << 8, 39: 1 << 9, 43: 1 << 10, 46: 1 << 11, 47: 1 << 12, 48: 1 << 13, 25: 1 << 14,
  24: 1 << 15, 30: 1 << 16, 99: 1 << 17, 50: 1 << 18, 64: 1 << 19, 65: 1 << 20, 257: 1 << 21,
  52: 1 << 22, 44: 1 << 23, 35: 1 << 24, 13: 1 << 25,
};
/** The bit of every type without its own bit in TYPE_BIT. */
export const OTHER_TYPE_BIT = 1 << 30;
/** Not a type: set in a name's mask when the name is not a host name (`ZoneRecord.ownerHostName`). */
export const NOT_HOST_NAME_BIT = 1 << 29;
const BIT_OF = new Int32Array(65536).fill(OTHER_TYPE_BIT);
for (const [code, bit] of Object.entries(TYPE_BIT)) BIT_OF[Number(code)] = bit;
/** The mask bit of a type number. */
export function typeBit(code: number): number {
  return BIT_OF[code & 0xffff];
}
const ADDRESS_BITS = (1 << 0) | (1 << 7); // A, AAAA
const NO_INDICES = new Int32Array(0);
const CNAME_BIT = 1 << 2;

export class ZoneModel {
  /** Canonical key of the apex (`example.com.`). */
  readonly apex: string;
  /** Records at or below the apex, in file order. */
  readonly records: ZoneRecord[];
  private readonly index: NameIndex;
  /** next[i]: index of the next record with the same owner as records[i], or -1. */
  private readonly next: Int32Array;
  /** typeCodes[i] = records[i].typeCode, so walks over names touch no record objects. */
  private readonly typeCodes: Uint16Array;
  /** nameNumbers[i]: the number of records[i]'s owner name (`nameAt`), so a record's own name needs no lookup. */
  private readonly nameNumbers: Int32Array;
  /** RRsets of more than one record, as (first record index, type) pairs; computed on first use. */
  private multiSets: Int32Array | undefined;
  /**
   * False when no name of the zone starts with `*`, so none is a wildcard (`*.…`): the wildcard
   * lookups (closest encloser, RFC 4592) can answer "none" at once.
   */
  readonly mayHaveWildcards: boolean;
  /** Keys of delegation points: names below the apex with NS records. */
  readonly delegations = new Set<string>();
  /**
   * Type number → the in-zone records of that type, in file order. Built on first use by one scan
   * of `typeCodes`: the checks ask for a dozen types, never for A/AAAA (half of a zone's records).
   * Filling a list for every type while building took 70–110 ms and 20 MB of peak RSS on the
   * 1M-record benchmark zone (measured).
   */
  private readonly types = new Map<number, ZoneRecord[]>();
  /** Type number → its records' indices, views of one array of the indices sorted by type; see indicesOfType. */
  private typeRuns: Map<number, Int32Array> | undefined;
  /** Hashes of the delegation keys, for allocation-free `delegationOf`. */
  private readonly delegationHashes = new Set<number>();

  /**
   * `all`: every record read. Those outside the apex are left out of the model (`records` is `all`
   * itself when none is). One pass over the records: in-zone test once per owner, name index,
   * per-type lists, delegations.
   */
  constructor(apex: string, all: ZoneRecord[], originRuns: readonly { at: number; origin: string | undefined }[] = []) {
    this.apex = apex;
    const n = all.length;
    const next = (this.next = new Int32Array(n).fill(-1));
    const index = (this.index = new NameIndex(n));
    const typeCodes = (this.typeCodes = new Uint16Array(n));
    const nameNumbers = (this.nameNumbers = new Int32Array(n));
    let wildcards = false;
    let records: ZoneRecord[] = all;
    let prev: ZoneRecord | undefined;
    let prevIn = false;
    const runs = originRuns;
    let run = -1;
    let runIn = false;
    let j = 0; // index in `records`
    for (let i = 0; i < n; i++) {
      // Touch the table slots of the next records first: a loop without unpredictable branches lets
      // the CPU overlap their cache misses (the insert loop's new/seen branch serialises them).
      if ((i & 31) === 0) index.touch(all, i, Math.min(n, i + 32));
      const r = all[i];
      const same = prev !== undefined && prev.hash === r.hash && prev.key === r.key;
      if (!same) {
        // A name completed with an origin inside the zone is inside too, decided once per origin
        // (no need to read the name); otherwise (origin `com.`, name `example` → the apex) test the name.
        while (run + 1 < runs.length && runs[run + 1].at <= i) {
          run++;
          const o = runs[run].origin;
          runIn = o !== undefined && isSubdomain(nameKey(o), apex);
        }
        prevIn = (runIn && r.ownerRelative) || isSubdomain(r.key, apex);
      }
      prev = r;
      if (!prevIn) {
        if (records === all) records = all.slice(0, i);
        continue;
      }
      if (records !== all) records.push(r);
      const code = r.typeCode;
      typeCodes[j] = code;
      if (same && j > 0) {
        // The common case: consecutive records of one owner (blank-owner lines).
        next[j - 1] = j;
        index.tails[index.last] = j;
        index.masks[index.last] |= typeBit(code);
      } else {
        const slot = index.slot(r.key, r.hash, j);
        if (slot >= 0) {
          // A name seen before, further up the file: append to its chain.
          next[index.tails[slot]] = j;
          index.tails[slot] = j;
        } else if (r.key.charCodeAt(0) === 42) {
          wildcards = true; // a new name starting with '*' (its key was just read)
        }
        index.masks[index.last] |= typeBit(code) | (r.ownerHostName ? 0 : NOT_HOST_NAME_BIT);
      }
      nameNumbers[j] = index.last;
      if (code === 2 && r.key !== apex && !this.delegations.has(r.key)) {
        this.delegations.add(r.key);
        this.delegationHashes.add(r.hash);
      }
      j++;
    }
    this.records = records;
    this.mayHaveWildcards = wildcards;
  }

  /** In-zone records of one type (type number), in file order. */
  ofType(typeCode: number): readonly ZoneRecord[] {
    let list = this.types.get(typeCode);
    if (list === undefined) {
      // Counted first (a typed-array scan), then filled: no array growing as it is pushed to.
      const indices = this.indicesOfType(typeCode);
      const { records } = this;
      list = new Array<ZoneRecord>(indices.length);
      for (let k = 0; k < indices.length; k++) list[k] = records[indices[k]];
      this.types.set(typeCode, list);
    }
    return list;
  }

  /**
   * The indices (in `records`) of `ofType(typeCode)`'s records, in the same order (a view, not a
   * copy). The first call sorts all record indices by type in two passes over the type array (a
   * counting sort), instead of a pass per type asked for (the checks ask for some twenty).
   */
  indicesOfType(typeCode: number): Int32Array {
    let runs = this.typeRuns;
    if (runs === undefined) {
      const { typeCodes } = this;
      const n = this.records.length;
      const start = new Int32Array(65537);
      for (let i = 0; i < n; i++) start[typeCodes[i] + 1]++;
      for (let t = 0; t < 65536; t++) start[t + 1] += start[t];
      const fill = start.slice(0, 65536);
      const byType = new Int32Array(n);
      for (let i = 0; i < n; i++) byType[fill[typeCodes[i]]++] = i;
      // Kept: the types present only (a few), not the two 256 KB tables.
      runs = new Map();
      for (let t = 0; t < 65536; t++) if (start[t + 1] > start[t]) runs.set(t, byType.subarray(start[t], start[t + 1]));
      this.typeRuns = runs;
    }
    return runs.get(typeCode) ?? NO_INDICES;
  }

  /** The number of the owner name of `records[i]` (see `nameCount`): no lookup. */
  nameAt(i: number): number {
    return this.nameNumbers[i];
  }

  /**
   * What the target checks need to know about a name, in one lookup: whether it has records, an
   * address (A/AAAA), and its first CNAME.
   */
  probe(key: string, hash?: number): { exists: boolean; hasAddress: boolean; cname: ZoneRecord | undefined } {
    const n = this.index.find(key, hash);
    if (n < 0) return { exists: false, hasAddress: false, cname: undefined };
    const mask = this.index.masks[n];
    let cname: ZoneRecord | undefined;
    if ((mask & CNAME_BIT) !== 0) {
      for (let i = this.index.headOf(n); i >= 0; i = this.next[i]) if (this.typeCodes[i] === 5) { cname = this.records[i]; break; }
    }
    return { exists: true, hasAddress: (mask & ADDRESS_BITS) !== 0, cname };
  }

  /**
   * Bring the name-index entries of `refs[from, to)` into the cache before looking them up one by
   * one (`probe`, `typeMaskOf`…): the loads of this loop overlap, those of the lookups do not.
   * No effect on any result.
   */
  touchNames(refs: readonly ({ hash: number } | undefined)[], from: number, to: number): void {
    this.index.touchRefs(refs, from, to);
  }


  /**
   * Calls `cb` with each RRset that has more than one record (same name, same type), in file order.
   * The first call walks the name chains over the type array (no record objects touched) and keeps
   * the few such RRsets; later calls reuse them. Allocates only the arrays handed to `cb`.
   */
  forEachMultiRecordSet(cb: (records: ZoneRecord[]) => void): void {
    const { records, next } = this;
    const sets = this.multiSets ?? (this.multiSets = this.findMultiSets());
    for (let k = 0; k < sets.length; k += 2) {
      const c = sets[k + 1];
      const set: ZoneRecord[] = [];
      for (let i = sets[k]; i >= 0; i = next[i]) if (this.typeCodes[i] === c) set.push(records[i]);
      cb(set);
    }
  }

  private findMultiSets(): Int32Array {
    const { next, typeCodes } = this;
    const heads = this.index.headIndices();
    const out: number[] = [];
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k];
      const h2 = next[h];
      if (h2 < 0) continue; // one record at this name
      if (next[h2] < 0) {
        // Two records (an A and an AAAA, two NS…): the usual case, no arrays.
        if (typeCodes[h] === typeCodes[h2]) out.push(h, typeCodes[h]);
        continue;
      }
      // Types seen more than once at this name (chains are short: a small array beats a Set).
      let seen: number[] | undefined;
      let repeated: number[] | undefined;
      for (let i = h; i >= 0; i = next[i]) {
        const c = typeCodes[i];
        if (seen === undefined) seen = [c];
        else if (seen.includes(c)) { if (repeated === undefined) repeated = [c]; else if (!repeated.includes(c)) repeated.push(c); }
        else seen.push(c);
      }
      if (repeated === undefined) continue;
      // In the order of each set's first record, as before.
      for (let i = h; i >= 0; i = next[i]) {
        const c = typeCodes[i];
        const at = repeated.indexOf(c);
        if (at >= 0) { out.push(h, c); repeated.splice(at, 1); if (repeated.length === 0) break; }
      }
    }
    return Int32Array.from(out);
  }

  /** Number of distinct owner names (in-zone). Names are numbered 0…nameCount-1 in order of first appearance. */
  get nameCount(): number {
    return this.index.keys.length;
  }

  /** The key of name number `n`. */
  nameKey(n: number): string {
    return this.index.keys[n];
  }

  /** The types present at name number `n`, as a mask of `typeBit`s. */
  nameTypes(n: number): number {
    return this.index.masks[n];
  }

  /** Index (in `records`) of the first record at name number `n`; follow with `nextRecord`. */
  nameFirstRecord(n: number): number {
    return this.index.headOf(n);
  }

  /** Index of the next record at the same name as `records[i]`, or -1. */
  nextRecord(i: number): number {
    return this.next[i];
  }

  /** The number of a name (see `nameCount`), or -1 when it has no records. */
  nameOf(key: string, hash?: number): number {
    return this.index.find(key, hash);
  }

  /** The type number of `records[i]` (from a typed array: no record object is read). */
  typeAt(i: number): number {
    return this.typeCodes[i];
  }

  /** The types present at a name, as a mask of `typeBit`s (0 when the name has no records). */
  typeMaskOf(key: string, hash?: number): number {
    const n = this.index.find(key, hash);
    return n < 0 ? 0 : this.index.masks[n];
  }

  /** The first record of one type at a name, or undefined (no array allocated). */
  first(key: string, type: string, hash?: number): ZoneRecord | undefined {
    for (let i = this.index.get(key, hash); i >= 0; i = this.next[i]) if (this.records[i].type === type) return this.records[i];
    return undefined;
  }

  /** Keys of all names with records. */
  names(): IterableIterator<string> {
    return this.index.keys.values();
  }

  /** All records at a name, in file order. */
  at(key: string, hash?: number): ZoneRecord[] {
    const out: ZoneRecord[] = [];
    for (let i = this.index.get(key, hash); i >= 0; i = this.next[i]) out.push(this.records[i]);
    return out;
  }

  /** Records of one type at a name (type mnemonic, e.g. 'MX'). */
  get(key: string, type: string, hash?: number): ZoneRecord[] {
    const out: ZoneRecord[] = [];
    for (let i = this.index.get(key, hash); i >= 0; i = this.next[i]) if (this.records[i].type === type) out.push(this.records[i]);
    return out;
  }

  has(key: string, type: string, hash?: number): boolean {
    for (let i = this.index.get(key, hash); i >= 0; i = this.next[i]) if (this.records[i].type === type) return true;
    return false;
  }

  /** True when the name has any record. */
  exists(key: string, hash?: number): boolean {
    return this.index.get(key, hash) >= 0;
  }

  /** True when the name has A or AAAA records. */
  hasAddress(key: string, hash?: number): boolean {
    return (this.typeMaskOf(key, hash) & ADDRESS_BITS) !== 0;
  }

  /** True when the name is at or below the apex. */
  inZone(key: string): boolean {
    return isSubdomain(key, this.apex);
  }

  /** Ancestors of a name up to and including the apex, nearest first (not the name itself). */
  ancestors(key: string): string[] {
    const out: string[] = [];
    if (key === this.apex || !this.inZone(key)) return out;
    for (let p = parentName(key); p !== undefined; p = parentName(p)) {
      out.push(p);
      if (p === this.apex) break;
    }
    return out;
  }

  /**
   * The delegation point at or above a name (below the apex), or undefined when the name is
   * authoritative data of this zone.
   */
  delegationOf(key: string): string | undefined {
    if (this.delegations.size === 0 || !this.inZone(key)) return undefined;
    // Walk the name's suffixes from the right, computing each suffix's hash as we go (the hash is
    // polynomial: a suffix's hash is the sum of its characters' terms), and look only at suffixes
    // whose hash is a delegation's. The top-most cut wins (anything below it is not this zone's data).
    const hashes = this.delegationHashes;
    const stop = key.length - this.apex.length; // suffixes at or above the apex are not cuts
    let h = 0;
    let pow = 1;
    for (let i = key.length - 1; i >= 0; i--) {
      h = (h + Math.imul(key.charCodeAt(i), pow)) | 0;
      pow = Math.imul(pow, 31);
      if (i >= stop) continue;
      const boundary = i === 0 || (key.charCodeAt(i - 1) === 46 && !escaped(key, i - 1));
      if (boundary && hashes.has(h)) {
        const suffix = i === 0 ? key : key.slice(i);
        if (this.delegations.has(suffix)) return suffix;
      }
    }
    return undefined;
  }
}

/** Spread a name hash over the table's low bits (murmur3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Name key → indices of the first and last record at that name. Insert-only, linear probing. */
class NameIndex {
  readonly keys: string[] = [];
  private heads: Int32Array;
  tails: Int32Array;
  /** Per name: the `typeBit`s of its records. */
  masks: Int32Array;
  private hashes: Int32Array;
  /** Slot of the name most recently looked up by `slot`. */
  last = -1;
  private table: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.table = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    const n = Math.max(expected, 16);
    this.heads = new Int32Array(n);
    this.tails = new Int32Array(n);
    this.hashes = new Int32Array(n);
    this.masks = new Int32Array(n);
  }

  /** The slot of `key`, or -1 after adding it with record `i` as its first record. */
  slot(key: string, hash: number, i: number): number {
    let t = mix(hash) & this.mask;
    const table = this.table, keys = this.keys, hashes = this.hashes;
    for (;;) {
      const v = table[t];
      if (v < 0) {
        const n = keys.length;
        if (n >= this.heads.length) this.growArrays();
        table[t] = n;
        keys.push(key);
        this.hashes[n] = hash;
        this.heads[n] = i;
        this.tails[n] = i;
        this.last = n;
        if (n * 2 >= this.mask) this.grow();
        return -1;
      }
      if (hashes[v] === hash && keys[v] === key) { this.last = v; return v; }
      t = (t + 1) & this.mask;
    }
  }

  /** Read the table slots (and their names' hashes) of `records[from, to)`, to bring them into the cache. */
  touch(records: readonly { hash: number }[], from: number, to: number): void {
    const table = this.table, hashes = this.hashes, mask = this.mask;
    let acc = 0;
    for (let k = from; k < to; k++) {
      const v = table[mix(records[k].hash) & mask];
      acc += hashes[v < 0 ? 0 : v];
    }
    this.touched = acc;
  }
  /** `touch` for the names of `refs[from, to)` (undefined entries skipped). */
  touchRefs(refs: readonly ({ hash: number } | undefined)[], from: number, to: number): void {
    const table = this.table, hashes = this.hashes, keys = this.keys, mask = this.mask;
    let acc = 0;
    for (let k = from; k < to; k++) {
      const t = refs[k];
      if (t === undefined) continue;
      const v = table[mix(t.hash) & mask];
      if (v >= 0) acc += hashes[v] + keys[v].length;
    }
    this.touched = acc;
  }
  /** Written by `touch` so its loads are not optimised away. */
  touched = 0;

  /** The first record index of every name, in order of first appearance. */
  headIndices(): Int32Array {
    return this.heads.subarray(0, this.keys.length);
  }

  /** Index of the first record at `key`, or -1. */
  get(key: string, hash = hashKey(key)): number {
    const n = this.find(key, hash);
    return n < 0 ? -1 : this.heads[n];
  }

  /** The number of the name `key`, or -1. */
  find(key: string, hash = hashKey(key)): number {
    let t = mix(hash) & this.mask;
    const table = this.table;
    for (;;) {
      const v = table[t];
      if (v < 0) return -1;
      if (this.hashes[v] === hash && this.keys[v] === key) return v;
      t = (t + 1) & this.mask;
    }
  }

  /** The first record index of name number `n`. */
  headOf(n: number): number {
    return this.heads[n];
  }

  private growArrays(): void {
    const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.heads = grow(this.heads);
    this.tails = grow(this.tails);
    this.hashes = grow(this.hashes);
    this.masks = grow(this.masks);
  }

  private grow(): void {
    const cap = (this.mask + 1) * 2;
    const table = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let n = 0; n < this.keys.length; n++) {
      let t = mix(this.hashes[n]) & mask;
      while (table[t] >= 0) t = (t + 1) & mask;
      table[t] = n;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** True when the character at `i` is escaped by an odd number of backslashes before it. */
function escaped(s: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && s.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}
