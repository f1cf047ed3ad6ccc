/**
 * The zone model the checks query: records by owner name and type, the apex, delegation points
 * and names' ancestors. Built once per analysis from the in-zone records.
 */
import type { ZoneRecord } from './parser';
import { isSubdomain, parentName } from './names';

export interface NameNode {
  /** Canonical key of the name. */
  key: string;
  /** Records at this name, in file order. */
  records: ZoneRecord[];
}

export class ZoneModel {
  /** Canonical key of the apex (`example.com.`). */
  readonly apex: string;
  /** Records at or below the apex, in file order. */
  readonly records: ZoneRecord[];
  private readonly nodes = new Map<string, NameNode>();
  /** Keys of delegation points: names below the apex with NS records. */
  readonly delegations = new Set<string>();

  constructor(apex: string, records: ZoneRecord[]) {
    this.apex = apex;
    this.records = records;
    const nodes = this.nodes;
    for (const r of records) {
      let node = nodes.get(r.key);
      if (node === undefined) {
        node = { key: r.key, records: [] };
        nodes.set(r.key, node);
      }
      node.records.push(r);
      if (r.typeCode === 2 && r.key !== apex) this.delegations.add(r.key);
    }
  }

  /** All names with records. */
  names(): IterableIterator<NameNode> {
    return this.nodes.values();
  }

  node(key: string): NameNode | undefined {
    return this.nodes.get(key);
  }

  /** Records of one type at a name (type mnemonic, e.g. 'MX'). */
  get(key: string, type: string): ZoneRecord[] {
    const node = this.nodes.get(key);
    if (node === undefined) return [];
    return node.records.filter((r) => r.type === type);
  }

  has(key: string, type: string): boolean {
    const node = this.nodes.get(key);
    return node !== undefined && node.records.some((r) => r.type === type);
  }

  /** True when the name has A or AAAA records. */
  hasAddress(key: string): boolean {
    const node = this.nodes.get(key);
    return node !== undefined && node.records.some((r) => r.typeCode === 1 || r.typeCode === 28);
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
