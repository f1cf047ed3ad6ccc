/**
 * `ns-at-wildcard`: NS records at a wildcard name (`*.example.com. NS …`). A wildcard cannot be a
 * delegation: RFC 4592 §4.2 leaves its meaning undefined and servers differ, and BIND rejects the
 * zone ("invalid NS owner name (wildcard)"). Fix: delegate each child by its own name.
 */
import type { Check } from './api';
import { ownerRange } from './api';

export const nsAtWildcard: Check = {
  code: 'ns-at-wildcard',
  doc: 'NS records at a wildcard name: a wildcard cannot be a delegation.',
  severity: 'error',
  run(ctx) {
    for (const r of ctx.model.ofType(2)) {
      if (r.key.charCodeAt(0) !== 42 || (r.key.length > 1 && r.key.charCodeAt(1) !== 46)) continue; // '*' or '*.…'
      ctx.report({
        code: 'ns-at-wildcard',
        message: `NS record at the wildcard ${r.owner}: a wildcard cannot be a delegation (RFC 4592 §4.2) — delegate each child by its own name; BIND rejects the zone ("invalid NS owner name (wildcard)")`,
        ...ownerRange(r),
      });
    }
  },
};
