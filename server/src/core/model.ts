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
import { hashKey, isSubdomain, parentName } from './names';

export class ZoneModel {
  /** Canonical key of the apex (`example.com.`). */
  readonly apex: string;
  /** Records at or below the apex, in file order. */
  readonly records: ZoneRecord[];
  private readonly index: NameIndex;
  /** next[i]: index of the next record with the same owner as records[i], or -1. */
  private readonly next: Int32Array;
  /** Keys of delegation points: names below the apex with NS records. */
  readonly delegations = new Set<string>();
  /** Type number → the in-zone records of that type, in file order. */
  private readonly types = new Map<number, ZoneRecord[]>();
  /** Hashes of the delegation keys, for allocation-free `delegationOf`. */
  private readonly delegationHashes = new Set<number>();

  /**
   * `all`: every record read. Those outside the apex are left out of the model (`records` is `all`
   * itself when none is). One pass over the records: in-zone test once per owner, name index,
   * per-type lists, delegations.
   */
  constructor(apex: string, all: ZoneRecord[]) {
    this.apex = apex;
    const n = all.length;
    const next = (this.next = new Int32Array(n).fill(-1));
    const index = (this.index = new NameIndex(n));
    let records: ZoneRecord[] = all;
    let prev: ZoneRecord | undefined;
    let prevIn = false;
    let lastOrigin: string | undefined;
    let lastOriginIn = false;
    let j = 0; // index in `records`
    for (let i = 0; i < n; i++) {
      const r = all[i];
      const same = prev !== undefined && prev.hash === r.hash && prev.key === r.key;
      if (!same) {
        const o = r.ownerOrigin;
        if (o === undefined) prevIn = isSubdomain(r.key, apex);
        else {
          // A name relative to an origin inside the zone is inside too; otherwise (origin `com.`,
          // name `example` → the apex) test the name itself.
          if (o !== lastOrigin) { lastOrigin = o; lastOriginIn = isSubdomain(o, apex); }
          prevIn = lastOriginIn || isSubdomain(r.key, apex);
        }
      }
      prev = r;
      if (!prevIn) {
        if (records === all) records = all.slice(0, i);
        continue;
      }
      if (records !== all) records.push(r);
      if (same && j > 0) {
        // The common case: consecutive records of one owner (blank-owner lines).
        next[j - 1] = j;
        index.tails[index.last] = j;
      } else {
        const slot = index.slot(r.key, r.hash, j);
        if (slot >= 0) {
          // A name seen before, further up the file: append to its chain.
          next[index.tails[slot]] = j;
          index.tails[slot] = j;
        }
      }
      const code = r.typeCode;
      let list = this.types.get(code);
      if (list === undefined) this.types.set(code, (list = []));
      list.push(r);
      if (code === 2 && r.key !== apex && !this.delegations.has(r.key)) {
        this.delegations.add(r.key);
        this.delegationHashes.add(r.hash);
      }
      j++;
    }
    this.records = records;
  }

  /** In-zone records of one type (type number), in file order. */
  ofType(typeCode: number): readonly ZoneRecord[] {
    return this.types.get(typeCode) ?? [];
  }

  /**
   * What the target checks need to know about a name, in one lookup: whether it has records, an
   * address (A/AAAA), and its first CNAME.
   */
  probe(key: string, hash?: number): { exists: boolean; hasAddress: boolean; cname: ZoneRecord | undefined } {
    let exists = false, hasAddress = false;
    let cname: ZoneRecord | undefined;
    for (let i = this.index.get(key, hash); i >= 0; i = this.next[i]) {
      exists = true;
      const r = this.records[i];
      if (r.typeCode === 1 || r.typeCode === 28) hasAddress = true;
      else if (r.typeCode === 5 && cname === undefined) cname = r;
    }
    return { exists, hasAddress, cname };
  }

  /**
   * Calls `cb` with each RRset that has more than one record (same name, same type), in file order.
   * Walks the name chains once; allocates only for such RRsets.
   */
  forEachMultiRecordSet(cb: (records: ZoneRecord[]) => void): void {
    const { records, next } = this;
    const heads = this.index.headIndices();
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k];
      if (next[h] < 0) continue; // one record at this name
      // Types seen more than once at this name (chains are short: a small array beats a Set).
      let seen: number[] | undefined;
      let repeated: number[] | undefined;
      for (let i = h; i >= 0; i = next[i]) {
        const c = records[i].typeCode;
        if (seen === undefined) seen = [c];
        else if (seen.includes(c)) { if (repeated === undefined) repeated = [c]; else if (!repeated.includes(c)) repeated.push(c); }
        else seen.push(c);
      }
      if (repeated === undefined) continue;
      for (const c of repeated) {
        const set: ZoneRecord[] = [];
        for (let i = h; i >= 0; i = next[i]) if (records[i].typeCode === c) set.push(records[i]);
        cb(set);
      }
    }
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
    for (let i = this.index.get(key, hash); i >= 0; i = this.next[i]) {
      const c = this.records[i].typeCode;
      if (c === 1 || c === 28) return true;
    }
    return false;
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

  /** The first record index of every name, in order of first appearance. */
  headIndices(): Int32Array {
    return this.heads.subarray(0, this.keys.length);
  }

  /** Index of the first record at `key`, or -1. */
  get(key: string, hash = hashKey(key)): number {
    let t = mix(hash) & this.mask;
    const table = this.table;
    for (;;) {
      const v = table[t];
      if (v < 0) return -1;
      if (this.hashes[v] === hash && this.keys[v] === key) return this.heads[v];
      t = (t + 1) & this.mask;
    }
  }

  private growArrays(): void {
    const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.heads = grow(this.heads);
    this.tails = grow(this.tails);
    this.hashes = grow(this.hashes);
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
