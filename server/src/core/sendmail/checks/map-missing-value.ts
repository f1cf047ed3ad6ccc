/** map-missing-value: a key with no value after it; makemap: "no RHS for LHS key", exit 65. */
import type { SendmailCheck } from '../api';

export const mapMissingValue: SendmailCheck = {
  code: 'map-missing-value',
  doc: 'A map key with no value: makemap rejects the line ("no RHS for LHS").',
  severity: 'error',
  kinds: ['sendmail-map'],
  run(ctx) {
    for (const p of ctx.map!.problems) {
      if (p.kind !== 'no-rhs') continue;
      ctx.report({ start: p.start, end: p.end, message: `'${p.detail}' has no value: makemap rejects the line ("no RHS for LHS ${p.detail}"); write the key, white space, then the value` });
    }
  },
};
