/**
 * `multiple-cname`: two different CNAME records at one name. A name is an alias for exactly one
 * canonical name (RFC 2181 §10.1); BIND rejects the zone ("multiple RRs of singleton type"). An
 * identical repeat is one record to BIND and is left to `duplicate-record`.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import type { NameRdata } from '../rdata/api';

export const multipleCname: Check = {
  code: 'multiple-cname',
  doc: 'More than one different CNAME at a name.',
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    const seen = new Uint8Array(model.nameCount);
    for (const r of model.ofType(5)) {
      const n = model.nameOf(r.key, r.hash);
      if (n < 0 || seen[n] === 1) continue;
      seen[n] = 1;
      if (model.nextRecord(model.nameFirstRecord(n)) < 0) continue; // the only record at its name
      const all = model.get(r.key, 'CNAME', r.hash);
      if (all.length < 2) continue;
      const first = (all[0].rdata as NameRdata | undefined)?.target;
      for (const o of all.slice(1)) {
        const t = (o.rdata as NameRdata | undefined)?.target;
        if (!t || !first || t.key === first.key) continue;
        ctx.report({
          code: 'multiple-cname',
          message: `a second CNAME at ${o.owner} (to ${t.name}; the first points to ${first.name}); a name is an alias for one name only`,
          ...ownerRange(o),
        });
      }
    }
  },
};
