/**
 * `multiple-soa`: more than one SOA record at the apex. named-checkzone rejects the zone
 * ("multiple RRs of singleton type"). RFC 1035 §5.2.
 */
import type { Check } from './api';

export const multipleSoa: Check = {
  code: 'multiple-soa',
  doc: 'More than one SOA record at the apex.',
  severity: 'error',
  run(ctx) {
    const soas = ctx.model.get(ctx.model.apex, 'SOA');
    for (const r of soas.slice(1)) {
      ctx.report({
        code: 'multiple-soa',
        message: `a second SOA record for ${ctx.model.apex}; a zone has exactly one`,
        file: r.file, start: r.typeStart, end: r.typeEnd,
      });
    }
  },
};
