/**
 * `multiple-dname`: two different DNAME records at one name. A DNAME redirects a whole subtree to
 * one other name (RFC 6672 §2.4: "there MUST NOT be more than one DNAME RR per owner"); BIND rejects
 * the zone ("multiple RRs of singleton type"). An identical repeat is left to `duplicate-record`.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { forEachSecondTarget } from './targets';

export const multipleDname: Check = {
  code: 'multiple-dname',
  doc: 'More than one different DNAME at a name.',
  severity: 'error',
  run(ctx) {
    forEachSecondTarget(ctx.model, 39, 'DNAME', (o, t, first) => ctx.report({
      code: 'multiple-dname',
      message: `a second DNAME at ${o.owner} (to ${t.name}; the first redirects to ${first.name}): a name can redirect its subtree to one name only (RFC 6672 §2.4); BIND rejects the zone ("multiple RRs of singleton type")`,
      ...ownerRange(o),
    }));
  },
};
