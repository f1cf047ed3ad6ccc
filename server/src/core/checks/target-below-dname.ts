/**
 * `target-below-dname`: an NS, MX or SRV target strictly below a DNAME of this zone. RFC 6672
 * §2.3: a DNAME rewrites every name below its owner, so the zone can hold no data there — the target
 * is answered by the DNAME's rewrite, not by this zone's records. named-checkzone: "NS/MX/SRV '…' is
 * below a DNAME '…' (illegal)": a warning, and for the apex NS records an error (the zone is
 * rejected). Records whose own owner lies below a DNAME are occluded and not checked (as in BIND).
 * Costs nothing in zones without DNAME records.
 */
import type { Check } from './api';
import { dnameAbove, targetRange, targetsOf, TARGET_TYPES } from './targets';

export const targetBelowDname: Check = {
  code: 'target-below-dname',
  doc: 'An NS, MX or SRV target below a DNAME of the zone, where no data can exist (RFC 6672).',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    if (model.ofType(39).length === 0) return;
    for (const code of TARGET_TYPES) {
      const found = targetsOf(model, code);
      for (let k = 0; k < found.length; k++) {
        const r = found.records[k], t = found.targets[k];
        const dname = dnameAbove(model, t.key);
        if (dname === undefined || dnameAbove(model, r.key) !== undefined) continue;
        const apexNs = code === 2 && r.key === model.apex;
        ctx.report({
          code: 'target-below-dname',
          severity: apexNs ? 'error' : 'warning',
          message: `${r.type} target ${t.name} is below the DNAME at ${dname}, which rewrites every name under it: the zone cannot hold its address (RFC 6672 §2.3; BIND: "below a DNAME (illegal)"${apexNs ? ', and rejects the zone' : ''})`,
          ...targetRange(r, t),
        });
      }
    }
  },
};
