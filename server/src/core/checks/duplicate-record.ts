/**
 * `duplicate-record`: the same record twice — same owner, class, type and data, compared as data
 * (names case-insensitively, IPv6 as addresses, text decoded; the TTL does not count). DNS has
 * sets, not lists: BIND keeps one and drops the other silently, so the line is dead weight that
 * hides the intent (often a copy-paste where one field was meant to change).
 * Data for the quick fix: the first occurrence.
 */
import type { Check } from './api';
import { ownerRange, recordLines } from './api';
import { rdataFingerprint, sameRdata } from '../baseline';
import type { ZoneRecord } from '../parser';
import type { NameRef } from '../rdata/api';

/** The typed fields of RRSIG/SIG rdata (rdata/dnssec.ts). */
interface SigRdata { typeCovered?: string; algorithm?: number; keyTag?: number; inception?: number; expiration?: number; signer?: NameRef }

/**
 * True when `a` and `b` are RRSIG/SIG records whose typed fields (type covered, algorithm, key tag,
 * inception, expiration, signer) differ: then they cannot be duplicates, and the costly fingerprint
 * of their written text (the signature is kept only as text) is skipped. False when either lacks them.
 */
function differentSignatures(a: ZoneRecord, b: ZoneRecord): boolean {
  const x = a.rdata as SigRdata | undefined;
  const y = b.rdata as SigRdata | undefined;
  if (x === undefined || y === undefined || x.typeCovered === undefined || x.signer === undefined || y.typeCovered === undefined || y.signer === undefined) return false;
  return x.typeCovered !== y.typeCovered || !same(x.algorithm, y.algorithm) || !same(x.keyTag, y.keyTag) ||
    !same(x.inception, y.inception) || !same(x.expiration, y.expiration) || x.signer.key !== y.signer.key;
}

/** Equal as a template string shows them: numbers by value (NaN equals NaN), undefined equals undefined. */
function same(x: number | undefined, y: number | undefined): boolean {
  return x === y || (x !== x && y !== y);
}

/** Sets up to this size are compared pair by pair (no fingerprint strings); larger ones through a map. */
const PAIRWISE = 8;

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
      const code = set[0].typeCode;
      if (code === 6) return; // a repeated SOA is multiple-soa's (an identical one is AXFR style)
      const signatures = code === 46 || code === 24;
      if (set.length <= PAIRWISE) {
        // Most sets are pairs (two NS, two SRV): compare the data directly. Each record is reported
        // against the first earlier record equal to it, as the map below does.
        for (let j = 1; j < set.length; j++) {
          const b = set[j];
          for (let i = 0; i < j; i++) {
            const a = set[i];
            if (a.cls !== b.cls || (signatures && differentSignatures(a, b))) continue;
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
