/**
 * `soa-not-at-apex`: an SOA record whose owner is not the zone's apex. BIND rejects it
 * ("SOA record not at top of zone").
 */
import type { Check } from './api';
import { ownerRange } from './api';

export const soaNotAtApex: Check = {
  code: 'soa-not-at-apex',
  doc: 'An SOA record whose owner is not the zone apex.',
  severity: 'error',
  run(ctx) {
    for (const r of ctx.model.ofType(6)) {
      if (r.key === ctx.model.apex) continue;
      ctx.report({
        code: 'soa-not-at-apex',
        message: `SOA record at ${r.owner}, not at the zone apex ${ctx.model.apex}`,
        ...ownerRange(r),
      });
    }
  },
};
