/**
 * `out-of-zone`: a record whose owner is not at or below the zone apex. BIND ignores such
 * records with a warning ("ignoring out-of-zone data"); usually a missing trailing dot or a
 * wrong $ORIGIN.
 */
import type { Check } from './api';
import { ownerRange } from './api';

export const outOfZone: Check = {
  code: 'out-of-zone',
  doc: 'A record whose owner lies outside the zone; BIND ignores it.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    // The model holds the in-zone records: when it holds them all, there is nothing to report.
    if (model.records.length === ctx.parse.records.length) return;
    for (const r of ctx.parse.records) {
      if (model.inZone(r.key)) continue;
      ctx.report({
        code: 'out-of-zone',
        message: `${r.owner} is outside the zone ${model.apex}; BIND ignores this ${r.type} record`,
        ...ownerRange(r),
      });
    }
  },
};
