/**
 * `missing-glue`: an NS target at or below a delegation point of this zone with no A/AAAA record
 * here. Resolvers cannot reach the child zone's servers without that glue (RFC 1034 §4.2.1).
 * named-checkzone -i local loads such a zone; `-i full` reports "REQUIRED GLUE". A warning.
 * NS records below another delegation are occluded data and not checked (as in BIND).
 */
import type { Check } from './api';
import { HAS_ADDRESS, targetRange, targetsOf } from './targets';

export const missingGlue: Check = {
  code: 'missing-glue',
  doc: 'An NS target below a delegation point has no glue address records.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    if (model.delegations.size === 0) return;
    const found = targetsOf(model, 2);
    for (let k = 0; k < found.length; k++) {
      if ((found.flags[k] & HAS_ADDRESS) !== 0) continue;
      const r = found.records[k], t = found.targets[k];
      const cut = model.delegationOf(t.key);
      if (cut === undefined) continue;
      // An NS RRset below another delegation is occluded (not this zone's data; BIND skips it).
      if (r.key !== model.apex) { const own = model.delegationOf(r.key); if (own !== undefined && own !== r.key) continue; }
      ctx.report({
        code: 'missing-glue',
        message: `${t.name} is at or below the delegation ${cut} but has no A or AAAA glue record here; add its address`,
        ...targetRange(r, t),
      });
    }
  },
};
