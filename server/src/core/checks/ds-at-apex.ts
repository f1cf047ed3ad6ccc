/**
 * `ds-at-apex`: a DS record at the zone's apex. A DS is the parent's record of a child's key: it
 * lives on the parent side of a delegation (RFC 4034 §5, RFC 4035 §2.4), never at the apex of the
 * zone it describes. BIND rejects the zone ("DS record at top of zone"). Usually the child's DS was
 * pasted into the child zone instead of being sent to the parent (CDS is the record for that).
 */
import type { Check } from './api';
import { ownerRange, recordLines } from './api';

export const dsAtApex: Check = {
  code: 'ds-at-apex',
  doc: "A DS record at the zone apex: DS records belong in the parent zone.",
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    for (const r of model.get(model.apex, 'DS')) {
      ctx.report({
        code: 'ds-at-apex',
        message: `DS record at the zone apex ${model.apex}: a DS belongs in the parent zone, at the delegation (RFC 4034 §5); to ask the parent for it, publish a CDS (RFC 7344). BIND rejects the zone ("DS record at top of zone")`,
        ...ownerRange(r),
        // For the quick fix (fixes.ts): delete the record's lines.
        data: recordLines(r),
      });
    }
  },
};
