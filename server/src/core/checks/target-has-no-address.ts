/**
 * `target-has-no-address`: an NS, MX or SRV target inside this zone (not below a delegation: that
 * is `missing-glue`) that has no A or AAAA record. An error for the apex NS records — BIND rejects
 * the zone ("NS '…' has no address records") —, a warning for delegation NS, MX and SRV targets
 * (BIND loads the zone; the delegation is lame, the mail or service unreachable). An MX target that has an MX of its own but no address
 * is called out: MX lookups are not recursive. A target that does not exist and is one typo away
 * from a name with an address gets that name in the message and in `data.suggestion` (quick fix).
 */
import type { Check } from './api';
import type { ZoneModel } from '../model';
import { addressWritten, closestWildcard, dnameAbove, EXISTS, HAS_ADDRESS, meantAbsolute, targetRange, targetsOf, TARGET_TYPES } from './targets';
import { nearName } from './near-names';

/** RFC 4592: a wildcard at the closest encloser answers with an address, or with a CNAME (*-target-is-cname says that). */
function isWildcardAnswered(model: ZoneModel, key: string): boolean {
  const w = closestWildcard(model, key);
  return w !== undefined && (model.hasAddress(w) || model.has(w, 'CNAME'));
}


export const targetHasNoAddress: Check = {
  code: 'target-has-no-address',
  doc: 'An in-zone NS, MX or SRV target with no A or AAAA record.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    for (const code of TARGET_TYPES) {
      const found = targetsOf(model, code);
      for (let k = 0; k < found.length; k++) {
        const f = found.flags[k];
        if ((f & HAS_ADDRESS) !== 0 || found.cnames[k]) continue;
        const r = found.records[k], t = found.targets[k];
        const exists = (f & EXISTS) !== 0;
        if (code !== 33 && addressWritten(t)) continue; // *-target-is-address says it
        if (!model.inZone(t.key) || model.delegationOf(t.key) !== undefined) continue;
        if (dnameAbove(model, t.key) !== undefined || dnameAbove(model, r.key) !== undefined) continue; // target-below-dname; occluded record
        if (!exists && isWildcardAnswered(model, t.key)) continue; // a wildcard CNAME: *-target-is-cname says it
        const ownMx = code === 15 && model.has(t.key, 'MX', t.hash);
        const apexNs = code === 2 && r.key === model.apex;
        // missing-trailing-dot explains it; only the apex NS error (BIND rejects the zone) stays.
        if (!apexNs && t.relative && meantAbsolute(model, t.key, t)) continue;
        // A target that does not exist may be a typo of a name that has an address.
        const suggestion = exists || r.generated ? undefined : nearName(model, t.key, (k) => model.hasAddress(k));
        ctx.report({
          code: 'target-has-no-address',
          severity: apexNs ? 'error' : 'warning',
          message: `${r.type} target ${t.name} has no A or AAAA record` +
            (ownMx ? ' — it has an MX of its own, but mail servers do not follow MX records recursively: give it an address' :
              exists ? '' : ` (the name does not exist in this zone)`) +
            (apexNs ? '; BIND rejects the zone' : '') +
            (suggestion !== undefined ? ` — did you mean ${suggestion}?` : ''),
          ...targetRange(r, t),
          data: suggestion !== undefined ? { suggestion } : undefined,
        });
      }
    }
  },
};
