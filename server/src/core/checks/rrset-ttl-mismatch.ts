/**
 * `rrset-ttl-mismatch`: records of one RRset (same name, class and type) with different TTLs.
 * RFC 2181 §5.2: all records of an RRset have the same TTL; BIND uses the first one for all
 * ("TTL set to prior TTL"), so the other value is silently ignored. RRSIG records are exempt
 * (their TTL follows the RRset they cover). Data for the quick fix (fixes.ts): the TTL in force
 * (the first record's, the one BIND serves), where the record's TTL and type tokens are, and
 * whether the fix is safe — it is not for $GENERATE records, nor when no $TTL precedes the record
 * in its file (a record without TTL then inherits the previous record's, so changing this one
 * would change later records too).
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { formatTtl } from '../ttl';
import type { Directive, ZoneRecord } from '../parser';

/** A $TTL earlier in the record's file (only computed for the records reported). */
function ttlDirectiveBefore(directives: readonly Directive[], r: ZoneRecord): boolean {
  for (const d of directives) if (d.name === '$TTL' && d.file === r.file && d.start < r.typeStart) return true;
  return false;
}

const served = (ttl: number) => (ttl > 0x7fffffff ? 0 : ttl);

export const rrsetTtlMismatch: Check = {
  code: 'rrset-ttl-mismatch',
  doc: 'Records of one RRset have different TTLs (RFC 2181 §5.2).',
  severity: 'warning',
  run(ctx) {
    ctx.model.forEachMultiRecordSet((set) => {
      const first = set[0];
      if (first.typeCode === 46 || first.typeCode === 24) return; // RRSIG, SIG
      for (const r of set) {
        // A TTL above 2^31-1 is 0 to BIND (and resolvers, RFC 2181 §8; ttl-too-large says so): compare what is served.
        if (served(r.ttl) === served(first.ttl) || r.cls !== first.cls) continue;
        ctx.report({
          code: 'rrset-ttl-mismatch',
          message: `TTL ${formatTtl(r.ttl)} differs from ${formatTtl(first.ttl)} of the first ${r.owner} ${r.type} record; an RRset has one TTL (RFC 2181 §5.2) and BIND uses ${first.ttl} for all`,
          ...ownerRange(r),
          data: { ttl: first.ttl, ownerEnd: r.ownerEnd, typeStart: r.typeStart, fixable: !r.generated && ttlDirectiveBefore(ctx.parse.directives, r) },
        });
      }
    });
  },
};
