/**
 * `cname-at-apex`: a CNAME at the zone apex, where the SOA and NS records must be. An alias can
 * have no other data (RFC 1034 §3.6.2), so the zone cannot have both; BIND rejects it ("CNAME and
 * other data"). Use A/AAAA records (or your provider's ALIAS/flattening) at the apex instead.
 */
import type { Check } from './api';
import { ownerRange } from './api';

export const cnameAtApex: Check = {
  code: 'cname-at-apex',
  doc: 'A CNAME at the zone apex, beside the SOA and NS records.',
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    for (const r of model.get(model.apex, 'CNAME')) {
      ctx.report({
        code: 'cname-at-apex',
        message: `CNAME at the zone apex ${model.apex}: the apex holds the SOA and NS records, and an alias can have no other data — use A/AAAA records instead`,
        ...ownerRange(r),
      });
    }
  },
};
