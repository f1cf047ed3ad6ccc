/**
 * `ns-target-is-cname`: the target of a NS record is an alias (a CNAME) in this zone.
 * RFC 2181 §10.3: NS targets must be the canonical name; resolvers and mail servers may fail or
 * rewrite. BIND: "NS '…' is a CNAME (illegal)". Data for the quick fix: the end of the CNAME chain.
 */
import type { Check } from './api';
import type { NameRdata } from '../rdata/api';
import { targetRange, targetsOf } from './targets';

export const nsTargetIsCname: Check = {
  code: 'ns-target-is-cname',
  doc: 'The target of a NS record is a CNAME, not a canonical name.',
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    for (const { record: r, target: t, cname } of targetsOf(model, 2)) {
      if (!cname) continue;
      // Follow the chain (at most 8 steps, loops stop it) to the canonical name.
      let end = (cname.rdata as NameRdata | undefined)?.target;
      for (let i = 0; i < 8 && end; i++) {
        const next = model.first(end.key, 'CNAME', end.hash);
        const nt = (next?.rdata as NameRdata | undefined)?.target;
        if (!nt) break;
        end = nt;
      }
      ctx.report({
        code: 'ns-target-is-cname',
        message: `NS target ${t.name} is an alias (CNAME${end ? ` for ${end.name}` : ''}); NS must point at the canonical name (RFC 2181 §10.3)`,
        ...targetRange(r, t),
        data: end ? { canonical: end.name } : undefined,
      });
    }
  },
};
