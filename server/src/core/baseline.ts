/**
 * Comparing a zone with a baseline (the file at git HEAD, or as it was opened): which records were
 * added or removed, and whether the SOA serial moved on accordingly (`stale-serial`,
 * `serial-decreased`).
 *
 * Records are compared as data — owner, TTL, class, type and rdata in a canonical form — so
 * comments, white space, record order, relative vs absolute names and the serial itself do not count.
 * Records of `$INCLUDE`d files are part of the zone.
 */
import type { ZoneRecord } from './parser';
import type { NameRef, SoaRdata } from './rdata/api';
import type { Diagnostic } from './types';
import { canonicalIPv6 } from './rdata/util';
import { serialCompare } from './serial';
import { Lexer } from './lexer';

const SKIP = new Set(['start', 'end', 'serialStart', 'serialEnd', 'relative', 'hash', 'serial']);

function isNameRef(v: unknown): v is NameRef {
  return typeof v === 'object' && v !== null && typeof (v as NameRef).key === 'string' && typeof (v as NameRef).start === 'number';
}

function canonicalValue(v: unknown): string {
  if (isNameRef(v)) return v.key;
  if (Array.isArray(v)) return `[${v.map(canonicalValue).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => !SKIP.has(k)).sort().map((k) => `${k}=${canonicalValue(o[k])}`).join(';')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

/**
 * The record as data (common types spelled out for speed, the rest through their typed value).
 * `rdataText` gives the record's rdata as written, for rdata Zonemail keeps no
 * typed value of (types without a parser of their own, the `\#` form, unreadable rdata).
 */
export function recordFingerprint(r: ZoneRecord, rdataText: (r: ZoneRecord) => string): string {
  return `${r.key} ${r.ttl} ${r.cls} ${r.type} ${rdataFingerprint(r, rdataText)}`;
}

/**
 * The rdata as data. Types whose typed value holds all of their data are compared by it (names by
 * canonical key, IPv6 canonical, text decoded); every other type by its written rdata, re-tokenised
 * so that layout, parentheses and comments do not count — their typed values keep only what the
 * checks need (key lengths, not keys). Without `rdataText` those give undefined (not comparable).
 */
export function rdataFingerprint(r: ZoneRecord, rdataText?: (r: ZoneRecord) => string): string | undefined {
  const rd = r.rdata as Record<string, unknown> | undefined;
  if (rd !== undefined && rd.unchecked !== true && rd.generic !== true) {
    switch (r.typeCode) {
      case 1: return rd.address as string;
      case 28: return canonicalIPv6(rd.address as string) ?? (rd.address as string);
      case 2: case 5: case 12: case 39: return (rd.target as NameRef).key; // NS, CNAME, PTR, DNAME
      case 15: return `${rd.preference as number} ${(rd.exchange as NameRef).key}`;
      case 16: case 99: return JSON.stringify(rd.strings); // TXT, SPF
      case 33: return `${rd.priority as number} ${rd.weight as number} ${rd.port as number} ${(rd.target as NameRef).key}`;
      case 6: return canonicalValue(rd); // SOA: names, timers (not the serial)
    }
  }
  if (rdataText === undefined) return undefined;
  return `text:${tokensOf(rdataText(r))}`;
}

/**
 * True when `rdataFingerprint(a) === rdataFingerprint(b)` and neither is undefined — the two records
 * hold the same data. For the common types whose typed value holds all their data (names, MX, SRV,
 * TXT) the fields are compared directly, without building the fingerprint strings.
 */
export function sameRdata(a: ZoneRecord, b: ZoneRecord, rdataText?: (r: ZoneRecord) => string): boolean {
  const code = a.typeCode;
  if (code === b.typeCode && (code === 2 || code === 5 || code === 12 || code === 39 || code === 15 || code === 33 || code === 16 || code === 99)) {
    const ra = a.rdata as Record<string, unknown> | undefined;
    const rb = b.rdata as Record<string, unknown> | undefined;
    if (ra !== undefined && ra.unchecked !== true && ra.generic !== true && rb !== undefined && rb.unchecked !== true && rb.generic !== true) {
      switch (code) {
        case 15: return sameValue(ra.preference, rb.preference) && (ra.exchange as NameRef).key === (rb.exchange as NameRef).key;
        case 33: return sameValue(ra.priority, rb.priority) && sameValue(ra.weight, rb.weight) && sameValue(ra.port, rb.port) &&
          (ra.target as NameRef).key === (rb.target as NameRef).key;
        case 16: case 99:
          if (Array.isArray(ra.strings) && Array.isArray(rb.strings)) return sameStrings(ra.strings, rb.strings);
          break;
        default: return (ra.target as NameRef).key === (rb.target as NameRef).key; // NS, CNAME, PTR, DNAME
      }
    }
  }
  const fa = rdataFingerprint(a, rdataText);
  return fa !== undefined && fa === rdataFingerprint(b, rdataText);
}

/** Equal as a template string shows them (`${x}`): numbers by value, NaN equal to NaN. */
export function sameValue(x: unknown, y: unknown): boolean {
  return x === y || (typeof x === 'number' && typeof y === 'number' && x !== x && y !== y);
}

/** Equal as `JSON.stringify` shows two arrays of strings. */
function sameStrings(x: unknown[], y: unknown[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The tokens of written rdata, joined by one space (parentheses, comments and line breaks dropped). */
function tokensOf(text: string): string {
  const lexer = new Lexer(text, () => undefined);
  const parts: string[] = [];
  for (let e = lexer.next(); e !== undefined; e = lexer.next()) {
    for (const t of e.tokens) parts.push(t.quoted ? JSON.stringify(t.text) : t.text);
  }
  return parts.join(' ');
}

export interface ZoneDiff {
  added: number;
  removed: number;
  /** A few examples of each, for messages: owner and type. */
  examples: string[];
  /**
   * $INCLUDEd files (not the zone file) with changes: the range of the first added record there,
   * or undefined when only removals happened in it (then the file's start).
   */
  changedIncludes: Map<string, { start: number; end: number } | undefined>;
}

/** A baseline's records as data, ready to compare with (built once, reused while the baseline is the same). */
export interface PreparedBaseline {
  counts: Map<string, number>;
  /** The file of each fingerprint read from an $INCLUDEd file (zone-file records are not listed). */
  includeFileOf: Map<string, string>;
  total: number;
  /** The baseline's apex SOA serial, if it had one. */
  serial: number | undefined;
}

export function prepareBaseline(records: readonly ZoneRecord[], rdataText: (r: ZoneRecord) => string, apex: string, zoneFile: string): PreparedBaseline {
  const counts = new Map<string, number>();
  const includeFileOf = new Map<string, string>();
  let serial: number | undefined;
  for (const r of records) {
    const f = recordFingerprint(r, rdataText);
    counts.set(f, (counts.get(f) ?? 0) + 1);
    if (r.file !== zoneFile) includeFileOf.set(f, r.file);
    if (serial === undefined && r.typeCode === 6 && r.key === apex) serial = (r.rdata as SoaRdata | undefined)?.serial;
  }
  return { counts, includeFileOf, total: records.length, serial };
}

/** Multiset difference between a prepared baseline and the current records (the baseline is not changed). */
export function diffWithBaseline(base: PreparedBaseline, current: readonly ZoneRecord[], rdataText: (r: ZoneRecord) => string, zoneFile: string): ZoneDiff {
  const used = new Map<string, number>();
  let added = 0, matched = 0;
  const examples: string[] = [];
  const changedIncludes = new Map<string, { start: number; end: number } | undefined>();
  for (const r of current) {
    const f = recordFingerprint(r, rdataText);
    const have = base.counts.get(f) ?? 0;
    const u = used.get(f) ?? 0;
    if (u < have) {
      used.set(f, u + 1);
      matched++;
    } else {
      added++;
      if (examples.length < 3) examples.push(`+${r.owner} ${r.type}`);
      if (r.file !== zoneFile && changedIncludes.get(r.file) === undefined) {
        changedIncludes.set(r.file, r.ownerEnd > r.ownerStart ? { start: r.ownerStart, end: r.ownerEnd } : { start: r.typeStart, end: r.typeEnd });
      }
    }
  }
  const removed = base.total - matched;
  if (removed > 0 && base.includeFileOf.size > 0) {
    // Which included files lost records: their fingerprints used fewer times than the baseline had.
    for (const [f, file] of base.includeFileOf) {
      if (changedIncludes.has(file)) continue;
      if ((used.get(f) ?? 0) < (base.counts.get(f) ?? 0)) changedIncludes.set(file, undefined);
    }
  }
  return { added, removed, examples, changedIncludes };
}

export interface BaselineComparison {
  /** Where the baseline comes from, for messages: "HEAD 1a2b3c4", "the file as opened". */
  label: string;
  /** The baseline's apex SOA serial, if it had one. */
  serial: number | undefined;
  diff: ZoneDiff;
}

/**
 * Diagnostics on the current SOA serial: `serial-decreased` when it is below the baseline's
 * (RFC 1982), `stale-serial` when records changed and the serial is not above the baseline's.
 */
export function serialDiagnostics(soa: ZoneRecord | undefined, cmp: BaselineComparison): Diagnostic[] {
  const rd = soa?.rdata as SoaRdata | undefined;
  if (!soa || !rd || cmp.serial === undefined) return [];
  const order = serialCompare(rd.serial, cmp.serial);
  const at = { file: soa.file, start: rd.serialStart, end: rd.serialEnd };
  if (order === -1 || order === undefined) {
    return [{
      code: 'serial-decreased', severity: 'error', ...at,
      message: `serial ${rd.serial} is ${order === undefined ? 'exactly 2^31 away from' : 'lower than'} ${cmp.serial} in ${cmp.label} (RFC 1982): secondaries will ignore this zone until the serial is above it`,
      data: { baseline: cmp.serial },
    }];
  }
  const { added, removed } = cmp.diff;
  if (order === 0 && added + removed > 0) {
    const what = [added ? `${added} record${added === 1 ? '' : 's'} added` : '', removed ? `${removed} removed` : ''].filter(Boolean).join(', ');
    const out: Diagnostic[] = [{
      code: 'stale-serial', severity: 'warning', ...at,
      message: `${what} since ${cmp.label}; serial is still ${rd.serial} — bump it or the secondaries keep the old zone`,
      data: { baseline: cmp.serial },
    }];
    // In each changed $INCLUDEd file, point at the zone whose serial needs the bump.
    for (const [file, range] of cmp.diff.changedIncludes) {
      if (file === soa.file) continue;
      out.push({
        code: 'stale-serial', severity: 'warning', file, start: range?.start ?? 0, end: range?.end ?? 0,
        message: `this file changed since ${cmp.label} and is part of zone ${soa.owner} (${soa.file}), whose SOA serial is still ${rd.serial}: bump it there`,
        data: { baseline: cmp.serial, zoneFile: soa.file },
      });
    }
    return out;
  }
  return [];
}
