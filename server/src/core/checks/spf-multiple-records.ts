/**
 * `spf-multiple-records`: more than one TXT record starting `v=spf1` at one name. RFC 7208
 * §3.2: the check then ends in permerror, so none of the policies applies.
 */
import type { Check } from './api';
import { spfRecords } from '../mail/spf';
import type { ZoneRecord } from '../parser';

export const spfMultipleRecords: Check = {
  code: 'spf-multiple-records',
  doc: 'Two or more SPF records (v=spf1 TXT) at one name: a permerror (RFC 7208 §3.2).',
  severity: 'warning',
  run(ctx) {
    const spfs = spfRecords(ctx.model);
    // Names with a second SPF record are rare: find the owner hashes seen twice first (a set of
    // numbers), and group by name only the records with those.
    const seen = new Set<number>();
    let repeated: Set<number> | undefined;
    for (const { record: r } of spfs) {
      if (r.typeCode !== 16) continue;
      if (seen.has(r.hash)) (repeated ??= new Set()).add(r.hash);
      else seen.add(r.hash);
    }
    if (repeated === undefined) return;
    const byName = new Map<string, ZoneRecord[]>();
    for (const { record: r } of spfs) {
      if (r.typeCode !== 16 || !repeated.has(r.hash)) continue;
      const list = byName.get(r.key);
      if (list) list.push(r); else byName.set(r.key, [r]);
    }
    for (const list of byName.values()) {
      for (const r of list.slice(1)) {
        ctx.report({
          code: 'spf-multiple-records',
          message: `a second SPF record for ${r.owner}: with more than one v=spf1 TXT record receivers return permerror and apply no policy (RFC 7208 §3.2) — merge them into one`,
          file: r.file, start: r.rdataStart, end: r.rdataEnd,
        });
      }
    }
  },
};
