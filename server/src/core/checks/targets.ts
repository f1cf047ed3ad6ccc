/**
 * Shared by the target checks (not a check itself): the name a record points at (NS, MX, SRV),
 * and what the zone holds there.
 */
import type { ZoneModel } from '../model';
import type { Check } from './api';
import type { Severity } from '../types';
import { isIPv4, isIPv6 } from '../rdata/util';
import type { ZoneRecord } from '../parser';
import type { MxRdata, NameRdata, NameRef, SrvRdata } from '../rdata/api';
import { nameExists } from './near-names';

/** Type numbers: NS 2, MX 15, SRV 33. */
export const TARGET_TYPES = [2, 15, 33] as const;

/** The target name of an NS, MX or SRV record, or undefined (unreadable rdata, null MX `.`). */
export function targetOf(r: ZoneRecord): NameRef | undefined {
  const rd = r.rdata;
  if (!rd) return undefined;
  const t = r.typeCode === 2 ? (rd as NameRdata).target : r.typeCode === 15 ? (rd as MxRdata).exchange : (rd as SrvRdata).target;
  return t === undefined || t.key === '.' ? undefined : t;
}

/** The range of a record's target field. */
/**
 * For a singleton type with one target name (CNAME, DNAME): calls `cb` for each record at a name
 * that points elsewhere than the first record of that type there (an identical repeat is
 * duplicate-record's). Each name is visited once; names with one record are skipped unread.
 */
export function forEachSecondTarget(model: ZoneModel, typeCode: number, type: string, cb: (r: ZoneRecord, target: NameRef, first: NameRef) => void): void {
  const seen = new Uint8Array(model.nameCount);
  const records = model.ofType(typeCode);
  const indices = model.indicesOfType(typeCode);
  for (let k = 0; k < records.length; k++) {
    const n = model.nameAt(indices[k]); // the record's own name: no lookup
    if (seen[n] === 1) continue;
    seen[n] = 1;
    if (model.nextRecord(model.nameFirstRecord(n)) < 0) continue; // the only record at its name
    const r = records[k];
    const all = model.get(r.key, type, r.hash);
    if (all.length < 2) continue;
    const first = (all[0].rdata as NameRdata | undefined)?.target;
    for (const o of all.slice(1)) {
      const t = (o.rdata as NameRdata | undefined)?.target;
      if (!t || !first || t.key === first.key) continue;
      cb(o, t, first);
    }
  }
}

export function targetRange(r: ZoneRecord, t: NameRef): { file: string; start: number; end: number } {
  return { file: r.file, start: t.start, end: t.end };
}

/**
 * The targets of one type's records with what the zone holds at each (`targetsOf`), as parallel
 * arrays (a million-record zone has some 300k targets: no object each). Entry `k` is
 * `records[k]`'s target `targets[k]`; records without a target are left out.
 */
export interface Targets {
  readonly length: number;
  readonly records: readonly ZoneRecord[];
  readonly targets: readonly NameRef[];
  /** Per entry: EXISTS when the target has records, HAS_ADDRESS when it has A/AAAA records. */
  readonly flags: Uint8Array;
  /** Per entry: the target's first CNAME record, or undefined. */
  readonly cnames: readonly (ZoneRecord | undefined)[];
}

/** `Targets.flags` bits. */
export const EXISTS = 1, HAS_ADDRESS = 2;

const cache = new WeakMap<ZoneModel, Map<number, Targets>>();
const refCache = new WeakMap<ZoneModel, Map<number, (NameRef | undefined)[]>>();

/** Drop the target lookups of an analysis (called once its checks have run). */
export function forgetTargets(model: ZoneModel): void {
  cache.delete(model);
  refCache.delete(model);
}

/**
 * The target name of each record of `model.ofType(typeCode)`, in the same order: `targetOf` for NS
 * (2), MX (15) and SRV (33), the rdata's `target` for other types (CNAME, PTR, DNAME). Read once
 * per analysis and shared by the target checks: reaching a target goes through the record and its
 * rdata, two cache misses each on a large zone, which one tight loop overlaps and the checks'
 * loops (several per zone) then skip.
 */
export function targetRefs(model: ZoneModel, typeCode: number): readonly (NameRef | undefined)[] {
  let byType = refCache.get(model);
  if (byType === undefined) refCache.set(model, (byType = new Map()));
  let refs = byType.get(typeCode);
  if (refs === undefined) {
    const records = model.ofType(typeCode);
    const n = records.length;
    refs = new Array<NameRef | undefined>(n);
    if (typeCode === 2 || typeCode === 15 || typeCode === 33) {
      for (let i = 0; i < n; i++) refs[i] = targetOf(records[i]);
    } else {
      for (let i = 0; i < n; i++) refs[i] = (records[i].rdata as { target?: NameRef } | undefined)?.target;
    }
    byType.set(typeCode, refs);
  }
  return refs;
}

