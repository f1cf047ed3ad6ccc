/**
 * `duplicate-record`: the same record twice — same owner, class, type and data, compared as data
 * (names case-insensitively, IPv6 as addresses, text decoded; the TTL does not count). DNS has
 * sets, not lists: BIND keeps one and drops the other silently, so the line is dead weight that
 * hides the intent (often a copy-paste where one field was meant to change).
 * Data for the quick fix: the first occurrence.
 */
import type { Check } from './api';
import { ownerRange, recordLines } from './api';
import { rdataFingerprint } from '../baseline';
import type { ZoneRecord } from '../parser';
import type { NameRef } from '../rdata/api';

/** The typed fields of RRSIG/SIG rdata (rdata/dnssec.ts). */
interface SigRdata { typeCovered?: string; algorithm?: number; keyTag?: number; inception?: number; expiration?: number; signer?: NameRef }

/**
 * True when the set is RRSIG/SIG records whose typed fields (type covered, algorithm, key tag,
 * inception, expiration, signer) already tell them all apart: then no two can be duplicates, and
 * the costly fingerprint of their written text (the signature is kept only as text) is skipped.
 */
function allDistinctSignatures(set: ZoneRecord[]): boolean {
  const code = set[0].typeCode;
  if (code !== 46 && code !== 24) return false;
  const keys = new Set<string>();
  for (const r of set) {
    const rd = r.rdata as SigRdata | undefined;
    if (rd === undefined || rd.typeCovered === undefined || rd.signer === undefined) return false;
    keys.add(`${rd.typeCovered}/${rd.algorithm}/${rd.keyTag}/${rd.inception}/${rd.expiration}/${rd.signer.key}`);
  }
  return keys.size === set.length;
}

export const duplicateRecord: Check = {
  code: 'duplicate-record',
  doc: 'The same record (owner, class, type, data) appears twice.',
  severity: 'warning',
  run(ctx) {
    const report = (r: ZoneRecord, first: ZoneRecord) => ctx.report({
      code: 'duplicate-record',
      message: `duplicate: ${r.owner} already has this ${r.type} record earlier in the zone; DNS keeps one copy, so this line changes nothing`,
      ...ownerRange(r),
      data: { first: { file: first.file, start: first.ownerStart, end: first.rdataEnd }, ...recordLines(r) },
    });
    ctx.model.forEachMultiRecordSet((set) => {
      if (set[0].typeCode === 6) return; // a repeated SOA is multiple-soa's (an identical one is AXFR style)
      if (allDistinctSignatures(set)) return; // signed zones: no need to re-read every signature's text
      if (set.length === 2) {
        // Most sets are pairs (two NS, two MX): compare directly, no map.
        const [a, b] = set;
        if (a.cls !== b.cls) return;
        const fa = rdataFingerprint(a, ctx.rdataText);
        if (fa !== undefined && fa === rdataFingerprint(b, ctx.rdataText)) report(b, a);
        return;
      }
      const seen = new Map<string, ZoneRecord>();
      for (const r of set) {
        const f = rdataFingerprint(r, ctx.rdataText);
        if (f === undefined) continue;
        const key = `${r.cls} ${f}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, r);
        else report(r, first);
      }
    });
  },
};
