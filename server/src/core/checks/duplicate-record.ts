/**
 * `duplicate-record`: the same record twice — same owner, class, type and data, compared as data
 * (names case-insensitively, IPv6 as addresses, text decoded; the TTL does not count). DNS has
 * sets, not lists: BIND keeps one and drops the other silently, so the line is dead weight that
 * hides the intent (often a copy-paste where one field was meant to change).
 * Data for the quick fix: the first occurrence.
 */
import type { Check } from './api';
import { ownerRange, recordLines } from './api';
import { rdataFingerprint, sameRdata, sameValue as same } from '../baseline';
import type { ZoneRecord } from '../parser';
import type { NameRef } from '../rdata/api';

/** Sets up to this size are compared pair by pair (no fingerprint strings); larger ones through a map. */
const PAIRWISE = 8;

/** The typed fields of RRSIG/SIG rdata (rdata/dnssec.ts). */
interface SigRdata { typeCovered?: string; algorithm?: number; keyTag?: number; inception?: number; expiration?: number; signer?: NameRef }

/**
 * True when the set is RRSIG/SIG records whose typed fields (type covered, algorithm, key tag,
 * inception, expiration, signer) already tell them all apart: then the set is not looked at (no
 * fingerprint of each signature's written text, the signature being kept only as text). Decided
 * for the whole set: the text comparison that follows otherwise reads records without their
 * context (a relative signer under another $ORIGIN, a $GENERATE template), so a pair with
 * different typed fields can still compare equal there.
 */
function allDistinctSignatures(set: ZoneRecord[]): boolean {
  const code = set[0].typeCode;
  if (code !== 46 && code !== 24) return false;
  if (set.length <= PAIRWISE) {
    // Small sets (most: two or three signatures at a name) pair by pair, without key strings.
    const sigs: SigRdata[] = [];
    for (const r of set) {
      const rd = r.rdata as SigRdata | undefined;
      if (rd === undefined || rd.typeCovered === undefined || rd.signer === undefined) return false;
      for (const o of sigs) {
        if (o.typeCovered === rd.typeCovered && same(o.algorithm, rd.algorithm) && same(o.keyTag, rd.keyTag) &&
          same(o.inception, rd.inception) && same(o.expiration, rd.expiration) && o.signer!.key === rd.signer.key) return false;
      }
      sigs.push(rd);
    }
    return true;
  }
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
      if (set.length <= PAIRWISE) {
        // Most sets are pairs (two NS, two SRV): compare the data directly. Each record is reported
        // against the first earlier record equal to it, as the map below does.
        for (let j = 1; j < set.length; j++) {
          const b = set[j];
          for (let i = 0; i < j; i++) {
            const a = set[i];
            if (a.cls !== b.cls) continue;
            if (sameRdata(a, b, ctx.rdataText)) { report(b, a); break; }
          }
        }
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
