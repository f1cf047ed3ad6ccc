/**
 * `multiple-soa`: more than one *different* SOA record at the apex. named-checkzone rejects the
 * zone ("multiple RRs of singleton type"). RFC 1035 §5.2. An identical repeat (AXFR output ends
 * with the opening SOA) is one record to BIND and is not reported.
 */
import type { Check } from './api';
import type { SoaRdata } from '../rdata/api';

function sameSoa(a: SoaRdata, b: SoaRdata): boolean {
  return a.mname?.key === b.mname?.key && a.rname?.key === b.rname?.key && a.serial === b.serial &&
    a.refresh === b.refresh && a.retry === b.retry && a.expire === b.expire && a.minimum === b.minimum;
}

export const multipleSoa: Check = {
  code: 'multiple-soa',
  doc: 'More than one different SOA record at the apex.',
  severity: 'error',
  run(ctx) {
    const soas = ctx.model.get(ctx.model.apex, 'SOA').filter((r) => r.rdata !== undefined);
    const first = soas[0];
    for (const r of soas.slice(1)) {
      if (sameSoa(first.rdata as SoaRdata, r.rdata as SoaRdata)) continue;
      ctx.report({
        code: 'multiple-soa',
        message: `a second, different SOA record for ${ctx.model.apex}; a zone has exactly one`,
        file: r.file, start: r.typeStart, end: r.typeEnd,
      });
    }
  },
};