/**
 * The targets of the NS (2), MX (15) or SRV (33) records with what the zone holds at each, looked
 * up once per analysis and shared by the target checks.
 */
export function targetsOf(model: ZoneModel, typeCode: number): Targets {
  let byType = cache.get(model);
  if (byType === undefined) cache.set(model, (byType = new Map()));
  let found = byType.get(typeCode);
  if (found === undefined) {
    // Two passes, for the memory: reading all targets first, then looking them up with the
    // name index's entries touched a batch ahead, lets the CPU overlap the cache misses.
    const all = model.ofType(typeCode);
    const n = all.length;
    const refs = targetRefs(model, typeCode);
    const records: ZoneRecord[] = [];
    const targets: NameRef[] = [];
    const flags = new Uint8Array(n);
    const cnames: (ZoneRecord | undefined)[] = [];
    for (let i = 0; i < n; i++) {
      if ((i & 31) === 0) model.touchNames(refs, i, Math.min(n, i + 32));
      const target = refs[i];
      if (target === undefined) continue;
      const p = model.probe(target.key, target.hash);
      flags[records.length] = (p.exists ? EXISTS : 0) | (p.hasAddress ? HAS_ADDRESS : 0);
      cnames.push(p.cname);
      records.push(all[i]);
      targets.push(target);
    }
    found = { length: records.length, records, targets, flags: flags.subarray(0, records.length), cnames };
    byType.set(typeCode, found);
  }
  return found;
}

/**
 * The owner of a DNAME strictly above `key` (RFC 6672: names below it are rewritten, so the zone's
 * data there is occluded), or undefined. Free for zones without DNAME records.
 */
export function dnameAbove(model: ZoneModel, key: string): string | undefined {
  if (model.ofType(39).length === 0) return undefined;
  // A DNAME at a delegation point is the child's data, not this zone's (the NS records win there).
  for (const a of model.ancestors(key)) if (model.has(a, 'DNAME') && !model.delegations.has(a)) return a;
  return undefined;
}

/**
 * The wildcard that answers for `key`, a name of the zone that does not exist (RFC 4592 §3.3.1):
 * `*.<closest encloser>` when the zone has it, else undefined. The closest encloser is the nearest
 * ancestor that exists — with records, or with names below it (an empty non-terminal). A name that
 * exists itself, empty non-terminals included, gets no wildcard.
 */
export function closestWildcard(model: ZoneModel, key: string): string | undefined {
  if (!model.mayHaveWildcards || !model.inZone(key) || nameExists(model, key)) return undefined;
  for (const a of model.ancestors(key)) {
    const w = `*.${a}`;
    if (model.exists(w)) return w;
    if (nameExists(model, a)) return undefined; // the closest encloser: only its wildcard applies
  }
  return undefined;
}

/**
 * The CNAME a name that does not exist gets from the wildcard at its closest encloser (RFC 4592
 * §3.3.1), or undefined. Only called for targets that do not exist (rare).
 */
export function wildcardCname(model: ZoneModel, key: string): ZoneRecord | undefined {
  const w = closestWildcard(model, key);
  return w === undefined ? undefined : model.first(w, 'CNAME');
}

/**
 * The three `*-target-is-cname` checks differ only in type and severity: RFC 2181 §10.3, the
 * target must be the canonical name. The message names the end of the CNAME chain (at most 8
 * steps, loops stop it), which `data.canonical` carries for the quick fix.
 */
export function targetIsCname(type: 'MX' | 'NS' | 'SRV', typeCode: number, severity: Severity): Check {
  const code = `${type.toLowerCase()}-target-is-cname`;
  return {
    code,
    doc: `The target of a ${type} record is a CNAME, not a canonical name.`,
    severity,
    run(ctx) {
      const { model } = ctx;
      const found = targetsOf(model, typeCode);
      for (let k = 0; k < found.length; k++) {
        // A name that does not exist can still be an alias: through a wildcard CNAME (RFC 4592), as BIND finds.
        const own = found.cnames[k];
        const cname = own ?? ((found.flags[k] & EXISTS) !== 0 ? undefined : wildcardCname(model, found.targets[k].key));
        if (!cname) continue;
        const r = found.records[k], t = found.targets[k];
        let end = (cname.rdata as NameRdata | undefined)?.target;
        for (let i = 0; i < 8 && end; i++) {
          const nt = (model.first(end.key, 'CNAME', end.hash)?.rdata as NameRdata | undefined)?.target;
          if (!nt) break;
          end = nt;
        }
        ctx.report({
          code,
          message: `${type} target ${t.name} is an alias (${own ? '' : `through the wildcard ${cname.owner}: `}CNAME${end ? ` for ${end.name}` : ''}); ${type} must point at the canonical name (RFC 2181 §10.3)`,
          ...targetRange(r, t),
          data: end ? { canonical: end.name } : undefined,
        });
      }
    },
  };
}

