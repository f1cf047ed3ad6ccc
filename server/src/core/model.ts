/**
 * The zone model the checks query: records by owner name and type, the apex, delegation points
 * and names' ancestors. Built once per analysis from the in-zone records.
 *
 * Memory: one Map entry per name pointing at the name's first record; the other records at that
 * name are chained through `ZoneRecord.nextAtName` (no per-name arrays or objects), so the model
 * costs little even for zones with millions of records.
 */
import type { ZoneRecord } from './parser';
import { isSubdomain, parentName } from './names';

export class ZoneModel {
  /** Canonical key of the apex (`example.com.`). */
  readonly apex: string;
  /** Records at or below the apex, in file order. */
  readonly records: ZoneRecord[];
  private readonly first = new Map<string, ZoneRecord>();
  /** Keys of delegation points: names below the apex with NS records. */
  readonly delegations = new Set<string>();

  constructor(apex: string, records: ZoneRecord[]) {
    this.apex = apex;
    this.records = records;
    const first = this.first;
    let prev: ZoneRecord | undefined;
    for (const r of records) {
      r.nextAtName = undefined;
      if (prev !== undefined && prev.key === r.key) {
        // The common case: consecutive records of one owner (blank-owner lines).
        prev.nextAtName = r;
      } else {
        let tail = first.get(r.key);
        if (tail === undefined) first.set(r.key, r);
        else {
          while (tail.nextAtName !== undefined) tail = tail.nextAtName;
          tail.nextAtName = r;
        }
      }
      prev = r;
      if (r.typeCode === 2 && r.key !== apex) this.delegations.add(r.key);
    }
  }

  /** Keys of all names with records. */
  names(): IterableIterator<string> {
    return this.first.keys();
  }

  /** All records at a name, in file order. */
  at(key: string): ZoneRecord[] {
    const out: ZoneRecord[] = [];
    for (let r = this.first.get(key); r !== undefined; r = r.nextAtName) out.push(r);
    return out;
  }

  /** Records of one type at a name (type mnemonic, e.g. 'MX'). */
  get(key: string, type: string): ZoneRecord[] {
    const out: ZoneRecord[] = [];
    for (let r = this.first.get(key); r !== undefined; r = r.nextAtName) if (r.type === type) out.push(r);
    return out;
  }

  has(key: string, type: string): boolean {
    for (let r = this.first.get(key); r !== undefined; r = r.nextAtName) if (r.type === type) return true;
    return false;
  }

  /** True when the name has any record. */
  exists(key: string): boolean {
    return this.first.has(key);
  }

  /** True when the name has A or AAAA records. */
  hasAddress(key: string): boolean {
    for (let r = this.first.get(key); r !== undefined; r = r.nextAtName) if (r.typeCode === 1 || r.typeCode === 28) return true;
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
    if (this.delegations.has(key)) return key;
    for (const a of this.ancestors(key)) if (this.delegations.has(a)) return a;
    return undefined;
  }
}
