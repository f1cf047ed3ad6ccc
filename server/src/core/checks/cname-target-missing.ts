/**
 * `cname-target-missing`: a CNAME whose target is a name of this zone (not below a delegation, not
 * rewritten by a DNAME) where the zone holds nothing: no records, no wildcard that answers for it.
 * Every lookup of the alias then ends in NXDOMAIN — or in no data, when the target has names below
 * it (an empty non-terminal). Usually a typo or a record removed without its aliases; BIND loads the
 * zone without a word. When an existing name with the same parent is one typo away from the
 * target's first label, the message names it and `data.suggestion` carries it for the quick fix.
 */
import type { Check } from './api';
import { closestWildcard, dnameAbove, EXISTS, meantAbsolute, targetRange, targetsOf } from './targets';
import { isEmptyNonTerminal, nearName } from './near-names';

export const cnameTargetMissing: Check = {
  code: 'cname-target-missing',
  doc: 'A CNAME to a name of this zone that has no records (NXDOMAIN or no data for every lookup of the alias).',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    const found = targetsOf(model, 5);
    for (let k = 0; k < found.length; k++) {
      if ((found.flags[k] & EXISTS) !== 0) continue;
      const r = found.records[k], t = found.targets[k];
      if (!model.inZone(t.key) || model.delegationOf(t.key) !== undefined) continue;
      if (dnameAbove(model, t.key) !== undefined || dnameAbove(model, r.key) !== undefined) continue;
      if (model.delegationOf(r.key) !== undefined) continue; // an alias below a delegation is the child's (lookups get a referral)
      if (closestWildcard(model, t.key) !== undefined) continue; // a wildcard answers for it (RFC 4592)
      if (t.relative && meantAbsolute(model, t.key, t)) continue; // missing-trailing-dot explains it
      const empty = isEmptyNonTerminal(model, t.key);
      // No guess for a $GENERATE record: its range is the template, which names every record of the range.
      const suggestion = empty || r.generated ? undefined : nearName(model, t.key, (k) => k !== r.key);
      ctx.report({
        code: 'cname-target-missing',
        message: `CNAME target ${t.name} has no records in this zone: ` +
          (empty ? `it only has names below it, so every lookup of ${r.owner} gets no data`
            : `every lookup of ${r.owner} gets NXDOMAIN`) +
          (suggestion !== undefined ? ` — did you mean ${suggestion}?` : ''),
        ...targetRange(r, t),
        data: suggestion !== undefined ? { suggestion } : undefined,
      });
    }
  },
};
