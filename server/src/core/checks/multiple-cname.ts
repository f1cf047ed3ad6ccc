/**
 * `multiple-cname`: two different CNAME records at one name. A name is an alias for exactly one
 * canonical name (RFC 2181 §10.1); BIND rejects the zone ("multiple RRs of singleton type"). An
 * identical repeat is one record to BIND and is left to `duplicate-record`.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { forEachSecondTarget } from './targets';

export const multipleCname: Check = {
  code: 'multiple-cname',
  doc: 'More than one different CNAME at a name.',
  severity: 'error',
  run(ctx) {
    forEachSecondTarget(ctx.model, 5, 'CNAME', (o, t, first) => ctx.report({
      code: 'multiple-cname',
      message: `a second CNAME at ${o.owner} (to ${t.name}; the first points to ${first.name}); a name is an alias for one name only`,
      ...ownerRange(o),
    }));
  },
};
