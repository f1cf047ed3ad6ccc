/**
 * `cname-and-other-data`: a name with a CNAME and records of other types. RFC 1034 §3.6.2 and
 * RFC 2181 §10.1: an alias has no other data; resolvers would never see it. BIND rejects the zone
 * ("CNAME and other data"). DNSSEC types that belong beside a CNAME (RRSIG, NSEC, KEY, SIG) are
 * allowed; NXT (obsolete, RFC 3755) is not — BIND 9.18 rejects it there too. At the apex this is
 * `cname-at-apex`.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { typeBit } from '../model';

/** Types allowed at a CNAME (BIND's "at CNAME" types; NXT is not one in BIND 9.18). */
export const AT_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC', 'KEY', 'SIG']);
const AT_CNAME_BITS = typeBit(5) | typeBit(46) | typeBit(47) | typeBit(25) | typeBit(24);

export const cnameAndOtherData: Check = {
  code: 'cname-and-other-data',
  doc: 'A name has a CNAME and other records.',
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    const records = model.ofType(5);
    const indices = model.indicesOfType(5);
    const apex = model.nameOf(model.apex);
    let last = -1;
    for (let k = 0; k < records.length; k++) {
      // By name number (no lookup): the apex's CNAME is cname-at-apex's, a name's second CNAME adds nothing.
      const n = model.nameAt(indices[k]);
      if (n === apex || n === last) continue;
      last = n;
      if ((model.nameTypes(n) & ~AT_CNAME_BITS) === 0) continue; // the common case: nothing else here
      const r = records[k];
      const others = model.at(r.key, r.hash).filter((o) => !AT_CNAME.has(o.type));
      if (others.length === 0) continue;
      const types = [...new Set(others.map((o) => o.type))];
      ctx.report({
        code: 'cname-and-other-data',
        message: `${r.owner} has a CNAME and also ${types.join(', ')} record${others.length === 1 ? '' : 's'}; an alias can have no other data (RFC 1034 §3.6.2) — BIND rejects the zone`,
        ...ownerRange(r),
      });
    }
  },
};
