/**
 * `multiple-dname`: two different DNAME records at one name. A DNAME redirects a whole subtree to
 * one other name (RFC 6672 §2.4: "there MUST NOT be more than one DNAME RR per owner"); BIND rejects
 * the zone ("multiple RRs of singleton type"). An identical repeat is left to `duplicate-record`.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import type { NameRdata } from '../rdata/api';

export const multipleDname: Check = {
  code: 'multiple-dname',
  doc: 'More than one different DNAME at a name.',
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    const done = new Set<string>();
    for (const r of model.ofType(39)) {
      if (done.has(r.key)) continue;
      done.add(r.key);
      const all = model.get(r.key, 'DNAME', r.hash);
      const first = (all[0].rdata as NameRdata | undefined)?.target;
      for (const o of all.slice(1)) {
        const t = (o.rdata as NameRdata | undefined)?.target;
        if (!t || !first || t.key === first.key) continue;
        ctx.report({
          code: 'multiple-dname',
          message: `a second DNAME at ${o.owner} (to ${t.name}; the first redirects to ${first.name}): a name can redirect its subtree to one name only (RFC 6672 §2.4); BIND rejects the zone ("multiple RRs of singleton type")`,
          ...ownerRange(o),
        });
      }
    }
  },
};