/**
 * The address a target was written as, if it was: `192.0.2.1` or `2001:db8::1` written relative
 * (completed with the origin), or `192.0.2.1.` written absolute.
 */
export function addressWritten(t: NameRef): string | undefined {
  const name = t.name;
  // Read for every NS/MX target: an IPv4 address starts with a digit, an IPv6 one has a ':' in the
  // first label; the others (nearly all) are told by a character or two.
  const c = name.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const m = /^([0-9]{1,3}(?:\.[0-9]{1,3}){3})\.(.*)$/.exec(name);
    if (m && (t.relative || m[2] === '') && isIPv4(m[1], 0, m[1].length)) return m[1];
  }
  if (t.relative) {
    const dot = name.indexOf('.');
    const colon = name.indexOf(':');
    if (colon >= 0 && colon < dot) {
      const first = name.slice(0, dot);
      if (isIPv6(first)) return first;
    }
  }
  return undefined;
}

/** The `*-target-is-address` checks: an IPv4 or IPv6 literal where a host name belongs. */
export function targetIsAddress(type: 'MX' | 'NS', typeCode: number): Check {
  const code = `${type.toLowerCase()}-target-is-address`;
  return {
    code,
    doc: `The ${type} target is an IP address, not a host name.`,
    severity: 'warning',
    run(ctx) {
      const records = ctx.model.ofType(typeCode);
      const targets = targetRefs(ctx.model, typeCode);
      for (let i = 0; i < records.length; i++) {
        const r = records[i];
        const t = targets[i];
        const address = t && addressWritten(t);
        if (!t || !address) continue;
        ctx.report({
          code,
          message: `${type} target ${address} is an IP address; ${type} needs a host name (this one reads as the name ${t.name}) — name a host that has this address`,
          ...targetRange(r, t),
        });
      }
    },
  };
}

/** For the last apex seen by meantAbsolute: the apex written twice (`example.com.example.com.`), or '' for a one-label apex. */
let doubledOf = '';
let doubledApex = '';

/** Generic top-level domains: a written name ending in one was very likely meant absolute. */
const TLDS = new Set('com net org edu gov mil int info biz arpa'.split(' '));

/**
 * The name as meant when `key` — a relative name completed with the apex — looks like a complete
 * name whose final dot was forgotten (`missing-trailing-dot`): the written part repeats the apex
 * (for apexes of two labels or more: `rt` in zone `rt.` may be meant), or, for a `target` that does
 * not exist in the zone, it ends in a generic TLD.
 */
export function meantAbsolute(model: ZoneModel, key: string, target: NameRef | undefined): string | undefined {
  const apex = model.apex;
  if (apex !== doubledOf) { // once per zone, not per name
    doubledOf = apex;
    const bare = apex.length - 1;
    doubledApex = apex !== '.' && apex.indexOf('.') < bare ? apex.slice(0, bare) + '.' + apex : '';
  }
  // The written part repeats the apex: one test, the usual answer for owners (no target) being no.
  if (doubledApex !== '' && key.endsWith(doubledApex)) {
    const at = key.length - doubledApex.length;
    if (at === 0 || key.charCodeAt(at - 1) === 46) return `${key.slice(0, key.length - apex.length - 1)}.`;
  }
  if (target === undefined) return undefined;
  const cut = key.length - apex.length - 1; // the dot before the apex
  if (apex === '.' || cut <= 0 || key.charCodeAt(cut) !== 46 || !key.endsWith(apex)) return undefined;
  // A generic TLD as the written part's last label (all of them are 3–4 letters), for a target
  // that does not exist in the zone.
  const lastDot = key.lastIndexOf('.', cut - 1);
  const len = cut - lastDot - 1;
  if (lastDot < 0 || len < 3 || len > 4 || !TLDS.has(key.slice(lastDot + 1, cut))) return undefined;
  if (model.exists(target.key, target.hash)) return undefined;
  return `${key.slice(0, cut)}.`;
}
